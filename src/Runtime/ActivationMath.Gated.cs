using System;
using System.Runtime.CompilerServices;

namespace Activations;

public static partial class ActivationMath
{
    // ----------------------------------------------------------------------------------------
    // Gated linear units: silu (swish), gelu, gelu_tanh, mish and their derivatives
    //
    // Each is x·g(x) for a gate g rising from 0 to 1. Written as primitives (rather than x times
    // the gate's primitive) so that:
    // - the gate's exponential is kept as a mantissa and a power of two, and the result scaled
    //   once at the end: x·g(x) keeps full accuracy where the gate alone is subnormal;
    // - the derivative g(x) + x·g'(x), which crosses zero once on the negative side, is evaluated
    //   there as (x − x0)·Q(x): x0 the zero to twice double precision and Q a polynomial fitted
    //   (Chebyshev, mpmath: tests/Activations.Tests/Data/fit_gated_roots.py) on an interval around it, so f' keeps its relative accuracy however
    //   close x comes to x0; elsewhere the formula's terms do not cancel by more than a factor 2.5;
    // - gelu_tanh's cubic argument u is carried as a double-double, and σ(u + ul) = σ(u)·(1 + ul·σ(−u)),
    //   so the argument's rounding (amplified by |u| in the left tail) costs nothing.
    // Only plain arithmetic, BitConverter and ActivationMath's own Exp: usable in ILGPU kernels.
    // The float overloads round the double result once.
    // ----------------------------------------------------------------------------------------

    /// <summary>The sigmoid-weighted linear unit (swish) silu(x) = x·σ(x), within 1 ULP (float) / 2 ULP (double).</summary>
    /// <param name="x">The input.</param>
    /// <returns>x·σ(x): +∞ for +∞, −0 for −∞, NaN for NaN; subnormal results kept.</returns>
    public static double Silu(double x)
    {
        if (!(x <= 40.0))
        {
            // σ(40) = 1 − 4e-18 rounds x·σ(x) to x; +∞ and NaN return themselves.
            return x;
        }

        if (x < -760.0)
        {
            return -0.0; // |x|·e^x is below half the smallest subnormal
        }

        double s = SigmoidScaled(x, out double k, out _);
        return ScaleByPowerOfTwo(x * s, k);
    }

    /// <summary>The sigmoid-weighted linear unit (swish) silu(x) = x·σ(x), within 1 ULP (float) / 2 ULP (double).</summary>
    /// <param name="x">The input.</param>
    /// <returns>x·σ(x): +∞ for +∞, −0 for −∞, NaN for NaN; subnormal results kept.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Silu(float x)
    {
        // Float: σ with the float core (one division, relative error 2^-28), x·σ rounded once.
        // silu(−120) ≈ −9e-51 rounds to −0; +∞ gives ∞·1.
        double xd = x < -120f ? -120.0 : x;
        double a = Math.Abs(xd);
        double e = ExpForSingle(-(a > 150.0 ? 150.0 : a));
        return (float)(xd * ((xd < 0.0 ? e : 1.0) / (1.0 + e)));
    }

    /// <summary>
    /// silu's derivative σ(x)·(1 + x·σ(−x)), within 4 ULP relative to max(|f'|, ε): near its zero
    /// at x ≈ −1.2785 evaluated as (x − x0)·Q(x), without cancellation.
    /// </summary>
    /// <param name="x">The input.</param>
    /// <returns>silu'(x): 1 for +∞, 0 for −∞, NaN for NaN.</returns>
    public static double SiluDerivative(double x)
    {
        if (!(x <= 50.0))
        {
            return x > 50.0 ? 1.0 : x;
        }

        if (x < -760.0)
        {
            return 0.0;
        }

        if (x >= -2.0 && x <= -0.8)
        {
            return RootForm(x, SiluRootHigh, SiluRootLow, SiluRootQuotient(x - SiluCenter));
        }

        // σ(x)·(1 + x·σ(−x)): for x >= 0 no term is negative; below −2 and in (−0.8, 0)
        // the sum cancels by less than a factor 2.3.
        double s = SigmoidScaled(x, out double k, out double complement);
        double t = OnePlusProduct(x, complement);
        return ScaleByPowerOfTwo(s * t, k);
    }

    /// <summary>
    /// silu's derivative σ(x)·(1 + x·σ(−x)), within 1 ULP relative to max(|f'|, ε).
    /// </summary>
    /// <param name="x">The input.</param>
    /// <returns>silu'(x): 1 for +∞, 0 for −∞, NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float SiluDerivative(float x)
    {
        // Float: next to the zero the same (x − x0)·Q(x) as double; elsewhere σ(x)·(1 + x·σ(−x)) =
        // n·(d + x·m)/d² with e = e^−|x| from the float core (n, m = e or 1 by sign, d = 1 + e), whose
        // terms cancel by less than a factor 2.3 there: one division, far fewer FP64 operations in a kernel.
        double xd = x;
        if (xd >= -2.0 && xd <= -0.8)
        {
            return (float)RootForm(xd, SiluRootHigh, SiluRootLow, SiluRootQuotient(xd - SiluCenter));
        }

        if (!(xd <= 50.0))
        {
            return xd > 50.0 ? 1f : x; // σ(50)·(1 + 50·σ(−50)) rounds to 1; NaN stays NaN
        }

        xd = xd < -120.0 ? -120.0 : xd; // silu'(−120) ≈ −9e-51 rounds to −0
        double e = ExpForSingle(-Math.Abs(xd));
        double d = 1.0 + e;
        bool negative = xd < 0.0;
        return (float)((negative ? e : 1.0) * (d + (xd * (negative ? 1.0 : e))) / (d * d));
    }

    /// <summary>The Gaussian error linear unit gelu(x) = x·Φ(x) (erf form), within 1 ULP (float) / 4 ULP (double).</summary>
    /// <param name="x">The input.</param>
    /// <returns>x·Φ(x): +∞ for +∞, −0 for −∞, NaN for NaN.</returns>
    public static double Gelu(double x)
    {
        if (!(x <= 40.0))
        {
            return x; // Φ(40) = 1; +∞ and NaN
        }

        return x < -40.0 ? -0.0 : x * NormalCdf(x);
    }

    /// <summary>The Gaussian error linear unit gelu(x) = x·Φ(x) (erf form), within 1 ULP (float) / 4 ULP (double).</summary>
    /// <param name="x">The input.</param>
    /// <returns>x·Φ(x): +∞ for +∞, −0 for −∞, NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Gelu(float x)
    {
        // Float: Φ with the float core (branch-free, one division). gelu(−20) ≈ −5.5e-88 rounds to −0.
        double xd = x < -20f ? -20.0 : x;
        return (float)(xd * NormalCdfForSingle(xd));
    }

    /// <summary>
    /// gelu's derivative Φ(x) + x·φ(x), within 8 ULP relative to max(|f'|, ε): near its zero at
    /// x ≈ −0.7518 evaluated as (x − x0)·Q(x), without cancellation.
    /// </summary>
    /// <param name="x">The input.</param>
    /// <returns>gelu'(x): 1 for +∞, 0 for −∞, NaN for NaN.</returns>
    public static double GeluDerivative(double x)
    {
        if (!(x <= 40.0))
        {
            return x > 40.0 ? 1.0 : x;
        }

        if (x < -40.0)
        {
            return 0.0;
        }

        if (x >= -1.5 && x <= -0.35)
        {
            return RootForm(x, GeluRootHigh, GeluRootLow, GeluRootQuotient(x - GeluCenter));
        }

        return NormalCdf(x) + (x * NormalPdf(x));
    }

    /// <summary>gelu's derivative Φ(x) + x·φ(x), within 1 ULP relative to max(|f'|, ε).</summary>
    /// <param name="x">The input.</param>
    /// <returns>gelu'(x): 1 for +∞, 0 for −∞, NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float GeluDerivative(float x)
    {
        // Float: next to the zero the same (x − x0)·Q(x) as double; elsewhere Φ(x) + x·φ(x) from the
        // float cores (the terms cancel by less than a factor 3 there).
        double xd = x;
        if (xd >= -1.5 && xd <= -0.35)
        {
            return (float)RootForm(xd, GeluRootHigh, GeluRootLow, GeluRootQuotient(xd - GeluCenter));
        }

        if (!(xd <= 15.0))
        {
            return xd > 15.0 ? 1f : x; // Φ(15) + 15·φ(15) rounds to 1; NaN stays NaN
        }

        xd = xd < -20.0 ? -20.0 : xd; // gelu'(−20) ≈ −1e-86 rounds to −0
        return (float)(NormalCdfForSingle(xd) + (xd * (InvSqrt2Pi * ExpForSingle(-0.5 * (xd * xd)))));
    }

    /// <summary>
    /// PyTorch's gelu(approximate='tanh'), ½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))) = x·σ(u) with
    /// u = 2√(2/π)·(x + 0.044715·x³) carried to twice double precision: within 1 ULP (float) / 2 ULP (double).
    /// </summary>
    /// <param name="x">The input.</param>
    /// <returns>gelu_tanh(x): +∞ for +∞, −0 for −∞, NaN for NaN.</returns>
    public static double GeluTanh(double x)
    {
        if (!(x <= 50.0))
        {
            return x;
        }

        if (x < -30.0)
        {
            return -0.0; // σ(u) < e^-1900
        }

        double s = SigmoidOfCubic(x, out double k, out _, out _);
        return ScaleByPowerOfTwo(x * s, k);
    }

    /// <summary>PyTorch's gelu(approximate='tanh'), within 1 ULP.</summary>
    /// <param name="x">The input.</param>
    /// <returns>gelu_tanh(x): +∞ for +∞, −0 for −∞, NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float GeluTanh(float x)
    {
        // Float: u in double (its rounding, amplified by |u| at most ~600, stays far below a float's
        // ULP), σ(u) with the float core. Above 10 σ(u) rounds to 1; gelu_tanh(−20) rounds to −0.
        if (!(x <= 10f))
        {
            return x;
        }

        double xd = x < -20f ? -20.0 : x;
        double u = xd * (GeluTanhC1High + (GeluTanhC3High * (xd * xd)));
        double a = Math.Abs(u);
        double e = ExpForSingle(-(a > 150.0 ? 150.0 : a));
        return (float)(xd * ((u < 0.0 ? e : 1.0) / (1.0 + e)));
    }

    /// <summary>
    /// gelu_tanh's derivative σ(u)·(1 + x·u'·σ(−u)), within 8 ULP relative to max(|f'|, ε): near
    /// its zero at x ≈ −0.7525 evaluated as (x − x0)·Q(x), without cancellation.
    /// </summary>
    /// <param name="x">The input.</param>
    /// <returns>gelu_tanh'(x): 1 for +∞, 0 for −∞, NaN for NaN.</returns>
    public static double GeluTanhDerivative(double x)
    {
        if (!(x <= 50.0))
        {
            return x > 50.0 ? 1.0 : x;
        }

        if (x < -30.0)
        {
            return 0.0;
        }

        if (x >= -1.5 && x <= -0.35)
        {
            return RootForm(x, GeluTanhRootHigh, GeluTanhRootLow, GeluTanhRootQuotient(x - GeluTanhCenter));
        }

        double s = SigmoidOfCubic(x, out double k, out double complement, out double x2);
        double slope = GeluTanhC1High + (3.0 * GeluTanhC3High * x2); // u'(x)
        double t = OnePlusProduct(x * slope, complement);
        return ScaleByPowerOfTwo(s * t, k);
    }

    /// <summary>gelu_tanh's derivative, within 1 ULP relative to max(|f'|, ε).</summary>
    /// <param name="x">The input.</param>
    /// <returns>gelu_tanh'(x): 1 for +∞, 0 for −∞, NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float GeluTanhDerivative(float x)
    {
        // Float: next to the zero the same (x − x0)·Q(x) as double; elsewhere σ(u)·(1 + x·u'·σ(−u)) =
        // n·(d + x·u'·m)/d² with e = e^−|u| from the float core (n, m = e or 1 by the sign of u,
        // d = 1 + e): one division. u in double: its rounding stays far below a float's ULP.
        double xd = x;
        if (xd >= -1.5 && xd <= -0.35)
        {
            return (float)RootForm(xd, GeluTanhRootHigh, GeluTanhRootLow, GeluTanhRootQuotient(xd - GeluTanhCenter));
        }

        if (!(xd <= 10.0))
        {
            return xd > 10.0 ? 1f : x; // the correction is below e^-80 from 10 on; NaN stays NaN
        }

        xd = xd < -20.0 ? -20.0 : xd; // σ(u(−20)) ≈ e^-602: the result rounds to −0
        double x2 = xd * xd;
        double u = xd * (GeluTanhC1High + (GeluTanhC3High * x2));
        double slope = GeluTanhC1High + (3.0 * GeluTanhC3High * x2);
        double a = Math.Abs(u);
        double e = ExpForSingle(-(a > 150.0 ? 150.0 : a));
        double d = 1.0 + e;
        bool negative = u < 0.0;
        return (float)((negative ? e : 1.0) * (d + (xd * slope * (negative ? 1.0 : e))) / (d * d));
    }

    /// <summary>
    /// mish(x) = x·tanh(softplus(x)), with the gate written as a ratio of exponentials that never
    /// cancels (e = e^−|x|: (1 + 2e)/(1 + 2e + 2e²) for x ≥ 0, e(e + 2)/(e² + 2e + 2) for x &lt; 0):
    /// within 1 ULP (float) / 2 ULP (double), subnormal results kept.
    /// </summary>
    /// <param name="x">The input.</param>
    /// <returns>mish(x): +∞ for +∞, −0 for −∞, NaN for NaN.</returns>
    public static double Mish(double x)
    {
        if (!(x <= 40.0))
        {
            return x; // tanh(softplus(40)) = 1 − 2e^-80 rounds to 1
        }

        if (x < -760.0)
        {
            return -0.0;
        }

        double m = ExpNegativeParts(Math.Abs(x), out double ml, out double k);
        double e = ScaleByPowerOfTwo(m, k);
        if (x >= 0.0)
        {
            // x·(1 − w), w = 2e²/(1 + 2e + 2e²) ≤ 0.4.
            double e2 = e * e;
            double w = (2.0 * e2) / ((1.0 + (2.0 * e)) + (2.0 * e2));
            return x - (x * w);
        }

        // x·e·(e + 2)/(e² + 2e + 2) with e = (m + ml)·2^k: the product scaled once.
        double n = x * (m + ml) * (e + 2.0);
        return ScaleByPowerOfTwo(n / ((e * (e + 2.0)) + 2.0), k);
    }

    /// <summary>mish(x) = x·tanh(softplus(x)), within 1 ULP.</summary>
    /// <param name="x">The input.</param>
    /// <returns>mish(x): +∞ for +∞, −0 for −∞, NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Mish(float x)
    {
        // Float: the same never-cancelling ratios with the float core's e = e^−|x|, selected rather
        // than branched (one division). Above 20 the gate rounds to 1; mish(−120) rounds to −0.
        if (!(x <= 20f))
        {
            return x;
        }

        double xd = x < -120f ? -120.0 : x;
        double e = ExpForSingle(-Math.Abs(xd));
        double e2 = e * e;
        bool positive = xd >= 0.0;
        double num = positive ? 1.0 + (2.0 * e) : e * (e + 2.0);
        double den = positive ? (1.0 + (2.0 * e)) + (2.0 * e2) : (e2 + (2.0 * e)) + 2.0;
        return (float)(xd * num / den);
    }

    /// <summary>
    /// mish's derivative g(x) + x·g'(x), g = tanh∘softplus, within 8 ULP relative to max(|f'|, ε):
    /// near its zero at x ≈ −1.1924 evaluated as (x − x0)·Q(x), without cancellation.
    /// </summary>
    /// <param name="x">The input.</param>
    /// <returns>mish'(x): 1 for +∞, 0 for −∞, NaN for NaN.</returns>
    public static double MishDerivative(double x)
    {
        if (!(x <= 40.0))
        {
            return x > 40.0 ? 1.0 : x;
        }

        if (x < -760.0)
        {
            return 0.0;
        }

        if (x >= -1.9 && x <= -0.7)
        {
            return RootForm(x, MishRootHigh, MishRootLow, MishRootQuotient(x - MishCenter));
        }

        double m = ExpNegativeParts(Math.Abs(x), out double ml, out double k);
        double e = ScaleByPowerOfTwo(m, k);
        if (x >= 0.0)
        {
            // g = 1 − 2e²/D and g' = 4e²(1 + e)/D², D = 1 + 2e + 2e²: no term is negative.
            double e2 = e * e;
            double d = (1.0 + (2.0 * e)) + (2.0 * e2);
            double w = e2 / d;
            return (1.0 - (2.0 * w)) + (x * (4.0 * w * ((1.0 + e) / d)));
        }

        // e·((e + 2)·D + 4x(e + 1))/D² with D = e² + 2e + 2, both expanded in powers of e:
        // e·(4(1 + x) + (6 + 4x)·e + 4e² + e³)/(4 + 8e + 8e² + 4e³ + e⁴), e = m·2^k. Outside the
        // root's interval the bracket's terms share their sign or are dominated by 4(1 + x).
        double cubic = (e + 4.0) * e;
        double bracket = (((cubic + (6.0 + (4.0 * x))) * e) + (4.0 * (1.0 + x)));
        double squared = ((((cubic + 8.0) * e) + 8.0) * e) + 4.0;
        return ScaleByPowerOfTwo((m * bracket) / squared, k);
    }

    /// <summary>mish's derivative, within 1 ULP relative to max(|f'|, ε).</summary>
    /// <param name="x">The input.</param>
    /// <returns>mish'(x): 1 for +∞, 0 for −∞, NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float MishDerivative(float x)
    {
        // Float: next to the zero the same (x − x0)·Q(x) as double; elsewhere the double formulas on
        // the float core's e = e^−|x|, both signs evaluated and one quotient selected (one division):
        // x ≥ 0: (D·(1 + 2e) + 4x·e²·(1 + e))/D², D = 1 + 2e + 2e²; x < 0: e·(4(1 + x) + (6 + 4x)·e +
        // 4e² + e³)/(4 + 8e + 8e² + 4e³ + e⁴).
        double xd = x;
        if (xd >= -1.9 && xd <= -0.7)
        {
            return (float)RootForm(xd, MishRootHigh, MishRootLow, MishRootQuotient(xd - MishCenter));
        }

        if (!(xd <= 20.0))
        {
            return xd > 20.0 ? 1f : x; // the correction is below 80·e^-40 from 20 on; NaN stays NaN
        }

        xd = xd < -120.0 ? -120.0 : xd; // mish'(−120) ≈ −3.6e-50 rounds to −0
        double e = ExpForSingle(-Math.Abs(xd));
        double e2 = e * e;
        double dp = (1.0 + (2.0 * e)) + (2.0 * e2);
        double np = (dp * (1.0 + (2.0 * e))) + (4.0 * xd * e2 * (1.0 + e));
        double cubic = (e + 4.0) * e;
        double nn = e * (((cubic + (6.0 + (4.0 * xd))) * e) + (4.0 * (1.0 + xd)));
        double dn = ((((cubic + 8.0) * e) + 8.0) * e) + 4.0;
        bool positive = xd >= 0.0;
        return (float)((positive ? np : nn) / (positive ? dp * dp : dn));
    }

    // ---- building blocks ---------------------------------------------------------------------

    /// <summary>
    /// (x − x0)·q with x0 = high + low: x − high is exact (Sterbenz, x within a factor 2 of x0).
    /// Written as (x − high)·q − low·q, not ((x − high) − low)·q: ILGPU's optimizer folds two
    /// constants subtracted in a row into one, x − (high + low), which rounds back to x − high and
    /// drops low (measured on an H100: 110 ULP in silu' next to its zero).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double RootForm(double x, double high, double low, double q) => ((x - high) * q) - (low * q);

    /// <summary>
    /// 1 + a·b to within about half an ULP: a·b as the exact products of Veltkamp's halves, the
    /// leading one added with TwoSum. No rounded product is ever added, so a GPU compiler's FMA
    /// contraction cannot count a product's error twice.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double OnePlusProduct(double a, double b)
    {
        double ah = SplitHigh(a);
        double al = a - ah;
        double bh = SplitHigh(b);
        double bl = b - bh;
        double ph = ah * bh;
        double s = 1.0 + ph;
        double bb = s - 1.0;
        double err = (1.0 - (s - bb)) + (ph - bb);
        return s + (err + (((ah * bl) + (al * bh)) + (al * bl)));
    }

    /// <summary>a·b − p exactly for p = fl(a·b) (Dekker's product over Veltkamp's splits; |a|, |b| below 2^996).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double TwoProductError(double a, double b, double p)
    {
        double ah = SplitHigh(a);
        double al = a - ah;
        double bh = SplitHigh(b);
        double bl = b - bh;
        return ((((ah * bh) - p) + (ah * bl)) + (al * bh)) + (al * bl);
    }

    /// <summary>
    /// σ(z) = s·2^k with s within about 0.5 ULP (the exponential carried with its tail, the
    /// rounding of 1 + e and of the division corrected), and σ(−z) as <paramref name="complement"/>.
    /// z in [−760, 760] or NaN.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double SigmoidScaled(double z, out double k, out double complement)
    {
        double m = ExpNegativeParts(Math.Abs(z), out double ml, out double ke); // e^−|z| = (m + ml)·2^ke
        double e = ScaleByPowerOfTwo(m, ke);
        double d = 1.0 + e;
        double dl = ((1.0 - d) + e) + ScaleByPowerOfTwo(ml, ke); // d + dl = 1 + e^−|z|

        // 1/(d + dl) and (m + ml)/(d + dl), each as q + ((n − q·d) + nl − q·dl)/d.
        double big = 1.0 / d;
        big += (ProductResidual(1.0, big, d) - (big * dl)) / d;
        double small = m / d;
        small += (ProductResidual(m, small, d) + (ml - (small * dl))) / d;
        if (z >= 0.0)
        {
            k = 0.0;
            complement = ScaleByPowerOfTwo(small, ke);
            return big;
        }

        k = ke;
        complement = big;
        return small;
    }

    /// <summary>
    /// σ(u) = s·2^k for gelu_tanh's u = C1·x + C3·x³ (|x| ≤ 50), u carried as uh + ul (exact
    /// products, TwoSum) and σ(uh + ul) = σ(uh)·(1 + ul·σ(−uh)); σ(−u) as <paramref name="complement"/>,
    /// x² rounded as <paramref name="x2"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double SigmoidOfCubic(double x, out double k, out double complement, out double x2)
    {
        x2 = x * x;
        double x2l = TwoProductError(x, x, x2);
        double x3 = x2 * x;
        double x3l = TwoProductError(x2, x, x3) + (x2l * x);
        double p1 = GeluTanhC1High * x;
        double p1l = TwoProductError(GeluTanhC1High, x, p1);
        double p3 = GeluTanhC3High * x3;
        double p3l = TwoProductError(GeluTanhC3High, x3, p3);
        double uh = p1 + p3;
        double bb = uh - p1;
        double sum = (p1 - (uh - bb)) + (p3 - bb); // TwoSum
        double ul = sum + (p1l + p3l + (GeluTanhC1Low * x) + (GeluTanhC3Low * x3) + (GeluTanhC3High * x3l));

        double s = SigmoidScaled(uh, out k, out double c);
        complement = c - (c * (ul * (1.0 - c)));
        return s + (s * (ul * c));
    }

    /// <summary>
    /// e^−a = (m + ml)·2^k for a in [0, 760] (or NaN): m in [0.7, 1.42], ml its tail to about
    /// 2^−60 relative, k an integer. The reduction and polynomial of <see cref="Exp(double)"/>
    /// with its last sum kept as an unevaluated pair.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double ExpNegativeParts(double a, out double ml, out double k) =>
        ExpParts(a > 760.0 ? -760.0 : -a, out ml, out k);


    // 2·√(2/π) and 2·√(2/π)·0.044715, each as a double and its remainder.
    private const double GeluTanhC1High = 1.5957691216057308;
    private const double GeluTanhC1Low = -9.96930880911092e-17;
    private const double GeluTanhC3High = 0.07135481627260025;
    private const double GeluTanhC3Low = -6.175149918155315e-19;


    // Silu: f'(x) = (x − x0)·Q(x) near its zero x0 = -1.2784645427610737 + -1.0946994183093437e-16; Q of degree 17 in h = x − (-1.4).
    private const double SiluRootHigh = -1.2784645427610737;
    private const double SiluRootLow = -1.0946994183093437e-16;
    private const double SiluCenter = -1.4;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double SiluRootQuotient(double h)
    {
        double q = 1.8904211862694137e-09;
        q = (q * h) + 2.3130498062592416e-10;
        q = (q * h) + -2.243747738970717e-08;
        q = (q * h) + -5.392360862035873e-08;
        q = (q * h) + 9.465618874132186e-08;
        q = (q * h) + 8.005976345075009e-07;
        q = (q * h) + 1.1111876451481967e-06;
        q = (q * h) + -5.243660977332841e-06;
        q = (q * h) + -2.4591091905327284e-05;
        q = (q * h) + -1.0939992716047032e-05;
        q = (q * h) + 0.0002104527011288188;
        q = (q * h) + 0.0006279366590394282;
        q = (q * h) + -0.00039474299826716095;
        q = (q * h) + -0.006518810740716389;
        q = (q * h) + -0.01201941085116238;
        q = (q * h) + 0.02383981442187272;
        q = (q * h) + 0.14143377875297122;
        q = (q * h) + 0.2002933596949154;
        return q;
    }

    // Gelu: f'(x) = (x − x0)·Q(x) near its zero x0 = -0.7517915246935645 + 1.4956759177009883e-17; Q of degree 16 in h = x − (-0.921875).
    private const double GeluRootHigh = -0.7517915246935645;
    private const double GeluRootLow = 1.4956759177009883e-17;
    private const double GeluCenter = -0.921875;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double GeluRootQuotient(double h)
    {
        double q = -2.231830588870319e-08;
        q = (q * h) + 7.42951672983948e-08;
        q = (q * h) + 4.5933287488196307e-07;
        q = (q * h) + -8.326111530246079e-07;
        q = (q * h) + -7.252213701936401e-06;
        q = (q * h) + 4.5737211124253e-06;
        q = (q * h) + 9.220924231860694e-05;
        q = (q * h) + 3.0439465000426003e-05;
        q = (q * h) + -0.0009120497215738754;
        q = (q * h) + -0.001085102467448712;
        q = (q * h) + 0.006540970937328569;
        q = (q * h) + 0.013650565351582062;
        q = (q * h) + -0.02897922336408268;
        q = (q * h) + -0.09884629248896878;
        q = (q * h) + 0.036516726009381634;
        q = (q * h) + 0.38494944065906656;
        q = (q * h) + 0.3654725862729125;
        return q;
    }

    // GeluTanh: f'(x) = (x − x0)·Q(x) near its zero x0 = -0.7524614220710163 + 3.635560509207687e-17; Q of degree 19 in h = x − (-0.921875).
    private const double GeluTanhRootHigh = -0.7524614220710163;
    private const double GeluTanhRootLow = 3.635560509207687e-17;
    private const double GeluTanhCenter = -0.921875;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double GeluTanhRootQuotient(double h)
    {
        double q = 1.635193312761937e-08;
        q = (q * h) + 5.2816940782812375e-08;
        q = (q * h) + -9.957536190511331e-08;
        q = (q * h) + -4.7070868517099896e-07;
        q = (q * h) + 4.0441838898756164e-07;
        q = (q * h) + 3.1992850282854458e-06;
        q = (q * h) + -1.481883925396548e-06;
        q = (q * h) + -2.1172474649356467e-05;
        q = (q * h) + 5.5950508419952085e-06;
        q = (q * h) + 0.00015328015181695055;
        q = (q * h) + 1.802067266889893e-05;
        q = (q * h) + -0.0011487092112543106;
        q = (q * h) + -0.0009730976055884827;
        q = (q * h) + 0.0073044141108096145;
        q = (q * h) + 0.01314954188426394;
        q = (q * h) + -0.0306717762581269;
        q = (q * h) + -0.0976070731730646;
        q = (q * h) + 0.03838086944063102;
        q = (q * h) + 0.38345468307551556;
        q = (q * h) + 0.3648339540504798;
        return q;
    }

    // Mish: f'(x) = (x − x0)·Q(x) near its zero x0 = -1.1924312145154952 + -4.8484829848031044e-17; Q of degree 19 in h = x − (-1.296875).
    private const double MishRootHigh = -1.1924312145154952;
    private const double MishRootLow = -4.8484829848031044e-17;
    private const double MishCenter = -1.296875;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double MishRootQuotient(double h)
    {
        double q = 1.7732339370721231e-09;
        q = (q * h) + -8.582700549835017e-09;
        q = (q * h) + -4.413560821664746e-08;
        q = (q * h) + -4.857494530929655e-08;
        q = (q * h) + 1.7881183314502536e-07;
        q = (q * h) + 8.909753212392437e-07;
        q = (q * h) + 1.4459089503832018e-06;
        q = (q * h) + -1.983159910648316e-06;
        q = (q * h) + -1.6439187406127637e-05;
        q = (q * h) + -3.609781266013767e-05;
        q = (q * h) + 5.954229683492146e-06;
        q = (q * h) + 0.0002694326687559151;
        q = (q * h) + 0.0007679519682277528;
        q = (q * h) + 0.00044908446356869085;
        q = (q * h) + -0.0038351873499426602;
        q = (q * h) + -0.013924667913355239;
        q = (q * h) + -0.014049700034917035;
        q = (q * h) + 0.04726409986692633;
        q = (q * h) + 0.19538386471278466;
        q = (q * h) + 0.2460434140862625;
        return q;
    }
}
