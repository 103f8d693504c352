using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Activations.Kernels;

/// <summary>
/// 128 bits of <see cref="double"/> lanes (<see cref="Vector128{T}"/>) implementing
/// <see cref="ISimdVector{TSelf, T}"/>. Infrastructure for generated code; not meant to be used directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct Vector128Double : ISimdVector<Vector128Double, double>, ISimdDouble<Vector128Double>
{
    private readonly Vector128<double> _value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Vector128Double(Vector128<double> value) => _value = value;

    /// <inheritdoc/>
    public static int Count
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Vector128<double>.Count;
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Double Create(double value) => new(Vector128.Create(value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Double LoadUnsafe(ref double source, nuint index) => new(Vector128.LoadUnsafe(ref source, index));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreUnsafe(Vector128Double value, ref double destination, nuint index) => value._value.StoreUnsafe(ref destination, index);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Double operator +(Vector128Double left, Vector128Double right) => new(left._value + right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Double operator -(Vector128Double left, Vector128Double right) => new(left._value - right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Double operator *(Vector128Double left, Vector128Double right) => new(left._value * right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Double operator /(Vector128Double left, Vector128Double right) => new(left._value / right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Double operator -(Vector128Double value) => new(value._value ^ Vector128.Create(-0.0));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Double MultiplyAdd(Vector128Double a, Vector128Double b, Vector128Double c)
        => Fma.IsSupported
            ? new(Fma.MultiplyAdd(a._value, b._value, c._value))
            : new(SimdOps.MultiplyAdd(a._value, b._value, c._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Double Abs(Vector128Double x) => new(Vector128.AndNot(x._value, Vector128.Create(-0.0)));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Double Sqrt(Vector128Double x) => new(Vector128.Sqrt(x._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Double LessThan(Vector128Double left, Vector128Double right) => new(Vector128.LessThan(left._value, right._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Double LessThanOrEqual(Vector128Double left, Vector128Double right) => new(Vector128.LessThanOrEqual(left._value, right._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Double GreaterThan(Vector128Double left, Vector128Double right) => new(Vector128.GreaterThan(left._value, right._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Double GreaterThanOrEqual(Vector128Double left, Vector128Double right) => new(Vector128.GreaterThanOrEqual(left._value, right._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Double Equal(Vector128Double left, Vector128Double right) => new(Vector128.Equals(left._value, right._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Double And(Vector128Double left, Vector128Double right) => new(left._value & right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Double Or(Vector128Double left, Vector128Double right) => new(left._value | right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Double Not(Vector128Double mask) => new(~mask._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Double Select(Vector128Double mask, Vector128Double ifTrue, Vector128Double ifFalse) => new(Vector128.ConditionalSelect(mask._value, ifTrue._value, ifFalse._value));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Double Exp(Vector128Double x) => DoubleMath.Exp(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Double Expm1(Vector128Double x) => DoubleMath.Expm1(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Double Log1p(Vector128Double x) => DoubleMath.Log1p(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Double Sigmoid(Vector128Double x) => DoubleMath.Sigmoid(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Double SigmoidDerivative(Vector128Double x) => DoubleMath.SigmoidDerivative(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Double SigmoidFast(Vector128Double x) => DoubleMath.SigmoidFast(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Double LogSigmoid(Vector128Double x) => DoubleMath.LogSigmoid(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Double Softplus(Vector128Double x) => DoubleMath.Softplus(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Double Tanh(Vector128Double x) => DoubleMath.Tanh(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Double TanhFast(Vector128Double x) => DoubleMath.TanhFast(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Double TanhDerivative(Vector128Double x) => DoubleMath.TanhDerivative(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Double NormalCdf(Vector128Double x) => DoubleMath.NormalCdf(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Double NormalPdf(Vector128Double x) => DoubleMath.NormalPdf(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Double Selu(Vector128Double x) => SeluMath.Selu(x);

    /// <inheritdoc/>
    public static Vector128Double ScaleArgument(Vector128Double x, double high, double low) => ArgumentMath.ScaleArgument(x, high, low);

    /// <inheritdoc/>
    public static Vector128Double ScaleArgumentError(Vector128Double x, double high, double low) => ArgumentMath.ScaleArgumentError(x, high, low);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Double ScaledSoftplus(Vector128Double x, double beta) => ArgumentMath.ScaledSoftplus(x, beta);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Double Silu(Vector128Double x) => GatedMath.Silu(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Double SiluDerivative(Vector128Double x) => GatedMath.SiluDerivative(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Double Gelu(Vector128Double x) => GatedMath.Gelu(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Double GeluDerivative(Vector128Double x) => GatedMath.GeluDerivative(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Double GeluTanh(Vector128Double x) => GatedMath.GeluTanh(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Double GeluTanhDerivative(Vector128Double x) => GatedMath.GeluTanhDerivative(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Double Mish(Vector128Double x) => GatedMath.Mish(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Double MishDerivative(Vector128Double x) => GatedMath.MishDerivative(x);

    /// <summary>The underlying vector (for the float ⇄ double conversions).</summary>
    internal Vector128<double> Raw
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector128Double FromRaw(Vector128<double> value) => new(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector128Double ISimdDouble<Vector128Double>.ShiftLeftBits(Vector128Double x, int count) => new(Vector128.ShiftLeft(x._value.AsUInt64(), count).AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector128Double ISimdDouble<Vector128Double>.ShiftRightBits(Vector128Double x, int count) => new(Vector128.ShiftRightLogical(x._value.AsUInt64(), count).AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector128Double ISimdDouble<Vector128Double>.Min(Vector128Double x, Vector128Double limit)
        => Sse2.IsSupported ? new(Sse2.Min(limit._value, x._value)) : new(SimdOps.Min(x._value, limit._value));

    [MethodImpl(MethodImplOptions.NoInlining)]
    static Vector128Double ISimdDouble<Vector128Double>.NormalCdfForSingle(Vector128Double x) => DoubleMath.NormalCdfForSingle(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector128Double ISimdDouble<Vector128Double>.ScaleB(Vector128Double x, Vector128Double k)
        => Avx512F.VL.IsSupported ? new(Avx512F.VL.Scale(x._value, k._value)) : DoubleMath.ScaleTwoStepSoftware(x, k);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool ISimdDouble<Vector128Double>.AnyTrue(Vector128Double mask) => Vector128.ExtractMostSignificantBits(mask._value) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector128Double ISimdDouble<Vector128Double>.Max(Vector128Double x, Vector128Double limit)
        => Sse2.IsSupported ? new(Sse2.Max(limit._value, x._value)) : new(SimdOps.Max(x._value, limit._value));
}
