using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Activations.Kernels;

namespace Activations;

/// <summary>
/// Binary cross-entropy computed from logits, exact for every logit: the loss never goes through
/// a probability, so it is finite wherever the mathematical loss is (no +∞ from log 0, no
/// clamping), as <c>torch.nn.functional.binary_cross_entropy_with_logits</c>.
/// </summary>
/// <remarks>
/// <para>For a logit z, a target y (usually 0 or 1, any value in [0, 1] for soft labels) and a
/// positive weight w (default 1), the loss is y·softplus(−z)·w + (1 − y)·softplus(z) and its
/// derivative with respect to z is w·y·(σ(z) − 1) + (1 − y)·σ(z) (σ(z) − y when w = 1).</para>
/// <para>Accuracy: within 2 ULP of the exact value, in float and double, scalar and span, for
/// every logit (the derivative keeps full relative accuracy even where σ(z) and y nearly cancel).
/// The scalar methods use only <see cref="Math"/> calls and arithmetic (no exceptions, allocations
/// or tables), so they can also run inside ILGPU kernels.</para>
/// <para>Span methods follow <c>System.Numerics.Tensors.TensorPrimitives</c>: logits and targets
/// of different lengths, or a destination shorter than the logits, throw
/// <see cref="ArgumentException"/>; the destination may be the very memory of an input; a partial
/// overlap throws <see cref="ArgumentException"/>.</para>
/// </remarks>
public static class Losses
{
    private const int Chunk = 256;

    // ============================================================================================
    // Scalar loss
    // ============================================================================================

    /// <summary>Binary cross-entropy of a logit: y·softplus(−z) + (1 − y)·softplus(z).</summary>
    /// <param name="logit">The logit z (the input of the sigmoid).</param>
    /// <param name="target">The target y, in [0, 1].</param>
    /// <returns>The loss (≥ 0 for targets in [0, 1]); +∞ only for an infinite logit on the wrong side; NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double BinaryCrossEntropyWithLogits(double logit, double target) => Loss(logit, target, 1.0);

    /// <summary>Binary cross-entropy of a logit with a weight on the positive term: w·y·softplus(−z) + (1 − y)·softplus(z).</summary>
    /// <param name="logit">The logit z.</param>
    /// <param name="target">The target y, in [0, 1].</param>
    /// <param name="positiveWeight">The weight w of the positive term (PyTorch's <c>pos_weight</c>), ≥ 0.</param>
    /// <returns>The loss; NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double BinaryCrossEntropyWithLogits(double logit, double target, double positiveWeight) => Loss(logit, target, positiveWeight);

    /// <summary>Binary cross-entropy of a logit: y·softplus(−z) + (1 − y)·softplus(z).</summary>
    /// <param name="logit">The logit z (the input of the sigmoid).</param>
    /// <param name="target">The target y, in [0, 1].</param>
    /// <returns>The loss (≥ 0 for targets in [0, 1]); +∞ only for an infinite logit on the wrong side; NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float BinaryCrossEntropyWithLogits(float logit, float target) => (float)Loss(logit, target, 1.0);

    /// <summary>Binary cross-entropy of a logit with a weight on the positive term: w·y·softplus(−z) + (1 − y)·softplus(z).</summary>
    /// <param name="logit">The logit z.</param>
    /// <param name="target">The target y, in [0, 1].</param>
    /// <param name="positiveWeight">The weight w of the positive term (PyTorch's <c>pos_weight</c>), ≥ 0.</param>
    /// <returns>The loss; NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float BinaryCrossEntropyWithLogits(float logit, float target, float positiveWeight) => (float)Loss(logit, target, positiveWeight);

    // ============================================================================================
    // Scalar gradient
    // ============================================================================================

    /// <summary>The derivative of <see cref="BinaryCrossEntropyWithLogits(double, double)"/> with respect to the logit: σ(z) − y.</summary>
    /// <param name="logit">The logit z.</param>
    /// <param name="target">The target y.</param>
    /// <returns>σ(z) − y, with full relative accuracy even where σ(z) and y nearly cancel; NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double BinaryCrossEntropyWithLogitsGradient(double logit, double target) => Gradient(logit, target, 1.0);

    /// <summary>The derivative of <see cref="BinaryCrossEntropyWithLogits(double, double, double)"/> with respect to the logit: w·y·(σ(z) − 1) + (1 − y)·σ(z).</summary>
    /// <param name="logit">The logit z.</param>
    /// <param name="target">The target y.</param>
    /// <param name="positiveWeight">The weight w of the positive term.</param>
    /// <returns>The derivative, with full relative accuracy; NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double BinaryCrossEntropyWithLogitsGradient(double logit, double target, double positiveWeight) => Gradient(logit, target, positiveWeight);

    /// <summary>The derivative of <see cref="BinaryCrossEntropyWithLogits(float, float)"/> with respect to the logit: σ(z) − y.</summary>
    /// <param name="logit">The logit z.</param>
    /// <param name="target">The target y.</param>
    /// <returns>σ(z) − y, with full relative accuracy even where σ(z) and y nearly cancel; NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float BinaryCrossEntropyWithLogitsGradient(float logit, float target) => (float)Gradient(logit, target, 1.0);

    /// <summary>The derivative of <see cref="BinaryCrossEntropyWithLogits(float, float, float)"/> with respect to the logit: w·y·(σ(z) − 1) + (1 − y)·σ(z).</summary>
    /// <param name="logit">The logit z.</param>
    /// <param name="target">The target y.</param>
    /// <param name="positiveWeight">The weight w of the positive term.</param>
    /// <returns>The derivative, with full relative accuracy; NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float BinaryCrossEntropyWithLogitsGradient(float logit, float target, float positiveWeight) => (float)Gradient(logit, target, positiveWeight);

    // ============================================================================================
    // Span mean
    // ============================================================================================

    /// <summary>The mean binary cross-entropy of logits against targets (PyTorch's default reduction).</summary>
    /// <param name="logits">The logits.</param>
    /// <param name="targets">The targets, as many as logits.</param>
    /// <returns>The mean loss, accumulated with compensated summation (no drift over long spans); NaN for empty spans.</returns>
    /// <exception cref="ArgumentException">The spans have different lengths.</exception>
    public static double BinaryCrossEntropyWithLogits(ReadOnlySpan<double> logits, ReadOnlySpan<double> targets)
        => Mean(logits, targets, 1.0);

    /// <summary>The mean binary cross-entropy of logits against targets, with a weight on the positive terms.</summary>
    /// <param name="logits">The logits.</param>
    /// <param name="targets">The targets, as many as logits.</param>
    /// <param name="positiveWeight">The weight w of the positive terms.</param>
    /// <returns>The mean loss; NaN for empty spans.</returns>
    /// <exception cref="ArgumentException">The spans have different lengths.</exception>
    public static double BinaryCrossEntropyWithLogits(ReadOnlySpan<double> logits, ReadOnlySpan<double> targets, double positiveWeight)
        => Mean(logits, targets, positiveWeight);

    /// <summary>The mean binary cross-entropy of logits against targets (PyTorch's default reduction).</summary>
    /// <param name="logits">The logits.</param>
    /// <param name="targets">The targets, as many as logits.</param>
    /// <returns>The mean loss, accumulated in double with compensated summation; NaN for empty spans.</returns>
    /// <exception cref="ArgumentException">The spans have different lengths.</exception>
    public static float BinaryCrossEntropyWithLogits(ReadOnlySpan<float> logits, ReadOnlySpan<float> targets)
        => Mean(logits, targets, 1.0);

    /// <summary>The mean binary cross-entropy of logits against targets, with a weight on the positive terms.</summary>
    /// <param name="logits">The logits.</param>
    /// <param name="targets">The targets, as many as logits.</param>
    /// <param name="positiveWeight">The weight w of the positive terms.</param>
    /// <returns>The mean loss; NaN for empty spans.</returns>
    /// <exception cref="ArgumentException">The spans have different lengths.</exception>
    public static float BinaryCrossEntropyWithLogits(ReadOnlySpan<float> logits, ReadOnlySpan<float> targets, float positiveWeight)
        => Mean(logits, targets, positiveWeight);

    // ============================================================================================
    // Span gradient
    // ============================================================================================

    /// <summary>destination[i] = ∂(sum of the losses)/∂logits[i] = σ(logits[i]) − targets[i].</summary>
    /// <param name="logits">The logits.</param>
    /// <param name="targets">The targets, as many as logits.</param>
    /// <param name="destination">The gradient; at least as long as logits; may be the memory of an input.</param>
    /// <exception cref="ArgumentException">The lengths do not match, or the destination partially overlaps an input.</exception>
    public static void BinaryCrossEntropyWithLogitsGradient(ReadOnlySpan<double> logits, ReadOnlySpan<double> targets, Span<double> destination)
        => GradientSpan(logits, targets, 1.0, destination);

    /// <summary>destination[i] = w·y·(σ(z) − 1) + (1 − y)·σ(z) for z = logits[i], y = targets[i].</summary>
    /// <param name="logits">The logits.</param>
    /// <param name="targets">The targets, as many as logits.</param>
    /// <param name="positiveWeight">The weight w of the positive terms.</param>
    /// <param name="destination">The gradient; at least as long as logits; may be the memory of an input.</param>
    /// <exception cref="ArgumentException">The lengths do not match, or the destination partially overlaps an input.</exception>
    public static void BinaryCrossEntropyWithLogitsGradient(ReadOnlySpan<double> logits, ReadOnlySpan<double> targets, double positiveWeight, Span<double> destination)
        => GradientSpan(logits, targets, positiveWeight, destination);

    /// <summary>destination[i] = ∂(sum of the losses)/∂logits[i] = σ(logits[i]) − targets[i].</summary>
    /// <param name="logits">The logits.</param>
    /// <param name="targets">The targets, as many as logits.</param>
    /// <param name="destination">The gradient; at least as long as logits; may be the memory of an input.</param>
    /// <exception cref="ArgumentException">The lengths do not match, or the destination partially overlaps an input.</exception>
    public static void BinaryCrossEntropyWithLogitsGradient(ReadOnlySpan<float> logits, ReadOnlySpan<float> targets, Span<float> destination)
        => GradientSpan(logits, targets, 1.0, destination);

    /// <summary>destination[i] = w·y·(σ(z) − 1) + (1 − y)·σ(z) for z = logits[i], y = targets[i].</summary>
    /// <param name="logits">The logits.</param>
    /// <param name="targets">The targets, as many as logits.</param>
    /// <param name="positiveWeight">The weight w of the positive terms.</param>
    /// <param name="destination">The gradient; at least as long as logits; may be the memory of an input.</param>
    /// <exception cref="ArgumentException">The lengths do not match, or the destination partially overlaps an input.</exception>
    public static void BinaryCrossEntropyWithLogitsGradient(ReadOnlySpan<float> logits, ReadOnlySpan<float> targets, float positiveWeight, Span<float> destination)
        => GradientSpan(logits, targets, positiveWeight, destination);

    // ============================================================================================
    // Scalar implementation (double; float rounds the double result once)
    // ============================================================================================

    // loss = a·|z| + c·L with L = ln(1 + e^−|z|), a = (z ≥ 0 ? 1 − y : w·y), c = w·y + (1 − y):
    // softplus(±z) = max(±z, 0) + L, so no term overflows and both terms are ≥ 0 (no cancellation).
    private static double Loss(double z, double y, double w)
    {
        double az = Math.Abs(z);
        double wy = w * y;
        double oneMinusY = 1.0 - y;
        double a = z >= 0.0 ? oneMinusY : wy;
        double c = w == 1.0 ? 1.0 : wy + oneMinusY;
        if (az < 37.0)
        {
            // L matters here: 1 + e^−|z| in double-double, its log corrected to the pair, and the
            // terms summed as pairs, so only the final rounding and Math.Log's own error remain.
            ExpNegative(-az, out double eHi, out double eLo);
            TwoSum(1.0, eHi, out double dHi, out double dLo);
            dLo += eLo;
            double lHi = Math.Log(dHi);
            double lLo = dLo / dHi;
            TwoProduct(a, az, out double pHi, out double pLo);
            Multiply(c, 0.0, lHi, lLo, out double cHi, out double cLo);
            Add(pHi, pLo, cHi, cLo, out double hi, out _);
            return hi;
        }

        // e^−|z| < 1e-16: ln(1 + e) is e to within its own rounding (or NaN, or 0 at infinity).
        double l = ActivationMath.Log1p(Math.Exp(-az));
        double linear = a == 0.0 ? 0.0 : a * az; // 0·∞ is 0 here: the term is absent.
        return linear + (c * l);
    }

    // g = (1 − y)·σ(z) − w·y·σ(−z). Binary targets (the usual case) are one exact sigmoid;
    // otherwise the two terms may cancel, so the numerator is formed in double-double.
    private static double Gradient(double z, double y, double w)
    {
        if (y == 0.0)
        {
            return ActivationMath.Sigmoid(z);
        }

        if (y == 1.0 && w == 1.0)
        {
            return -ActivationMath.Sigmoid(-z);
        }

        return PreciseGradient(z, y, w);
    }

    // With e = e^−|z| and d = 1 + e:
    //   z ≥ 0: g = ((1 − y) − w·y·e) / d        z < 0: g = ((1 − y)·e − w·y) / d
    // e, the products and the difference in double-double, so the result keeps full relative
    // accuracy however much the two terms cancel.
    private static double PreciseGradient(double z, double y, double w)
    {
        if (double.IsNaN(z) || double.IsNaN(y) || double.IsNaN(w))
        {
            return double.NaN;
        }

        double az = Math.Abs(z);

        // 1 − y exactly as a pair (Fast2Sum: |1| ≥ |y| for targets in [0, 1]; TwoSum otherwise).
        TwoSum(1.0, -y, out double omyHi, out double omyLo);
        TwoProduct(w, y, out double wyHi, out double wyLo);

        if (!(az <= 700.0))
        {
            // e < 1e-304 (or z infinite): the terms cannot cancel for targets in [0, 1].
            double e = Math.Exp(-az);
            double numerator = z >= 0.0 ? (omyHi + omyLo) - ((wyHi + wyLo) * e) : ((omyHi + omyLo) * e) - (wyHi + wyLo);
            return numerator / (1.0 + e);
        }

        ExpNegative(-az, out double eHi, out double eLo);
        double nHi, nLo;
        if (z >= 0.0)
        {
            Multiply(wyHi, wyLo, eHi, eLo, out double bHi, out double bLo);
            Add(omyHi, omyLo, -bHi, -bLo, out nHi, out nLo);
        }
        else
        {
            Multiply(omyHi, omyLo, eHi, eLo, out double aHi, out double aLo);
            Add(aHi, aLo, -wyHi, -wyLo, out nHi, out nLo);
        }

        TwoSum(1.0, eHi, out double dHi, out double dLo);
        dLo += eLo;
        return Divide(nHi, nLo, dHi, dLo);
    }

    // ---- double-double arithmetic (no FMA: GPU kernels cannot count on it) ----------------------

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void TwoSum(double a, double b, out double sum, out double error)
    {
        sum = a + b;
        double bb = sum - a;
        error = (a - (sum - bb)) + (b - bb);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Split(double a, out double high, out double low)
    {
        double t = 134217729.0 * a; // 2^27 + 1
        high = t - (t - a);
        low = a - high;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void TwoProduct(double a, double b, out double product, out double error)
    {
        product = a * b;
        Split(a, out double ah, out double al);
        Split(b, out double bh, out double bl);
        error = (((ah * bh) - product) + (ah * bl) + (al * bh)) + (al * bl);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(double aHi, double aLo, double bHi, double bLo, out double hi, out double lo)
    {
        TwoSum(aHi, bHi, out double s, out double e);
        TwoSum(aLo, bLo, out double t, out double f);
        e += t;
        Fast2Sum(s, e, out s, out e);
        e += f;
        Fast2Sum(s, e, out hi, out lo);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Fast2Sum(double a, double b, out double sum, out double error)
    {
        sum = a + b;
        error = b - (sum - a);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Multiply(double aHi, double aLo, double bHi, double bLo, out double hi, out double lo)
    {
        TwoProduct(aHi, bHi, out double p, out double e);
        e += (aHi * bLo) + (aLo * bHi);
        Fast2Sum(p, e, out hi, out lo);
    }

    // (nHi + nLo) / (dHi + dLo), correctly rounded to within a fraction of an ULP.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Divide(double nHi, double nLo, double dHi, double dLo)
    {
        double q = nHi / dHi;
        TwoProduct(q, dHi, out double p, out double pe);
        double r = ((nHi - p) - pe) + nLo - (q * dLo);
        return q + (r / dHi);
    }

    // e^x for x in [−700, 0] as a double-double with a relative error near 2^−100: x = k·ln2 + r,
    // e^r from a Taylor series of expm1(r / 256), squared back eight times.
    private static void ExpNegative(double x, out double hi, out double lo)
    {
        const double Ln2Hi = 0.6931471805599453;
        const double Ln2Lo = 2.3190468138462996e-17;
        double k = Math.Floor((x * 1.4426950408889634) + 0.5);

        // r = x − k·ln2: k·Ln2Hi exactly as a pair, x − p exact (Sterbenz), then the low parts.
        TwoProduct(k, Ln2Hi, out double p, out double pe);
        double r0 = x - p;
        TwoSum(r0, -pe, out double rHi, out double rLo);
        rLo -= k * Ln2Lo;
        Fast2Sum(rHi, rLo, out rHi, out rLo);

        // s = r / 256, |s| ≤ 0.0014: expm1(s) = s + s²/2! + ... + s^9/9!.
        double sHi = rHi * (1.0 / 256.0);
        double sLo = rLo * (1.0 / 256.0);
        double mHi = 1.0 / 362880.0, mLo = 0.0;
        for (int n = 8; n >= 1; n--)
        {
            Multiply(mHi, mLo, sHi, sLo, out mHi, out mLo);
            InverseFactorial(n, out double cHi, out double cLo);
            Add(mHi, mLo, cHi, cLo, out mHi, out mLo);
        }

        Multiply(mHi, mLo, sHi, sLo, out mHi, out mLo);

        // expm1(2s) = expm1(s)·(2 + expm1(s)), eight times.
        for (int i = 0; i < 8; i++)
        {
            Add(mHi, mLo, 2.0, 0.0, out double tHi, out double tLo);
            Multiply(mHi, mLo, tHi, tLo, out mHi, out mLo);
        }

        Add(1.0, 0.0, mHi, mLo, out double eHi, out double eLo);
        double scale = Pow2((int)k);
        hi = eHi * scale;
        lo = eLo * scale;
    }

    // 1/n! as a double-double.
    private static void InverseFactorial(int n, out double hi, out double lo)
    {
        switch (n)
        {
            case 1: hi = 1.0; lo = 0.0; break;
            case 2: hi = 0.5; lo = 0.0; break;
            case 3: hi = 0.16666666666666666; lo = 9.2518585385429707e-18; break;
            case 4: hi = 0.041666666666666664; lo = 2.3129646346357427e-18; break;
            case 5: hi = 0.0083333333333333332; lo = 1.1564823173178714e-19; break;
            case 6: hi = 0.0013888888888888889; lo = -5.3005439543735771e-20; break;
            case 7: hi = 0.00019841269841269841; lo = 1.7209558293420705e-22; break;
            default: hi = 2.4801587301587302e-05; lo = 2.1511947866775882e-23; break;
        }
    }

    // 2^k for k in [−1022, 0], exactly, by exact multiplications only (no bit casts, which GPU
    // kernels may not offer).
    private static double Pow2(int k)
    {
        double scale = 1.0;
        while (k <= -64)
        {
            scale *= 5.421010862427522e-20; // 2^-64
            k += 64;
        }

        while (k < 0)
        {
            scale *= 0.5;
            k++;
        }

        return scale;
    }

    // ============================================================================================
    // Spans
    // ============================================================================================

    private static void Validate<T>(ReadOnlySpan<T> logits, ReadOnlySpan<T> targets)
    {
        if (logits.Length != targets.Length)
        {
            throw new ArgumentException("The logits and the targets must have the same length.", nameof(targets));
        }
    }

    private static void Validate<T>(ReadOnlySpan<T> logits, ReadOnlySpan<T> targets, Span<T> destination)
    {
        Validate(logits, targets);
        if (destination.Length < logits.Length)
        {
            throw new ArgumentException("The destination is shorter than the logits.", nameof(destination));
        }

        ReadOnlySpan<T> written = destination.Slice(0, logits.Length);
        if ((logits.Overlaps(written, out int offset) && offset != 0) || (targets.Overlaps(written, out offset) && offset != 0))
        {
            throw new ArgumentException("The destination partially overlaps an input; it may only be the very same memory.", nameof(destination));
        }
    }

    private static double Mean(ReadOnlySpan<double> logits, ReadOnlySpan<double> targets, double w)
    {
        Validate(logits, targets);
        double sum = 0, compensation = 0;
        SumLosses(logits, targets, w, ref sum, ref compensation);
        return Total(sum, compensation) / logits.Length;
    }

    private static float Mean(ReadOnlySpan<float> logits, ReadOnlySpan<float> targets, double w)
    {
        Validate(logits, targets);
        Span<double> z = stackalloc double[Chunk];
        Span<double> y = stackalloc double[Chunk];
        double sum = 0, compensation = 0;
        for (int i = 0; i < logits.Length; i += Chunk)
        {
            int n = Math.Min(Chunk, logits.Length - i);
            Widen(logits.Slice(i, n), z);
            Widen(targets.Slice(i, n), y);
            SumLosses(z.Slice(0, n), y.Slice(0, n), w, ref sum, ref compensation);
        }

        return (float)(Total(sum, compensation) / logits.Length);
    }

    private static void SumLosses(ReadOnlySpan<double> z, ReadOnlySpan<double> y, double w, ref double sum, ref double compensation)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            SumLosses<Vector512Double>(z, y, w, ref sum, ref compensation);
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            SumLosses<Vector256Double>(z, y, w, ref sum, ref compensation);
        }
        else
        {
            SumLosses<Vector128Double>(z, y, w, ref sum, ref compensation);
        }
    }

    // Lane-wise Neumaier sums of the vector losses, then the lanes and the tail into the running total.
    private static void SumLosses<TV>(ReadOnlySpan<double> logits, ReadOnlySpan<double> targets, double w, ref double sum, ref double compensation)
        where TV : struct, ISimdVector<TV, double>
    {
        int count = TV.Count;
        int length = logits.Length;
        int i = 0;
        if (length >= count)
        {
            ref double z = ref MemoryMarshal.GetReference(logits);
            ref double y = ref MemoryMarshal.GetReference(targets);
            TV weight = TV.Create(w);
            TV s = TV.Create(0.0);
            TV c = TV.Create(0.0);
            for (; i + count <= length; i += count)
            {
                TV loss = LossVector(TV.LoadUnsafe(ref z, (nuint)i), TV.LoadUnsafe(ref y, (nuint)i), weight, w == 1.0);
                TV t = s + loss;
                TV bigger = TV.GreaterThanOrEqual(TV.Abs(s), TV.Abs(loss));
                c += TV.Select(bigger, (s - t) + loss, (loss - t) + s);
                s = t;
            }

            Span<double> lanes = stackalloc double[2 * count];
            TV.StoreUnsafe(s, ref MemoryMarshal.GetReference(lanes), 0);
            TV.StoreUnsafe(c, ref MemoryMarshal.GetReference(lanes), (nuint)count);
            for (int lane = 0; lane < count; lane++)
            {
                Accumulate(ref sum, ref compensation, lanes[lane]);
            }

            for (int lane = 0; lane < count; lane++)
            {
                compensation += lanes[count + lane];
            }
        }

        for (; i < length; i++)
        {
            Accumulate(ref sum, ref compensation, Loss(logits[i], targets[i], w));
        }
    }

    // The scalar Loss, lane-wise: a·|z| + c·ln(1 + e^−|z|) (softplus of −|z| is that logarithm).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV LossVector<TV>(TV z, TV y, TV w, bool unitWeight)
        where TV : struct, ISimdVector<TV, double>
    {
        TV zero = TV.Create(0.0);
        TV az = TV.Abs(z);
        TV wy = w * y;
        TV oneMinusY = TV.Create(1.0) - y;
        TV a = TV.Select(TV.GreaterThanOrEqual(z, zero), oneMinusY, wy);
        TV linear = TV.Select(TV.Equal(a, zero), zero, a * az);
        TV l = TV.Softplus(-az);
        return unitWeight ? linear + l : linear + ((wy + oneMinusY) * l);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Accumulate(ref double sum, ref double compensation, double term)
    {
        double t = sum + term;
        compensation += Math.Abs(sum) >= Math.Abs(term) ? (sum - t) + term : (term - t) + sum;
        sum = t;
    }

    // An infinite or NaN sum makes the compensation NaN: the sum itself is the answer then.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Total(double sum, double compensation) => double.IsFinite(sum) ? sum + compensation : sum;

    private static void GradientSpan(ReadOnlySpan<double> logits, ReadOnlySpan<double> targets, double w, Span<double> destination)
    {
        Validate(logits, targets, destination);
        if (Vector512.IsHardwareAccelerated)
        {
            GradientSpan<Vector512Double>(logits, targets, w, destination);
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            GradientSpan<Vector256Double>(logits, targets, w, destination);
        }
        else
        {
            GradientSpan<Vector128Double>(logits, targets, w, destination);
        }
    }

    private static void GradientSpan(ReadOnlySpan<float> logits, ReadOnlySpan<float> targets, double w, Span<float> destination)
    {
        Validate(logits, targets, destination);
        Span<double> z = stackalloc double[Chunk];
        Span<double> y = stackalloc double[Chunk];
        for (int i = 0; i < logits.Length; i += Chunk)
        {
            int n = Math.Min(Chunk, logits.Length - i);
            Widen(logits.Slice(i, n), z);
            Widen(targets.Slice(i, n), y);

            // Computed in double into z (each block is read before it is written), rounded once.
            GradientSpan(z.Slice(0, n), y.Slice(0, n), w, z.Slice(0, n));
            for (int j = 0; j < n; j++)
            {
                destination[i + j] = (float)z[j];
            }
        }
    }

    // Blocks whose targets are all 0 or 1 (and, for label 1, the weight 1): one vector sigmoid.
    // Other blocks (soft labels, weights) take the scalar double-double path element by element.
    private static void GradientSpan<TV>(ReadOnlySpan<double> logits, ReadOnlySpan<double> targets, double w, Span<double> destination)
        where TV : struct, ISimdVector<TV, double>
    {
        int count = TV.Count;
        int length = logits.Length;
        ref double z = ref MemoryMarshal.GetReference(logits);
        ref double y = ref MemoryMarshal.GetReference(targets);
        ref double d = ref MemoryMarshal.GetReference(destination);
        TV zero = TV.Create(0.0);
        int i = 0;
        for (; i + count <= length; i += count)
        {
            if (BinaryTargets(targets.Slice(i, count), w))
            {
                TV zv = TV.LoadUnsafe(ref z, (nuint)i);
                TV yv = TV.LoadUnsafe(ref y, (nuint)i);
                TV g = TV.Select(TV.Equal(yv, zero), TV.Sigmoid(zv), -TV.Sigmoid(-zv));
                TV.StoreUnsafe(g, ref d, (nuint)i);
            }
            else
            {
                for (int j = i; j < i + count; j++)
                {
                    destination[j] = Gradient(logits[j], targets[j], w);
                }
            }
        }

        for (; i < length; i++)
        {
            destination[i] = Gradient(logits[i], targets[i], w);
        }
    }

    private static bool BinaryTargets(ReadOnlySpan<double> targets, double w)
    {
        foreach (double y in targets)
        {
            if (y != 0.0 && !(y == 1.0 && w == 1.0))
            {
                return false;
            }
        }

        return true;
    }

    private static void Widen(ReadOnlySpan<float> source, Span<double> destination)
    {
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = source[i];
        }
    }
}
