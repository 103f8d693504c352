using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Activations.Kernels;

/// <summary>
/// Four 512-bit registers of <see cref="double"/> lanes (4 × <see cref="Vector512{T}"/>, 32 lanes)
/// implementing <see cref="ISimdVector{TSelf, T}"/>: every operation runs on each register, so a
/// primitive call carries four independent dependency chains and its fixed call overhead is spread
/// over 32 elements (see the remarks at <c>Lower</c>); the results are those of
/// <see cref="Vector512Double"/>, bit for bit. Infrastructure for generated code; not meant to be used directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct Vector512x4Double : ISimdVector<Vector512x4Double, double>, ISimdDouble<Vector512x4Double>
{
    private readonly Vector512<double> _a;
    private readonly Vector512<double> _b;
    private readonly Vector512<double> _c;
    private readonly Vector512<double> _d;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Vector512x4Double(Vector512<double> a, Vector512<double> b, Vector512<double> c, Vector512<double> d)
    {
        _a = a;
        _b = b;
        _c = c;
        _d = d;
    }

    /// <inheritdoc/>
    public static int Count
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => 4 * Vector512<double>.Count;
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Double Create(double value) => new(Vector512.Create(value), Vector512.Create(value), Vector512.Create(value), Vector512.Create(value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Double LoadUnsafe(ref double source, nuint index) => new(
            Vector512.LoadUnsafe(ref source, index),
            Vector512.LoadUnsafe(ref source, index + (nuint)Vector512<double>.Count),
            Vector512.LoadUnsafe(ref source, index + (nuint)(2 * Vector512<double>.Count)),
            Vector512.LoadUnsafe(ref source, index + (nuint)(3 * Vector512<double>.Count)));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreUnsafe(Vector512x4Double value, ref double destination, nuint index)
    {
        value._a.StoreUnsafe(ref destination, index);
        value._b.StoreUnsafe(ref destination, index + (nuint)Vector512<double>.Count);
        value._c.StoreUnsafe(ref destination, index + (nuint)(2 * Vector512<double>.Count));
        value._d.StoreUnsafe(ref destination, index + (nuint)(3 * Vector512<double>.Count));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Double operator +(Vector512x4Double left, Vector512x4Double right) => new(left._a + right._a, left._b + right._b, left._c + right._c, left._d + right._d);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Double operator -(Vector512x4Double left, Vector512x4Double right) => new(left._a - right._a, left._b - right._b, left._c - right._c, left._d - right._d);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Double operator *(Vector512x4Double left, Vector512x4Double right) => new(left._a * right._a, left._b * right._b, left._c * right._c, left._d * right._d);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Double operator /(Vector512x4Double left, Vector512x4Double right) => new(left._a / right._a, left._b / right._b, left._c / right._c, left._d / right._d);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Double operator -(Vector512x4Double value) => new(value._a ^ Vector512.Create(-0.0), value._b ^ Vector512.Create(-0.0), value._c ^ Vector512.Create(-0.0), value._d ^ Vector512.Create(-0.0));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Double MultiplyAdd(Vector512x4Double a, Vector512x4Double b, Vector512x4Double c)
        => Avx512F.IsSupported
            ? new(Avx512F.FusedMultiplyAdd(a._a, b._a, c._a), Avx512F.FusedMultiplyAdd(a._b, b._b, c._b), Avx512F.FusedMultiplyAdd(a._c, b._c, c._c), Avx512F.FusedMultiplyAdd(a._d, b._d, c._d))
            : new(SimdOps.MultiplyAdd(a._a, b._a, c._a), SimdOps.MultiplyAdd(a._b, b._b, c._b), SimdOps.MultiplyAdd(a._c, b._c, c._c), SimdOps.MultiplyAdd(a._d, b._d, c._d));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Double Abs(Vector512x4Double x) => new(Vector512.AndNot(x._a, Vector512.Create(-0.0)), Vector512.AndNot(x._b, Vector512.Create(-0.0)), Vector512.AndNot(x._c, Vector512.Create(-0.0)), Vector512.AndNot(x._d, Vector512.Create(-0.0)));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Double Sqrt(Vector512x4Double x) => new(Vector512.Sqrt(x._a), Vector512.Sqrt(x._b), Vector512.Sqrt(x._c), Vector512.Sqrt(x._d));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Double LessThan(Vector512x4Double left, Vector512x4Double right) => new(Vector512.LessThan(left._a, right._a), Vector512.LessThan(left._b, right._b), Vector512.LessThan(left._c, right._c), Vector512.LessThan(left._d, right._d));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Double LessThanOrEqual(Vector512x4Double left, Vector512x4Double right) => new(Vector512.LessThanOrEqual(left._a, right._a), Vector512.LessThanOrEqual(left._b, right._b), Vector512.LessThanOrEqual(left._c, right._c), Vector512.LessThanOrEqual(left._d, right._d));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Double GreaterThan(Vector512x4Double left, Vector512x4Double right) => new(Vector512.GreaterThan(left._a, right._a), Vector512.GreaterThan(left._b, right._b), Vector512.GreaterThan(left._c, right._c), Vector512.GreaterThan(left._d, right._d));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Double GreaterThanOrEqual(Vector512x4Double left, Vector512x4Double right) => new(Vector512.GreaterThanOrEqual(left._a, right._a), Vector512.GreaterThanOrEqual(left._b, right._b), Vector512.GreaterThanOrEqual(left._c, right._c), Vector512.GreaterThanOrEqual(left._d, right._d));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Double Equal(Vector512x4Double left, Vector512x4Double right) => new(Vector512.Equals(left._a, right._a), Vector512.Equals(left._b, right._b), Vector512.Equals(left._c, right._c), Vector512.Equals(left._d, right._d));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Double And(Vector512x4Double left, Vector512x4Double right) => new(left._a & right._a, left._b & right._b, left._c & right._c, left._d & right._d);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Double Or(Vector512x4Double left, Vector512x4Double right) => new(left._a | right._a, left._b | right._b, left._c | right._c, left._d | right._d);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Double Not(Vector512x4Double mask) => new(~mask._a, ~mask._b, ~mask._c, ~mask._d);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Double Select(Vector512x4Double mask, Vector512x4Double ifTrue, Vector512x4Double ifFalse) => new(Vector512.ConditionalSelect(mask._a, ifTrue._a, ifFalse._a), Vector512.ConditionalSelect(mask._b, ifTrue._b, ifFalse._b), Vector512.ConditionalSelect(mask._c, ifTrue._c, ifFalse._c), Vector512.ConditionalSelect(mask._d, ifTrue._d, ifFalse._d));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Double Exp(Vector512x4Double x) => Join(DoubleMath.Exp(x.Lower), DoubleMath.Exp(x.Upper));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Double Expm1(Vector512x4Double x) => Join(DoubleMath.Expm1(x.Lower), DoubleMath.Expm1(x.Upper));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Double Log1p(Vector512x4Double x) => Join(DoubleMath.Log1p(x.Lower), DoubleMath.Log1p(x.Upper));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Double Sigmoid(Vector512x4Double x) => Join(DoubleMath.Sigmoid(x.Lower), DoubleMath.Sigmoid(x.Upper));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Double SigmoidDerivative(Vector512x4Double x) => Join(DoubleMath.SigmoidDerivative(x.Lower), DoubleMath.SigmoidDerivative(x.Upper));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Double SigmoidFast(Vector512x4Double x) => Join(DoubleMath.SigmoidFast(x.Lower), DoubleMath.SigmoidFast(x.Upper));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Double LogSigmoid(Vector512x4Double x) => Join(DoubleMath.LogSigmoid(x.Lower), DoubleMath.LogSigmoid(x.Upper));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Double Softplus(Vector512x4Double x) => Join(DoubleMath.Softplus(x.Lower), DoubleMath.Softplus(x.Upper));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Double Tanh(Vector512x4Double x) => Join(DoubleMath.Tanh(x.Lower), DoubleMath.Tanh(x.Upper));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Double TanhFast(Vector512x4Double x) => Join(DoubleMath.TanhFast(x.Lower), DoubleMath.TanhFast(x.Upper));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Double TanhDerivative(Vector512x4Double x) => Join(DoubleMath.TanhDerivative(x.Lower), DoubleMath.TanhDerivative(x.Upper));

    /// <inheritdoc/>
    /// <remarks>Inlined: the two halves call <see cref="Vector512x2Double"/>'s primitive (measured faster for this
    /// function than one call over four registers).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Double NormalCdf(Vector512x4Double x) => Join(Vector512x2Double.NormalCdf(x.Lower), Vector512x2Double.NormalCdf(x.Upper));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Double NormalPdf(Vector512x4Double x) => Join(DoubleMath.NormalPdf(x.Lower), DoubleMath.NormalPdf(x.Upper));

    /// <inheritdoc/>
    /// <remarks>Inlined: the two halves call <see cref="Vector512x2Double"/>'s primitive (measured faster for this
    /// function than one call over four registers).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Double Selu(Vector512x4Double x) => Join(Vector512x2Double.Selu(x.Lower), Vector512x2Double.Selu(x.Upper));

    /// <inheritdoc/>
    public static Vector512x4Double ScaleArgument(Vector512x4Double x, double high, double low) => ArgumentMath.ScaleArgument(x, high, low);

    /// <inheritdoc/>
    public static Vector512x4Double ScaleArgumentError(Vector512x4Double x, double high, double low) => ArgumentMath.ScaleArgumentError(x, high, low);

    /// <inheritdoc/>
    /// <remarks>Inlined: the two halves call <see cref="Vector512x2Double"/>'s member.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Double ScaledSoftplus(Vector512x4Double x, double beta) => Join(Vector512x2Double.ScaledSoftplus(x.Lower, beta), Vector512x2Double.ScaledSoftplus(x.Upper, beta));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Double Silu(Vector512x4Double x) => Join(GatedMath.Silu(x.Lower), GatedMath.Silu(x.Upper));

    /// <inheritdoc/>
    /// <remarks>Inlined: the two halves call <see cref="Vector512x2Double"/>'s primitive (measured faster for this
    /// function than one call over four registers).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Double SiluDerivative(Vector512x4Double x) => Join(Vector512x2Double.SiluDerivative(x.Lower), Vector512x2Double.SiluDerivative(x.Upper));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Double Gelu(Vector512x4Double x) => Join(GatedMath.Gelu(x.Lower), GatedMath.Gelu(x.Upper));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Double GeluDerivative(Vector512x4Double x) => Join(GatedMath.GeluDerivative(x.Lower), GatedMath.GeluDerivative(x.Upper));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Double GeluTanh(Vector512x4Double x) => Join(GatedMath.GeluTanh(x.Lower), GatedMath.GeluTanh(x.Upper));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Double GeluTanhDerivative(Vector512x4Double x) => Join(GatedMath.GeluTanhDerivative(x.Lower), GatedMath.GeluTanhDerivative(x.Upper));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Double Mish(Vector512x4Double x) => Join(GatedMath.Mish(x.Lower), GatedMath.Mish(x.Upper));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Double MishDerivative(Vector512x4Double x) => Join(GatedMath.MishDerivative(x.Lower), GatedMath.MishDerivative(x.Upper));

    /// <summary>The first underlying vector (for the float ⇄ double conversions).</summary>
    internal Vector512<double> RawA
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _a;
    }

    /// <summary>The second underlying vector.</summary>
    internal Vector512<double> RawB
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _b;
    }

    /// <summary>The third underlying vector.</summary>
    internal Vector512<double> RawC
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _c;
    }

    /// <summary>The fourth underlying vector.</summary>
    internal Vector512<double> RawD
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _d;
    }

    // Every primitive runs as two halves of two registers each: the code inlined into the primitive
    // is that of Vector512x2Double, twice, so the call overhead is paid once per 32 lanes while the
    // live values fit the 32 vector registers (over all four registers at once they spill: double
    // sigmoid measured 0.67x the x2 speed). Selu, SiluDerivative and NormalCdf call the
    // Vector512x2Double primitive per half (inlining two copies of their math was slower).
    /// <summary>Lanes 0–15 (the first two registers).</summary>
    internal Vector512x2Double Lower
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Vector512x2Double.FromRaw(_a, _b);
    }

    /// <summary>Lanes 16–31 (the last two registers).</summary>
    internal Vector512x2Double Upper
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Vector512x2Double.FromRaw(_c, _d);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector512x4Double Join(Vector512x2Double lower, Vector512x2Double upper) => new(lower.RawA, lower.RawB, upper.RawA, upper.RawB);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector512x4Double FromRaw(Vector512<double> a, Vector512<double> b, Vector512<double> c, Vector512<double> d) => new(a, b, c, d);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512x4Double ISimdDouble<Vector512x4Double>.ShiftLeftBits(Vector512x4Double x, int count) => new(Vector512.ShiftLeft(x._a.AsUInt64(), count).AsDouble(), Vector512.ShiftLeft(x._b.AsUInt64(), count).AsDouble(), Vector512.ShiftLeft(x._c.AsUInt64(), count).AsDouble(), Vector512.ShiftLeft(x._d.AsUInt64(), count).AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512x4Double ISimdDouble<Vector512x4Double>.ShiftRightBits(Vector512x4Double x, int count) => new(Vector512.ShiftRightLogical(x._a.AsUInt64(), count).AsDouble(), Vector512.ShiftRightLogical(x._b.AsUInt64(), count).AsDouble(), Vector512.ShiftRightLogical(x._c.AsUInt64(), count).AsDouble(), Vector512.ShiftRightLogical(x._d.AsUInt64(), count).AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512x4Double ISimdDouble<Vector512x4Double>.Min(Vector512x4Double x, Vector512x4Double limit)
        => Avx512F.IsSupported ? new(Avx512F.Min(limit._a, x._a), Avx512F.Min(limit._b, x._b), Avx512F.Min(limit._c, x._c), Avx512F.Min(limit._d, x._d)) : new(SimdOps.Min(x._a, limit._a), SimdOps.Min(x._b, limit._b), SimdOps.Min(x._c, limit._c), SimdOps.Min(x._d, limit._d));

    [MethodImpl(MethodImplOptions.NoInlining)]
    static Vector512x4Double ISimdDouble<Vector512x4Double>.NormalCdfForSingle(Vector512x4Double x) => Join(DoubleMath.NormalCdfForSingle(x.Lower), DoubleMath.NormalCdfForSingle(x.Upper));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512x4Double ISimdDouble<Vector512x4Double>.ScaleB(Vector512x4Double x, Vector512x4Double k)
        => Avx512F.IsSupported ? new(Avx512F.Scale(x._a, k._a), Avx512F.Scale(x._b, k._b), Avx512F.Scale(x._c, k._c), Avx512F.Scale(x._d, k._d)) : DoubleMath.ScaleTwoStepSoftware(x, k);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool ISimdDouble<Vector512x4Double>.AnyTrue(Vector512x4Double mask)
        => Vector512.ExtractMostSignificantBits((mask._a.AsUInt64() | mask._b.AsUInt64()) | (mask._c.AsUInt64() | mask._d.AsUInt64())) != 0; // one sign-bit test of the four registers' OR

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512x4Double ISimdDouble<Vector512x4Double>.Max(Vector512x4Double x, Vector512x4Double limit)
        => Avx512F.IsSupported ? new(Avx512F.Max(limit._a, x._a), Avx512F.Max(limit._b, x._b), Avx512F.Max(limit._c, x._c), Avx512F.Max(limit._d, x._d)) : new(SimdOps.Max(x._a, limit._a), SimdOps.Max(x._b, limit._b), SimdOps.Max(x._c, limit._c), SimdOps.Max(x._d, limit._d));
}
