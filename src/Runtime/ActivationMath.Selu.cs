using System.Runtime.CompilerServices;

namespace Activations;

public static partial class ActivationMath
{
    // ----------------------------------------------------------------------------------------
    // selu
    //
    // selu(x) = λ·x for x > 0 and λα·(e^x − 1) otherwise, with PyTorch's λ and α. Written as a
    // primitive rather than the constant times Expm1: the product λα is not a double, and a
    // rounded constant times a rounded e^x − 1, rounded again, costs up to 3 ULP of a result just
    // below a power of two. Here λ and λα are double-doubles, e^x − 1 is carried as s + sl and the
    // product is rounded once (within 1 ULP double; the float overload rounds a double result).
    // Only plain arithmetic: usable in ILGPU kernels.
    // ----------------------------------------------------------------------------------------

    // λ and λα to twice double precision (mpmath, 60 digits, from PyTorch's decimal constants).
    internal const double SeluScaleHigh = 1.0507009873554805;
    internal const double SeluScaleLow = 3.9874847667154144e-17;
    internal const double SeluScaleAlphaHigh = 1.7580993408473768;
    internal const double SeluScaleAlphaLow = 1.41535193800845e-17;

    /// <summary>
    /// The scaled exponential linear unit selu(x) = λ·x for x &gt; 0, λα·(e^x − 1) otherwise, with
    /// PyTorch's λ ≈ 1.0507 and α ≈ 1.6733; within 1 ULP.
    /// </summary>
    /// <param name="x">The input.</param>
    /// <returns>selu(x): +∞ for +∞, −λα for −∞, NaN for NaN, ±0 for ±0.</returns>
    public static double Selu(double x)
    {
        if (x > 0.0)
        {
            if (x > 1e290)
            {
                return SeluScaleHigh * x; // the split below would overflow; λ_lo·x is far below an ULP
            }

            // λ·x = p − (p − λh·x) + λl·x, the first residual exact.
            double p = SeluScaleHigh * x;
            return p + ((SeluScaleLow * x) - ProductResidual(p, SeluScaleHigh, x));
        }

        if (!(x > -40.0))
        {
            // NaN returns itself; below −40, λα·e^x is below half an ULP of λα.
            return double.IsNaN(x) ? x : -SeluScaleAlphaHigh;
        }

        // e^x = (m + ml)·2^k with k in [−58, 0]: the scaling is exact. e^x − 1 = s + sl + 2^k·ml,
        // s = fl(2^k·m − 1) and sl its error (Fast2Sum: 1 >= 2^k·m). Near 0 (k = 0) s is exact and
        // ml carries the rest, so there is no cancellation.
        double m = ExpParts(x, out double ml, out double k);
        double scale = ScaleByPowerOfTwo(1.0, k);
        double em = m * scale;
        double s = em - 1.0;
        double sl = (em - (s + 1.0)) + (ml * scale);

        // λα·(s + sl) with the product λαh·s exact (its residual) and one final rounding; ±0 gives ±0·λα.
        double q = SeluScaleAlphaHigh * s;
        double tail = ((SeluScaleAlphaHigh * sl) + (SeluScaleAlphaLow * s)) - ProductResidual(q, SeluScaleAlphaHigh, s);
        return x == 0.0 ? x : q + tail;
    }

    /// <summary>
    /// The scaled exponential linear unit selu(x) = λ·x for x &gt; 0, λα·(e^x − 1) otherwise, with
    /// PyTorch's λ ≈ 1.0507 and α ≈ 1.6733; within 1 ULP (the double result rounded once).
    /// </summary>
    /// <param name="x">The input.</param>
    /// <returns>selu(x): +∞ for +∞, −λα for −∞, NaN for NaN, ±0 for ±0.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Selu(float x)
    {
        // Float: the double product (relative error 2^-30 from the float-sized expm1 core) rounded once.
        if (x > 0f)
        {
            return (float)(SeluScaleHigh * x);
        }

        // Below −20, λα·e^x is far below half a float ULP of λα; NaN stays NaN through the core.
        double a = x < -20f ? -20.0 : x;
        return x == 0f ? x : (float)(SeluScaleAlphaHigh * Expm1ForSingle(a));
    }
}
