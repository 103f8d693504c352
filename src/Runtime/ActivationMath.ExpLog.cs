using System;
using System.Runtime.CompilerServices;

namespace Activations;

public static partial class ActivationMath
{
    // ----------------------------------------------------------------------------------------
    // e^x and ln x in software
    //
    // Every other primitive is built on these two. They are written out (range reduction, a
    // polynomial, an exact power-of-two scaling through the bit pattern) instead of calling
    // Math.Exp and Math.Log because ILGPU's CUDA and OpenCL backends have no accurate double
    // exp/log: ILGPU.Algorithms' XMath versions err by hundreds of ULP, and MathF.Exp compiles to
    // ex2.approx.f32. Plain multiplies and adds (no FMA: ILGPU kernels cannot call it portably),
    // BitConverter and integer shifts compile on every accelerator, so a kernel computes exactly
    // what the CPU computes, bit for bit, and needs no ILGPU.Algorithms.
    // ----------------------------------------------------------------------------------------

    /// <summary>
    /// e^x within 1 ULP; the same result on the CPU and in ILGPU kernels (no hardware
    /// approximation, no ILGPU.Algorithms needed).
    /// </summary>
    /// <param name="x">The input.</param>
    /// <returns>e^x: +∞ above 709.78 and for +∞, 0 below −745.13 and for −∞, subnormal results
    /// kept, NaN for NaN.</returns>
    public static double Exp(double x)
    {
        // NaN fails both comparisons and flows through the arithmetic below.
        double c = x > 710.0 ? 710.0 : (x < -746.0 ? -746.0 : x);

        double m = ExpParts(c, out _, out double k);
        return ScaleByPowerOfTwo(m, k);
    }

    /// <summary>
    /// e^c = (m + ml)·2^k for c in [−760, 710] (or NaN): m in [0.7, 1.42] within 0.52 ULP, ml its
    /// rounding error to about 2^−60 relative, k an integer held in a double.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double ExpParts(double c, out double ml, out double k)
    {
        // k = round(c·log2 e); c − k·ln 2 = r + rl with ln 2 split so that k·Ln2Hi is exact
        // (|r| ≤ 0.35) and rl the rounding error of the second step (worth 0.35 ULP if dropped).
        k = ((c * Log2E) + RoundMagic) - RoundMagic;
        double rh = c - (k * Ln2Hi);
        double kl = k * Ln2Lo;
        double r = rh - kl;
        double rl = (rh - r) - kl;

        // e^(r + rl) = 1 + r + (r²·P(r) + rl·(1 + r)), P the degree-10 fit of (e^r − 1 − r)/r²
        // (relative error 6e-18). 1 + r is split exactly (Fast2Sum), so the only sizeable rounding
        // is the last addition, whose error is kept in ml.
        double r2 = r * r;
        double r4 = r2 * r2;
        double p01 = (0.1666666666666667 * r) + 0.5;
        double p23 = (0.00833333333332614 * r) + 0.041666666666666616;
        double p45 = (0.00019841269874821198 * r) + 0.0013888888888918074;
        double p67 = (2.755725538679006e-06 * r) + 2.4801587245573755e-05;
        double p89 = (2.5105226696410082e-08 * r) + 2.7557349681724936e-07;
        double p03 = (p23 * r2) + p01;
        double p47 = (p67 * r2) + p45;
        double p8A = (2.0889385953527835e-09 * r2) + p89;
        double poly = (((p8A * r4) + p47) * r4) + p03;
        double s = 1.0 + r;
        double rest = ((1.0 - s) + r) + ((r2 * poly) + (rl + (rl * r)));
        double m = s + rest;
        ml = (s - m) + rest;
        return m;
    }

    /// <summary>
    /// e^x within 1 ULP (evaluated in double, rounded once); the same result on the CPU and in ILGPU
    /// kernels (not <c>ex2.approx</c>).
    /// </summary>
    /// <param name="x">The input.</param>
    /// <returns>e^x: +∞ above 88.72, subnormal results down to e^−103.97 kept, NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Exp(float x) => (float)ExpForSingle(x < -110f ? -110.0 : (x > 90f ? 90.0 : x));

    /// <summary>
    /// The natural logarithm ln x within 1 ULP; the same result on the CPU and in ILGPU kernels.
    /// </summary>
    /// <param name="x">The input.</param>
    /// <returns>ln x: −∞ for ±0, NaN below 0 and for NaN, +∞ for +∞; subnormal inputs handled.</returns>
    public static double Log(double x)
    {
        if (!(x > 0.0) || x == double.PositiveInfinity)
        {
            // NaN and +∞ return themselves; ±0 gives −∞; negative numbers NaN.
            return x == 0.0 ? double.NegativeInfinity : (x < 0.0 ? double.NaN : x);
        }

        // x = 2^e·m with m in [√2/2, √2): the exponent is read from the bits (subnormals first
        // scaled by 2^54 into the normal range).
        double scale = 0.0;
        if (x < 2.2250738585072014e-308)
        {
            x *= 18014398509481984.0; // 2^54
            scale = -54.0;
        }

        long bits = BitConverter.DoubleToInt64Bits(x);
        long exponent = (bits >> 52) - 1023;
        double m = BitConverter.Int64BitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L);
        if (m >= Sqrt2)
        {
            m *= 0.5;
            exponent++;
        }

        return LogReduced(m - 1.0, exponent + scale, 0.0);
    }

    /// <summary>The natural logarithm ln x within 1 ULP; the same result on the CPU and in ILGPU kernels.</summary>
    /// <param name="x">The input.</param>
    /// <returns>ln x: −∞ for ±0, NaN below 0 and for NaN, +∞ for +∞.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Log(float x) => (float)Log((double)x);

    /// <summary>
    /// k·ln 2 + ln(1 + f) + c for f in [√2/2 − 1, √2 − 1) and a tiny correction c (fdlibm's
    /// log1p kernel: ln(1 + f) = 2·atanh(s), s = f/(2 + f); error below 1 ULP).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double LogReduced(double f, double k, double c)
    {
        double hfsq = 0.5 * f * f;
        double s = f / (2.0 + f);
        double z = s * s;
        double w = z * z;
        double t1 = w * (Lg2 + (w * (Lg4 + (w * Lg6))));
        double t2 = z * (Lg1 + (w * (Lg3 + (w * (Lg5 + (w * Lg7))))));
        double inner = (s * (hfsq + (t2 + t1))) + ((k * Ln2Lo) + c);
        return (k * Ln2Hi) + (f - (hfsq - inner));
    }

    /// <summary>
    /// p·2^k for an integer k in [−2044, 2046] held in a double, as two exact power-of-two factors
    /// built from their bit patterns: a result in the subnormal range is rounded once, an overflow
    /// gives +∞, and NaN stays NaN.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double ScaleByPowerOfTwo(double p, double k)
    {
        if (double.IsNaN(k))
        {
            return k;
        }

        long half = (long)k >> 1;
        long rest = (long)k - half;
        double s1 = BitConverter.Int64BitsToDouble((half + 1023L) << 52);
        double s2 = BitConverter.Int64BitsToDouble((rest + 1023L) << 52);
        return p * s1 * s2;
    }

    /// <summary>
    /// The high half of Veltkamp's split a = hi + lo (hi with 26 significant bits, so products of
    /// halves are exact), for |a| below 2^996. Written as a·2^27 + a rather than a·(2^27 + 1): a·2^27
    /// is exact, so the sum rounds the same whether or not a GPU compiler contracts it into an FMA
    /// (ILGPU emits mul/add without .rn, which ptxas may fuse), and the subtraction that follows
    /// reads a sum, not a product, so it cannot be fused. The classic form loses its exactness on CUDA.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double SplitHigh(double a)
    {
        double s = (a * 134217728.0) + a;
        return s - (s - a);
    }

    /// <summary>
    /// n − q·d for q = fl(n/d) (or any q with n − q·d small), to a small fraction of its own size:
    /// the split halves' products are exact and subtracted one by one, never a rounded product, so
    /// a GPU compiler fusing a multiply into the following subtraction computes the same value.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double ProductResidual(double n, double q, double d)
    {
        double qh = SplitHigh(q);
        double ql = q - qh;
        double dh = SplitHigh(d);
        double dl = d - dh;
        return (((n - (qh * dh)) - (qh * dl)) - (ql * dh)) - (ql * dl);
    }

    internal const double Log2E = 1.4426950408889634;

    // Cody–Waite split of ln 2: Ln2Hi has 32 significant bits, so k·Ln2Hi is exact for |k| < 2^21.
    internal const double Ln2Hi = 6.93147180369123816490e-01;
    internal const double Ln2Lo = 1.90821492927058770002e-10;

    // Adding 1.5·2^52 rounds a double of magnitude below 2^51 to an integer.
    internal const double RoundMagic = 6755399441055744.0;

    internal const double Sqrt2 = 1.4142135623730951;

    // fdlibm's coefficients of ln(1 + f) = 2s + s·(Lg1·s² + Lg2·s⁴ + …), s = f/(2 + f).
    internal const double Lg1 = 6.666666666666735130e-01;
    internal const double Lg2 = 3.999999999940941908e-01;
    internal const double Lg3 = 2.857142874366239149e-01;
    internal const double Lg4 = 2.222219843214978396e-01;
    internal const double Lg5 = 1.818357216161805012e-01;
    internal const double Lg6 = 1.531383769920937332e-01;
    internal const double Lg7 = 1.479819860511658591e-01;
}
