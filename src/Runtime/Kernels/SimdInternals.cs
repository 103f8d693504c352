using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace Activations.Kernels;

/// <summary>
/// Bit-level operations the math primitives need on top of <see cref="ISimdVector{TSelf, T}"/>
/// for <see cref="double"/> lanes. Internal: generated code never uses them.
/// </summary>
internal interface ISimdDouble<TSelf> : ISimdVector<TSelf, double>
    where TSelf : struct, ISimdDouble<TSelf>
{
    /// <summary>Shifts the bits of every 64-bit lane left (logical).</summary>
    static abstract TSelf ShiftLeftBits(TSelf x, int count);

    /// <summary>Shifts the bits of every 64-bit lane right (logical).</summary>
    static abstract TSelf ShiftRightBits(TSelf x, int count);

    /// <summary>Per lane: <paramref name="limit"/> where <paramref name="x"/> &gt; limit, else <paramref name="x"/> (NaN stays NaN).</summary>
    static abstract TSelf Min(TSelf x, TSelf limit);

    /// <summary>Per lane: <paramref name="limit"/> where <paramref name="x"/> &lt; limit, else <paramref name="x"/> (NaN stays NaN).</summary>
    static abstract TSelf Max(TSelf x, TSelf limit);

    /// <summary>Whether any lane of <paramref name="mask"/> is set (its sign bit).</summary>
    static abstract bool AnyTrue(TSelf mask);

    /// <summary>
    /// x·2^k for integer-valued k in [−2000, 2000], rounded once (subnormal results kept, overflow
    /// to ∞): VSCALEFPD where AVX-512 is available, otherwise two exact power-of-two factors (the
    /// same bits).
    /// </summary>
    static abstract TSelf ScaleB(TSelf x, TSelf k);

    /// <summary>Φ(x) to ~1e-15 relative (for float lanes held in doubles); compiled once, not inlined.</summary>
    static abstract TSelf NormalCdfForSingle(TSelf x);
}

/// <summary>
/// Bit-level operations and the float ⇄ double conversions the math primitives need for
/// <see cref="float"/> lanes. <typeparamref name="TDouble"/> is the double vector of the same width.
/// </summary>
internal interface ISimdSingle<TSelf, TDouble> : ISimdVector<TSelf, float>
    where TSelf : struct, ISimdSingle<TSelf, TDouble>
    where TDouble : struct, ISimdDouble<TDouble>
{
    /// <summary>Shifts the bits of every 32-bit lane left (logical).</summary>
    static abstract TSelf ShiftLeftBits(TSelf x, int count);

    /// <summary>
    /// Adds the bits of every 32-bit lane as integers (wrapping): with <paramref name="y"/> = m·2^23,
    /// x·2^m for a normal x whose product stays normal, on the integer lanes instead of a multiplier.
    /// </summary>
    static abstract TSelf AddBits(TSelf x, TSelf y);

    /// <summary>Converts the lower and upper halves of the lanes to double (exact).</summary>
    static abstract void Widen(TSelf x, out TDouble lower, out TDouble upper);

    /// <summary>Rounds two double vectors to one float vector (correctly rounded, subnormals kept).</summary>
    static abstract TSelf Narrow(TDouble lower, TDouble upper);

    /// <summary>Per lane: <paramref name="limit"/> where <paramref name="x"/> &gt; limit, else <paramref name="x"/> (NaN stays NaN).</summary>
    static abstract TSelf Min(TSelf x, TSelf limit);

    /// <summary>Per lane: <paramref name="limit"/> where <paramref name="x"/> &lt; limit, else <paramref name="x"/> (NaN stays NaN).</summary>
    static abstract TSelf Max(TSelf x, TSelf limit);

    /// <summary>Whether any lane of <paramref name="mask"/> is set (its sign bit).</summary>
    static abstract bool AnyTrue(TSelf mask);

    /// <summary>
    /// <paramref name="c"/> − <paramref name="a"/>·<paramref name="b"/>: exactly
    /// <see cref="ISimdVector{TSelf, T}.MultiplyAdd"/>(−a, b, c), in one instruction where the hardware fuses.
    /// </summary>
    static abstract TSelf MultiplyAddNegated(TSelf a, TSelf b, TSelf c);

    /// <summary>
    /// x·2^k for integer-valued k in [−300, 300], rounded once (subnormal results kept, overflow to
    /// ∞): VSCALEFPS where AVX-512 is available, otherwise two exact power-of-two factors (the same bits).
    /// </summary>
    static abstract TSelf ScaleB(TSelf x, TSelf k);
}

/// <summary>
/// Operations on raw vectors with the same result at every width: hardware instructions where
/// available, otherwise the vector is split into halves down to the 128-bit path, so every width
/// computes exactly what the 128-bit path computes.
/// </summary>
internal static class SimdOps
{
    /// <summary>
    /// Whether <see cref="ISimdVector{TSelf, T}.MultiplyAdd"/> is fused (one rounding) at every width
    /// on this machine, for double lanes (a JIT-time constant). Error-free transformations pick
    /// FMA or Dekker's product by it.
    /// </summary>
    public static bool HasFusedMultiplyAdd
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Fma.IsSupported || AdvSimd.Arm64.IsSupported;
    }

    // ---- fused multiply-add: a·b + c with one rounding (two without FMA hardware) ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> MultiplyAdd(Vector128<float> a, Vector128<float> b, Vector128<float> c)
    {
        if (Fma.IsSupported)
        {
            return Fma.MultiplyAdd(a, b, c);
        }

        if (AdvSimd.IsSupported)
        {
            return AdvSimd.FusedMultiplyAdd(c, a, b);
        }

        return (a * b) + c;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> MultiplyAdd(Vector128<double> a, Vector128<double> b, Vector128<double> c)
    {
        if (Fma.IsSupported)
        {
            return Fma.MultiplyAdd(a, b, c);
        }

        if (AdvSimd.Arm64.IsSupported)
        {
            return AdvSimd.Arm64.FusedMultiplyAdd(c, a, b);
        }

        return (a * b) + c;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> MultiplyAdd(Vector256<float> a, Vector256<float> b, Vector256<float> c)
        => Fma.IsSupported
            ? Fma.MultiplyAdd(a, b, c)
            : Vector256.Create(MultiplyAdd(a.GetLower(), b.GetLower(), c.GetLower()), MultiplyAdd(a.GetUpper(), b.GetUpper(), c.GetUpper()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> MultiplyAdd(Vector256<double> a, Vector256<double> b, Vector256<double> c)
        => Fma.IsSupported
            ? Fma.MultiplyAdd(a, b, c)
            : Vector256.Create(MultiplyAdd(a.GetLower(), b.GetLower(), c.GetLower()), MultiplyAdd(a.GetUpper(), b.GetUpper(), c.GetUpper()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> MultiplyAdd(Vector512<float> a, Vector512<float> b, Vector512<float> c)
        => Avx512F.IsSupported
            ? Avx512F.FusedMultiplyAdd(a, b, c)
            : Vector512.Create(MultiplyAdd(a.GetLower(), b.GetLower(), c.GetLower()), MultiplyAdd(a.GetUpper(), b.GetUpper(), c.GetUpper()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> MultiplyAdd(Vector512<double> a, Vector512<double> b, Vector512<double> c)
        => Avx512F.IsSupported
            ? Avx512F.FusedMultiplyAdd(a, b, c)
            : Vector512.Create(MultiplyAdd(a.GetLower(), b.GetLower(), c.GetLower()), MultiplyAdd(a.GetUpper(), b.GetUpper(), c.GetUpper()));

    // ---- Min / Max against a limit: x86 minps/maxps return the second operand when either is
    // NaN, so (limit, x) keeps a NaN x; Arm's fmin/fmax propagate NaN; the fallback selects. ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Min(Vector128<float> x, Vector128<float> limit)
    {
        if (Sse.IsSupported)
        {
            return Sse.Min(limit, x);
        }

        if (AdvSimd.IsSupported)
        {
            return AdvSimd.Min(x, limit);
        }

        return Vector128.ConditionalSelect(Vector128.LessThan(limit, x), limit, x);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> Min(Vector128<double> x, Vector128<double> limit)
    {
        if (Sse2.IsSupported)
        {
            return Sse2.Min(limit, x);
        }

        if (AdvSimd.Arm64.IsSupported)
        {
            return AdvSimd.Arm64.Min(x, limit);
        }

        return Vector128.ConditionalSelect(Vector128.LessThan(limit, x), limit, x);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Max(Vector128<float> x, Vector128<float> limit)
    {
        if (Sse.IsSupported)
        {
            return Sse.Max(limit, x);
        }

        if (AdvSimd.IsSupported)
        {
            return AdvSimd.Max(x, limit);
        }

        return Vector128.ConditionalSelect(Vector128.GreaterThan(limit, x), limit, x);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> Max(Vector128<double> x, Vector128<double> limit)
    {
        if (Sse2.IsSupported)
        {
            return Sse2.Max(limit, x);
        }

        if (AdvSimd.Arm64.IsSupported)
        {
            return AdvSimd.Arm64.Max(x, limit);
        }

        return Vector128.ConditionalSelect(Vector128.GreaterThan(limit, x), limit, x);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Min(Vector256<float> x, Vector256<float> limit)
        => Avx.IsSupported ? Avx.Min(limit, x) : Vector256.Create(Min(x.GetLower(), limit.GetLower()), Min(x.GetUpper(), limit.GetUpper()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Min(Vector256<double> x, Vector256<double> limit)
        => Avx.IsSupported ? Avx.Min(limit, x) : Vector256.Create(Min(x.GetLower(), limit.GetLower()), Min(x.GetUpper(), limit.GetUpper()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Max(Vector256<float> x, Vector256<float> limit)
        => Avx.IsSupported ? Avx.Max(limit, x) : Vector256.Create(Max(x.GetLower(), limit.GetLower()), Max(x.GetUpper(), limit.GetUpper()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Max(Vector256<double> x, Vector256<double> limit)
        => Avx.IsSupported ? Avx.Max(limit, x) : Vector256.Create(Max(x.GetLower(), limit.GetLower()), Max(x.GetUpper(), limit.GetUpper()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Min(Vector512<float> x, Vector512<float> limit)
        => Avx512F.IsSupported ? Avx512F.Min(limit, x) : Vector512.Create(Min(x.GetLower(), limit.GetLower()), Min(x.GetUpper(), limit.GetUpper()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Min(Vector512<double> x, Vector512<double> limit)
        => Avx512F.IsSupported ? Avx512F.Min(limit, x) : Vector512.Create(Min(x.GetLower(), limit.GetLower()), Min(x.GetUpper(), limit.GetUpper()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Max(Vector512<float> x, Vector512<float> limit)
        => Avx512F.IsSupported ? Avx512F.Max(limit, x) : Vector512.Create(Max(x.GetLower(), limit.GetLower()), Max(x.GetUpper(), limit.GetUpper()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Max(Vector512<double> x, Vector512<double> limit)
        => Avx512F.IsSupported ? Avx512F.Max(limit, x) : Vector512.Create(Max(x.GetLower(), limit.GetLower()), Max(x.GetUpper(), limit.GetUpper()));
}
