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

    /// <summary>Converts the lower and upper halves of the lanes to double (exact).</summary>
    static abstract void Widen(TSelf x, out TDouble lower, out TDouble upper);

    /// <summary>Rounds two double vectors to one float vector (correctly rounded, subnormals kept).</summary>
    static abstract TSelf Narrow(TDouble lower, TDouble upper);
}

/// <summary>
/// Fused multiply-add on raw vectors: hardware FMA where available, otherwise the vector is split
/// into halves so that every width computes exactly what the 128-bit path computes.
/// </summary>
internal static class Fused
{
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
    {
        if (Fma.IsSupported)
        {
            return Fma.MultiplyAdd(a, b, c);
        }

        return Vector256.Create(
            MultiplyAdd(a.GetLower(), b.GetLower(), c.GetLower()),
            MultiplyAdd(a.GetUpper(), b.GetUpper(), c.GetUpper()));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> MultiplyAdd(Vector256<double> a, Vector256<double> b, Vector256<double> c)
    {
        if (Fma.IsSupported)
        {
            return Fma.MultiplyAdd(a, b, c);
        }

        return Vector256.Create(
            MultiplyAdd(a.GetLower(), b.GetLower(), c.GetLower()),
            MultiplyAdd(a.GetUpper(), b.GetUpper(), c.GetUpper()));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> MultiplyAdd(Vector512<float> a, Vector512<float> b, Vector512<float> c)
    {
        if (Avx512F.IsSupported)
        {
            return Avx512F.FusedMultiplyAdd(a, b, c);
        }

        return Vector512.Create(
            MultiplyAdd(a.GetLower(), b.GetLower(), c.GetLower()),
            MultiplyAdd(a.GetUpper(), b.GetUpper(), c.GetUpper()));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> MultiplyAdd(Vector512<double> a, Vector512<double> b, Vector512<double> c)
    {
        if (Avx512F.IsSupported)
        {
            return Avx512F.FusedMultiplyAdd(a, b, c);
        }

        return Vector512.Create(
            MultiplyAdd(a.GetLower(), b.GetLower(), c.GetLower()),
            MultiplyAdd(a.GetUpper(), b.GetUpper(), c.GetUpper()));
    }
}
