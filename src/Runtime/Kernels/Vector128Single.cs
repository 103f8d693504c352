using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Activations.Kernels;

/// <summary>
/// 128 bits of <see cref="float"/> lanes (<see cref="Vector128{T}"/>) implementing
/// <see cref="ISimdVector{TSelf, T}"/>. Infrastructure for generated code; not meant to be used directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct Vector128Single : ISimdVector<Vector128Single, float>, ISimdSingle<Vector128Single, Vector128Double>
{
    private readonly Vector128<float> _value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Vector128Single(Vector128<float> value) => _value = value;

    /// <inheritdoc/>
    public static int Count
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Vector128<float>.Count;
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Single Create(float value) => new(Vector128.Create(value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Single LoadUnsafe(ref float source, nuint index) => new(Vector128.LoadUnsafe(ref source, index));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreUnsafe(Vector128Single value, ref float destination, nuint index) => value._value.StoreUnsafe(ref destination, index);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Single operator +(Vector128Single left, Vector128Single right) => new(left._value + right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Single operator -(Vector128Single left, Vector128Single right) => new(left._value - right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Single operator *(Vector128Single left, Vector128Single right) => new(left._value * right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Single operator /(Vector128Single left, Vector128Single right) => new(left._value / right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Single operator -(Vector128Single value) => new(value._value ^ Vector128.Create(-0.0f));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Single MultiplyAdd(Vector128Single a, Vector128Single b, Vector128Single c)
        => Fma.IsSupported
            ? new(Fma.MultiplyAdd(a._value, b._value, c._value))
            : new(SimdOps.MultiplyAdd(a._value, b._value, c._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Single Abs(Vector128Single x) => new(Vector128.AndNot(x._value, Vector128.Create(-0.0f)));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Single Sqrt(Vector128Single x) => new(Vector128.Sqrt(x._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Single LessThan(Vector128Single left, Vector128Single right) => new(Vector128.LessThan(left._value, right._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Single LessThanOrEqual(Vector128Single left, Vector128Single right) => new(Vector128.LessThanOrEqual(left._value, right._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Single GreaterThan(Vector128Single left, Vector128Single right) => new(Vector128.GreaterThan(left._value, right._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Single GreaterThanOrEqual(Vector128Single left, Vector128Single right) => new(Vector128.GreaterThanOrEqual(left._value, right._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Single Equal(Vector128Single left, Vector128Single right) => new(Vector128.Equals(left._value, right._value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Single And(Vector128Single left, Vector128Single right) => new(left._value & right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Single Or(Vector128Single left, Vector128Single right) => new(left._value | right._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Single Not(Vector128Single mask) => new(~mask._value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Single Select(Vector128Single mask, Vector128Single ifTrue, Vector128Single ifFalse) => new(Vector128.ConditionalSelect(mask._value, ifTrue._value, ifFalse._value));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Single Exp(Vector128Single x) => SingleMath.Exp<Vector128Single, Vector128Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Single Expm1(Vector128Single x) => SingleMath.Expm1<Vector128Single, Vector128Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Single Log1p(Vector128Single x) => SingleMath.Log1p<Vector128Single, Vector128Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Single Sigmoid(Vector128Single x) => SingleMath.Sigmoid<Vector128Single, Vector128Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Single SigmoidDerivative(Vector128Single x) => SingleMath.SigmoidDerivative<Vector128Single, Vector128Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Single SigmoidFast(Vector128Single x) => SingleMath.SigmoidFast<Vector128Single, Vector128Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Single LogSigmoid(Vector128Single x) => SingleMath.LogSigmoid<Vector128Single, Vector128Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Single Softplus(Vector128Single x) => SingleMath.Softplus<Vector128Single, Vector128Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Single Tanh(Vector128Single x) => SingleMath.Tanh<Vector128Single, Vector128Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Single TanhFast(Vector128Single x) => SingleMath.TanhFast<Vector128Single, Vector128Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Single TanhDerivative(Vector128Single x) => SingleMath.TanhDerivative<Vector128Single, Vector128Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Single NormalCdf(Vector128Single x) => SingleMath.NormalCdf<Vector128Single, Vector128Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Single NormalPdf(Vector128Single x) => SingleMath.NormalPdf<Vector128Single, Vector128Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Single Selu(Vector128Single x) => SeluMath.Selu<Vector128Single, Vector128Double>(x);

    /// <inheritdoc/>
    public static Vector128Single ScaleArgument(Vector128Single x, double high, double low) => ArgumentMath.ScaleArgument<Vector128Single, Vector128Double>(x, high, low);

    /// <inheritdoc/>
    public static Vector128Single ScaleArgumentError(Vector128Single x, double high, double low) => ArgumentMath.ScaleArgumentError<Vector128Single, Vector128Double>(x, high, low);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Single ScaledSoftplus(Vector128Single x, double beta) => ArgumentMath.ScaledSoftplus<Vector128Single, Vector128Double>(x, beta);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Single Silu(Vector128Single x) => GatedMath.Silu<Vector128Single, Vector128Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Single SiluDerivative(Vector128Single x) => GatedMath.SiluDerivative<Vector128Single, Vector128Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Single Gelu(Vector128Single x) => GatedMath.Gelu<Vector128Single, Vector128Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Single GeluDerivative(Vector128Single x) => GatedMath.GeluDerivative<Vector128Single, Vector128Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Single GeluTanh(Vector128Single x) => GatedMath.GeluTanh<Vector128Single, Vector128Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Single GeluTanhDerivative(Vector128Single x) => GatedMath.GeluTanhDerivative<Vector128Single, Vector128Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Single Mish(Vector128Single x) => GatedMath.Mish<Vector128Single, Vector128Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128Single MishDerivative(Vector128Single x) => GatedMath.MishDerivative<Vector128Single, Vector128Double>(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector128Single ISimdSingle<Vector128Single, Vector128Double>.ScaleB(Vector128Single x, Vector128Single k)
        => Avx512F.VL.IsSupported ? new(Avx512F.VL.Scale(x._value, k._value)) : SingleMath.ScaleTwoStepSoftware<Vector128Single, Vector128Double>(x, k);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector128Single ISimdSingle<Vector128Single, Vector128Double>.ShiftLeftBits(Vector128Single x, int count) => new(Vector128.ShiftLeft(x._value.AsUInt32(), count).AsSingle());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector128Single ISimdSingle<Vector128Single, Vector128Double>.AddBits(Vector128Single x, Vector128Single y) => new((x._value.AsUInt32() + y._value.AsUInt32()).AsSingle());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void ISimdSingle<Vector128Single, Vector128Double>.Widen(Vector128Single x, out Vector128Double lower, out Vector128Double upper)
    {
        (Vector128<double> lo, Vector128<double> hi) = Vector128.Widen(x._value);
        lower = Vector128Double.FromRaw(lo);
        upper = Vector128Double.FromRaw(hi);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector128Single ISimdSingle<Vector128Single, Vector128Double>.Narrow(Vector128Double lower, Vector128Double upper) => new(Vector128.Narrow(lower.Raw, upper.Raw));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector128Single ISimdSingle<Vector128Single, Vector128Double>.Min(Vector128Single x, Vector128Single limit)
        => Sse.IsSupported ? new(Sse.Min(limit._value, x._value)) : new(SimdOps.Min(x._value, limit._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector128Single ISimdSingle<Vector128Single, Vector128Double>.Max(Vector128Single x, Vector128Single limit)
        => Sse.IsSupported ? new(Sse.Max(limit._value, x._value)) : new(SimdOps.Max(x._value, limit._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool ISimdSingle<Vector128Single, Vector128Double>.AnyTrue(Vector128Single mask) => Vector128.ExtractMostSignificantBits(mask._value) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector128Single ISimdSingle<Vector128Single, Vector128Double>.MultiplyAddNegated(Vector128Single a, Vector128Single b, Vector128Single c)
        => Fma.IsSupported ? new(Fma.MultiplyAddNegated(a._value, b._value, c._value)) : MultiplyAdd(-a, b, c);
}
