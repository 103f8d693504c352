using System.Runtime.CompilerServices;

namespace Activations.Kernels;

/// <summary>A polynomial P(r) ≈ (e^r − 1 − r)/r² on |r| ≤ ln2/2; the type picks the degree.</summary>
internal interface IExpPolynomial
{
    /// <summary>Evaluates P at <paramref name="r"/> by Horner's rule.</summary>
    static abstract TV Evaluate<TV>(TV r)
        where TV : struct, ISimdDouble<TV>;
}

/// <summary>
/// Math primitives over double lanes, written once over <see cref="ISimdDouble{TSelf}"/> so that
/// every register width runs the very same operations. Lanes are branch-free: special values are
/// handled with clamps and selects.
/// </summary>
internal static class DoubleMath
{
    private const double Log2E = 1.4426950408889634;
    private const double Ln2 = 0.6931471805599453;

    // Cody–Waite split of ln 2: Ln2Hi has 32 significant bits, so k·Ln2Hi is exact for |k| < 2^21.
    private const double Ln2Hi = 6.93147180369123816490e-01;
    private const double Ln2Lo = 1.90821492927058770002e-10;

    // Adding 1.5·2^52 rounds a double of magnitude < 2^51 to an integer (in the low mantissa bits).
    private const double RoundMagic = 6755399441055744.0;

    // RoundMagic + exponent bias: for an integer k, (k + ExponentMagic) << 52 is the bit pattern of 2^k.
    private const double ExponentMagic = RoundMagic + 1023.0;

    private const double Two52 = 4503599627370496.0;
    private const double Sqrt2 = 1.4142135623730951;

    // ---- e^x ---------------------------------------------------------------------------------

    /// <summary>e^x: within 1 ULP, subnormal results kept, +∞ on overflow, NaN stays NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Exp<TV>(TV x)
        where TV : struct, ISimdDouble<TV>
    {
        x = Clamp(x, -746.0, 710.0);
        TV r = Reduce(x, out TV k);
        TV p = TV.Create(1.0) + Expm1Reduced<TV, AccuratePolynomial>(r);
        return ScaleTwoStep(p, k);
    }

    /// <summary>e^x − 1, accurate near 0 (relative error a few ULP at most).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Expm1<TV>(TV x)
        where TV : struct, ISimdDouble<TV>
    {
        // Below -45 the result rounds to -1; above 709.79 it overflows.
        TV xc = Clamp(x, -45.0, 710.0);
        TV r = Reduce(xc, out TV k);
        TV t = Expm1Reduced<TV, AccuratePolynomial>(r);

        // e^x - 1 = 2^k·t + (2^k - 1) = 2·(h·t + (h - 1/2)) with h = 2^(k-1): one rounding, and h
        // stays finite for k = 1024 (x just below the overflow threshold).
        TV h = Pow2(k - TV.Create(1.0));
        TV result = TV.MultiplyAdd(h, t, h - TV.Create(0.5)) * TV.Create(2.0);

        // |x| < 2^-54 (±0 included): e^x - 1 rounds to x.
        return TV.Select(TV.LessThan(TV.Abs(x), TV.Create(5.551115123125783e-17)), x, result);
    }

    // ---- ln(1 + x) ---------------------------------------------------------------------------

    /// <summary>ln(1 + x): NaN below −1, −∞ at −1, +∞ at +∞, ±0 kept.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Log1p<TV>(TV x)
        where TV : struct, ISimdDouble<TV>
    {
        TV one = TV.Create(1.0);
        TV u = one + x;

        // c = (1 + x) - u exactly (Fast2Sum with the larger operand first).
        TV c = TV.Select(TV.GreaterThan(TV.Abs(x), one), (x - u) + one, (one - u) + x);

        // u = 2^e·m, m in [1, 2), without float-to-int conversions: the biased exponent is moved
        // into the low mantissa bits of 2^52 and read back as a double.
        TV two52 = TV.Create(Two52);
        TV e = TV.Or(TV.ShiftRightBits(u, 52), two52) - two52;
        TV m = TV.Or(TV.And(u, TV.Create(MantissaMask)), one);

        // Move m to [sqrt(2)/2, sqrt(2)) so that f = m - 1 is small.
        TV high = TV.GreaterThanOrEqual(m, TV.Create(Sqrt2));
        m = TV.Select(high, m * TV.Create(0.5), m);
        TV k = (e - TV.Create(1023.0)) + TV.And(high, one);

        TV result = Log1pReduced(m - one, k, c / u);

        // Special lanes: -0/+0 (the formula gives +0 for -0), +∞, -1, below -1 (NaN flows through).
        result = TV.Select(TV.Equal(x, TV.Create(0.0)), x, result);
        result = TV.Select(TV.Equal(x, TV.Create(double.PositiveInfinity)), x, result);
        result = TV.Select(TV.Equal(x, TV.Create(-1.0)), TV.Create(double.NegativeInfinity), result);
        return TV.Select(TV.LessThan(x, TV.Create(-1.0)), TV.Create(double.NaN), result);
    }

    /// <summary>ln(1 + e) for e in [0, 1] or NaN (no exponent extraction needed: u = 1 + e is in [1, 2]).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static TV Log1pUnit<TV>(TV e)
        where TV : struct, ISimdDouble<TV>
    {
        TV one = TV.Create(1.0);
        TV u = one + e;
        TV c = (one - u) + e;
        TV high = TV.GreaterThanOrEqual(u, TV.Create(Sqrt2));
        TV m = TV.Select(high, u * TV.Create(0.5), u);
        return Log1pReduced(m - one, TV.And(high, one), c / u);
    }

    /// <summary>
    /// k·ln2 + ln(1 + f) + c for f in [sqrt(2)/2 − 1, sqrt(2) − 1] and a tiny correction c
    /// (fdlibm's log1p kernel; error below 1 ULP).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV Log1pReduced<TV>(TV f, TV k, TV c)
        where TV : struct, ISimdDouble<TV>
    {
        TV hfsq = TV.Create(0.5) * f * f;
        TV s = f / (TV.Create(2.0) + f);
        TV z = s * s;
        TV w = z * z;
        TV t1 = w * TV.MultiplyAdd(w, TV.MultiplyAdd(w, TV.Create(Lg6), TV.Create(Lg4)), TV.Create(Lg2));
        TV t2 = z * TV.MultiplyAdd(w, TV.MultiplyAdd(w, TV.MultiplyAdd(w, TV.Create(Lg7), TV.Create(Lg5)), TV.Create(Lg3)), TV.Create(Lg1));
        TV inner = TV.MultiplyAdd(s, hfsq + (t2 + t1), TV.MultiplyAdd(k, TV.Create(Ln2Lo), c));
        return TV.MultiplyAdd(k, TV.Create(Ln2Hi), f - (hfsq - inner));
    }

    private const double MantissaMask = 2.225073858507201e-308; // bits 0x000FFFFFFFFFFFFF
    private const double Lg1 = 6.666666666666735130e-01;
    private const double Lg2 = 3.999999999940941908e-01;
    private const double Lg3 = 2.857142874366239149e-01;
    private const double Lg4 = 2.222219843214978396e-01;
    private const double Lg5 = 1.818357216161805012e-01;
    private const double Lg6 = 1.531383769920937332e-01;
    private const double Lg7 = 1.479819860511658591e-01;

    // ---- sigmoid family -----------------------------------------------------------------------

    /// <summary>
    /// σ(x) within 1 ULP: e^−|x| is carried as an unevaluated sum e + el, the rounding of 1 + e
    /// is compensated, so only the final division rounds noticeably.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Sigmoid<TV>(TV x)
        where TV : struct, ISimdDouble<TV>
    {
        TV e = ExpNegativeAbs(x, out TV el);
        TV one = TV.Create(1.0);
        TV d = one + e;
        TV dl = ((one - d) + e) + el; // d + dl == 1 + e + el (Fast2Sum, 1 >= e)

        // σ(x) = n/(1 + e) with n = 1 (x >= 0) or e + el (x < 0). With q = fl(n/d):
        // n/(d + dl) = q + (nl - q·dl)/d, and 1/d is (as precisely as the tiny correction
        // needs) q itself or 1 - q.
        TV negative = TV.LessThan(x, TV.Create(0.0));
        TV q = TV.Select(negative, e, one) / d;
        TV r = TV.Select(negative, one - q, q);
        return TV.MultiplyAdd(TV.MultiplyAdd(-q, dl, TV.And(negative, el)), r, q);
    }

    /// <summary>σ(x) with a lower-degree polynomial (within 4 ULP).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV SigmoidFast<TV>(TV x)
        where TV : struct, ISimdDouble<TV>
        => SigmoidCore<TV, FastPolynomial>(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV SigmoidCore<TV, TPoly>(TV x)
        where TV : struct, ISimdDouble<TV>
        where TPoly : struct, IExpPolynomial
    {
        // σ(x) = 1/(1 + e) for x >= 0 and e/(1 + e) for x < 0, e = e^-|x| (never overflows).
        TV e = ExpNegativeAbs<TV, TPoly>(x);
        TV one = TV.Create(1.0);
        return TV.Select(TV.LessThan(x, TV.Create(0.0)), e, one) / (one + e);
    }

    /// <summary>σ'(x) = e/(1 + e)², e = e^−|x|: full relative accuracy in both tails.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV SigmoidDerivative<TV>(TV x)
        where TV : struct, ISimdDouble<TV>
    {
        TV e = ExpNegativeAbs<TV, AccuratePolynomial>(x);
        TV one = TV.Create(1.0);
        TV d = one + e;

        // (1 + e)² = d² + 2·d·lo to within one rounding (fused), lo = (1 + e) - d exactly.
        TV lo = (one - d) + e;
        return e / TV.MultiplyAdd(d, d, (d + d) * lo);
    }

    /// <summary>softplus(x) = max(x, 0) + ln(1 + e^−|x|): exact in both tails.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Softplus<TV>(TV x)
        where TV : struct, ISimdDouble<TV>
    {
        TV zero = TV.Create(0.0);
        TV e = ExpNegativeAbs<TV, AccuratePolynomial>(x);
        return TV.Select(TV.GreaterThan(x, zero), x, zero) + Log1pUnit(e);
    }

    /// <summary>ln σ(x) = −softplus(−x).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV LogSigmoid<TV>(TV x)
        where TV : struct, ISimdDouble<TV>
        => -Softplus(-x);

    // ---- building blocks -------------------------------------------------------------------------

    /// <summary>e^−|x| (|x| clamped to 746, where it underflows to 0), subnormal results kept.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV ExpNegativeAbs<TV, TPoly>(TV x)
        where TV : struct, ISimdDouble<TV>
        where TPoly : struct, IExpPolynomial
    {
        TV a = TV.Min(TV.Abs(x), TV.Create(746.0));
        TV r = Reduce(-a, out TV k);
        return ScaleTwoStep(TV.Create(1.0) + Expm1Reduced<TV, TPoly>(r), k);
    }

    /// <summary>Clamps to [lo, hi]; NaN lanes stay NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static TV Clamp<TV>(TV x, double lo, double hi)
        where TV : struct, ISimdDouble<TV>
        => TV.Min(TV.Max(x, TV.Create(lo)), TV.Create(hi));

    /// <summary>
    /// k = round(x·log2 e) (as a double) and r = x − k·ln2 (Cody–Waite, |r| ≤ ln2/2 + tiny).
    /// Needs |x| ≤ 2^50.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV Reduce<TV>(TV x, out TV k)
        where TV : struct, ISimdDouble<TV>
    {
        TV magic = TV.Create(RoundMagic);
        k = TV.MultiplyAdd(x, TV.Create(Log2E), magic) - magic;
        TV r = TV.MultiplyAdd(k, TV.Create(-Ln2Hi), x);
        return TV.MultiplyAdd(k, TV.Create(-Ln2Lo), r);
    }

    /// <summary>Like <see cref="Reduce"/> with a single ln 2 constant (good to ~1e-14; |x| ≤ 200).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static TV ReduceShort<TV>(TV x, out TV k)
        where TV : struct, ISimdDouble<TV>
    {
        TV magic = TV.Create(RoundMagic);
        k = TV.MultiplyAdd(x, TV.Create(Log2E), magic) - magic;
        return TV.MultiplyAdd(k, TV.Create(-Ln2), x);
    }

    /// <summary>e^r − 1 = r + r²·P(r) for |r| ≤ ln2/2.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static TV Expm1Reduced<TV, TPoly>(TV r)
        where TV : struct, ISimdDouble<TV>
        where TPoly : struct, IExpPolynomial
        => TV.MultiplyAdd(r * r, TPoly.Evaluate(r), r);

    /// <summary>2^k for an integer k in [−1022, 1023] held in a double.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static TV Pow2<TV>(TV k)
        where TV : struct, ISimdDouble<TV>
        => TV.ShiftLeftBits(k + TV.Create(ExponentMagic), 52);

    /// <summary>
    /// p·2^k for an integer k in [−2000, 2000] held in a double: two exact power-of-two factors,
    /// so a result in the subnormal range is rounded once and an overflow gives +∞.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV ScaleTwoStep<TV>(TV p, TV k)
        where TV : struct, ISimdDouble<TV>
    {
        TV s1 = ScaleFactors(k, out TV s2);
        return p * s1 * s2;
    }

    /// <summary>2^k = s1·s2 with both factors normal, for an integer k in [−2000, 2000].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV ScaleFactors<TV>(TV k, out TV s2)
        where TV : struct, ISimdDouble<TV>
    {
        TV magic = TV.Create(ExponentMagic);
        TV t1 = TV.MultiplyAdd(k, TV.Create(0.5), magic); // round(k/2) + bias, in the low bits
        s2 = Pow2(k - (t1 - magic));
        return TV.ShiftLeftBits(t1, 52);
    }

    /// <summary>
    /// e^−|x| as an unevaluated sum e + lo (|x| clamped to 746): e rounded, lo its rounding error
    /// to about 2^-60 relative (flushed where it underflows).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV ExpNegativeAbs<TV>(TV x, out TV lo)
        where TV : struct, ISimdDouble<TV>
    {
        TV a = TV.Min(TV.Abs(x), TV.Create(746.0));
        TV r = Reduce(-a, out TV k);
        TV t = Expm1Reduced<TV, AccuratePolynomial>(r);
        TV one = TV.Create(1.0);
        TV p = one + t;
        TV s1 = ScaleFactors(k, out TV s2);
        lo = ((one - p) + t) * s1 * s2; // Fast2Sum: 1 >= |t|
        return p * s1 * s2;
    }
}

/// <summary>Degree 10: relative error 6e-18 (double Exp, Expm1, Sigmoid, Softplus…).</summary>
internal readonly struct AccuratePolynomial : IExpPolynomial
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Evaluate<TV>(TV r)
        where TV : struct, ISimdDouble<TV>
    {
        TV p = TV.MultiplyAdd(TV.Create(2.0889385953527835e-09), r, TV.Create(2.5105226696410082e-08));
        p = TV.MultiplyAdd(p, r, TV.Create(2.7557349681724936e-07));
        p = TV.MultiplyAdd(p, r, TV.Create(2.755725538679006e-06));
        p = TV.MultiplyAdd(p, r, TV.Create(2.4801587245573755e-05));
        p = TV.MultiplyAdd(p, r, TV.Create(0.00019841269874821198));
        p = TV.MultiplyAdd(p, r, TV.Create(0.0013888888888918074));
        p = TV.MultiplyAdd(p, r, TV.Create(0.00833333333332614));
        p = TV.MultiplyAdd(p, r, TV.Create(0.041666666666666616));
        p = TV.MultiplyAdd(p, r, TV.Create(0.1666666666666667));
        return TV.MultiplyAdd(p, r, TV.Create(0.5));
    }
}

/// <summary>Degree 9: relative error 2e-16, about 0.1 ULP in e^r (double SigmoidFast).</summary>
internal readonly struct FastPolynomial : IExpPolynomial
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Evaluate<TV>(TV r)
        where TV : struct, ISimdDouble<TV>
    {
        TV p = TV.MultiplyAdd(TV.Create(2.506818191800926e-08), r, TV.Create(2.76200968549732e-07));
        p = TV.MultiplyAdd(p, r, TV.Create(2.7557355563735817e-06));
        p = TV.MultiplyAdd(p, r, TV.Create(2.4801521290859056e-05));
        p = TV.MultiplyAdd(p, r, TV.Create(0.00019841269784532875));
        p = TV.MultiplyAdd(p, r, TV.Create(0.0013888888917206197));
        p = TV.MultiplyAdd(p, r, TV.Create(0.008333333333356271));
        p = TV.MultiplyAdd(p, r, TV.Create(0.04166666666662417));
        p = TV.MultiplyAdd(p, r, TV.Create(0.16666666666666644));
        return TV.MultiplyAdd(p, r, TV.Create(0.5000000000000001));
    }
}

/// <summary>Degree 5: relative error 3e-9, far below float precision (float lanes computed in double).</summary>
internal readonly struct SinglePrecisionPolynomial : IExpPolynomial
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Evaluate<TV>(TV r)
        where TV : struct, ISimdDouble<TV>
    {
        TV p = TV.MultiplyAdd(TV.Create(0.00019857816097527465), r, TV.Create(0.0013933642328101054));
        p = TV.MultiplyAdd(p, r, TV.Create(0.008333360769212645));
        p = TV.MultiplyAdd(p, r, TV.Create(0.041666465125179394));
        p = TV.MultiplyAdd(p, r, TV.Create(0.1666666653196432));
        return TV.MultiplyAdd(p, r, TV.Create(0.5000000013419682));
    }
}
