using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Activations.Kernels;

/// <summary>
/// 512 bits of <see cref="double"/> lanes (<see cref="Vector512{T}"/>) implementing
/// <see cref="ISimdVector{TSelf, T}"/>. Infrastructure for generated code; not meant to be used directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct Vector512Double : ISimdVector<Vector512Double, double>, ISimdDouble<Vector512Double>
{
    private readonly Vector512<double> _value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Vector512Double(Vector512<double> value) => _value = value;

    /// <inheritdoc/>
    public static int Count
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Vector512<double>.Count;
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Double Create(double value) => new(Vector512.Create(value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Double LoadUnsafe(ref double source, nuint index) => new(Vector512.LoadUnsafe(ref source, index));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreUnsafe(Vector512Double value, ref double destination, nuint index) => value._value.StoreUnsafe(ref destination, index);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Double operator +(Vector512Double left, Vector512Double right) => new(left._value + right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Double operator -(Vector512Double left, Vector512Double right) => new(left._value - right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Double operator *(Vector512Double left, Vector512Double right) => new(left._value * right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Double operator /(Vector512Double left, Vector512Double right) => new(left._value / right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Double operator -(Vector512Double value) => new(value._value ^ Vector512.Create(-0.0));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Double MultiplyAdd(Vector512Double a, Vector512Double b, Vector512Double c)
        => Avx512F.IsSupported
            ? new(Avx512F.FusedMultiplyAdd(a._value, b._value, c._value))
            : new(SimdOps.MultiplyAdd(a._value, b._value, c._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Double Abs(Vector512Double x) => new(Vector512.AndNot(x._value, Vector512.Create(-0.0)));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Double Sqrt(Vector512Double x) => new(Vector512.Sqrt(x._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Double LessThan(Vector512Double left, Vector512Double right) => new(Vector512.LessThan(left._value, right._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Double LessThanOrEqual(Vector512Double left, Vector512Double right) => new(Vector512.LessThanOrEqual(left._value, right._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Double GreaterThan(Vector512Double left, Vector512Double right) => new(Vector512.GreaterThan(left._value, right._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Double GreaterThanOrEqual(Vector512Double left, Vector512Double right) => new(Vector512.GreaterThanOrEqual(left._value, right._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Double Equal(Vector512Double left, Vector512Double right) => new(Vector512.Equals(left._value, right._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Double And(Vector512Double left, Vector512Double right) => new(left._value & right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Double Or(Vector512Double left, Vector512Double right) => new(left._value | right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Double Not(Vector512Double mask) => new(~mask._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Double Select(Vector512Double mask, Vector512Double ifTrue, Vector512Double ifFalse) => new(Vector512.ConditionalSelect(mask._value, ifTrue._value, ifFalse._value));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Double Exp(Vector512Double x) => DoubleMath.Exp(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Double Expm1(Vector512Double x) => DoubleMath.Expm1(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Double Log1p(Vector512Double x) => DoubleMath.Log1p(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Double Sigmoid(Vector512Double x) => DoubleMath.Sigmoid(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Double SigmoidDerivative(Vector512Double x) => DoubleMath.SigmoidDerivative(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Double SigmoidFast(Vector512Double x) => DoubleMath.SigmoidFast(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Double LogSigmoid(Vector512Double x) => DoubleMath.LogSigmoid(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Double Softplus(Vector512Double x) => DoubleMath.Softplus(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Double Tanh(Vector512Double x) => DoubleMath.Tanh(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Double TanhFast(Vector512Double x) => DoubleMath.TanhFast(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Double TanhDerivative(Vector512Double x) => DoubleMath.TanhDerivative(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Double NormalCdf(Vector512Double x) => DoubleMath.NormalCdf(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Double NormalPdf(Vector512Double x) => DoubleMath.NormalPdf(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Double Selu(Vector512Double x) => SeluMath.Selu(x);

    /// <inheritdoc/>
    public static Vector512Double ScaleArgument(Vector512Double x, double high, double low) => ArgumentMath.ScaleArgument(x, high, low);

    /// <inheritdoc/>
    public static Vector512Double ScaleArgumentError(Vector512Double x, double high, double low) => ArgumentMath.ScaleArgumentError(x, high, low);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Double ScaledSoftplus(Vector512Double x, double beta) => ArgumentMath.ScaledSoftplus(x, beta);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Double Silu(Vector512Double x) => GatedMath.Silu(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Double SiluDerivative(Vector512Double x) => GatedMath.SiluDerivative(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Double Gelu(Vector512Double x) => GatedMath.Gelu(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Double GeluDerivative(Vector512Double x) => GatedMath.GeluDerivative(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Double GeluTanh(Vector512Double x) => GatedMath.GeluTanh(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Double GeluTanhDerivative(Vector512Double x) => GatedMath.GeluTanhDerivative(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Double Mish(Vector512Double x) => GatedMath.Mish(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Double MishDerivative(Vector512Double x) => GatedMath.MishDerivative(x);

    /// <summary>The underlying vector (for the float ⇄ double conversions).</summary>
    internal Vector512<double> Raw
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector512Double FromRaw(Vector512<double> value) => new(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512Double ISimdDouble<Vector512Double>.ShiftLeftBits(Vector512Double x, int count) => new(Vector512.ShiftLeft(x._value.AsUInt64(), count).AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512Double ISimdDouble<Vector512Double>.ShiftRightBits(Vector512Double x, int count) => new(Vector512.ShiftRightLogical(x._value.AsUInt64(), count).AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512Double ISimdDouble<Vector512Double>.Min(Vector512Double x, Vector512Double limit)
        => Avx512F.IsSupported ? new(Avx512F.Min(limit._value, x._value)) : new(SimdOps.Min(x._value, limit._value));

    [MethodImpl(MethodImplOptions.NoInlining)]
    static Vector512Double ISimdDouble<Vector512Double>.NormalCdfForSingle(Vector512Double x) => DoubleMath.NormalCdfForSingle(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512Double ISimdDouble<Vector512Double>.ScaleB(Vector512Double x, Vector512Double k)
        => Avx512F.IsSupported ? new(Avx512F.Scale(x._value, k._value)) : DoubleMath.ScaleTwoStepSoftware(x, k);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool ISimdDouble<Vector512Double>.AnyTrue(Vector512Double mask) => Vector512.ExtractMostSignificantBits(mask._value) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512Double ISimdDouble<Vector512Double>.Max(Vector512Double x, Vector512Double limit)
        => Avx512F.IsSupported ? new(Avx512F.Max(limit._value, x._value)) : new(SimdOps.Max(x._value, limit._value));
}
