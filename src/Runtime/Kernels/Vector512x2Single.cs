using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Activations.Kernels;

/// <summary>
/// Two 512-bit registers of <see cref="float"/> lanes (2 × <see cref="Vector512{T}"/>, 32 lanes)
/// implementing <see cref="ISimdVector{TSelf, T}"/>: every operation runs on both registers, so a
/// primitive call carries two independent dependency chains (twice the instruction-level
/// parallelism of one register) and the results are those of <see cref="Vector512Single"/>, bit for bit. Infrastructure for generated code; not meant to be used directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct Vector512x2Single : ISimdVector<Vector512x2Single, float>, ISimdSingle<Vector512x2Single, Vector512x2Double>
{
    private readonly Vector512<float> _a;
    private readonly Vector512<float> _b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Vector512x2Single(Vector512<float> a, Vector512<float> b)
    {
        _a = a;
        _b = b;
    }

    /// <inheritdoc/>
    public static int Count
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => 2 * Vector512<float>.Count;
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Single Create(float value) => new(Vector512.Create(value), Vector512.Create(value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Single LoadUnsafe(ref float source, nuint index) => new(Vector512.LoadUnsafe(ref source, index), Vector512.LoadUnsafe(ref source, index + (nuint)Vector512<float>.Count));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreUnsafe(Vector512x2Single value, ref float destination, nuint index) 
    {
        value._a.StoreUnsafe(ref destination, index);
        value._b.StoreUnsafe(ref destination, index + (nuint)Vector512<float>.Count);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Single operator +(Vector512x2Single left, Vector512x2Single right) => new(left._a + right._a, left._b + right._b);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Single operator -(Vector512x2Single left, Vector512x2Single right) => new(left._a - right._a, left._b - right._b);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Single operator *(Vector512x2Single left, Vector512x2Single right) => new(left._a * right._a, left._b * right._b);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Single operator /(Vector512x2Single left, Vector512x2Single right) => new(left._a / right._a, left._b / right._b);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Single operator -(Vector512x2Single value) => new(value._a ^ Vector512.Create(-0.0f), value._b ^ Vector512.Create(-0.0f));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Single MultiplyAdd(Vector512x2Single a, Vector512x2Single b, Vector512x2Single c)
        => Avx512F.IsSupported
            ? new(Avx512F.FusedMultiplyAdd(a._a, b._a, c._a), Avx512F.FusedMultiplyAdd(a._b, b._b, c._b))
            : new(SimdOps.MultiplyAdd(a._a, b._a, c._a), SimdOps.MultiplyAdd(a._b, b._b, c._b));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Single Abs(Vector512x2Single x) => new(Vector512.AndNot(x._a, Vector512.Create(-0.0f)), Vector512.AndNot(x._b, Vector512.Create(-0.0f)));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Single Sqrt(Vector512x2Single x) => new(Vector512.Sqrt(x._a), Vector512.Sqrt(x._b));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Single LessThan(Vector512x2Single left, Vector512x2Single right) => new(Vector512.LessThan(left._a, right._a), Vector512.LessThan(left._b, right._b));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Single LessThanOrEqual(Vector512x2Single left, Vector512x2Single right) => new(Vector512.LessThanOrEqual(left._a, right._a), Vector512.LessThanOrEqual(left._b, right._b));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Single GreaterThan(Vector512x2Single left, Vector512x2Single right) => new(Vector512.GreaterThan(left._a, right._a), Vector512.GreaterThan(left._b, right._b));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Single GreaterThanOrEqual(Vector512x2Single left, Vector512x2Single right) => new(Vector512.GreaterThanOrEqual(left._a, right._a), Vector512.GreaterThanOrEqual(left._b, right._b));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Single Equal(Vector512x2Single left, Vector512x2Single right) => new(Vector512.Equals(left._a, right._a), Vector512.Equals(left._b, right._b));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Single And(Vector512x2Single left, Vector512x2Single right) => new(left._a & right._a, left._b & right._b);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Single Or(Vector512x2Single left, Vector512x2Single right) => new(left._a | right._a, left._b | right._b);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Single Not(Vector512x2Single mask) => new(~mask._a, ~mask._b);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512x2Single Select(Vector512x2Single mask, Vector512x2Single ifTrue, Vector512x2Single ifFalse) => new(Vector512.ConditionalSelect(mask._a, ifTrue._a, ifFalse._a), Vector512.ConditionalSelect(mask._b, ifTrue._b, ifFalse._b));

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Single Exp(Vector512x2Single x) => SingleMath.Exp<Vector512x2Single, Vector512x2Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Single Expm1(Vector512x2Single x) => SingleMath.Expm1<Vector512x2Single, Vector512x2Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Single Log1p(Vector512x2Single x) => SingleMath.Log1p<Vector512x2Single, Vector512x2Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Single Sigmoid(Vector512x2Single x) => SingleMath.Sigmoid<Vector512x2Single, Vector512x2Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Single SigmoidDerivative(Vector512x2Single x) => SingleMath.SigmoidDerivative<Vector512x2Single, Vector512x2Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Single SigmoidFast(Vector512x2Single x) => SingleMath.SigmoidFast<Vector512x2Single, Vector512x2Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Single LogSigmoid(Vector512x2Single x) => SingleMath.LogSigmoid<Vector512x2Single, Vector512x2Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Single Softplus(Vector512x2Single x) => SingleMath.Softplus<Vector512x2Single, Vector512x2Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Single Tanh(Vector512x2Single x) => SingleMath.Tanh<Vector512x2Single, Vector512x2Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Single TanhFast(Vector512x2Single x) => SingleMath.TanhFast<Vector512x2Single, Vector512x2Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Single TanhDerivative(Vector512x2Single x) => SingleMath.TanhDerivative<Vector512x2Single, Vector512x2Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Single NormalCdf(Vector512x2Single x) => SingleMath.NormalCdf<Vector512x2Single, Vector512x2Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Single NormalPdf(Vector512x2Single x) => SingleMath.NormalPdf<Vector512x2Single, Vector512x2Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Single Selu(Vector512x2Single x) => SeluMath.Selu<Vector512x2Single, Vector512x2Double>(x);

    /// <inheritdoc/>
    public static Vector512x2Single ScaleArgument(Vector512x2Single x, double high, double low) => ArgumentMath.ScaleArgument<Vector512x2Single, Vector512x2Double>(x, high, low);

    /// <inheritdoc/>
    public static Vector512x2Single ScaleArgumentError(Vector512x2Single x, double high, double low) => ArgumentMath.ScaleArgumentError<Vector512x2Single, Vector512x2Double>(x, high, low);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Single ScaledSoftplus(Vector512x2Single x, double beta) => ArgumentMath.ScaledSoftplus<Vector512x2Single, Vector512x2Double>(x, beta);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Single Silu(Vector512x2Single x) => GatedMath.Silu<Vector512x2Single, Vector512x2Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Single SiluDerivative(Vector512x2Single x) => GatedMath.SiluDerivative<Vector512x2Single, Vector512x2Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Single Gelu(Vector512x2Single x) => GatedMath.Gelu<Vector512x2Single, Vector512x2Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Single GeluDerivative(Vector512x2Single x) => GatedMath.GeluDerivative<Vector512x2Single, Vector512x2Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Single GeluTanh(Vector512x2Single x) => GatedMath.GeluTanh<Vector512x2Single, Vector512x2Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Single GeluTanhDerivative(Vector512x2Single x) => GatedMath.GeluTanhDerivative<Vector512x2Single, Vector512x2Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Single Mish(Vector512x2Single x) => GatedMath.Mish<Vector512x2Single, Vector512x2Double>(x);

    /// <inheritdoc/>
    /// <remarks>Not inlined: the primitive is compiled once as its own method (inlining its many lane
    /// operations into every caller would exhaust the JIT's per-method budget of locals).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector512x2Single MishDerivative(Vector512x2Single x) => GatedMath.MishDerivative<Vector512x2Single, Vector512x2Double>(x);

    /// <summary>The first underlying vector (for <see cref="Vector512x4Single"/>).</summary>
    internal Vector512<float> RawA
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _a;
    }

    /// <summary>The second underlying vector.</summary>
    internal Vector512<float> RawB
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _b;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector512x2Single FromRaw(Vector512<float> a, Vector512<float> b) => new(a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512x2Single ISimdSingle<Vector512x2Single, Vector512x2Double>.ScaleB(Vector512x2Single x, Vector512x2Single k)
        => Avx512F.IsSupported ? new(Avx512F.Scale(x._a, k._a), Avx512F.Scale(x._b, k._b)) : SingleMath.ScaleTwoStepSoftware<Vector512x2Single, Vector512x2Double>(x, k);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512x2Single ISimdSingle<Vector512x2Single, Vector512x2Double>.ShiftLeftBits(Vector512x2Single x, int count) => new(Vector512.ShiftLeft(x._a.AsUInt32(), count).AsSingle(), Vector512.ShiftLeft(x._b.AsUInt32(), count).AsSingle());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512x2Single ISimdSingle<Vector512x2Single, Vector512x2Double>.AddBits(Vector512x2Single x, Vector512x2Single y) => new((x._a.AsUInt32() + y._a.AsUInt32()).AsSingle(), (x._b.AsUInt32() + y._b.AsUInt32()).AsSingle());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void ISimdSingle<Vector512x2Single, Vector512x2Double>.Widen(Vector512x2Single x, out Vector512x2Double lower, out Vector512x2Double upper)
    {
        (Vector512<double> a0, Vector512<double> a1) = Vector512.Widen(x._a);
        (Vector512<double> b0, Vector512<double> b1) = Vector512.Widen(x._b);
        lower = Vector512x2Double.FromRaw(a0, a1);
        upper = Vector512x2Double.FromRaw(b0, b1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512x2Single ISimdSingle<Vector512x2Single, Vector512x2Double>.Narrow(Vector512x2Double lower, Vector512x2Double upper)
        => new(Vector512.Narrow(lower.RawA, lower.RawB), Vector512.Narrow(upper.RawA, upper.RawB));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512x2Single ISimdSingle<Vector512x2Single, Vector512x2Double>.Min(Vector512x2Single x, Vector512x2Single limit)
        => Avx512F.IsSupported ? new(Avx512F.Min(limit._a, x._a), Avx512F.Min(limit._b, x._b)) : new(SimdOps.Min(x._a, limit._a), SimdOps.Min(x._b, limit._b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512x2Single ISimdSingle<Vector512x2Single, Vector512x2Double>.Max(Vector512x2Single x, Vector512x2Single limit)
        => Avx512F.IsSupported ? new(Avx512F.Max(limit._a, x._a), Avx512F.Max(limit._b, x._b)) : new(SimdOps.Max(x._a, limit._a), SimdOps.Max(x._b, limit._b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool ISimdSingle<Vector512x2Single, Vector512x2Double>.AnyTrue(Vector512x2Single mask) => Vector512.ExtractMostSignificantBits(mask._a.AsUInt32() | mask._b.AsUInt32()) != 0; // one sign-bit test of the two registers' OR

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512x2Single ISimdSingle<Vector512x2Single, Vector512x2Double>.MultiplyAddNegated(Vector512x2Single a, Vector512x2Single b, Vector512x2Single c)
        => Avx512F.IsSupported ? new(Avx512F.FusedMultiplyAddNegated(a._a, b._a, c._a), Avx512F.FusedMultiplyAddNegated(a._b, b._b, c._b)) : MultiplyAdd(-a, b, c);
}
