using System;
using System.Runtime.CompilerServices;

namespace Activations;

public static partial class ActivationMath
{
    // ----------------------------------------------------------------------------------------
    // The float overloads' evaluation cores
    //
    // A float result needs about 2^-28 relative accuracy before its one rounding to float, not the
    // 2^-53 the double overloads carry. These cores evaluate in double with that margin and the
    // fewest operations: a degree-5 polynomial for e^r, a single ln 2 constant, one division per
    // function where the formula allows it. That keeps every float overload within 1 ULP while
    // costing a third of the double path, which matters most in ILGPU kernels, where float kernels
    // evaluate in FP64 (half the FP32 rate on an H100, far less on consumer GPUs). They are also the
    // very algorithm the SIMD float lanes use (computed in double lanes, SinglePrecisionPolynomial).
    // ----------------------------------------------------------------------------------------

    /// <summary>
    /// e^a for a in [−300, 300] (or NaN), relative error below 2^−31: k = round(a·log2 e),
    /// r = a − k·ln 2, e^r = 1 + r + r²·P(r) with P of degree 5, scaled by 2^k through the bits.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double ExpForSingle(double a)
    {
        double k = ((a * Log2E) + RoundMagic) - RoundMagic;
        double r = a - (k * Ln2);
        return (1.0 + (r + (r * r * SinglePolynomial(r)))) * PowerOfTwo(k);
    }

    /// <summary>
    /// e^a − 1 for a in [−20, 90] (or NaN) with relative error below 2^−30: with e^a = 2^k·(1 + t),
    /// e^a − 1 = 2^k·t + (2^k − 1), where 2^k·t and 2^k − 1 are exact and the sum rounds once (k = 0
    /// near zero: t itself, no cancellation).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Expm1ForSingle(double a)
    {
        double k = ((a * Log2E) + RoundMagic) - RoundMagic;
        double r = a - (k * Ln2);
        double t = r + (r * r * SinglePolynomial(r));
        double s = PowerOfTwo(k);
        return (s * t) + (s - 1.0);
    }

    /// <summary>
    /// ln(1 + e) for e in [0, 1] (or NaN), relative error below 2^−50 and one division: ln(1 + e)
    /// directly below √2 − 1, ln 2 + ln(1 + (e − 1)/2) above (both arguments exact, within
    /// [√2/2 − 1, √2 − 1]).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Log1pUnitForSingle(double e)
    {
        // Selects, not branches: one division per GPU warp. NaN takes the low side and stays NaN.
        bool high = e >= 0.41421356237309503;
        return LogReduced(high ? (e - 1.0) * 0.5 : e, high ? 1.0 : 0.0, 0.0);
    }

    /// <summary>(e^r − 1 − r)/r² on |r| ≤ ln2/2, degree 5, relative error 3e-9 (the SIMD float lanes' polynomial).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double SinglePolynomial(double r)
    {
        double p = (0.00019857816097527465 * r) + 0.0013933642328101054;
        p = (p * r) + 0.008333360769212645;
        p = (p * r) + 0.041666465125179394;
        p = (p * r) + 0.1666666653196432;
        return (p * r) + 0.5000000013419682;
    }

    /// <summary>2^k for an integer k in [−1022, 1023] held in a double (NaN gives a finite power; callers carry NaN in another factor).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double PowerOfTwo(double k) => BitConverter.Int64BitsToDouble(((long)k + 1023L) << 52);

    /// <summary>|x| as a double, clamped to <paramref name="limit"/> (NaN stays NaN).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double AbsClamped(float x, double limit)
    {
        double a = Math.Abs((double)x);
        return a > limit ? limit : a;
    }

    internal const double Ln2 = 0.6931471805599453;
}
