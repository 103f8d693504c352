using System.Runtime.CompilerServices;

namespace Activations.Kernels;

/// <summary>
/// selu over SIMD lanes with the algorithm of the scalar <c>ActivationMath.Selu</c>: λ and λα as
/// double-doubles, e^x − 1 carried as s + sl, the product rounded once (within 1 ULP double; float
/// lanes widened to double and rounded once). Branch-free: every register width computes the same bits.
/// </summary>
internal static class SeluMath
{
    private const double ScaleHigh = ActivationMath.SeluScaleHigh;
    private const double ScaleLow = ActivationMath.SeluScaleLow;
    private const double ScaleAlphaHigh = ActivationMath.SeluScaleAlphaHigh;
    private const double ScaleAlphaLow = ActivationMath.SeluScaleAlphaLow;

    /// <summary>selu(x) = λ·x for x &gt; 0, λα·(e^x − 1) otherwise: within 1 ULP; ±0 kept, −λα at −∞, NaN stays NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Selu<TV>(TV x)
        where TV : struct, ISimdDouble<TV>
    {
        TV zero = TV.Create(0.0);
        TV one = TV.Create(1.0);
        TV scaleAlpha = TV.Create(ScaleAlphaHigh);

        // x > 0: λh·x + λl·x, fused.
        TV positive = TV.MultiplyAdd(TV.Create(ScaleHigh), x, TV.Create(ScaleLow) * x);

        // x <= 0: e^x = (m + ml)·2^k (|x| clamped at 40, where λα·e^x is below half an ULP of λα),
        // 2^k exact for k in [−58, 0]; s = fl(2^k·m − 1), sl its error (Fast2Sum) plus 2^k·ml.
        TV m = GatedMath.ExpNegativeParts(TV.Min(TV.Abs(x), TV.Create(40.0)), out TV ml, out TV k);
        TV scale = DoubleMath.Pow2(k);
        TV em = m * scale;
        TV s = em - one;
        TV sl = TV.MultiplyAdd(ml, scale, em - (s + one));
        TV negative = TV.MultiplyAdd(scaleAlpha, s, TV.MultiplyAdd(scaleAlpha, sl, TV.Create(ScaleAlphaLow) * s));

        // ±0 return themselves (the formula gives +0 for −0); NaN fails the comparison and flows through the negative side.
        TV result = TV.Select(TV.GreaterThan(x, zero), positive, negative);
        return TV.Select(TV.Equal(x, zero), x, result);
    }

    /// <summary>selu on float lanes: the double algorithm on both halves, rounded once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF Selu<TF, TD>(TF x)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        TF.Widen(x, out TD lower, out TD upper);
        return TF.Narrow(Selu(lower), Selu(upper));
    }
}
