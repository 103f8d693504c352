using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Activations.Kernels;

/// <summary>
/// 512 bits of <see cref="float"/> lanes (<see cref="Vector512{T}"/>) implementing
/// <see cref="ISimdVector{TSelf, T}"/>. Infrastructure for generated code; not meant to be used directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct Vector512Single : ISimdVector<Vector512Single, float>, ISimdSingle<Vector512Single, Vector512Double>
{
    private readonly Vector512<float> _value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Vector512Single(Vector512<float> value) => _value = value;

    /// <inheritdoc/>
    public static int Count
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Vector512<float>.Count;
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Single Create(float value) => new(Vector512.Create(value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Single LoadUnsafe(ref float source, nuint index) => new(Vector512.LoadUnsafe(ref source, index));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreUnsafe(Vector512Single value, ref float destination, nuint index) => value._value.StoreUnsafe(ref destination, index);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Single operator +(Vector512Single left, Vector512Single right) => new(left._value + right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Single operator -(Vector512Single left, Vector512Single right) => new(left._value - right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Single operator *(Vector512Single left, Vector512Single right) => new(left._value * right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Single operator /(Vector512Single left, Vector512Single right) => new(left._value / right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Single operator -(Vector512Single value) => new(value._value ^ Vector512.Create(-0.0f));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Single MultiplyAdd(Vector512Single a, Vector512Single b, Vector512Single c)
        => Avx512F.IsSupported
            ? new(Avx512F.FusedMultiplyAdd(a._value, b._value, c._value))
            : new(SimdOps.MultiplyAdd(a._value, b._value, c._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Single Abs(Vector512Single x) => new(Vector512.AndNot(x._value, Vector512.Create(-0.0f)));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Single Sqrt(Vector512Single x) => new(Vector512.Sqrt(x._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Single LessThan(Vector512Single left, Vector512Single right) => new(Vector512.LessThan(left._value, right._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Single LessThanOrEqual(Vector512Single left, Vector512Single right) => new(Vector512.LessThanOrEqual(left._value, right._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Single GreaterThan(Vector512Single left, Vector512Single right) => new(Vector512.GreaterThan(left._value, right._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Single GreaterThanOrEqual(Vector512Single left, Vector512Single right) => new(Vector512.GreaterThanOrEqual(left._value, right._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Single Equal(Vector512Single left, Vector512Single right) => new(Vector512.Equals(left._value, right._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Single And(Vector512Single left, Vector512Single right) => new(left._value & right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Single Or(Vector512Single left, Vector512Single right) => new(left._value | right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Single Not(Vector512Single mask) => new(~mask._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Single Select(Vector512Single mask, Vector512Single ifTrue, Vector512Single ifFalse) => new(Vector512.ConditionalSelect(mask._value, ifTrue._value, ifFalse._value));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Single Exp(Vector512Single x) => SingleMath.Exp<Vector512Single, Vector512Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Single Expm1(Vector512Single x) => SingleMath.Expm1<Vector512Single, Vector512Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Single Log1p(Vector512Single x) => SingleMath.Log1p<Vector512Single, Vector512Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Single Sigmoid(Vector512Single x) => SingleMath.Sigmoid<Vector512Single, Vector512Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Single SigmoidDerivative(Vector512Single x) => SingleMath.SigmoidDerivative<Vector512Single, Vector512Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Single SigmoidFast(Vector512Single x) => SingleMath.SigmoidFast<Vector512Single, Vector512Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Single LogSigmoid(Vector512Single x) => SingleMath.LogSigmoid<Vector512Single, Vector512Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Single Softplus(Vector512Single x) => SingleMath.Softplus<Vector512Single, Vector512Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Single Tanh(Vector512Single x) => SingleMath.Tanh<Vector512Single, Vector512Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Single TanhFast(Vector512Single x) => SingleMath.TanhFast<Vector512Single, Vector512Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Single TanhDerivative(Vector512Single x) => SingleMath.TanhDerivative<Vector512Single, Vector512Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Single NormalCdf(Vector512Single x) => SingleMath.NormalCdf<Vector512Single, Vector512Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Single NormalPdf(Vector512Single x) => SingleMath.NormalPdf<Vector512Single, Vector512Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Single Selu(Vector512Single x) => SeluMath.Selu<Vector512Single, Vector512Double>(x);

    /// <inheritdoc/>
    public static Vector512Single ScaleArgument(Vector512Single x, double high, double low) => ArgumentMath.ScaleArgument<Vector512Single, Vector512Double>(x, high, low);

    /// <inheritdoc/>
    public static Vector512Single ScaleArgumentError(Vector512Single x, double high, double low) => ArgumentMath.ScaleArgumentError<Vector512Single, Vector512Double>(x, high, low);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Single ScaledSoftplus(Vector512Single x, double beta) => ArgumentMath.ScaledSoftplus<Vector512Single, Vector512Double>(x, beta);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Single Silu(Vector512Single x) => GatedMath.Silu<Vector512Single, Vector512Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Single SiluDerivative(Vector512Single x) => GatedMath.SiluDerivative<Vector512Single, Vector512Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Single Gelu(Vector512Single x) => GatedMath.Gelu<Vector512Single, Vector512Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Single GeluDerivative(Vector512Single x) => GatedMath.GeluDerivative<Vector512Single, Vector512Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Single GeluTanh(Vector512Single x) => GatedMath.GeluTanh<Vector512Single, Vector512Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Single GeluTanhDerivative(Vector512Single x) => GatedMath.GeluTanhDerivative<Vector512Single, Vector512Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Single Mish(Vector512Single x) => GatedMath.Mish<Vector512Single, Vector512Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512Single MishDerivative(Vector512Single x) => GatedMath.MishDerivative<Vector512Single, Vector512Double>(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512Single ISimdSingle<Vector512Single, Vector512Double>.ScaleB(Vector512Single x, Vector512Single k)
        => Avx512F.IsSupported ? new(Avx512F.Scale(x._value, k._value)) : SingleMath.ScaleTwoStepSoftware<Vector512Single, Vector512Double>(x, k);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512Single ISimdSingle<Vector512Single, Vector512Double>.ShiftLeftBits(Vector512Single x, int count) => new(Vector512.ShiftLeft(x._value.AsUInt32(), count).AsSingle());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512Single ISimdSingle<Vector512Single, Vector512Double>.AddBits(Vector512Single x, Vector512Single y) => new((x._value.AsUInt32() + y._value.AsUInt32()).AsSingle());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void ISimdSingle<Vector512Single, Vector512Double>.Widen(Vector512Single x, out Vector512Double lower, out Vector512Double upper)
    {
        (Vector512<double> lo, Vector512<double> hi) = Vector512.Widen(x._value);
        lower = Vector512Double.FromRaw(lo);
        upper = Vector512Double.FromRaw(hi);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512Single ISimdSingle<Vector512Single, Vector512Double>.Narrow(Vector512Double lower, Vector512Double upper) => new(Vector512.Narrow(lower.Raw, upper.Raw));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512Single ISimdSingle<Vector512Single, Vector512Double>.Min(Vector512Single x, Vector512Single limit)
        => Avx512F.IsSupported ? new(Avx512F.Min(limit._value, x._value)) : new(SimdOps.Min(x._value, limit._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512Single ISimdSingle<Vector512Single, Vector512Double>.Max(Vector512Single x, Vector512Single limit)
        => Avx512F.IsSupported ? new(Avx512F.Max(limit._value, x._value)) : new(SimdOps.Max(x._value, limit._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool ISimdSingle<Vector512Single, Vector512Double>.AnyTrue(Vector512Single mask) => Vector512.ExtractMostSignificantBits(mask._value) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512Single ISimdSingle<Vector512Single, Vector512Double>.MultiplyAddNegated(Vector512Single a, Vector512Single b, Vector512Single c)
        => Avx512F.IsSupported ? new(Avx512F.FusedMultiplyAddNegated(a._value, b._value, c._value)) : MultiplyAdd(-a, b, c);
}
