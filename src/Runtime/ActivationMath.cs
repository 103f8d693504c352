using System;
using System.Runtime.CompilerServices;

namespace Activations;

/// <summary>
/// Numerically stable scalar primitives for activation functions, in <see cref="float"/> and
/// <see cref="double"/>. Every method is a short branch-light formula over <see cref="Math"/>
/// calls (no exceptions, allocations or tables), so it can also be called from ILGPU kernels and
/// from custom <see cref="ActivationAttribute"/> formulas.
/// </summary>
/// <remarks>
/// <para>Accuracy (against exact values): the <see cref="float"/> overloads evaluate the
/// <see cref="double"/> formula and round once, so they are within 1 ULP; the
/// <see cref="double"/> overloads are within 2 ULP. Results that fall in the subnormal range are
/// returned, not flushed to zero.</para>
/// <para>Special values: NaN gives NaN and infinities give the function's limits.</para>
/// </remarks>
public static class ActivationMath
{
    // ----------------------------------------------------------------------------------------
    // Sigmoid
    // ----------------------------------------------------------------------------------------

    /// <summary>The logistic sigmoid σ(x) = 1 / (1 + e^−x).</summary>
    /// <param name="x">The input.</param>
    /// <returns>σ(x) in [0, 1]; σ(+∞) = 1, σ(−∞) = 0, NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sigmoid(double x)
    {
        // e = e^-|x| never overflows; for x < 0, σ(x) = e / (1 + e) keeps full relative accuracy
        // down to the subnormal range (where 1 + e == 1 and the quotient is e itself).
        double e = Math.Exp(-Math.Abs(x));
        double d = 1.0 + e;

        // d + lo == 1 + e exactly (Fast2Sum, 1 >= e). q = num/d, and num/(1 + e) = q·(1 - lo/d),
        // where 1/d is (to the precision the tiny correction needs) q itself or 1 - q.
        double lo = (1.0 - d) + e;
        double q = (x < 0.0 ? e : 1.0) / d;
        double r = x < 0.0 ? 1.0 - q : q;
        return q - (q * lo * r);
    }

    /// <summary>The logistic sigmoid σ(x) = 1 / (1 + e^−x).</summary>
    /// <param name="x">The input.</param>
    /// <returns>σ(x) in [0, 1]; σ(+∞) = 1, σ(−∞) = 0, NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Sigmoid(float x) => (float)Sigmoid((double)x);

    /// <summary>The sigmoid's derivative σ'(x) = σ(x)·σ(−x), with full relative accuracy in both tails.</summary>
    /// <param name="x">The input.</param>
    /// <returns>σ'(x) in [0, 0.25]; 0 for ±∞, NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double SigmoidDerivative(double x)
    {
        // σ'(x) = e / (1 + e)² with e = e^-|x|. With d = fl(1 + e), its exact rounding error
        // lo = (1 - d) + e (Fast2Sum, 1 >= e) and d² = p + err exactly (Dekker's product; no FMA,
        // which GPU kernels cannot call), (1 + e)² = p + (err + 2·d·lo) to within one rounding.
        double e = Math.Exp(-Math.Abs(x));
        double d = 1.0 + e;
        double lo = (1.0 - d) + e;
        double p = d * d;
        double split = d * 134217729.0; // 2^27 + 1
        double dh = split - (split - d);
        double dl = d - dh;
        double err = (((dh * dh) - p) + (2.0 * dh * dl)) + (dl * dl);
        return e / (p + (err + (2.0 * d * lo)));
    }

    /// <summary>The sigmoid's derivative σ'(x) = σ(x)·σ(−x), with full relative accuracy in both tails.</summary>
    /// <param name="x">The input.</param>
    /// <returns>σ'(x) in [0, 0.25]; 0 for ±∞, NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float SigmoidDerivative(float x)
    {
        double e = Math.Exp(-Math.Abs((double)x));
        double d = 1.0 + e;
        return (float)(e / (d * d));
    }

    // ----------------------------------------------------------------------------------------
    // Softplus and log-sigmoid
    // ----------------------------------------------------------------------------------------

    /// <summary>softplus(x) = ln(1 + e^x), exact everywhere: x for large x, e^x for very negative x.</summary>
    /// <param name="x">The input.</param>
    /// <returns>softplus(x) ≥ 0; +∞ for +∞, 0 for −∞, NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Softplus(double x)
    {
        // max(x, 0) + ln(1 + e^-|x|): no overflow, and each tail is exact.
        return (x > 0.0 ? x : 0.0) + Log1p(Math.Exp(-Math.Abs(x)));
    }

    /// <summary>softplus(x) = ln(1 + e^x), exact everywhere: x for large x, e^x for very negative x.</summary>
    /// <param name="x">The input.</param>
    /// <returns>softplus(x) ≥ 0; +∞ for +∞, 0 for −∞, NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Softplus(float x) => (float)Softplus((double)x);

    /// <summary>ln σ(x) = −softplus(−x), exact in both tails.</summary>
    /// <param name="x">The input.</param>
    /// <returns>ln σ(x) ≤ 0; −0 for +∞ (the limit from below), −∞ for −∞, NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double LogSigmoid(double x) => -Softplus(-x);

    /// <summary>ln σ(x) = −softplus(−x), exact in both tails.</summary>
    /// <param name="x">The input.</param>
    /// <returns>ln σ(x) ≤ 0; −0 for +∞ (the limit from below), −∞ for −∞, NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float LogSigmoid(float x) => (float)LogSigmoid((double)x);

    // ----------------------------------------------------------------------------------------
    // log1p and expm1
    // ----------------------------------------------------------------------------------------

    /// <summary>ln(1 + x), accurate for x near 0.</summary>
    /// <param name="x">The input.</param>
    /// <returns>ln(1 + x): −∞ at −1, NaN below −1 and for NaN, +∞ for +∞, ±0 for ±0.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Log1p(double x)
    {
        double u = 1.0 + x;
        if (u == 1.0 || u == double.PositiveInfinity)
        {
            // |x| below half an ULP of 1 (ln(1 + x) rounds to x), ±0 or +∞.
            return x;
        }

        if (u <= 0.0)
        {
            return u == 0.0 ? double.NegativeInfinity : double.NaN;
        }

        // u = 1 + x rounded; c = (1 + x) - u exactly (Fast2Sum, larger operand first), and
        // ln(1 + x) = ln(u + c) = ln u + c/u to well below an ULP.
        double c = Math.Abs(x) > 1.0 ? (x - u) + 1.0 : (1.0 - u) + x;
        return Math.Log(u) + c / u;
    }

    /// <summary>ln(1 + x), accurate for x near 0.</summary>
    /// <param name="x">The input.</param>
    /// <returns>ln(1 + x): −∞ at −1, NaN below −1 and for NaN, +∞ for +∞, ±0 for ±0.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Log1p(float x) => (float)Log1p((double)x);

    /// <summary>e^x − 1, accurate for x near 0.</summary>
    /// <param name="x">The input.</param>
    /// <returns>e^x − 1: +∞ for +∞ (and on overflow), −1 for −∞, NaN for NaN, ±0 for ±0.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Expm1(double x)
    {
        double u = Math.Exp(x);
        if (u == 1.0)
        {
            // |x| below half an ULP of 1 (e^x - 1 rounds to x), or ±0.
            return x;
        }

        double um1 = u - 1.0;
        if (um1 == -1.0 || u == double.PositiveInfinity)
        {
            return um1;
        }

        if (Math.Abs(x) >= 1.0)
        {
            // No cancellation: u - 1 is within about 1 ULP.
            return um1;
        }

        // Kahan: (u - 1)/ln u is insensitive to the rounding error of u, so
        // (u - 1)·x/ln u recovers e^x - 1 to a few ULP's fraction.
        return um1 * (x / Math.Log(u));
    }

    /// <summary>e^x − 1, accurate for x near 0.</summary>
    /// <param name="x">The input.</param>
    /// <returns>e^x − 1: +∞ for +∞ (and on overflow), −1 for −∞, NaN for NaN, ±0 for ±0.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Expm1(float x) => (float)Expm1((double)x);
}
