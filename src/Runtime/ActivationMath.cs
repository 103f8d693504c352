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
public static partial class ActivationMath
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
        double e = Exp(-Math.Abs(x));
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
    public static float Sigmoid(float x)
    {
        // σ(−150) ≈ 7e-66 is far below float's range: the clamp keeps the exponent in range.
        double e = ExpForSingle(-AbsClamped(x, 150.0));
        return (float)((x < 0f ? e : 1.0) / (1.0 + e));
    }

    /// <summary>The sigmoid's derivative σ'(x) = σ(x)·σ(−x), with full relative accuracy in both tails.</summary>
    /// <param name="x">The input.</param>
    /// <returns>σ'(x) in [0, 0.25]; 0 for ±∞, NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double SigmoidDerivative(double x)
    {
        // σ'(x) = e / (1 + e)² with e = e^-|x|. With d = fl(1 + e), its exact rounding error
        // lo = (1 - d) + e (Fast2Sum, 1 >= e) and d² = p + err exactly (Dekker's product; no FMA,
        // which GPU kernels cannot call), (1 + e)² = p + (err + 2·d·lo) to within one rounding.
        double e = Exp(-Math.Abs(x));
        double d = 1.0 + e;
        double lo = (1.0 - d) + e;
        double p = d * d;
        double dh = SplitHigh(d);
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
        double e = ExpForSingle(-AbsClamped(x, 150.0));
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
        return (x > 0.0 ? x : 0.0) + Log1p(Exp(-Math.Abs(x)));
    }

    /// <summary>softplus(x) = ln(1 + e^x), exact everywhere: x for large x, e^x for very negative x.</summary>
    /// <param name="x">The input.</param>
    /// <returns>softplus(x) ≥ 0; +∞ for +∞, 0 for −∞, NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Softplus(float x)
    {
        double e = ExpForSingle(-AbsClamped(x, 150.0));
        return (float)((x > 0f ? (double)x : 0.0) + Log1pUnitForSingle(e));
    }

    /// <summary>ln σ(x) = −softplus(−x), exact in both tails.</summary>
    /// <param name="x">The input.</param>
    /// <returns>ln σ(x) ≤ 0; −0 for +∞ (the limit from below), −∞ for −∞, NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double LogSigmoid(double x) => -Softplus(-x);

    /// <summary>ln σ(x) = −softplus(−x), exact in both tails.</summary>
    /// <param name="x">The input.</param>
    /// <returns>ln σ(x) ≤ 0; −0 for +∞ (the limit from below), −∞ for −∞, NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float LogSigmoid(float x) => -Softplus(-x);

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
        return Log(u) + c / u;
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
        double u = Exp(x);
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
        return um1 * (x / Log(u));
    }

    /// <summary>e^x − 1, accurate for x near 0.</summary>
    /// <param name="x">The input.</param>
    /// <returns>e^x − 1: +∞ for +∞ (and on overflow), −1 for −∞, NaN for NaN, ±0 for ±0.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Expm1(float x)
    {
        // Below −20 the result rounds to −1; above 88.73 it overflows. ±0 keep their sign.
        double a = x < -20f ? -20.0 : (x > 90f ? 90.0 : x);
        return x == 0f ? x : (float)Expm1ForSingle(a);
    }

    // ----------------------------------------------------------------------------------------
    // tanh
    // ----------------------------------------------------------------------------------------

    /// <summary>The hyperbolic tangent tanh x, within 1 ULP (float) / 2 ULP (double).</summary>
    /// <param name="x">The input.</param>
    /// <returns>tanh x in [−1, 1]: ±0 for ±0 (the sign kept), ±1 for ±∞, NaN for NaN; relative
    /// accuracy for tiny |x| (tanh x = x there).</returns>
    /// <remarks>Does not call <see cref="Math.Tanh(double)"/> (ILGPU maps it to an approximate
    /// instruction on some GPUs): an odd polynomial below |x| = 0.55, 1 − 2σ(−2|x|) above.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Tanh(double x)
    {
        double a = Math.Abs(x);
        if (a < 0.55)
        {
            // tanh x = x + x·y·R(y), y = x²: R is the degree-10 minimax fit of (tanh x / x − 1)/y on
            // [0, 0.3025] (relative error 2e-17). The correction is at most 11 % of x, so its
            // roundings cost a small fraction of an ULP; tiny x come back unchanged.
            if (x == 0.0)
            {
                return x; // keeps −0 (x + x·y·R would give +0)
            }

            double y = x * x;
            double r = -2.060323541267837e-05;
            r = (r * y) + 8.511384891868641e-05;
            r = (r * y) - 0.00023463519962814625;
            r = (r * y) + 0.0005889362155215289;
            r = (r * y) - 0.0014556618653461058;
            r = (r * y) + 0.0035921103833924523;
            r = (r * y) - 0.008863234398196612;
            r = (r * y) + 0.021869488493684794;
            r = (r * y) - 0.05396825396743444;
            r = (r * y) + 0.13333333333332714;
            r = (r * y) - 0.3333333333333333;
            return x + (x * (y * r));
        }

        // tanh a = 1 − 2σ(−2a) with σ(−2a) <= 0.25 carried to a fraction of its own ULP, so the one
        // subtraction rounds once: within 1 ULP. 2a = +∞ gives 1; NaN flows through σ.
        double t = 1.0 - (2.0 * Sigmoid(-2.0 * a));
        return x < 0.0 ? -t : t;
    }

    /// <summary>The hyperbolic tangent tanh x, within 1 ULP (float) / 2 ULP (double).</summary>
    /// <param name="x">The input.</param>
    /// <returns>tanh x in [−1, 1]: ±0 for ±0 (the sign kept), ±1 for ±∞, NaN for NaN; relative
    /// accuracy for tiny |x| (tanh x = x there).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Tanh(float x)
    {
        // Below 2^-12 tanh x rounds to x (±0 kept); tanh 10 rounds to 1. Otherwise
        // tanh |x| = −m/(2 + m) with m = e^(−2|x|) − 1: no cancellation anywhere.
        double a = AbsClamped(x, 10.0);
        if (a < 0.000244140625)
        {
            return x;
        }

        double m = Expm1ForSingle(-2.0 * a);
        double t = -m / (2.0 + m);
        return (float)(x < 0f ? -t : t);
    }

    /// <summary>tanh x for the Fast precision. The scalar path is the accurate one: the same as <see cref="Tanh(double)"/>.</summary>
    /// <param name="x">The input.</param>
    /// <returns>tanh x, as <see cref="Tanh(double)"/>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double TanhFast(double x) => Tanh(x);

    /// <summary>tanh x for the Fast precision. The scalar path is the accurate one: the same as <see cref="Tanh(float)"/>.</summary>
    /// <param name="x">The input.</param>
    /// <returns>tanh x, as <see cref="Tanh(float)"/>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float TanhFast(float x) => Tanh(x);

    /// <summary>
    /// tanh's derivative sech² x = 1 − tanh² x, computed as 4e/(1 + e)² with e = e^−2|x| (no
    /// cancellation): full relative accuracy in the tails, subnormal results kept.
    /// </summary>
    /// <param name="x">The input.</param>
    /// <returns>sech² x in [0, 1]; 1 for ±0, 0 for ±∞, NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double TanhDerivative(double x)
    {
        double a = Math.Abs(x);
        if (a > 354.0)
        {
            // 4e^-2a is below the normal range: (4e^-a)·e^-a rounds once, into the subnormals
            // (e^-a itself is still normal up to 708; beyond, the product is 0 as it should be).
            double h = Exp(-a);
            return 4.0 * h * h;
        }

        // As SigmoidDerivative: (1 + e)² = d² + (err + 2·d·lo) with d = fl(1 + e), lo its rounding
        // error (Fast2Sum) and d² = p + err (Dekker's product, no FMA).
        double e = Exp(-2.0 * a);
        double d = 1.0 + e;
        double lo = (1.0 - d) + e;
        double p = d * d;
        double dh = SplitHigh(d);
        double dl = d - dh;
        double err = (((dh * dh) - p) + (2.0 * dh * dl)) + (dl * dl);
        return (4.0 * e) / (p + (err + (2.0 * d * lo)));
    }

    /// <summary>
    /// tanh's derivative sech² x = 1 − tanh² x, computed as 4e/(1 + e)² with e = e^−2|x| (no
    /// cancellation): full relative accuracy in the tails, subnormal results kept.
    /// </summary>
    /// <param name="x">The input.</param>
    /// <returns>sech² x in [0, 1]; 1 for ±0, 0 for ±∞, NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float TanhDerivative(float x)
    {
        double e = ExpForSingle(-2.0 * AbsClamped(x, 75.0));
        double d = 1.0 + e;
        return (float)((4.0 * e) / (d * d));
    }

    // ----------------------------------------------------------------------------------------
    // The standard normal distribution
    // ----------------------------------------------------------------------------------------

    /// <summary>
    /// The standard normal distribution function Φ(x) = ½·erfc(−x/√2), with full relative accuracy
    /// in the left tail (Φ(−30) ≈ 4.9e-198; subnormal results kept). Within 1 ULP (float) / 3 ULP (double).
    /// </summary>
    /// <param name="x">The input.</param>
    /// <returns>Φ(x) in [0, 1]; 0.5 for ±0, 0 for −∞, 1 for +∞, NaN for NaN.</returns>
    /// <remarks>W. J. Cody's rational Chebyshev approximations (ACM TOMS 715, as in R's
    /// <c>pnorm</c>): a rational function of x² for |x| ≤ 0.674, and e^(−x²/2) times a rational
    /// function of |x| (up to √32) or of 1/x² beyond; x² is split exactly so that e^(−x²/2) keeps
    /// full relative accuracy.</remarks>
    public static double NormalCdf(double x)
    {
        double a = Math.Abs(x);
        if (a <= 0.67448975)
        {
            double y = x * x;
            double num = (((((CodyA4 * y) + CodyA0) * y) + CodyA1) * y + CodyA2) * y + CodyA3;
            double den = ((((y + CodyB0) * y) + CodyB1) * y + CodyB2) * y + CodyB3;
            return 0.5 + (x * num / den);
        }

        if (!(a < 40.0))
        {
            // Φ(−40) ≈ 3.7e-350 rounds to 0: the limits (and NaN, which fails the test above).
            return a >= 40.0 ? (x < 0.0 ? 0.0 : 1.0) : x;
        }

        // Φ(−a) = e^(−a²/2)·r(a).
        double r;
        if (a <= Sqrt32)
        {
            // Compensated Horner (Dekker's products, no FMA): the degree-8 polynomials' own
            // rounding would cost up to 4 ULP.
            double ah = SplitHigh(a);
            double al = a - ah;
            Compensated num = new(CodyC8, 0.0);
            num = num.Step(a, ah, al, CodyC0);
            num = num.Step(a, ah, al, CodyC1);
            num = num.Step(a, ah, al, CodyC2);
            num = num.Step(a, ah, al, CodyC3);
            num = num.Step(a, ah, al, CodyC4);
            num = num.Step(a, ah, al, CodyC5);
            num = num.Step(a, ah, al, CodyC6);
            num = num.Step(a, ah, al, CodyC7);
            Compensated den = new(1.0, 0.0);
            den = den.Step(a, ah, al, CodyD0);
            den = den.Step(a, ah, al, CodyD1);
            den = den.Step(a, ah, al, CodyD2);
            den = den.Step(a, ah, al, CodyD3);
            den = den.Step(a, ah, al, CodyD4);
            den = den.Step(a, ah, al, CodyD5);
            den = den.Step(a, ah, al, CodyD6);
            den = den.Step(a, ah, al, CodyD7);

            // (n + ne)/(d + de) = q + ((n − q·d) + ne − q·de)/d, n − q·d exact (Dekker).
            double q = num.Value / den.Value;
            double residual = ProductResidual(num.Value, q, den.Value);
            r = q + ((residual + (num.Error - (q * den.Error))) / den.Value);
        }
        else
        {
            double z = 1.0 / (a * a);
            double num = CodyP5 * z;
            double den = z;
            num = (num + CodyP0) * z; den = (den + CodyQ0) * z;
            num = (num + CodyP1) * z; den = (den + CodyQ1) * z;
            num = (num + CodyP2) * z; den = (den + CodyQ2) * z;
            num = (num + CodyP3) * z; den = (den + CodyQ3) * z;
            r = ((InvSqrt2Pi - (z * (num + CodyP4) / (den + CodyQ4))) + InvSqrt2PiLow) / a;
        }

        double tail = ExpNegHalfSquare(a, r, 0.0);
        return x < 0.0 ? tail : 1.0 - tail;
    }

    /// <summary>
    /// The standard normal distribution function Φ(x) = ½·erfc(−x/√2), with full relative accuracy
    /// in the left tail (subnormal results kept). Within 1 ULP (float) / 3 ULP (double).
    /// </summary>
    /// <param name="x">The input.</param>
    /// <returns>Φ(x) in [0, 1]; 0.5 for ±0, 0 for −∞, 1 for +∞, NaN for NaN.</returns>
    public static float NormalCdf(float x) => (float)NormalCdfForSingle(x);

    /// <summary>Φ(x) for a float x, with relative error below 2^−32 (see <see cref="NormalCdf(float)"/>).</summary>
    private static double NormalCdfForSingle(double xd)
    {
        // Φ(−a) = e^(−a²/2)·r(a) on the whole range with one rational r = P/Q of degrees 5 and 6
        // (relative error 1.1e-10 on [0, 15], all coefficients positive; fitted by
        // tests/Activations.Tests/Data/fit_normal_tail_single.py): one division, no branch for a GPU
        // warp to diverge on, and about 30 double operations. x² is exact in double for a float x;
        // Φ(−15) ≈ 3.7e-51 rounds to 0.
        double a = Math.Abs(xd);
        if (!(a < 15.0))
        {
            return a >= 15.0 ? (xd < 0.0 ? 0.0 : 1.0) : xd;
        }

        double p = (0.0009147866871716486 * a) + 0.011880940096440149;
        p = (p * a) + 0.07234874172232246;
        p = (p * a) + 0.2530004580065028;
        p = (p * a) + 0.5102307273503593;
        p = (p * a) + 0.4999999999445906;
        double q = (0.0022930325199629837 * a) + 0.029780938136620718;
        q = (q * a) + 0.18364941964519835;
        q = (q * a) + 0.6638682678027897;
        q = (q * a) + 1.456831275423884;
        q = (q * a) + 1.8183460051432312;
        q = (q * a) + 1.0;
        double tail = (p / q) * ExpForSingle(-0.5 * (a * a));
        return xd < 0.0 ? tail : 1.0 - tail;
    }

    /// <summary>
    /// The standard normal density φ(x) = e^(−x²/2)/√(2π), with full relative accuracy for large |x|
    /// (x² is split exactly, so the exponent carries no rounding error); subnormal results kept.
    /// Within 1 ULP (float) / 2 ULP (double).
    /// </summary>
    /// <param name="x">The input.</param>
    /// <returns>φ(x) in [0, 1/√(2π)]; 0 for ±∞, NaN for NaN.</returns>
    public static double NormalPdf(double x)
    {
        double a = Math.Abs(x);
        if (!(a < 40.0))
        {
            // φ(40) ≈ 1.5e-348 rounds to 0 (and NaN stays NaN).
            return a >= 40.0 ? 0.0 : x;
        }

        return ExpNegHalfSquare(a, InvSqrt2Pi, InvSqrt2PiLow);
    }

    /// <summary>
    /// The standard normal density φ(x) = e^(−x²/2)/√(2π), with full relative accuracy for large |x|;
    /// subnormal results kept. Within 1 ULP (float) / 2 ULP (double).
    /// </summary>
    /// <param name="x">The input.</param>
    /// <returns>φ(x) in [0, 1/√(2π)]; 0 for ±∞, NaN for NaN.</returns>
    public static float NormalPdf(float x)
    {
        // φ(15) ≈ 5.5e-50 rounds to 0; x² is exact in double for a float x.
        double a = AbsClamped(x, 15.0);
        return (float)(InvSqrt2Pi * ExpForSingle(-0.5 * (a * a)));
    }

    /// <summary>
    /// (m + ml)·e^(−a²/2) for 0 ≤ a &lt; 40: a = ah + al (Veltkamp's split, ah with 26 bits) gives
    /// a² = ah² + l with ah² exact and l = (2·ah + al)·al tiny, so e^(−a²/2) = e^(−ah²/2)·e^(−l/2) with
    /// an exact argument to <see cref="Math.Exp(double)"/> and e^(−l/2) − 1 from three series terms
    /// (|l/2| &lt; 2e-5). The result rounds once into the subnormal range.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double ExpNegHalfSquare(double a, double m, double ml)
    {
        double ah = SplitHigh(a);
        double al = a - ah;
        double h = 0.5 * (((2.0 * ah) + al) * al);
        double w = h * (-1.0 + (h * (0.5 - (h * (1.0 / 6.0))))); // e^-h − 1
        double scaled = m + ((m * w) + ml);                       // (m + ml)·e^-h
        return Exp(-0.5 * (ah * ah)) * scaled;
    }

    /// <summary>A value and the accumulated rounding error of its computation (compensated Horner).</summary>
    private readonly struct Compensated
    {
        public readonly double Value;
        public readonly double Error;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Compensated(double value, double error)
        {
            Value = value;
            Error = error;
        }

        /// <summary>Value·a + c, its product and sum errors (exact: Dekker's product over the split a = ah + al, TwoSum) added to Error·a.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Compensated Step(double a, double ah, double al, double c)
        {
            double s = Value;
            double p = s * a;
            double sh = SplitHigh(s);
            double sl = s - sh;
            double pe = ((((sh * ah) - p) + (sh * al)) + (sl * ah)) + (sl * al);
            double sum = p + c;
            double bb = sum - p;
            double se = (p - (sum - bb)) + (c - bb);
            return new Compensated(sum, (Error * a) + (pe + se));
        }
    }

    // W. J. Cody's coefficients (ACM TOMS 715, ANORM; R's pnorm).
    private const double CodyA0 = 2.2352520354606839287;
    private const double CodyA1 = 161.02823106855587881;
    private const double CodyA2 = 1067.6894854603709582;
    private const double CodyA3 = 18154.981253343561249;
    private const double CodyA4 = 0.065682337918207449113;
    private const double CodyB0 = 47.20258190468824187;
    private const double CodyB1 = 976.09855173777669322;
    private const double CodyB2 = 10260.932208618978205;
    private const double CodyB3 = 45507.789335026729956;
    private const double CodyC0 = 0.39894151208813466764;
    private const double CodyC1 = 8.8831497943883759412;
    private const double CodyC2 = 93.506656132177855979;
    private const double CodyC3 = 597.27027639480026226;
    private const double CodyC4 = 2494.5375852903726711;
    private const double CodyC5 = 6848.1904505362823326;
    private const double CodyC6 = 11602.651437647350124;
    private const double CodyC7 = 9842.7148383839780218;
    private const double CodyC8 = 1.0765576773720192317e-8;
    private const double CodyD0 = 22.266688044328115691;
    private const double CodyD1 = 235.38790178262499861;
    private const double CodyD2 = 1519.377599407554805;
    private const double CodyD3 = 6485.558298266760755;
    private const double CodyD4 = 18615.571640885098091;
    private const double CodyD5 = 34900.952721145977266;
    private const double CodyD6 = 38912.003286093271411;
    private const double CodyD7 = 19685.429676859990727;
    private const double CodyP0 = 0.21589853405795699;
    private const double CodyP1 = 0.1274011611602473639;
    private const double CodyP2 = 0.022235277870649807;
    private const double CodyP3 = 0.001421619193227893466;
    private const double CodyP4 = 2.9112874951168792e-5;
    private const double CodyP5 = 0.02307344176494017303;
    private const double CodyQ0 = 1.28426009614491121;
    private const double CodyQ1 = 0.468238212480865118;
    private const double CodyQ2 = 0.0659881378689285515;
    private const double CodyQ3 = 0.00378239633202758244;
    private const double CodyQ4 = 7.29751555083966205e-5;
    private const double Sqrt32 = 5.656854249492381;
    private const double InvSqrt2Pi = 0.3989422804014327;       // 1/√(2π), rounded
    private const double InvSqrt2PiLow = -2.49232720227773e-17; // 1/√(2π) − InvSqrt2Pi
}
