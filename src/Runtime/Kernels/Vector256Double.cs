using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Activations.Kernels;

/// <summary>
/// 256 bits of <see cref="double"/> lanes (<see cref="Vector256{T}"/>) implementing
/// <see cref="ISimdVector{TSelf, T}"/>. Infrastructure for generated code; not meant to be used directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct Vector256Double : ISimdVector<Vector256Double, double>, ISimdDouble<Vector256Double>
{
    private readonly Vector256<double> _value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Vector256Double(Vector256<double> value) => _value = value;

    /// <inheritdoc/>
    public static int Count
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Vector256<double>.Count;
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Double Create(double value) => new(Vector256.Create(value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Double LoadUnsafe(ref double source, nuint index) => new(Vector256.LoadUnsafe(ref source, index));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreUnsafe(Vector256Double value, ref double destination, nuint index) => value._value.StoreUnsafe(ref destination, index);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Double operator +(Vector256Double left, Vector256Double right) => new(left._value + right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Double operator -(Vector256Double left, Vector256Double right) => new(left._value - right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Double operator *(Vector256Double left, Vector256Double right) => new(left._value * right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Double operator /(Vector256Double left, Vector256Double right) => new(left._value / right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Double operator -(Vector256Double value) => new(value._value ^ Vector256.Create(-0.0));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Double MultiplyAdd(Vector256Double a, Vector256Double b, Vector256Double c)
        => Fma.IsSupported
            ? new(Fma.MultiplyAdd(a._value, b._value, c._value))
            : new(SimdOps.MultiplyAdd(a._value, b._value, c._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Double Abs(Vector256Double x) => new(Vector256.AndNot(x._value, Vector256.Create(-0.0)));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Double Sqrt(Vector256Double x) => new(Vector256.Sqrt(x._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Double LessThan(Vector256Double left, Vector256Double right) => new(Vector256.LessThan(left._value, right._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Double LessThanOrEqual(Vector256Double left, Vector256Double right) => new(Vector256.LessThanOrEqual(left._value, right._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Double GreaterThan(Vector256Double left, Vector256Double right) => new(Vector256.GreaterThan(left._value, right._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Double GreaterThanOrEqual(Vector256Double left, Vector256Double right) => new(Vector256.GreaterThanOrEqual(left._value, right._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Double Equal(Vector256Double left, Vector256Double right) => new(Vector256.Equals(left._value, right._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Double And(Vector256Double left, Vector256Double right) => new(left._value & right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Double Or(Vector256Double left, Vector256Double right) => new(left._value | right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Double Not(Vector256Double mask) => new(~mask._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Double Select(Vector256Double mask, Vector256Double ifTrue, Vector256Double ifFalse) => new(Vector256.ConditionalSelect(mask._value, ifTrue._value, ifFalse._value));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Double Exp(Vector256Double x) => DoubleMath.Exp(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Double Expm1(Vector256Double x) => DoubleMath.Expm1(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Double Log1p(Vector256Double x) => DoubleMath.Log1p(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Double Sigmoid(Vector256Double x) => DoubleMath.Sigmoid(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Double SigmoidDerivative(Vector256Double x) => DoubleMath.SigmoidDerivative(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Double SigmoidFast(Vector256Double x) => DoubleMath.SigmoidFast(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Double LogSigmoid(Vector256Double x) => DoubleMath.LogSigmoid(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Double Softplus(Vector256Double x) => DoubleMath.Softplus(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Double Tanh(Vector256Double x) => DoubleMath.Tanh(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Double TanhFast(Vector256Double x) => DoubleMath.TanhFast(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Double TanhDerivative(Vector256Double x) => DoubleMath.TanhDerivative(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Double NormalCdf(Vector256Double x) => DoubleMath.NormalCdf(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Double NormalPdf(Vector256Double x) => DoubleMath.NormalPdf(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Double Selu(Vector256Double x) => SeluMath.Selu(x);

    /// <inheritdoc/>
    public static Vector256Double ScaleArgument(Vector256Double x, double high, double low) => ArgumentMath.ScaleArgument(x, high, low);

    /// <inheritdoc/>
    public static Vector256Double ScaleArgumentError(Vector256Double x, double high, double low) => ArgumentMath.ScaleArgumentError(x, high, low);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Double ScaledSoftplus(Vector256Double x, double beta) => ArgumentMath.ScaledSoftplus(x, beta);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Double Silu(Vector256Double x) => GatedMath.Silu(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Double SiluDerivative(Vector256Double x) => GatedMath.SiluDerivative(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Double Gelu(Vector256Double x) => GatedMath.Gelu(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Double GeluDerivative(Vector256Double x) => GatedMath.GeluDerivative(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Double GeluTanh(Vector256Double x) => GatedMath.GeluTanh(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Double GeluTanhDerivative(Vector256Double x) => GatedMath.GeluTanhDerivative(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Double Mish(Vector256Double x) => GatedMath.Mish(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Double MishDerivative(Vector256Double x) => GatedMath.MishDerivative(x);

    /// <summary>The underlying vector (for the float ⇄ double conversions).</summary>
    internal Vector256<double> Raw
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256Double FromRaw(Vector256<double> value) => new(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector256Double ISimdDouble<Vector256Double>.ShiftLeftBits(Vector256Double x, int count) => new(Vector256.ShiftLeft(x._value.AsUInt64(), count).AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector256Double ISimdDouble<Vector256Double>.ShiftRightBits(Vector256Double x, int count) => new(Vector256.ShiftRightLogical(x._value.AsUInt64(), count).AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector256Double ISimdDouble<Vector256Double>.Min(Vector256Double x, Vector256Double limit)
        => Avx.IsSupported ? new(Avx.Min(limit._value, x._value)) : new(SimdOps.Min(x._value, limit._value));

    [MethodImpl(MethodImplOptions.NoInlining)]
    static Vector256Double ISimdDouble<Vector256Double>.NormalCdfForSingle(Vector256Double x) => DoubleMath.NormalCdfForSingle(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector256Double ISimdDouble<Vector256Double>.ScaleB(Vector256Double x, Vector256Double k)
        => Avx512F.VL.IsSupported ? new(Avx512F.VL.Scale(x._value, k._value)) : DoubleMath.ScaleTwoStepSoftware(x, k);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool ISimdDouble<Vector256Double>.AnyTrue(Vector256Double mask) => Vector256.ExtractMostSignificantBits(mask._value) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector256Double ISimdDouble<Vector256Double>.Max(Vector256Double x, Vector256Double limit)
        => Avx.IsSupported ? new(Avx.Max(limit._value, x._value)) : new(SimdOps.Max(x._value, limit._value));
}
