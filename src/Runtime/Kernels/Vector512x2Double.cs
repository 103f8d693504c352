using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Activations.Kernels;

/// <summary>
/// Two 512-bit registers of <see cref="double"/> lanes (2 × <see cref="Vector512{T}"/>, 16 lanes)
/// implementing <see cref="ISimdVector{TSelf, T}"/>: every operation runs on both registers, so a
/// primitive call carries two independent dependency chains and the results are those of
/// <see cref="Vector512Double"/>, bit for bit. Infrastructure for generated code; not meant to be used directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct Vector512x2Double : ISimdVector<Vector512x2Double, double>, ISimdDouble<Vector512x2Double>
{
    private readonly Vector512<double> _a;
    private readonly Vector512<double> _b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Vector512x2Double(Vector512<double> a, Vector512<double> b)
    {
        _a = a;
        _b = b;
    }

    /// <inheritdoc/>
    public static int Count
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => 2 * Vector512<double>.Count;
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Double Create(double value) => new(Vector512.Create(value), Vector512.Create(value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Double LoadUnsafe(ref double source, nuint index) => new(Vector512.LoadUnsafe(ref source, index), Vector512.LoadUnsafe(ref source, index + (nuint)Vector512<double>.Count));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreUnsafe(Vector512x2Double value, ref double destination, nuint index) 
    {
        value._a.StoreUnsafe(ref destination, index);
        value._b.StoreUnsafe(ref destination, index + (nuint)Vector512<double>.Count);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Double operator +(Vector512x2Double left, Vector512x2Double right) => new(left._a + right._a, left._b + right._b);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Double operator -(Vector512x2Double left, Vector512x2Double right) => new(left._a - right._a, left._b - right._b);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Double operator *(Vector512x2Double left, Vector512x2Double right) => new(left._a * right._a, left._b * right._b);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Double operator /(Vector512x2Double left, Vector512x2Double right) => new(left._a / right._a, left._b / right._b);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Double operator -(Vector512x2Double value) => new(value._a ^ Vector512.Create(-0.0), value._b ^ Vector512.Create(-0.0));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Double MultiplyAdd(Vector512x2Double a, Vector512x2Double b, Vector512x2Double c)
        => Avx512F.IsSupported
            ? new(Avx512F.FusedMultiplyAdd(a._a, b._a, c._a), Avx512F.FusedMultiplyAdd(a._b, b._b, c._b))
            : new(SimdOps.MultiplyAdd(a._a, b._a, c._a), SimdOps.MultiplyAdd(a._b, b._b, c._b));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Double Abs(Vector512x2Double x) => new(Vector512.AndNot(x._a, Vector512.Create(-0.0)), Vector512.AndNot(x._b, Vector512.Create(-0.0)));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Double Sqrt(Vector512x2Double x) => new(Vector512.Sqrt(x._a), Vector512.Sqrt(x._b));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Double LessThan(Vector512x2Double left, Vector512x2Double right) => new(Vector512.LessThan(left._a, right._a), Vector512.LessThan(left._b, right._b));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Double LessThanOrEqual(Vector512x2Double left, Vector512x2Double right) => new(Vector512.LessThanOrEqual(left._a, right._a), Vector512.LessThanOrEqual(left._b, right._b));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Double GreaterThan(Vector512x2Double left, Vector512x2Double right) => new(Vector512.GreaterThan(left._a, right._a), Vector512.GreaterThan(left._b, right._b));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Double GreaterThanOrEqual(Vector512x2Double left, Vector512x2Double right) => new(Vector512.GreaterThanOrEqual(left._a, right._a), Vector512.GreaterThanOrEqual(left._b, right._b));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Double Equal(Vector512x2Double left, Vector512x2Double right) => new(Vector512.Equals(left._a, right._a), Vector512.Equals(left._b, right._b));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Double And(Vector512x2Double left, Vector512x2Double right) => new(left._a & right._a, left._b & right._b);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Double Or(Vector512x2Double left, Vector512x2Double right) => new(left._a | right._a, left._b | right._b);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Double Not(Vector512x2Double mask) => new(~mask._a, ~mask._b);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Double Select(Vector512x2Double mask, Vector512x2Double ifTrue, Vector512x2Double ifFalse) => new(Vector512.ConditionalSelect(mask._a, ifTrue._a, ifFalse._a), Vector512.ConditionalSelect(mask._b, ifTrue._b, ifFalse._b));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Double Exp(Vector512x2Double x) => DoubleMath.Exp(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Double Expm1(Vector512x2Double x) => DoubleMath.Expm1(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Double Log1p(Vector512x2Double x) => DoubleMath.Log1p(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Double Sigmoid(Vector512x2Double x) => DoubleMath.Sigmoid(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Double SigmoidDerivative(Vector512x2Double x) => DoubleMath.SigmoidDerivative(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Double SigmoidFast(Vector512x2Double x) => DoubleMath.SigmoidFast(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Double LogSigmoid(Vector512x2Double x) => DoubleMath.LogSigmoid(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Double Softplus(Vector512x2Double x) => DoubleMath.Softplus(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Double Tanh(Vector512x2Double x) => DoubleMath.Tanh(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Double TanhFast(Vector512x2Double x) => DoubleMath.TanhFast(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Double TanhDerivative(Vector512x2Double x) => DoubleMath.TanhDerivative(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Double NormalCdf(Vector512x2Double x) => DoubleMath.NormalCdf(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Double NormalPdf(Vector512x2Double x) => DoubleMath.NormalPdf(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Double Selu(Vector512x2Double x) => SeluMath.Selu(x);

    /// <inheritdoc/>
    public static Vector512x2Double ScaleArgument(Vector512x2Double x, double high, double low) => ArgumentMath.ScaleArgument(x, high, low);

    /// <inheritdoc/>
    public static Vector512x2Double ScaleArgumentError(Vector512x2Double x, double high, double low) => ArgumentMath.ScaleArgumentError(x, high, low);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Double ScaledSoftplus(Vector512x2Double x, double beta) => ArgumentMath.ScaledSoftplus(x, beta);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Double Silu(Vector512x2Double x) => GatedMath.Silu(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Double SiluDerivative(Vector512x2Double x) => GatedMath.SiluDerivative(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Double Gelu(Vector512x2Double x) => GatedMath.Gelu(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Double GeluDerivative(Vector512x2Double x) => GatedMath.GeluDerivative(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Double GeluTanh(Vector512x2Double x) => GatedMath.GeluTanh(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Double GeluTanhDerivative(Vector512x2Double x) => GatedMath.GeluTanhDerivative(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Double Mish(Vector512x2Double x) => GatedMath.Mish(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Double MishDerivative(Vector512x2Double x) => GatedMath.MishDerivative(x);

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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector512x2Double FromRaw(Vector512<double> a, Vector512<double> b) => new(a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512x2Double ISimdDouble<Vector512x2Double>.ShiftLeftBits(Vector512x2Double x, int count) => new(Vector512.ShiftLeft(x._a.AsUInt64(), count).AsDouble(), Vector512.ShiftLeft(x._b.AsUInt64(), count).AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512x2Double ISimdDouble<Vector512x2Double>.ShiftRightBits(Vector512x2Double x, int count) => new(Vector512.ShiftRightLogical(x._a.AsUInt64(), count).AsDouble(), Vector512.ShiftRightLogical(x._b.AsUInt64(), count).AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512x2Double ISimdDouble<Vector512x2Double>.Min(Vector512x2Double x, Vector512x2Double limit)
        => Avx512F.IsSupported ? new(Avx512F.Min(limit._a, x._a), Avx512F.Min(limit._b, x._b)) : new(SimdOps.Min(x._a, limit._a), SimdOps.Min(x._b, limit._b));

    [MethodImpl(MethodImplOptions.NoInlining)]
    static Vector512x2Double ISimdDouble<Vector512x2Double>.NormalCdfForSingle(Vector512x2Double x) => DoubleMath.NormalCdfForSingle(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512x2Double ISimdDouble<Vector512x2Double>.ScaleB(Vector512x2Double x, Vector512x2Double k)
        => Avx512F.IsSupported ? new(Avx512F.Scale(x._a, k._a), Avx512F.Scale(x._b, k._b)) : DoubleMath.ScaleTwoStepSoftware(x, k);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool ISimdDouble<Vector512x2Double>.AnyTrue(Vector512x2Double mask) => Vector512.ExtractMostSignificantBits(mask._a.AsUInt64() | mask._b.AsUInt64()) != 0; // one sign-bit test of the two registers' OR

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512x2Double ISimdDouble<Vector512x2Double>.Max(Vector512x2Double x, Vector512x2Double limit)
        => Avx512F.IsSupported ? new(Avx512F.Max(limit._a, x._a), Avx512F.Max(limit._b, x._b)) : new(SimdOps.Max(x._a, limit._a), SimdOps.Max(x._b, limit._b));
}
