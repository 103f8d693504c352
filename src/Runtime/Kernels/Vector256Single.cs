using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Activations.Kernels;

/// <summary>
/// 256 bits of <see cref="float"/> lanes (<see cref="Vector256{T}"/>) implementing
/// <see cref="ISimdVector{TSelf, T}"/>. Infrastructure for generated code; not meant to be used directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct Vector256Single : ISimdVector<Vector256Single, float>, ISimdSingle<Vector256Single, Vector256Double>
{
    private readonly Vector256<float> _value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Vector256Single(Vector256<float> value) => _value = value;

    /// <inheritdoc/>
    public static int Count
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Vector256<float>.Count;
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Single Create(float value) => new(Vector256.Create(value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Single LoadUnsafe(ref float source, nuint index) => new(Vector256.LoadUnsafe(ref source, index));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreUnsafe(Vector256Single value, ref float destination, nuint index) => value._value.StoreUnsafe(ref destination, index);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Single operator +(Vector256Single left, Vector256Single right) => new(left._value + right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Single operator -(Vector256Single left, Vector256Single right) => new(left._value - right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Single operator *(Vector256Single left, Vector256Single right) => new(left._value * right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Single operator /(Vector256Single left, Vector256Single right) => new(left._value / right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Single operator -(Vector256Single value) => new(value._value ^ Vector256.Create(-0.0f));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Single MultiplyAdd(Vector256Single a, Vector256Single b, Vector256Single c)
        => Fma.IsSupported
            ? new(Fma.MultiplyAdd(a._value, b._value, c._value))
            : new(SimdOps.MultiplyAdd(a._value, b._value, c._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Single Abs(Vector256Single x) => new(Vector256.AndNot(x._value, Vector256.Create(-0.0f)));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Single Sqrt(Vector256Single x) => new(Vector256.Sqrt(x._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Single LessThan(Vector256Single left, Vector256Single right) => new(Vector256.LessThan(left._value, right._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Single LessThanOrEqual(Vector256Single left, Vector256Single right) => new(Vector256.LessThanOrEqual(left._value, right._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Single GreaterThan(Vector256Single left, Vector256Single right) => new(Vector256.GreaterThan(left._value, right._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Single GreaterThanOrEqual(Vector256Single left, Vector256Single right) => new(Vector256.GreaterThanOrEqual(left._value, right._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Single Equal(Vector256Single left, Vector256Single right) => new(Vector256.Equals(left._value, right._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Single And(Vector256Single left, Vector256Single right) => new(left._value & right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Single Or(Vector256Single left, Vector256Single right) => new(left._value | right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Single Not(Vector256Single mask) => new(~mask._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Single Select(Vector256Single mask, Vector256Single ifTrue, Vector256Single ifFalse) => new(Vector256.ConditionalSelect(mask._value, ifTrue._value, ifFalse._value));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Single Exp(Vector256Single x) => SingleMath.Exp<Vector256Single, Vector256Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Single Expm1(Vector256Single x) => SingleMath.Expm1<Vector256Single, Vector256Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Single Log1p(Vector256Single x) => SingleMath.Log1p<Vector256Single, Vector256Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Single Sigmoid(Vector256Single x) => SingleMath.Sigmoid<Vector256Single, Vector256Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Single SigmoidDerivative(Vector256Single x) => SingleMath.SigmoidDerivative<Vector256Single, Vector256Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Single SigmoidFast(Vector256Single x) => SingleMath.SigmoidFast<Vector256Single, Vector256Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Single LogSigmoid(Vector256Single x) => SingleMath.LogSigmoid<Vector256Single, Vector256Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Single Softplus(Vector256Single x) => SingleMath.Softplus<Vector256Single, Vector256Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Single Tanh(Vector256Single x) => SingleMath.Tanh<Vector256Single, Vector256Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Single TanhFast(Vector256Single x) => SingleMath.TanhFast<Vector256Single, Vector256Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Single TanhDerivative(Vector256Single x) => SingleMath.TanhDerivative<Vector256Single, Vector256Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Single NormalCdf(Vector256Single x) => SingleMath.NormalCdf<Vector256Single, Vector256Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Single NormalPdf(Vector256Single x) => SingleMath.NormalPdf<Vector256Single, Vector256Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Single Selu(Vector256Single x) => SeluMath.Selu<Vector256Single, Vector256Double>(x);

    /// <inheritdoc/>
    public static Vector256Single ScaleArgument(Vector256Single x, double high, double low) => ArgumentMath.ScaleArgument<Vector256Single, Vector256Double>(x, high, low);

    /// <inheritdoc/>
    public static Vector256Single ScaleArgumentError(Vector256Single x, double high, double low) => ArgumentMath.ScaleArgumentError<Vector256Single, Vector256Double>(x, high, low);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Single ScaledSoftplus(Vector256Single x, double beta) => ArgumentMath.ScaledSoftplus<Vector256Single, Vector256Double>(x, beta);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Single Silu(Vector256Single x) => GatedMath.Silu<Vector256Single, Vector256Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Single SiluDerivative(Vector256Single x) => GatedMath.SiluDerivative<Vector256Single, Vector256Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Single Gelu(Vector256Single x) => GatedMath.Gelu<Vector256Single, Vector256Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Single GeluDerivative(Vector256Single x) => GatedMath.GeluDerivative<Vector256Single, Vector256Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Single GeluTanh(Vector256Single x) => GatedMath.GeluTanh<Vector256Single, Vector256Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Single GeluTanhDerivative(Vector256Single x) => GatedMath.GeluTanhDerivative<Vector256Single, Vector256Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Single Mish(Vector256Single x) => GatedMath.Mish<Vector256Single, Vector256Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector256Single MishDerivative(Vector256Single x) => GatedMath.MishDerivative<Vector256Single, Vector256Double>(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector256Single ISimdSingle<Vector256Single, Vector256Double>.ScaleB(Vector256Single x, Vector256Single k)
        => Avx512F.VL.IsSupported ? new(Avx512F.VL.Scale(x._value, k._value)) : SingleMath.ScaleTwoStepSoftware<Vector256Single, Vector256Double>(x, k);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector256Single ISimdSingle<Vector256Single, Vector256Double>.ShiftLeftBits(Vector256Single x, int count) => new(Vector256.ShiftLeft(x._value.AsUInt32(), count).AsSingle());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector256Single ISimdSingle<Vector256Single, Vector256Double>.AddBits(Vector256Single x, Vector256Single y) => new((x._value.AsUInt32() + y._value.AsUInt32()).AsSingle());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void ISimdSingle<Vector256Single, Vector256Double>.Widen(Vector256Single x, out Vector256Double lower, out Vector256Double upper)
    {
        (Vector256<double> lo, Vector256<double> hi) = Vector256.Widen(x._value);
        lower = Vector256Double.FromRaw(lo);
        upper = Vector256Double.FromRaw(hi);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector256Single ISimdSingle<Vector256Single, Vector256Double>.Narrow(Vector256Double lower, Vector256Double upper) => new(Vector256.Narrow(lower.Raw, upper.Raw));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector256Single ISimdSingle<Vector256Single, Vector256Double>.Min(Vector256Single x, Vector256Single limit)
        => Avx.IsSupported ? new(Avx.Min(limit._value, x._value)) : new(SimdOps.Min(x._value, limit._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector256Single ISimdSingle<Vector256Single, Vector256Double>.Max(Vector256Single x, Vector256Single limit)
        => Avx.IsSupported ? new(Avx.Max(limit._value, x._value)) : new(SimdOps.Max(x._value, limit._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool ISimdSingle<Vector256Single, Vector256Double>.AnyTrue(Vector256Single mask) => Vector256.ExtractMostSignificantBits(mask._value) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector256Single ISimdSingle<Vector256Single, Vector256Double>.MultiplyAddNegated(Vector256Single a, Vector256Single b, Vector256Single c)
        => Fma.IsSupported ? new(Fma.MultiplyAddNegated(a._value, b._value, c._value)) : MultiplyAdd(-a, b, c);
}
