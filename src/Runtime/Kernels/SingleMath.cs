using System.Runtime.CompilerServices;

namespace Activations.Kernels;

/// <summary>
/// Math primitives over float lanes, written once over <see cref="ISimdSingle{TSelf, TDouble}"/>.
/// Sigmoid, Tanh, Softplus and LogSigmoid (Accurate) run in float lanes with error-free
/// transformations (the reduced argument and 1 + t carried to twice float precision, the division
/// corrected): within 1 ULP over all 2^32 inputs, at half the lanes' cost of double arithmetic. The
/// derivatives of sigmoid and tanh, and the
/// Fast precision, run in plain float lanes (within 2 ULP over all inputs). The other accurate
/// primitives widen the lanes to two double vectors, evaluate a formula whose error is far below
/// float precision and round once when narrowing back (within 0.5 ULP plus a tiny fraction).
/// Subnormal results are kept throughout.
/// </summary>
internal static class SingleMath
{
    // ---- accurate primitives -------------------------------------------------------------------

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

    /// <summary>
    /// σ(x) within 1 ULP (checked over all 2^32 floats), in float lanes, every x by one formula:
    /// <see cref="SigmoidCore{TF, TD}"/> on x clamped to [−104, 80] (σ rounds to 0 below and to 1
    /// above, so the clamp changes no result; NaN stays NaN), then 2^m·(q + q·u): one exact product
    /// by 2^m where σ is normal (x ≥ −87), else (a register with a lane below −87, rare in practice)
    /// <see cref="SigmoidTail{TF, TD}"/>, rounded once into the subnormals.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF Sigmoid<TF, TD>(TF x)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        // x + 87 has its sign bit set where x < −87 (and in NaN lanes with it set: either path is right for them).
        if (TF.AnyTrue(x + TF.Create(87f)))
        {
            return SigmoidTail<TF, TD>(x);
        }

        TF q = SigmoidCore<TF, TD>(TF.Min(x, TF.Create(80f)), belowMinus87: false, out TF u, out _, out TF g);
        return TF.MultiplyAdd(q, u, q) * g;
    }

    /// <summary><see cref="Sigmoid{TF, TD}"/> for a register with a lane below −87: the scaling by ScaleB, exact into the subnormals.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TF SigmoidTail<TF, TD>(TF x)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        TF q = SigmoidCore<TF, TD>(TF.Min(TF.Max(x, TF.Create(-104f)), TF.Create(80f)), belowMinus87: true, out TF u, out TF m, out _);
        return TF.ScaleB(TF.MultiplyAdd(q, u, q), m);
    }

    /// <summary>
    /// σ(x) = 2^m·q·(1 + u) for x in [−110, 80] (NaN propagated), both signs by one formula: with
    /// m = round(x·log2 e) and r' = x − m·ln2, σ = 2^m/D, D = 2^m + e^−r' = (2^m + 1) − r' + r'²·Q(r')
    /// formed to twice float precision by additions alone (2^m + 1 and its rounding error by
    /// Fast2Sum; 2^m taken as g = 2^max(m, −126), a change far below D's precision, where
    /// <paramref name="belowMinus87"/> says x may be below −87), one division
    /// q = 1/d, and u the relative correction for its own rounding and D's tail. q·(1 + u) is
    /// normal; the caller scales by 2^m: by g (exact where m ≥ −126), or by ScaleB.
    /// Shared by <see cref="Sigmoid{TF, TD}"/> and the float silu.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static TF SigmoidCore<TF, TD>(TF x, bool belowMinus87, out TF u, out TF m, out TF g)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        TF one = TF.Create(1f);

        // m = round(x·log2 e) (magic + m exact in mm), r' = x − m·ln2 (m·Ln2Hi exact for |m| < 256,
        // r' rounded once), g = 2^max(m, −126) from mm's low bits.
        TF magic = TF.Create(RoundMagic);
        TF mm = TF.MultiplyAdd(x, TF.Create(Log2E), magic);
        m = mm - magic;
        TF rp = TF.MultiplyAdd(m, TF.Create(-Ln2Hi), x);
        rp = TF.MultiplyAdd(m, TF.Create(-Ln2Lo), rp);
        g = TF.AddBits(TF.ShiftLeftBits(belowMinus87 ? TF.Max(mm, TF.Create(RoundMagic - 126f)) : mm, 23), one);

        // D = ((2^m + 1) − r') + r'²·Q(r') as d + dl: the three sums by Fast2Sum (2^m + 1 with the
        // larger term first; 2^m + 1 ≥ 1 > |r'|; the second sum ≥ 0.65 > r'²·Q), the tails added once.
        TF r2 = rp * rp;
        TF e2 = r2 * ExpMinusOnePlusPolynomial(rp, r2);
        TF big = g + one;
        TF bl = (TF.Max(g, one) - big) + TF.Min(g, one);
        TF a = big - rp;
        TF al = (big - a) - rp;
        TF d = a + e2;
        TF dl = ((a - d) + e2) + (al + bl);

        // 1/(d + dl) = q·(1 + u), u = (1 − q·d) − q·dl (relative to 1/d = q, ample for the tiny correction).
        TF q = one / d;
        u = TF.MultiplyAddNegated(q, dl, QuotientResidual<TF, TD>(one, q, d));
        return q;
    }

    /// <summary>(e^−r − 1 + r)/r² on |r| ≤ ln2/2 (r2 = r²): P(−r) with P of <see cref="SingleMath"/>'s degree-4 e^r (0.17 ULP).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TF ExpMinusOnePlusPolynomial<TF>(TF r, TF r2)
        where TF : struct, ISimdVector<TF, float>
    {
        TF p01 = TF.MultiplyAdd(TF.Create(-0.16666577756404877f), r, TF.Create(0.5f));
        TF p23 = TF.MultiplyAdd(TF.Create(-0.008363170549273491f), r, TF.Create(0.04166685417294502f));
        return TF.MultiplyAdd(TF.MultiplyAdd(TF.Create(0.0013901297934353352f), r2, p23), r2, p01);
    }

    /// <summary>(e^r − 1 − r)/r² on |r| ≤ ln2/2 (r2 = r²): degree 4, e^r within 0.17 float ULP.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TF FastExpPolynomial<TF>(TF r, TF r2)
        where TF : struct, ISimdVector<TF, float>
    {
        TF p01 = TF.MultiplyAdd(TF.Create(0.16666577756404877f), r, TF.Create(0.5f));
        TF p23 = TF.MultiplyAdd(TF.Create(0.008363170549273491f), r, TF.Create(0.04166685417294502f));
        return TF.MultiplyAdd(TF.MultiplyAdd(TF.Create(0.0013901297934353352f), r2, p23), r2, p01);
    }

    /// <summary>(e^r − 1 − r)/r² on |r| ≤ ln2/2: degree 5, e^r within 0.013 float ULP.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TF AccurateExpPolynomial<TF>(TF r)
        where TF : struct, ISimdVector<TF, float>
    {
        TF r2 = r * r;
        TF p01 = TF.MultiplyAdd(TF.Create(0.1666666716337204f), r, TF.Create(0.5f));
        TF p23 = TF.MultiplyAdd(TF.Create(0.0083332983776927f), r, TF.Create(0.041666463017463684f));
        TF p45 = TF.MultiplyAdd(TF.Create(0.00019899319158867002f), r, TF.Create(0.0013933676527813077f));
        return TF.MultiplyAdd(TF.MultiplyAdd(p45, r2, p23), r2, p01);
    }

    /// <summary>
    /// σ'(x) = e/(1 + e)², e = e^−|x|, in float lanes (within 3 ULP: e to 0.8 ULP, (1 + e)² with
    /// one rounding, the division; no cancellation anywhere, subnormal results rounded once by the
    /// scaling).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF SigmoidDerivative<TF, TD>(TF x)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        // σ'(105) is far below the smallest subnormal; NaN stays NaN.
        TF p = ExpNegativeMantissa<TF, TD>(TF.Min(TF.Abs(x), TF.Create(105f)), out TF k);
        TF e = TF.ScaleB(p, k);
        return e / OnePlusSquared<TF, TD>(e);
    }

    /// <summary>(1 + e)² for e in [0, 1] with one rounding: d = fl(1 + e), its error dl exactly (Fast2Sum), d² + 2·d·dl fused.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TF OnePlusSquared<TF, TD>(TF e)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        TF one = TF.Create(1f);
        TF d = one + e;
        TF dl = (one - d) + e;
        return TF.MultiplyAdd(d, d, (d + d) * dl);
    }

    /// <summary>
    /// softplus(x) = ln(1 + e^x) within 1 ULP (checked over all 2^32 floats: 2.0 % of them 1 ULP
    /// off), in float lanes: see <see cref="SoftplusCore{TF, TD}"/>. Subnormal results kept.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF Softplus<TF, TD>(TF x)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
        => SoftplusCore<TF, TD>(x);

    /// <summary>ln σ(x) = −softplus(−x), within 1 ULP (checked over all 2^32 floats: 2.0 % of them 1 ULP off).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF LogSigmoid<TF, TD>(TF x)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
        => -SoftplusCore<TF, TD>(-x);

    /// <summary>
    /// softplus(x) = max(x, 0) + ln(1 + e) with e = e^−|x| = 2^k·(p + pl) (float-float, before the
    /// scaling) and ln(1 + e) = 2s·(1 + s²·Q(s²)), s = e/(2 + e) in [0, 1/3]: s = 2^k·(q + ql) with
    /// q = fl(p/(2 + e)) from the unscaled p (so s keeps full precision where e is subnormal) and
    /// ql from the exact residual, the rounding of 2 + e and pl; Q of degree 3 (s²·Q within
    /// 5e-9; the term is at most 4 % of the log). 2q + tails is rounded once before the scaling
    /// (and once more where subnormal), then added to x⁺ (one more rounding where x > 0).
    /// e and s are scaled on the integer lanes with k clamped at −124 (below, they only enter
    /// 2 + e, the residual and s², far beneath those values' precision); the result by ScaleB,
    /// exact into the subnormals.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TF SoftplusCore<TF, TD>(TF x)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        TF one = TF.Create(1f);

        // −|x| clamped at −105 (e^−105 is below half the smallest subnormal); NaN stays NaN.
        TF p = SoftplusExpParts<TF, TD>(TF.Max(TF.Or(x, TF.Create(-0f)), TF.Create(-105f)), out TF pl, out TF k, out TF kk);
        TF exponent = TF.ShiftLeftBits(TF.Max(kk, TF.Create(RoundMagic - 124f)), 23); // p·2^k and q·2^k stay normal
        TF e = TF.AddBits(p, exponent);

        // q = fl(p/(2 + e)), s = 2^k·q. With n = (p + pl) − q·(2 + 2^k·(p + pl)), the exact
        // quotient is q + n/(2 + e) and 1/(2 + e) = (1 − s)/2: ql2 = 2·(that correction) = n·(1 − s).
        TF q = p / (TF.Create(2f) + e);
        TF q2 = q + q;
        TF s = TF.AddBits(q, exponent);
        TF w = s - one;
        TF ql2 = TF.MultiplyAdd(pl, w, SoftplusNegatedResidual<TF, TD>(p, q, q2, e)) * w;

        // 2·(atanh(s)/s − 1)/s² on s² in [0, 1/9], degree 3 fitted to minimize the error of the
        // term s²·Q(s²) (at most 5e-9, against 1 + s²·Q).
        TF z = s * s;
        TF poly = TF.MultiplyAdd(TF.Create(2f * 0.14012232422828674f), z, TF.Create(2f * 0.13999569416046143f));
        poly = TF.MultiplyAdd(poly, z, TF.Create(2f * 0.20010849833488464f));
        poly = TF.MultiplyAdd(poly, z, TF.Create(2f * 0.3333320617675781f));
        TF tail = TF.MultiplyAdd(q * z, poly, ql2);

        // ln(1 + e) = 2^k·(2q + tail).
        return TF.Max(x, TF.Create(0f)) + TF.ScaleB(q2 + tail, k);
    }

    /// <summary>
    /// e^z = (p + pl)·2^k for z in [−105, 0] (or NaN): z = k·ln2 + r (r rounded once),
    /// 1 + r + c (c = r²·P(r), P of degree 4: e^r within 0.17 ULP) rounded to p, and its error
    /// pl = ((1 − p) + r) + c, where 1 − p and (1 − p) + r are exact.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TF SoftplusExpParts<TF, TD>(TF z, out TF pl, out TF k, out TF kk)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        TF one = TF.Create(1f);
        TF magic = TF.Create(RoundMagic);
        kk = TF.MultiplyAdd(z, TF.Create(Log2E), magic); // k in its low mantissa bits (two's complement)
        k = kk - magic;
        TF r = TF.MultiplyAdd(k, TF.Create(-Ln2Hi), z); // exact: k·Ln2Hi has at most 24 bits
        r = TF.MultiplyAdd(k, TF.Create(-Ln2Lo), r);
        TF r2 = r * r;
        TF c = r2 * FastExpPolynomial(r, r2);
        TF p = one + (r + c);
        pl = ((one - p) + r) + c;
        return p;
    }

    /// <summary>
    /// q·(2 + e) − p for q = fl(p/fl(2 + e)) (q2 = 2q), e = 2^k·p: with FMA, one fused operation
    /// after the exact p − 2q (Sterbenz: 2q is within [p/2, 2p]); the result, of the order of
    /// an ULP of p, is rounded once (negligibly). Without FMA: Dekker's exact residual of the
    /// division and the rounding error of 2 + e.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TF SoftplusNegatedResidual<TF, TD>(TF p, TF q, TF q2, TF e)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        if (SimdOps.HasFusedMultiplyAdd)
        {
            return TF.MultiplyAdd(q, e, q2 - p);
        }

        TF two = TF.Create(2f);
        TF d = two + e;
        return TF.MultiplyAdd(q, (two - d) + e, -QuotientResidual<TF, TD>(p, q, d));
    }

    /// <summary>
    /// tanh x within 1 ULP (checked over all 2^32 floats), in float lanes: with e^−2|x| =
    /// 2^k·(1 − 2·(t + tl)) (t + tl = (1 − e^−2r)/2 to twice float precision, r exact),
    /// tanh|x| = N/D, N = (1 − 2^k) + 2^(k+1)·(t + tl) and D = 2 − N, each formed as a rounded head
    /// and an exactly known tail; the quotient is corrected for the tails and its own rounding (as
    /// the double <see cref="DoubleMath.Tanh"/>). k = 0 gives N = 2·(t + tl): no cancellation for
    /// small |x| (subnormal x returned exactly). The sign is copied back.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF Tanh<TF, TD>(TF x)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        // Float tanh rounds to 1 from 9.011 on; the clamp keeps k >= -28. NaN stays NaN.
        TF a = TF.Min(TF.Abs(x), TF.Create(9.5f));

        // k = round(−2a·log2 e), held as k + 128 in the low mantissa bits of kk; −2a = k·ln2 − 2r
        // with r = a + k·ln2/2 exact (one FMA: where k != 0, k·ln2/2 and a are multiples of 2^-26
        // and |r| <= 0.174); the float ln 2's error (|k|·2e-9 in the exponent) is far below an ULP.
        TF magic = TF.Create(TanhMagic);
        TF kk = TF.MultiplyAdd(a, TF.Create(-2f * Log2E), magic);
        TF r = TF.MultiplyAdd(kk - magic, TF.Create(Ln2 * 0.5f), a);

        // 2h = 2^(k+1): the low nine bits of kk, k + 128, shifted onto the exponent (h = 2^k).
        TF h2 = TF.ShiftLeftBits(kk, 23);

        // With e = e^−2a = h·(1 + u), u = e^−2r − 1: −u/2 = r + r²·P(r) as t + tl to twice float
        // precision (Fast2Sum: |r| >= |r²·P|; r − t is exact, and the FMA rounds r²·P + (r − t),
        // so r²·P is never rounded alone).
        TF r2 = r * r;
        TF polynomial = TanhExpPolynomial(r, r2);
        TF t = TF.MultiplyAdd(r2, polynomial, r);
        TF tl = TF.MultiplyAdd(r2, polynomial, r - t);

        // N = 1 − e = (1 − h) + 2h·(t + tl). 1 − h is exact for k >= -23 (|x| < 7.97); beyond,
        // its rounding can cost up to an ULP of a result within 2^-22 of 1, which still rounds to
        // a float adjacent to the exact value (within 1 ULP over all 2^32 inputs). 2h·t is exact,
        // so omh − n is exact and the FMA gives n's rounding error, the tail tl added: N = n + nl.
        // D = 1 + e = 2 − N: d = fl(2 − n) and its error by Fast2Sum (2 >= n), nl subtracted.
        TF one = TF.Create(1f);
        TF two = TF.Create(2f);
        TF omh = TF.MultiplyAdd(h2, TF.Create(-0.5f), one);
        TF n = TF.MultiplyAdd(h2, t, omh);
        TF nl = TF.MultiplyAdd(h2, tl, TF.MultiplyAdd(h2, t, omh - n));
        TF d = two - n;
        TF dl = ((two - d) - n) - nl;

        // (n + nl)/(d + dl) = q + ((n − q·d) + nl − q·dl)/d, and 1/d = (1 + q)/2 (q = (1 − e)/(1 + e)).
        TF q = n / d;
        TF residual = QuotientResidual<TF, TD>(n, q, d);
        TF result = TF.MultiplyAdd(residual + TF.MultiplyAddNegated(q, dl, nl), TF.MultiplyAdd(q, TF.Create(0.5f), TF.Create(0.5f)), q);

        // The sign of x copied onto the result (which is +0, positive or NaN): one bitwise select.
        return TF.Select(TF.Create(-0f), x, result);
    }

    /// <summary>
    /// (e^−2r − 1 + 2r)/(−2r²) for |r| ≤ ln2/4 (r2 = r²): <see cref="FastExpPolynomial"/> at
    /// s = −2r, times −2 (its coefficients scaled by exact powers of two).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TF TanhExpPolynomial<TF>(TF r, TF r2)
        where TF : struct, ISimdVector<TF, float>
    {
        TF p01 = TF.MultiplyAdd(TF.Create(4f * 0.16666577756404877f), r, TF.Create(-1f));
        TF p23 = TF.MultiplyAdd(TF.Create(16f * 0.008363170549273491f), r, TF.Create(-8f * 0.04166685417294502f));
        return TF.MultiplyAdd(TF.MultiplyAdd(TF.Create(-32f * 0.0013901297934353352f), r2, p23), r2, p01);
    }

    /// <summary>n − q·d exactly for q = fl(n/d): one FMA where the hardware fuses, Dekker's product otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static TF QuotientResidual<TF, TD>(TF n, TF q, TF d)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        if (SimdOps.HasFusedMultiplyAdd)
        {
            return TF.MultiplyAddNegated(q, d, n);
        }

        TF p = q * d;
        TF splitter = TF.Create(4097f); // 2^12 + 1
        TF sq = q * splitter;
        TF qh = sq - (sq - q);
        TF ql = q - qh;
        TF sd = d * splitter;
        TF dh = sd - (sd - d);
        TF dlow = d - dh;
        TF error = ((((qh * dh) - p) + (qh * dlow)) + (ql * dh)) + (ql * dlow);
        return (n - p) - error;
    }

    /// <summary>
    /// sech² x = 4e/(1 + e)², e = e^−2|x|, in float lanes (within 3 ULP, as <see cref="SigmoidDerivative"/>;
    /// 4e is scaled from the mantissa directly, so subnormal results are rounded once).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF TanhDerivative<TF, TD>(TF x)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        // sech² 53 is far below the smallest subnormal; 2|x| may overflow to ∞ before the clamp.
        TF p = ExpNegativeMantissa<TF, TD>(TF.Min(TF.Abs(x) * TF.Create(2f), TF.Create(106f)), out TF k);
        return TF.ScaleB(p, k + TF.Create(2f)) / OnePlusSquared<TF, TD>(TF.ScaleB(p, k));
    }

    /// <summary>
    /// e^−a = p·2^k for a in [0, 106] (or NaN): k = round(−a·log2 e), p = e^r from the degree-5
    /// polynomial (p within 0.8 ULP: the reduced argument and 1 + t each round once).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TF ExpNegativeMantissa<TF, TD>(TF a, out TF k)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        TF magic = TF.Create(RoundMagic);
        k = TF.MultiplyAdd(a, TF.Create(-Log2E), magic) - magic;
        TF r = TF.MultiplyAdd(k, TF.Create(-Ln2Hi), -a);
        r = TF.MultiplyAdd(k, TF.Create(-Ln2Lo), r);
        return TF.Create(1f) + TF.MultiplyAdd(r * r, AccurateExpPolynomial(r), r);
    }

    /// <summary>Φ(x): the double algorithm (uncompensated: ~1e-15, far below float precision) on both halves, rounded once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF NormalCdf<TF, TD>(TF x)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        TF.Widen(x, out TD lower, out TD upper);
        return TF.Narrow(TD.NormalCdfForSingle(lower), TD.NormalCdfForSingle(upper));
    }

    /// <summary>φ(x): the double primitive on both halves, rounded once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF NormalPdf<TF, TD>(TF x)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        TF.Widen(x, out TD lower, out TD upper);
        return TF.Narrow(TD.NormalPdf(lower), TD.NormalPdf(upper));
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

    /// <summary>
    /// p·2^k for integer-valued k in [−300, 300] as two exact power-of-two factors: a result in the
    /// subnormal range is rounded once, an overflow gives +∞ (the fallback of ScaleB).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static TF ScaleTwoStepSoftware<TF, TD>(TF p, TF k)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        TF bias = TF.Create(ExponentMagic);
        TF t1 = TF.MultiplyAdd(k, TF.Create(0.5f), bias);
        TF k1 = t1 - bias;
        return p * TF.ShiftLeftBits(t1, 23) * TF.ShiftLeftBits((k - k1) + bias, 23);
    }

    /// <summary>|v| with the sign of <paramref name="sign"/> (v must be +0, positive or NaN).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TF CopySign<TF, TD>(TF v, TF sign)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
        => TF.Or(v, TF.And(sign, TF.Create(-0f)));

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
    private const float Ln2 = 0.693147182464599609375f; // ln 2 rounded to float
    private const float TanhMagic = 12583040f;          // 1.5·2^23 + 128: k + 128 in the low bits
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

        // p·2^k with k in [-152, 0], rounded once (subnormal results kept).
        TF e = TF.ScaleB(p, k);

        return TF.Select(TF.LessThan(x, TF.Create(0f)), e, one) / (one + e);
    }

    /// <summary>
    /// tanh x in float lanes (within 4 ULP): e^−2|x| = 2^k·(1 + t) with t = e^r − 1 from a degree-6
    /// polynomial, then tanh|x| = ((1 − 2^k) − 2^k·t)/((1 + 2^k) + 2^k·t) (no cancellation: k = 0
    /// gives −t/(2 + t)) and the sign copied back.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF TanhFast<TF, TD>(TF x)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        TF one = TF.Create(1f);

        // Float tanh rounds to 1 from 9.01 on; the clamp keeps 2^k normal. NaN stays NaN.
        TF a2 = TF.Min(TF.Abs(x), TF.Create(9.5f)) * TF.Create(-2f);

        TF magic = TF.Create(RoundMagic);
        TF k = TF.MultiplyAdd(a2, TF.Create(Log2E), magic) - magic;
        TF r = TF.MultiplyAdd(k, TF.Create(-Ln2Hi), a2);
        r = TF.MultiplyAdd(k, TF.Create(-Ln2Lo), r);

        TF p = TF.MultiplyAdd(TF.Create(0.0013901297934353352f), r, TF.Create(0.008363170549273491f));
        p = TF.MultiplyAdd(p, r, TF.Create(0.04166685417294502f));
        p = TF.MultiplyAdd(p, r, TF.Create(0.16666577756404877f));
        p = TF.MultiplyAdd(p, r, TF.Create(0.5f));
        TF t = TF.MultiplyAdd(r * r, p, r);

        TF h = TF.ShiftLeftBits(k + TF.Create(ExponentMagic), 23); // 2^k, k in [-28, 0]
        TF q = TF.MultiplyAdd(-h, t, one - h) / TF.MultiplyAdd(h, t, one + h);
        return CopySign<TF, TD>(q, x);
    }
}
