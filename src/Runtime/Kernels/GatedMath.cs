using System.Runtime.CompilerServices;

namespace Activations.Kernels;

/// <summary>
/// The gated linear units x·g(x) (silu, gelu, gelu_tanh, mish) and their derivatives over SIMD
/// lanes, written once over <see cref="ISimdDouble{TSelf}"/> (and, for float lanes, widened to
/// double and rounded once, except the silu forward), with the algorithms of the scalar
/// <c>ActivationMath</c> versions: the gate's exponential kept as a mantissa and a power of two
/// and the product scaled once (subnormal results kept); near each derivative's zero x0,
/// f'(x) = (x − x0)·Q(x) with x0 to twice double precision and Q a fitted polynomial (double lanes
/// only: float needs no more than the double formula); gelu_tanh's argument carried as a
/// double-double. Lanes are branch-free except for regions skipped when no lane needs them, so
/// every register width computes the same bits.
/// </summary>
internal static class GatedMath
{
    private const double Log2E = 1.4426950408889634;
    private const double Ln2Hi = 6.93147180369123816490e-01;
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double RoundMagic = 6755399441055744.0;


    // 2·√(2/π) and 2·√(2/π)·0.044715, each as a double and its remainder.
    private const double GeluTanhC1High = 1.5957691216057308;
    private const double GeluTanhC1Low = -9.96930880911092e-17;
    private const double GeluTanhC3High = 0.07135481627260025;
    private const double GeluTanhC3Low = -6.175149918155315e-19;

    // ---- double lanes ------------------------------------------------------------------------

    /// <summary>silu(x) = x·σ(x).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Silu<TV>(TV x)
        where TV : struct, ISimdDouble<TV>
    {
        // σ(x) = n/(1 + e), n = 1 or (x < 0) e^−|x| = (m + ml)·2^k: the quotient corrected for the
        // rounding of 1 + e and its own, x·σ scaled once.
        TV one = TV.Create(1.0);
        TV m = ExpNegativeParts(TV.Abs(x), out TV ml, out TV k);
        TV e = TV.ScaleB(m, k);
        TV d = one + e;
        TV dl = ((one - d) + e) + TV.ScaleB(ml, k);
        TV negative = TV.LessThan(x, TV.Create(0.0));
        TV n = TV.Select(negative, m, one);
        TV inverse = one / d;
        TV q = n * inverse;
        q = TV.MultiplyAdd(DoubleMath.QuotientResidual(n, q, d) + TV.MultiplyAdd(-q, dl, TV.And(negative, ml)), inverse, q);
        return Saturate(x, TV.ScaleB(x * q, TV.And(negative, k)), 40.0, x, -760.0, TV.Create(-0.0));
    }

    /// <summary>silu'(x) = σ(x)·(1 + x·σ(−x)), (x − x0)·Q(x) near its zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV SiluDerivative<TV>(TV x)
        where TV : struct, ISimdDouble<TV>
        => SiluDerivative(x, single: false);

    /// <summary>gelu(x) = x·Φ(x).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Gelu<TV>(TV x)
        where TV : struct, ISimdDouble<TV>
        => Gelu(x, single: false);

    /// <summary>gelu'(x) = Φ(x) + x·φ(x), (x − x0)·Q(x) near its zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV GeluDerivative<TV>(TV x)
        where TV : struct, ISimdDouble<TV>
        => GeluDerivative(x, single: false);

    /// <summary>gelu_tanh(x) = x·σ(u) with u carried as a double-double.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV GeluTanh<TV>(TV x)
        where TV : struct, ISimdDouble<TV>
    {
        TV s = SigmoidOfCubic(x, out TV k, out _, out _);
        return Saturate(x, TV.ScaleB(x * s, k), 50.0, x, -30.0, TV.Create(-0.0));
    }

    /// <summary>gelu_tanh'(x) = σ(u)·(1 + x·u'·σ(−u)), (x − x0)·Q(x) near its zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV GeluTanhDerivative<TV>(TV x)
        where TV : struct, ISimdDouble<TV>
        => GeluTanhDerivative(x, single: false);

    /// <summary>mish(x) = x·tanh(softplus(x)).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Mish<TV>(TV x)
        where TV : struct, ISimdDouble<TV>
    {
        // e = e^−|x| = m·2^k. x >= 0: x·(1 − q), q = 2e²/(1 + 2e + 2e²) <= 0.4;
        // x < 0: x·q·2^k, q = m·(e + 2)/(e² + 2e + 2), scaled once.
        TV one = TV.Create(1.0);
        TV two = TV.Create(2.0);
        TV m = ExpNegativeParts(TV.Abs(x), out _, out TV k);
        TV e = TV.ScaleB(m, k);
        TV negative = TV.LessThan(x, TV.Create(0.0));
        TV e2 = e * e;
        TV ep2 = e + two;
        TV q = TV.Select(negative, m * ep2, e2 + e2) / TV.Select(negative, TV.MultiplyAdd(e, ep2, two), (one + (e + e)) + (e2 + e2));
        TV r = TV.Select(negative, TV.ScaleB(x * q, k), TV.MultiplyAdd(-x, q, x));
        return Saturate(x, r, 40.0, x, -760.0, TV.Create(-0.0));
    }

    /// <summary>mish'(x), (x − x0)·Q(x) near its zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV MishDerivative<TV>(TV x)
        where TV : struct, ISimdDouble<TV>
        => MishDerivative(x, single: false);

    // ---- float lanes ---------------------------------------------------------------------------

    /// <summary>
    /// silu(x) = x·σ(x) in float lanes, within 1 ULP (checked over all 2^32 floats): σ = 2^m·q·(1 + u)
    /// from <see cref="SingleMath.SigmoidCore{TF, TD}"/> and x·q·(1 + u) with x·q exact (FMA, or
    /// Dekker's product without it), rounded once, then scaled by 2^m: exactly, for x in [−87, 80]
    /// (the product and the result are normal, or m = 0); a register with a lane outside (rare in
    /// practice) takes <see cref="SiluOutside{TF, TD}"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF Silu<TF, TD>(TF x)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        // Sign bit set where x < −87 or x > 80 (and in NaN lanes with it set: either path is right for them).
        if (TF.AnyTrue(TF.Or(x + TF.Create(87f), TF.Create(80f) - x)))
        {
            return SiluOutside<TF, TD>(x);
        }

        TF q = SingleMath.SigmoidCore<TF, TD>(x, belowMinus87: false, out TF u, out _, out TF g);
        return ProductTimesOnePlus<TF, TD>(x, q, u) * g;
    }

    /// <summary>
    /// <see cref="Silu{TF, TD}"/> for a register with a lane outside [−87, 80]: x clamped to
    /// [−110, 80] (x·σ(x) rounds to −0 below; above 80 the result is x itself), the product rounded
    /// at its normal scale and scaled by ScaleB (rounded once more into the subnormals, where the
    /// first rounding is far below their ULP).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TF SiluOutside<TF, TD>(TF x)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        TF limit = TF.Create(80f);
        TF xc = TF.Min(TF.Max(x, TF.Create(-110f)), limit); // NaN stays NaN
        TF q = SingleMath.SigmoidCore<TF, TD>(xc, belowMinus87: true, out TF u, out TF m, out _);
        return TF.Select(TF.GreaterThan(x, limit), x, TF.ScaleB(ProductTimesOnePlus<TF, TD>(xc, q, u), m));
    }

    /// <summary>a·q·(1 + u) rounded once, a·q exact (FMA, or Dekker's product without it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TF ProductTimesOnePlus<TF, TD>(TF a, TF q, TF u)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        TF correction = (a * q) * u;
        return SimdOps.HasFusedMultiplyAdd
            ? TF.MultiplyAdd(a, q, correction)
            : ExactProductPlus<TF, TD>(a, q, correction);
    }

    /// <summary>a·b + c with a·b exact (Dekker's product; the machine has no FMA).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TF ExactProductPlus<TF, TD>(TF a, TF b, TF c)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        TF h = a * b;
        return h + (ProductError<TF, TD>(a, b, h) + c);
    }

    /// <summary>silu'(x) in double lanes, rounded once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF SiluDerivative<TF, TD>(TF x)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        TF.Widen(x, out TD lower, out TD upper);
        return TF.Narrow(SiluDerivativeForSingle(lower), SiluDerivativeForSingle(upper));
    }

    /// <summary>gelu(x) in double lanes, rounded once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF Gelu<TF, TD>(TF x)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        TF.Widen(x, out TD lower, out TD upper);
        return TF.Narrow(GeluForSingle(lower), GeluForSingle(upper));
    }

    /// <summary>gelu'(x) in double lanes, rounded once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF GeluDerivative<TF, TD>(TF x)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        TF.Widen(x, out TD lower, out TD upper);
        return TF.Narrow(GeluDerivativeForSingle(lower), GeluDerivativeForSingle(upper));
    }

    /// <summary>gelu_tanh(x) in double lanes, rounded once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF GeluTanh<TF, TD>(TF x)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        TF.Widen(x, out TD lower, out TD upper);
        return TF.Narrow(GeluTanhForSingle(lower), GeluTanhForSingle(upper));
    }

    /// <summary>gelu_tanh'(x) in double lanes, rounded once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF GeluTanhDerivative<TF, TD>(TF x)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        TF.Widen(x, out TD lower, out TD upper);
        return TF.Narrow(GeluTanhDerivativeForSingle(lower), GeluTanhDerivativeForSingle(upper));
    }

    /// <summary>mish(x) in double lanes, rounded once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF Mish<TF, TD>(TF x)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        TF.Widen(x, out TD lower, out TD upper);
        return TF.Narrow(MishForSingle(lower), MishForSingle(upper));
    }

    /// <summary>mish'(x) in double lanes, rounded once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF MishDerivative<TF, TD>(TF x)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        TF.Widen(x, out TD lower, out TD upper);
        return TF.Narrow(MishDerivativeForSingle(lower), MishDerivativeForSingle(upper));
    }

    // Each half of a widened float vector goes through one compiled copy of the double formula
    // (inlining two copies into one method would exhaust the JIT's budget of locals and spill).

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TD SiluDerivativeForSingle<TD>(TD x)
        where TD : struct, ISimdDouble<TD>
        => SiluDerivative(x, single: true);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TD GeluForSingle<TD>(TD x)
        where TD : struct, ISimdDouble<TD>
        => Gelu(x, single: true);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TD GeluDerivativeForSingle<TD>(TD x)
        where TD : struct, ISimdDouble<TD>
        => GeluDerivative(x, single: true);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TD GeluTanhForSingle<TD>(TD x)
        where TD : struct, ISimdDouble<TD>
        => Saturate(x, x * SigmoidPlain(x * TD.MultiplyAdd(TD.Create(GeluTanhC3High), x * x, TD.Create(GeluTanhC1High)), out _), 50.0, x, -30.0, TD.Create(-0.0));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TD GeluTanhDerivativeForSingle<TD>(TD x)
        where TD : struct, ISimdDouble<TD>
        => GeluTanhDerivative(x, single: true);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TD MishForSingle<TD>(TD x)
        where TD : struct, ISimdDouble<TD>
        => Mish(x);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TD MishDerivativeForSingle<TD>(TD x)
        where TD : struct, ISimdDouble<TD>
        => MishDerivative(x, single: true);

    // ---- the formulas (single: the caller rounds to float, so the zero's polynomial is not needed) ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV SiluDerivative<TV>(TV x, bool single)
        where TV : struct, ISimdDouble<TV>
    {
        if (single)
        {
            // Float needs no more than the plain double formula (its absolute error, ~1e-16, is far
            // below float's ULP of ε).
            TV sigmoid = SigmoidPlain(x, out TV minus);
            return Saturate(x, sigmoid * TV.MultiplyAdd(x, minus, TV.Create(1.0)), 50.0, TV.Create(1.0), -760.0, TV.Create(0.0));
        }

        TV s = SigmoidScaled(x, out TV k, out TV complement);
        TV r = TV.ScaleB(s * OnePlusProduct(x, complement), k);
        {
            TV near = InInterval(x, -2.0, -0.8);
            if (TV.AnyTrue(near))
            {
                r = TV.Select(near, RootForm(x, SiluRootHigh, SiluRootLow, SiluRootQuotient(x - TV.Create(SiluCenter))), r);
            }
        }

        return Saturate(x, r, 50.0, TV.Create(1.0), -760.0, TV.Create(0.0));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV Gelu<TV>(TV x, bool single)
        where TV : struct, ISimdDouble<TV>
    {
        TV cdf = single ? TV.NormalCdfForSingle(x) : TV.NormalCdf(x);
        return Saturate(x, x * cdf, 40.0, x, -40.0, TV.Create(-0.0));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV GeluDerivative<TV>(TV x, bool single)
        where TV : struct, ISimdDouble<TV>
    {
        TV cdf = single ? TV.NormalCdfForSingle(x) : TV.NormalCdf(x);
        TV r = TV.MultiplyAdd(x, TV.NormalPdf(x), cdf);
        if (!single)
        {
            TV near = InInterval(x, -1.5, -0.35);
            if (TV.AnyTrue(near))
            {
                r = TV.Select(near, RootForm(x, GeluRootHigh, GeluRootLow, GeluRootQuotient(x - TV.Create(GeluCenter))), r);
            }
        }

        return Saturate(x, r, 40.0, TV.Create(1.0), -40.0, TV.Create(0.0));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV GeluTanhDerivative<TV>(TV x, bool single)
        where TV : struct, ISimdDouble<TV>
    {
        if (single)
        {
            // Float: u and σ in plain double (u's rounding, |u|·2^−53, is far below float precision).
            TV xx = x * x;
            TV sigmoid = SigmoidPlain(x * TV.MultiplyAdd(TV.Create(GeluTanhC3High), xx, TV.Create(GeluTanhC1High)), out TV minus);
            TV slopeSingle = TV.MultiplyAdd(TV.Create(3.0 * GeluTanhC3High), xx, TV.Create(GeluTanhC1High));
            return Saturate(x, sigmoid * TV.MultiplyAdd(x * slopeSingle, minus, TV.Create(1.0)), 50.0, TV.Create(1.0), -30.0, TV.Create(0.0));
        }

        TV s = SigmoidOfCubic(x, out TV k, out TV complement, out TV x2);
        TV slope = TV.MultiplyAdd(TV.Create(3.0 * GeluTanhC3High), x2, TV.Create(GeluTanhC1High)); // u'(x)
        TV r = TV.ScaleB(s * OnePlusProduct(x * slope, complement), k);
        {
            TV near = InInterval(x, -1.5, -0.35);
            if (TV.AnyTrue(near))
            {
                r = TV.Select(near, RootForm(x, GeluTanhRootHigh, GeluTanhRootLow, GeluTanhRootQuotient(x - TV.Create(GeluTanhCenter))), r);
            }
        }

        return Saturate(x, r, 50.0, TV.Create(1.0), -30.0, TV.Create(0.0));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV MishDerivative<TV>(TV x, bool single)
        where TV : struct, ISimdDouble<TV>
    {
        // e = e^−|x| = m·2^k. x >= 0: (1 − 2w) + x·4w(1 + e)/D, w = e²/D, D = 1 + 2e + 2e²;
        // x < 0: m·(4(1 + x) + (6 + 4x)·e + 4e² + e³)/(4 + 8e + 8e² + 4e³ + e⁴)·2^k (see ActivationMath.MishDerivative).
        TV one = TV.Create(1.0);
        TV four = TV.Create(4.0);
        TV eight = TV.Create(8.0);
        TV m = ExpNegativeParts(TV.Abs(x), out _, out TV k);
        TV e = TV.ScaleB(m, k);
        TV negative = TV.LessThan(x, TV.Create(0.0));
        TV e2 = e * e;
        TV ep4 = e + four;
        TV squared = TV.MultiplyAdd(TV.MultiplyAdd(TV.MultiplyAdd(ep4, e, eight), e, eight), e, four);
        TV inverse = one / TV.Select(negative, squared, (one + (e + e)) + (e2 + e2));
        TV w = e2 * inverse;
        TV positive = (one - (w + w)) + (x * ((w * four) * ((one + e) * inverse)));
        TV bracket = TV.MultiplyAdd(TV.MultiplyAdd(ep4, e, TV.MultiplyAdd(x, four, TV.Create(6.0))), e, four * (one + x));
        TV r = TV.Select(negative, TV.ScaleB((m * bracket) * inverse, k), positive);
        if (!single)
        {
            TV near = InInterval(x, -1.9, -0.7);
            if (TV.AnyTrue(near))
            {
                r = TV.Select(near, RootForm(x, MishRootHigh, MishRootLow, MishRootQuotient(x - TV.Create(MishCenter))), r);
            }
        }

        return Saturate(x, r, 40.0, one, -760.0, TV.Create(0.0));
    }

    // ---- building blocks ---------------------------------------------------------------------------

    /// <summary>x &gt; high ? above : x &lt; low ? below : value (NaN keeps value, which is NaN).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV Saturate<TV>(TV x, TV value, double high, TV above, double low, TV below)
        where TV : struct, ISimdDouble<TV>
        => TV.Select(TV.GreaterThan(x, TV.Create(high)), above, TV.Select(TV.LessThan(x, TV.Create(low)), below, value));

    /// <summary>Lanes with low ≤ x ≤ high.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV InInterval<TV>(TV x, double low, double high)
        where TV : struct, ISimdDouble<TV>
        => TV.And(TV.GreaterThanOrEqual(x, TV.Create(low)), TV.LessThanOrEqual(x, TV.Create(high)));

    /// <summary>(x − x0)·q with x0 = high + low: x − high is exact (Sterbenz, x within a factor 2 of x0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV RootForm<TV>(TV x, double high, double low, TV q)
        where TV : struct, ISimdDouble<TV>
        => ((x - TV.Create(high)) - TV.Create(low)) * q;

    /// <summary>1 + a·b with the product exact: one rounding.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV OnePlusProduct<TV>(TV a, TV b)
        where TV : struct, ISimdDouble<TV>
    {
        TV p = a * b;
        return (TV.Create(1.0) + p) + DoubleMath.ProductError(a, b, p);
    }

    /// <summary>a·b − p exactly for p = fl(a·b) in float lanes: one FMA, or Dekker's product without it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TF ProductError<TF, TD>(TF a, TF b, TF p)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        if (SimdOps.HasFusedMultiplyAdd)
        {
            return TF.MultiplyAdd(a, b, -p);
        }

        TF splitter = TF.Create(4097f); // 2^12 + 1
        TF sa = a * splitter;
        TF ah = sa - (sa - a);
        TF al = a - ah;
        TF sb = b * splitter;
        TF bh = sb - (sb - b);
        TF bl = b - bh;
        return ((((ah * bh) - p) + (ah * bl)) + (al * bh)) + (al * bl);
    }

    /// <summary>
    /// σ(z) = s·2^k with s within about 0.5 ULP (e^−|z| carried with its tail, the rounding of 1 + e
    /// and of the one division corrected), and σ(−z) as <paramref name="complement"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV SigmoidScaled<TV>(TV z, out TV k, out TV complement)
        where TV : struct, ISimdDouble<TV>
    {
        TV one = TV.Create(1.0);
        TV m = ExpNegativeParts(TV.Abs(z), out TV ml, out TV ke); // e^−|z| = (m + ml)·2^ke
        TV e = TV.ScaleB(m, ke);
        TV d = one + e;
        TV dl = ((one - d) + e) + TV.ScaleB(ml, ke);             // d + dl = 1 + e^−|z|

        // 1/(d + dl) and (m + ml)/(d + dl): q + ((n − q·d) + nl − q·dl)/d from one division.
        TV inverse = one / d;
        TV big = TV.MultiplyAdd(DoubleMath.QuotientResidual(one, inverse, d) - (inverse * dl), inverse, inverse);
        TV small = m * inverse;
        small = TV.MultiplyAdd(DoubleMath.QuotientResidual(m, small, d) + TV.MultiplyAdd(-small, dl, ml), inverse, small);

        TV negative = TV.LessThan(z, TV.Create(0.0));
        k = TV.And(negative, ke);
        complement = TV.Select(negative, big, TV.ScaleB(small, ke));
        return TV.Select(negative, small, big);
    }

    /// <summary>σ(z) and σ(−z) in plain double arithmetic (relative error ~1e-16): for float lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV SigmoidPlain<TV>(TV z, out TV complement)
        where TV : struct, ISimdDouble<TV>
    {
        TV one = TV.Create(1.0);
        TV r = DoubleMath.Reduce(-TV.Min(TV.Abs(z), TV.Create(760.0)), out TV k);
        TV e = TV.ScaleB(one + DoubleMath.Expm1Reduced<TV, AccuratePolynomial>(r), k);
        TV inverse = one / (one + e);
        TV small = e * inverse;
        TV negative = TV.LessThan(z, TV.Create(0.0));
        complement = TV.Select(negative, inverse, small);
        return TV.Select(negative, small, inverse);
    }

    /// <summary>
    /// σ(u) = s·2^k for gelu_tanh's u = C1·x + C3·x³, u carried as uh + ul (exact products, TwoSum)
    /// and σ(uh + ul) = σ(uh)·(1 + ul·σ(−uh)); σ(−u) as <paramref name="complement"/>, x² as <paramref name="x2"/>.
    /// Compiled once (not inlined): with its exact products it would exhaust the caller's inlining budget.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TV SigmoidOfCubic<TV>(TV x, out TV k, out TV complement, out TV x2)
        where TV : struct, ISimdDouble<TV>
    {
        TV c1 = TV.Create(GeluTanhC1High);
        TV c3 = TV.Create(GeluTanhC3High);
        x2 = x * x;
        TV x2l = DoubleMath.ProductError(x, x, x2);
        TV x3 = x2 * x;
        TV x3l = TV.MultiplyAdd(x2l, x, DoubleMath.ProductError(x2, x, x3));
        TV p1 = c1 * x;
        TV p1l = DoubleMath.ProductError(c1, x, p1);
        TV p3 = c3 * x3;
        TV p3l = DoubleMath.ProductError(c3, x3, p3);
        TV uh = p1 + p3;
        TV bb = uh - p1;
        TV sum = (p1 - (uh - bb)) + (p3 - bb); // TwoSum
        TV ul = sum + ((p1l + p3l) + TV.MultiplyAdd(TV.Create(GeluTanhC1Low), x, TV.MultiplyAdd(TV.Create(GeluTanhC3Low), x3, c3 * x3l)));

        TV s = SigmoidScaled(uh, out k, out TV c);
        complement = c - (c * (ul * (TV.Create(1.0) - c)));
        return TV.MultiplyAdd(s, ul * c, s);
    }

    /// <summary>
    /// e^−a = (m + ml)·2^k for a in [0, 760] (clamped; NaN stays NaN): m in [0.7, 1.42], ml its
    /// tail (the reduced argument's rounding included), k an integer.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static TV ExpNegativeParts<TV>(TV a, out TV ml, out TV k)
        where TV : struct, ISimdDouble<TV>
    {
        TV one = TV.Create(1.0);
        TV c = -TV.Min(a, TV.Create(760.0));
        TV magic = TV.Create(RoundMagic);
        k = TV.MultiplyAdd(c, TV.Create(Log2E), magic) - magic;
        TV rh = TV.MultiplyAdd(k, TV.Create(-Ln2Hi), c); // exact
        TV r = TV.MultiplyAdd(k, TV.Create(-Ln2Lo), rh);
        TV rl = TV.MultiplyAdd(k, TV.Create(-Ln2Lo), rh - r);
        TV s = one + r;
        TV rest = ((one - s) + r) + TV.MultiplyAdd(r * r, AccuratePolynomial.Evaluate(r), TV.MultiplyAdd(rl, r, rl));
        TV m = s + rest;
        ml = (s - m) + rest;
        return m;
    }

    // Silu: f'(x) = (x − x0)·Q(x) near its zero x0 = -1.2784645427610737 + -1.0946994183093437e-16; Q of degree 17 in h = x − (-1.4).
    private const double SiluRootHigh = -1.2784645427610737;
    private const double SiluRootLow = -1.0946994183093437e-16;
    private const double SiluCenter = -1.4;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV SiluRootQuotient<TV>(TV h)
        where TV : struct, ISimdDouble<TV>
    {
        TV q = TV.Create(1.8904211862694137e-09);
        q = TV.MultiplyAdd(q, h, TV.Create(2.3130498062592416e-10));
        q = TV.MultiplyAdd(q, h, TV.Create(-2.243747738970717e-08));
        q = TV.MultiplyAdd(q, h, TV.Create(-5.392360862035873e-08));
        q = TV.MultiplyAdd(q, h, TV.Create(9.465618874132186e-08));
        q = TV.MultiplyAdd(q, h, TV.Create(8.005976345075009e-07));
        q = TV.MultiplyAdd(q, h, TV.Create(1.1111876451481967e-06));
        q = TV.MultiplyAdd(q, h, TV.Create(-5.243660977332841e-06));
        q = TV.MultiplyAdd(q, h, TV.Create(-2.4591091905327284e-05));
        q = TV.MultiplyAdd(q, h, TV.Create(-1.0939992716047032e-05));
        q = TV.MultiplyAdd(q, h, TV.Create(0.0002104527011288188));
        q = TV.MultiplyAdd(q, h, TV.Create(0.0006279366590394282));
        q = TV.MultiplyAdd(q, h, TV.Create(-0.00039474299826716095));
        q = TV.MultiplyAdd(q, h, TV.Create(-0.006518810740716389));
        q = TV.MultiplyAdd(q, h, TV.Create(-0.01201941085116238));
        q = TV.MultiplyAdd(q, h, TV.Create(0.02383981442187272));
        q = TV.MultiplyAdd(q, h, TV.Create(0.14143377875297122));
        q = TV.MultiplyAdd(q, h, TV.Create(0.2002933596949154));
        return q;
    }

    // Gelu: f'(x) = (x − x0)·Q(x) near its zero x0 = -0.7517915246935645 + 1.4956759177009883e-17; Q of degree 16 in h = x − (-0.921875).
    private const double GeluRootHigh = -0.7517915246935645;
    private const double GeluRootLow = 1.4956759177009883e-17;
    private const double GeluCenter = -0.921875;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV GeluRootQuotient<TV>(TV h)
        where TV : struct, ISimdDouble<TV>
    {
        TV q = TV.Create(-2.231830588870319e-08);
        q = TV.MultiplyAdd(q, h, TV.Create(7.42951672983948e-08));
        q = TV.MultiplyAdd(q, h, TV.Create(4.5933287488196307e-07));
        q = TV.MultiplyAdd(q, h, TV.Create(-8.326111530246079e-07));
        q = TV.MultiplyAdd(q, h, TV.Create(-7.252213701936401e-06));
        q = TV.MultiplyAdd(q, h, TV.Create(4.5737211124253e-06));
        q = TV.MultiplyAdd(q, h, TV.Create(9.220924231860694e-05));
        q = TV.MultiplyAdd(q, h, TV.Create(3.0439465000426003e-05));
        q = TV.MultiplyAdd(q, h, TV.Create(-0.0009120497215738754));
        q = TV.MultiplyAdd(q, h, TV.Create(-0.001085102467448712));
        q = TV.MultiplyAdd(q, h, TV.Create(0.006540970937328569));
        q = TV.MultiplyAdd(q, h, TV.Create(0.013650565351582062));
        q = TV.MultiplyAdd(q, h, TV.Create(-0.02897922336408268));
        q = TV.MultiplyAdd(q, h, TV.Create(-0.09884629248896878));
        q = TV.MultiplyAdd(q, h, TV.Create(0.036516726009381634));
        q = TV.MultiplyAdd(q, h, TV.Create(0.38494944065906656));
        q = TV.MultiplyAdd(q, h, TV.Create(0.3654725862729125));
        return q;
    }

    // GeluTanh: f'(x) = (x − x0)·Q(x) near its zero x0 = -0.7524614220710163 + 3.635560509207687e-17; Q of degree 19 in h = x − (-0.921875).
    private const double GeluTanhRootHigh = -0.7524614220710163;
    private const double GeluTanhRootLow = 3.635560509207687e-17;
    private const double GeluTanhCenter = -0.921875;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV GeluTanhRootQuotient<TV>(TV h)
        where TV : struct, ISimdDouble<TV>
    {
        TV q = TV.Create(1.635193312761937e-08);
        q = TV.MultiplyAdd(q, h, TV.Create(5.2816940782812375e-08));
        q = TV.MultiplyAdd(q, h, TV.Create(-9.957536190511331e-08));
        q = TV.MultiplyAdd(q, h, TV.Create(-4.7070868517099896e-07));
        q = TV.MultiplyAdd(q, h, TV.Create(4.0441838898756164e-07));
        q = TV.MultiplyAdd(q, h, TV.Create(3.1992850282854458e-06));
        q = TV.MultiplyAdd(q, h, TV.Create(-1.481883925396548e-06));
        q = TV.MultiplyAdd(q, h, TV.Create(-2.1172474649356467e-05));
        q = TV.MultiplyAdd(q, h, TV.Create(5.5950508419952085e-06));
        q = TV.MultiplyAdd(q, h, TV.Create(0.00015328015181695055));
        q = TV.MultiplyAdd(q, h, TV.Create(1.802067266889893e-05));
        q = TV.MultiplyAdd(q, h, TV.Create(-0.0011487092112543106));
        q = TV.MultiplyAdd(q, h, TV.Create(-0.0009730976055884827));
        q = TV.MultiplyAdd(q, h, TV.Create(0.0073044141108096145));
        q = TV.MultiplyAdd(q, h, TV.Create(0.01314954188426394));
        q = TV.MultiplyAdd(q, h, TV.Create(-0.0306717762581269));
        q = TV.MultiplyAdd(q, h, TV.Create(-0.0976070731730646));
        q = TV.MultiplyAdd(q, h, TV.Create(0.03838086944063102));
        q = TV.MultiplyAdd(q, h, TV.Create(0.38345468307551556));
        q = TV.MultiplyAdd(q, h, TV.Create(0.3648339540504798));
        return q;
    }

    // Mish: f'(x) = (x − x0)·Q(x) near its zero x0 = -1.1924312145154952 + -4.8484829848031044e-17; Q of degree 19 in h = x − (-1.296875).
    private const double MishRootHigh = -1.1924312145154952;
    private const double MishRootLow = -4.8484829848031044e-17;
    private const double MishCenter = -1.296875;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV MishRootQuotient<TV>(TV h)
        where TV : struct, ISimdDouble<TV>
    {
        TV q = TV.Create(1.7732339370721231e-09);
        q = TV.MultiplyAdd(q, h, TV.Create(-8.582700549835017e-09));
        q = TV.MultiplyAdd(q, h, TV.Create(-4.413560821664746e-08));
        q = TV.MultiplyAdd(q, h, TV.Create(-4.857494530929655e-08));
        q = TV.MultiplyAdd(q, h, TV.Create(1.7881183314502536e-07));
        q = TV.MultiplyAdd(q, h, TV.Create(8.909753212392437e-07));
        q = TV.MultiplyAdd(q, h, TV.Create(1.4459089503832018e-06));
        q = TV.MultiplyAdd(q, h, TV.Create(-1.983159910648316e-06));
        q = TV.MultiplyAdd(q, h, TV.Create(-1.6439187406127637e-05));
        q = TV.MultiplyAdd(q, h, TV.Create(-3.609781266013767e-05));
        q = TV.MultiplyAdd(q, h, TV.Create(5.954229683492146e-06));
        q = TV.MultiplyAdd(q, h, TV.Create(0.0002694326687559151));
        q = TV.MultiplyAdd(q, h, TV.Create(0.0007679519682277528));
        q = TV.MultiplyAdd(q, h, TV.Create(0.00044908446356869085));
        q = TV.MultiplyAdd(q, h, TV.Create(-0.0038351873499426602));
        q = TV.MultiplyAdd(q, h, TV.Create(-0.013924667913355239));
        q = TV.MultiplyAdd(q, h, TV.Create(-0.014049700034917035));
        q = TV.MultiplyAdd(q, h, TV.Create(0.04726409986692633));
        q = TV.MultiplyAdd(q, h, TV.Create(0.19538386471278466));
        q = TV.MultiplyAdd(q, h, TV.Create(0.2460434140862625));
        return q;
    }
}
