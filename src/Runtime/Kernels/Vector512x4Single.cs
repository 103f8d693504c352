using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Activations.Kernels;

/// <summary>
/// Four 512-bit registers of <see cref="float"/> lanes (4 × <see cref="Vector512{T}"/>, 64 lanes)
/// implementing <see cref="ISimdVector{TSelf, T}"/>: every operation runs on each register, so a
/// primitive call carries four independent dependency chains and its fixed call overhead is spread
/// over 64 elements (see the remarks at <c>Lower</c> for how each primitive splits its work); the
/// results are those of <see cref="Vector512Single"/>, bit for bit. Infrastructure for generated code; not meant to be used directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct Vector512x4Single : ISimdVector<Vector512x4Single, float>, ISimdSingle<Vector512x4Single, Vector512x4Double>
{
    private readonly Vector512<float> _a;
    private readonly Vector512<float> _b;
    private readonly Vector512<float> _c;
    private readonly Vector512<float> _d;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Vector512x4Single(Vector512<float> a, Vector512<float> b, Vector512<float> c, Vector512<float> d)
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
        get => 4 * Vector512<float>.Count;
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Single Create(float value) => new(Vector512.Create(value), Vector512.Create(value), Vector512.Create(value), Vector512.Create(value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Single LoadUnsafe(ref float source, nuint index) => new(
            Vector512.LoadUnsafe(ref source, index),
            Vector512.LoadUnsafe(ref source, index + (nuint)Vector512<float>.Count),
            Vector512.LoadUnsafe(ref source, index + (nuint)(2 * Vector512<float>.Count)),
            Vector512.LoadUnsafe(ref source, index + (nuint)(3 * Vector512<float>.Count)));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreUnsafe(Vector512x4Single value, ref float destination, nuint index)
    {
        value._a.StoreUnsafe(ref destination, index);
        value._b.StoreUnsafe(ref destination, index + (nuint)Vector512<float>.Count);
        value._c.StoreUnsafe(ref destination, index + (nuint)(2 * Vector512<float>.Count));
        value._d.StoreUnsafe(ref destination, index + (nuint)(3 * Vector512<float>.Count));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Single operator +(Vector512x4Single left, Vector512x4Single right) => new(left._a + right._a, left._b + right._b, left._c + right._c, left._d + right._d);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Single operator -(Vector512x4Single left, Vector512x4Single right) => new(left._a - right._a, left._b - right._b, left._c - right._c, left._d - right._d);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Single operator *(Vector512x4Single left, Vector512x4Single right) => new(left._a * right._a, left._b * right._b, left._c * right._c, left._d * right._d);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Single operator /(Vector512x4Single left, Vector512x4Single right) => new(left._a / right._a, left._b / right._b, left._c / right._c, left._d / right._d);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Single operator -(Vector512x4Single value) => new(value._a ^ Vector512.Create(-0.0f), value._b ^ Vector512.Create(-0.0f), value._c ^ Vector512.Create(-0.0f), value._d ^ Vector512.Create(-0.0f));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Single MultiplyAdd(Vector512x4Single a, Vector512x4Single b, Vector512x4Single c)
        => Avx512F.IsSupported
            ? new(Avx512F.FusedMultiplyAdd(a._a, b._a, c._a), Avx512F.FusedMultiplyAdd(a._b, b._b, c._b), Avx512F.FusedMultiplyAdd(a._c, b._c, c._c), Avx512F.FusedMultiplyAdd(a._d, b._d, c._d))
            : new(SimdOps.MultiplyAdd(a._a, b._a, c._a), SimdOps.MultiplyAdd(a._b, b._b, c._b), SimdOps.MultiplyAdd(a._c, b._c, c._c), SimdOps.MultiplyAdd(a._d, b._d, c._d));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Single Abs(Vector512x4Single x) => new(Vector512.AndNot(x._a, Vector512.Create(-0.0f)), Vector512.AndNot(x._b, Vector512.Create(-0.0f)), Vector512.AndNot(x._c, Vector512.Create(-0.0f)), Vector512.AndNot(x._d, Vector512.Create(-0.0f)));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Single Sqrt(Vector512x4Single x) => new(Vector512.Sqrt(x._a), Vector512.Sqrt(x._b), Vector512.Sqrt(x._c), Vector512.Sqrt(x._d));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Single LessThan(Vector512x4Single left, Vector512x4Single right) => new(Vector512.LessThan(left._a, right._a), Vector512.LessThan(left._b, right._b), Vector512.LessThan(left._c, right._c), Vector512.LessThan(left._d, right._d));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Single LessThanOrEqual(Vector512x4Single left, Vector512x4Single right) => new(Vector512.LessThanOrEqual(left._a, right._a), Vector512.LessThanOrEqual(left._b, right._b), Vector512.LessThanOrEqual(left._c, right._c), Vector512.LessThanOrEqual(left._d, right._d));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Single GreaterThan(Vector512x4Single left, Vector512x4Single right) => new(Vector512.GreaterThan(left._a, right._a), Vector512.GreaterThan(left._b, right._b), Vector512.GreaterThan(left._c, right._c), Vector512.GreaterThan(left._d, right._d));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Single GreaterThanOrEqual(Vector512x4Single left, Vector512x4Single right) => new(Vector512.GreaterThanOrEqual(left._a, right._a), Vector512.GreaterThanOrEqual(left._b, right._b), Vector512.GreaterThanOrEqual(left._c, right._c), Vector512.GreaterThanOrEqual(left._d, right._d));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Single Equal(Vector512x4Single left, Vector512x4Single right) => new(Vector512.Equals(left._a, right._a), Vector512.Equals(left._b, right._b), Vector512.Equals(left._c, right._c), Vector512.Equals(left._d, right._d));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Single And(Vector512x4Single left, Vector512x4Single right) => new(left._a & right._a, left._b & right._b, left._c & right._c, left._d & right._d);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Single Or(Vector512x4Single left, Vector512x4Single right) => new(left._a | right._a, left._b | right._b, left._c | right._c, left._d | right._d);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Single Not(Vector512x4Single mask) => new(~mask._a, ~mask._b, ~mask._c, ~mask._d);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Single Select(Vector512x4Single mask, Vector512x4Single ifTrue, Vector512x4Single ifFalse) => new(Vector512.ConditionalSelect(mask._a, ifTrue._a, ifFalse._a), Vector512.ConditionalSelect(mask._b, ifTrue._b, ifFalse._b), Vector512.ConditionalSelect(mask._c, ifTrue._c, ifFalse._c), Vector512.ConditionalSelect(mask._d, ifTrue._d, ifFalse._d));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Single Exp(Vector512x4Single x) => SingleMath.Exp<Vector512x4Single, Vector512x4Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Single Expm1(Vector512x4Single x) => Join(SingleMath.Expm1<Vector512x2Single, Vector512x2Double>(x.Lower), SingleMath.Expm1<Vector512x2Single, Vector512x2Double>(x.Upper));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Single Log1p(Vector512x4Single x) => Join(SingleMath.Log1p<Vector512x2Single, Vector512x2Double>(x.Lower), SingleMath.Log1p<Vector512x2Single, Vector512x2Double>(x.Upper));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Single Sigmoid(Vector512x4Single x) => SingleMath.Sigmoid<Vector512x4Single, Vector512x4Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Single SigmoidDerivative(Vector512x4Single x) => Join(SingleMath.SigmoidDerivative<Vector512x2Single, Vector512x2Double>(x.Lower), SingleMath.SigmoidDerivative<Vector512x2Single, Vector512x2Double>(x.Upper));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Single SigmoidFast(Vector512x4Single x) => SingleMath.SigmoidFast<Vector512x4Single, Vector512x4Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Single LogSigmoid(Vector512x4Single x) => SingleMath.LogSigmoid<Vector512x4Single, Vector512x4Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Single Softplus(Vector512x4Single x) => SingleMath.Softplus<Vector512x4Single, Vector512x4Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Single Tanh(Vector512x4Single x) => SingleMath.Tanh<Vector512x4Single, Vector512x4Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Single TanhFast(Vector512x4Single x) => SingleMath.TanhFast<Vector512x4Single, Vector512x4Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Single TanhDerivative(Vector512x4Single x) => Join(SingleMath.TanhDerivative<Vector512x2Single, Vector512x2Double>(x.Lower), SingleMath.TanhDerivative<Vector512x2Single, Vector512x2Double>(x.Upper));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Single NormalCdf(Vector512x4Single x) => Join(SingleMath.NormalCdf<Vector512x2Single, Vector512x2Double>(x.Lower), SingleMath.NormalCdf<Vector512x2Single, Vector512x2Double>(x.Upper));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Single NormalPdf(Vector512x4Single x) => Join(SingleMath.NormalPdf<Vector512x2Single, Vector512x2Double>(x.Lower), SingleMath.NormalPdf<Vector512x2Single, Vector512x2Double>(x.Upper));

    /// <inheritdoc/>
    /// <remarks>Inlined: the two halves call <see cref="Vector512x2Single"/>'s primitive (measured faster for this
    /// function than one call over four registers).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Single Selu(Vector512x4Single x) => Join(Vector512x2Single.Selu(x.Lower), Vector512x2Single.Selu(x.Upper));

    /// <inheritdoc/>
    public static Vector512x4Single ScaleArgument(Vector512x4Single x, double high, double low) => ArgumentMath.ScaleArgument<Vector512x4Single, Vector512x4Double>(x, high, low);

    /// <inheritdoc/>
    public static Vector512x4Single ScaleArgumentError(Vector512x4Single x, double high, double low) => ArgumentMath.ScaleArgumentError<Vector512x4Single, Vector512x4Double>(x, high, low);

    /// <inheritdoc/>
    /// <remarks>Inlined: the two halves call <see cref="Vector512x2Single"/>'s member.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x4Single ScaledSoftplus(Vector512x4Single x, double beta) => Join(Vector512x2Single.ScaledSoftplus(x.Lower, beta), Vector512x2Single.ScaledSoftplus(x.Upper, beta));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Single Silu(Vector512x4Single x) => GatedMath.Silu<Vector512x4Single, Vector512x4Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Single SiluDerivative(Vector512x4Single x) => Join(GatedMath.SiluDerivative<Vector512x2Single, Vector512x2Double>(x.Lower), GatedMath.SiluDerivative<Vector512x2Single, Vector512x2Double>(x.Upper));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Single Gelu(Vector512x4Single x) => Join(GatedMath.Gelu<Vector512x2Single, Vector512x2Double>(x.Lower), GatedMath.Gelu<Vector512x2Single, Vector512x2Double>(x.Upper));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Single GeluDerivative(Vector512x4Single x) => Join(GatedMath.GeluDerivative<Vector512x2Single, Vector512x2Double>(x.Lower), GatedMath.GeluDerivative<Vector512x2Single, Vector512x2Double>(x.Upper));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Single GeluTanh(Vector512x4Single x) => Join(GatedMath.GeluTanh<Vector512x2Single, Vector512x2Double>(x.Lower), GatedMath.GeluTanh<Vector512x2Single, Vector512x2Double>(x.Upper));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Single GeluTanhDerivative(Vector512x4Single x) => Join(GatedMath.GeluTanhDerivative<Vector512x2Single, Vector512x2Double>(x.Lower), GatedMath.GeluTanhDerivative<Vector512x2Single, Vector512x2Double>(x.Upper));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Single Mish(Vector512x4Single x) => Join(GatedMath.Mish<Vector512x2Single, Vector512x2Double>(x.Lower), GatedMath.Mish<Vector512x2Single, Vector512x2Double>(x.Upper));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x4Single MishDerivative(Vector512x4Single x) => Join(GatedMath.MishDerivative<Vector512x2Single, Vector512x2Double>(x.Lower), GatedMath.MishDerivative<Vector512x2Single, Vector512x2Double>(x.Upper));

    // Most primitives run as two halves of two registers each: the code inlined into the primitive
    // is that of Vector512x2Single, twice, so the call overhead is paid once per 64 lanes while the
    // live values fit the 32 vector registers (over all four registers at once they spill: measured
    // 0.3-0.9x the x2 speed for Selu, NormalCdf, GeluTanh, SiluDerivative, Mish, Gelu). Sigmoid,
    // SigmoidFast, Tanh, TanhFast, Softplus, LogSigmoid, Silu and Exp do fit and run over all four
    // registers (measured 3-7 % faster than the halves). Selu calls Vector512x2Single.Selu per half.
    private Vector512x2Single Lower
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Vector512x2Single.FromRaw(_a, _b);
    }

    private Vector512x2Single Upper
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Vector512x2Single.FromRaw(_c, _d);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512x4Single Join(Vector512x2Single lower, Vector512x2Single upper) => new(lower.RawA, lower.RawB, upper.RawA, upper.RawB);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512x4Single ISimdSingle<Vector512x4Single, Vector512x4Double>.ScaleB(Vector512x4Single x, Vector512x4Single k)
        => Avx512F.IsSupported ? new(Avx512F.Scale(x._a, k._a), Avx512F.Scale(x._b, k._b), Avx512F.Scale(x._c, k._c), Avx512F.Scale(x._d, k._d)) : SingleMath.ScaleTwoStepSoftware<Vector512x4Single, Vector512x4Double>(x, k);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512x4Single ISimdSingle<Vector512x4Single, Vector512x4Double>.ShiftLeftBits(Vector512x4Single x, int count) => new(Vector512.ShiftLeft(x._a.AsUInt32(), count).AsSingle(), Vector512.ShiftLeft(x._b.AsUInt32(), count).AsSingle(), Vector512.ShiftLeft(x._c.AsUInt32(), count).AsSingle(), Vector512.ShiftLeft(x._d.AsUInt32(), count).AsSingle());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512x4Single ISimdSingle<Vector512x4Single, Vector512x4Double>.AddBits(Vector512x4Single x, Vector512x4Single y) => new((x._a.AsUInt32() + y._a.AsUInt32()).AsSingle(), (x._b.AsUInt32() + y._b.AsUInt32()).AsSingle(), (x._c.AsUInt32() + y._c.AsUInt32()).AsSingle(), (x._d.AsUInt32() + y._d.AsUInt32()).AsSingle());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void ISimdSingle<Vector512x4Single, Vector512x4Double>.Widen(Vector512x4Single x, out Vector512x4Double lower, out Vector512x4Double upper)
    {
        (Vector512<double> a0, Vector512<double> a1) = Vector512.Widen(x._a);
        (Vector512<double> b0, Vector512<double> b1) = Vector512.Widen(x._b);
        (Vector512<double> c0, Vector512<double> c1) = Vector512.Widen(x._c);
        (Vector512<double> d0, Vector512<double> d1) = Vector512.Widen(x._d);
        lower = Vector512x4Double.FromRaw(a0, a1, b0, b1);
        upper = Vector512x4Double.FromRaw(c0, c1, d0, d1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512x4Single ISimdSingle<Vector512x4Single, Vector512x4Double>.Narrow(Vector512x4Double lower, Vector512x4Double upper)
        => new(Vector512.Narrow(lower.RawA, lower.RawB), Vector512.Narrow(lower.RawC, lower.RawD), Vector512.Narrow(upper.RawA, upper.RawB), Vector512.Narrow(upper.RawC, upper.RawD));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512x4Single ISimdSingle<Vector512x4Single, Vector512x4Double>.Min(Vector512x4Single x, Vector512x4Single limit)
        => Avx512F.IsSupported ? new(Avx512F.Min(limit._a, x._a), Avx512F.Min(limit._b, x._b), Avx512F.Min(limit._c, x._c), Avx512F.Min(limit._d, x._d)) : new(SimdOps.Min(x._a, limit._a), SimdOps.Min(x._b, limit._b), SimdOps.Min(x._c, limit._c), SimdOps.Min(x._d, limit._d));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512x4Single ISimdSingle<Vector512x4Single, Vector512x4Double>.Max(Vector512x4Single x, Vector512x4Single limit)
        => Avx512F.IsSupported ? new(Avx512F.Max(limit._a, x._a), Avx512F.Max(limit._b, x._b), Avx512F.Max(limit._c, x._c), Avx512F.Max(limit._d, x._d)) : new(SimdOps.Max(x._a, limit._a), SimdOps.Max(x._b, limit._b), SimdOps.Max(x._c, limit._c), SimdOps.Max(x._d, limit._d));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool ISimdSingle<Vector512x4Single, Vector512x4Double>.AnyTrue(Vector512x4Single mask)
        => Vector512.ExtractMostSignificantBits((mask._a.AsUInt32() | mask._b.AsUInt32()) | (mask._c.AsUInt32() | mask._d.AsUInt32())) != 0; // one sign-bit test of the four registers' OR

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512x4Single ISimdSingle<Vector512x4Single, Vector512x4Double>.MultiplyAddNegated(Vector512x4Single a, Vector512x4Single b, Vector512x4Single c)
        => Avx512F.IsSupported ? new(Avx512F.FusedMultiplyAddNegated(a._a, b._a, c._a), Avx512F.FusedMultiplyAddNegated(a._b, b._b, c._b), Avx512F.FusedMultiplyAddNegated(a._c, b._c, c._c), Avx512F.FusedMultiplyAddNegated(a._d, b._d, c._d)) : MultiplyAdd(-a, b, c);
}
