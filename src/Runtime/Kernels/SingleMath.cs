using System.Runtime.CompilerServices;

namespace Activations.Kernels;

/// <summary>
/// Math primitives over float lanes, written once over <see cref="ISimdSingle{TSelf, TDouble}"/>.
/// The accurate primitives widen the lanes to two double vectors of the same width, evaluate a
/// formula whose error is far below float precision, and round once when narrowing back: the
/// result is within 0.5 ULP plus a tiny fraction, subnormal results included.
/// <see cref="SigmoidFast"/> stays in float lanes.
/// </summary>
internal static class SingleMath
{
    // ---- accurate primitives: computed in double lanes ----------------------------------------

    /// <summary>e^x.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF Exp<TF, TD>(TF x)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        TF.Widen(x, out TD lower, out TD upper);
        return TF.Narrow(ExpCore(lower), ExpCore(upper));
    }

    /// <summary>e^x − 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF Expm1<TF, TD>(TF x)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        TF.Widen(x, out TD lower, out TD upper);
        return TF.Narrow(Expm1Core(lower), Expm1Core(upper));
    }

    /// <summary>ln(1 + x).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF Log1p<TF, TD>(TF x)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        TF.Widen(x, out TD lower, out TD upper);
        return TF.Narrow(DoubleMath.Log1p(lower), DoubleMath.Log1p(upper));
    }

    /// <summary>σ(x).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF Sigmoid<TF, TD>(TF x)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        TF.Widen(x, out TD lower, out TD upper);
        return TF.Narrow(SigmoidCore(lower), SigmoidCore(upper));
    }

    /// <summary>σ'(x) = e/(1 + e)², e = e^−|x|.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF SigmoidDerivative<TF, TD>(TF x)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        TF.Widen(x, out TD lower, out TD upper);
        return TF.Narrow(SigmoidDerivativeCore(lower), SigmoidDerivativeCore(upper));
    }

    /// <summary>softplus(x) = ln(1 + e^x).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF Softplus<TF, TD>(TF x)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        TF.Widen(x, out TD lower, out TD upper);
        return TF.Narrow(SoftplusCore(lower), SoftplusCore(upper));
    }

    /// <summary>ln σ(x) = −softplus(−x).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF LogSigmoid<TF, TD>(TF x)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        TF.Widen(x, out TD lower, out TD upper);
        return TF.Narrow(-SoftplusCore(-lower), -SoftplusCore(-upper));
    }

    // Cores over double lanes holding widened floats. Float inputs beyond ±110 saturate every
    // function here, so the arguments of e^x stay where a single power-of-two scaling suffices.

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TD ExpCore<TD>(TD x)
        where TD : struct, ISimdDouble<TD>
    {
        // e^-110 and e^90 are far outside float range: they round to 0 and +∞.
        return ExpShort(DoubleMath.Clamp(x, -110.0, 90.0));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TD Expm1Core<TD>(TD x)
        where TD : struct, ISimdDouble<TD>
    {
        TD xc = DoubleMath.Clamp(x, -20.0, 90.0);
        TD r = DoubleMath.ReduceShort(xc, out TD k);
        TD t = DoubleMath.Expm1Reduced<TD, SinglePrecisionPolynomial>(r);
        TD h = DoubleMath.Pow2(k - TD.Create(1.0));
        TD result = TD.MultiplyAdd(h, t, h - TD.Create(0.5)) * TD.Create(2.0);
        return TD.Select(TD.Equal(x, TD.Create(0.0)), x, result);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TD SigmoidCore<TD>(TD x)
        where TD : struct, ISimdDouble<TD>
    {
        // In double lanes e^-x cannot overflow for |x| <= 110 and 1/(1 + e^-x) stays a normal
        // double down to e^-110, so no sign select is needed: the relative error of e^-x passes to
        // σ attenuated, and the narrowing rounds once (into the float subnormals where due).
        TD t = ExpNegative(DoubleMath.Clamp(x, -110.0, 110.0));
        return TD.Create(1.0) / (TD.Create(1.0) + t);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TD SigmoidDerivativeCore<TD>(TD x)
        where TD : struct, ISimdDouble<TD>
    {
        // σ'(x) = t/(1 + t)², t = e^-x: (1 + t)² <= e^221 is finite in double for |x| <= 110.
        TD t = ExpNegative(DoubleMath.Clamp(x, -110.0, 110.0));
        TD d = TD.Create(1.0) + t;
        return t / (d * d);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TD SoftplusCore<TD>(TD x)
        where TD : struct, ISimdDouble<TD>
    {
        TD zero = TD.Create(0.0);
        return TD.Select(TD.GreaterThan(x, zero), x, zero) + DoubleMath.Log1pUnit(ExpNegativeAbs(x));
    }

    /// <summary>e^−|x| with |x| clamped to 110 (e^−110 is below half the smallest float subnormal).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TD ExpNegativeAbs<TD>(TD x)
        where TD : struct, ISimdDouble<TD>
        => ExpNegative(TD.Min(TD.Abs(x), TD.Create(110.0)));

    /// <summary>
    /// e^−x for x in [−200, 200] (or NaN), relative error ~2e-10: k = round(−x·log2 e),
    /// r' = x + k·ln2 = −r, and e^r = 1 + r'·(r'·P(−r') − 1) with P's odd coefficients negated.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TD ExpNegative<TD>(TD x)
        where TD : struct, ISimdDouble<TD>
    {
        TD magic = TD.Create(6755399441055744.0);
        TD k = TD.MultiplyAdd(x, TD.Create(-1.4426950408889634), magic) - magic;
        TD rn = TD.MultiplyAdd(k, TD.Create(0.6931471805599453), x);

        // Q(r') = P(-r'), P the degree-5 fit of (e^r - 1 - r)/r² (relative error 2.7e-9, so
        // e^r is within 2e-10: about 0.004 float ULP).
        TD q = TD.MultiplyAdd(TD.Create(-0.00019857816097527465), rn, TD.Create(0.0013933642328101054));
        q = TD.MultiplyAdd(q, rn, TD.Create(-0.008333360769212645));
        q = TD.MultiplyAdd(q, rn, TD.Create(0.041666465125179394));
        q = TD.MultiplyAdd(q, rn, TD.Create(-0.1666666653196432));
        q = TD.MultiplyAdd(q, rn, TD.Create(0.5000000013419682));
        TD one = TD.Create(1.0);
        TD p = TD.MultiplyAdd(rn, TD.MultiplyAdd(rn, q, -one), one);
        return p * DoubleMath.Pow2(k);
    }

    /// <summary>e^x for x in [−200, 200] (or NaN), relative error ~2e-10.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TD ExpShort<TD>(TD x)
        where TD : struct, ISimdDouble<TD>
    {
        TD r = DoubleMath.ReduceShort(x, out TD k);
        TD p = TD.Create(1.0) + DoubleMath.Expm1Reduced<TD, SinglePrecisionPolynomial>(r);
        return p * DoubleMath.Pow2(k);
    }

    // ---- fast sigmoid: float lanes ----------------------------------------------------------------

    private const float Log2E = 1.44269504f;
    private const float Ln2Hi = 0.693145751953125f; // 16 significant bits: k·Ln2Hi exact
    private const float Ln2Lo = 1.428606765330187045e-06f;
    private const float RoundMagic = 12582912f;     // 1.5·2^23
    private const float ExponentMagic = 12583039f;  // 1.5·2^23 + 127

    /// <summary>σ(x) in float lanes: a degree-6 e^x and a float division (within 4 ULP).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF SigmoidFast<TF, TD>(TF x)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        TF one = TF.Create(1f);

        // e = e^-|x|, |x| clamped to 105 (e^-105 rounds to 0); NaN stays NaN.
        TF a = TF.Min(TF.Abs(x), TF.Create(105f));

        TF magic = TF.Create(RoundMagic);
        TF k = TF.MultiplyAdd(a, TF.Create(-Log2E), magic) - magic;
        TF r = TF.MultiplyAdd(k, TF.Create(-Ln2Hi), -a);
        r = TF.MultiplyAdd(k, TF.Create(-Ln2Lo), r);

        TF p = TF.MultiplyAdd(TF.Create(0.0013901297934353352f), r, TF.Create(0.008363170549273491f));
        p = TF.MultiplyAdd(p, r, TF.Create(0.04166685417294502f));
        p = TF.MultiplyAdd(p, r, TF.Create(0.16666577756404877f));
        p = TF.MultiplyAdd(p, r, TF.Create(0.5f));
        p = one + TF.MultiplyAdd(r * r, p, r);

        // p·2^k with k in [-152, 0] as two exact power-of-two factors (subnormal results kept).
        TF bias = TF.Create(ExponentMagic);
        TF t1 = TF.MultiplyAdd(k, TF.Create(0.5f), bias);
        TF k1 = t1 - bias;
        TF e = p * TF.ShiftLeftBits(t1, 23) * TF.ShiftLeftBits((k - k1) + bias, 23);

        return TF.Select(TF.LessThan(x, TF.Create(0f)), e, one) / (one + e);
    }
}
