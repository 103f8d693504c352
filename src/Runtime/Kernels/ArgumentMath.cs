using System.Runtime.CompilerServices;

namespace Activations.Kernels;

/// <summary>
/// A scaled argument u = fl(x·(high + low)) and its rounding error over SIMD lanes, as the scalar
/// <c>ActivationMath.ScaleArgument</c>/<c>ScaleArgumentError</c> (see there why generated code
/// evaluates f(u) + r·f'(u) for a kind at β·x or x / T). Branch-free: every width computes the same bits.
/// </summary>
internal static class ArgumentMath
{
    /// <summary>fl(x·(high + low)) on double lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV ScaleArgument<TV>(TV x, double high, double low)
        where TV : struct, ISimdDouble<TV>
        => Parts(x, high, low, out _);

    /// <summary>x·(high + low) − fl(x·(high + low)) on double lanes; 0 for NaN, ±∞ and products beyond 1e300.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV ScaleArgumentError<TV>(TV x, double high, double low)
        where TV : struct, ISimdDouble<TV>
    {
        Parts(x, high, low, out TV error);
        return error;
    }

    /// <summary>softplus(β·x)/β on double lanes (the product rounded, then the quotient).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV ScaledSoftplus<TV>(TV x, double beta)
        where TV : struct, ISimdDouble<TV>
    {
        TV b = TV.Create(beta);
        return DoubleMath.Softplus(x * b) / b;
    }

    /// <summary>softplus(β·x)/β on float lanes: in double lanes (errors near 2^−50), rounded once to float.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF ScaledSoftplus<TF, TD>(TF x, double beta)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        TF.Widen(x, out TD lower, out TD upper);
        return TF.Narrow(ScaledSoftplus(lower, beta), ScaledSoftplus(upper, beta));
    }

    /// <summary>fl(x·(high + low)) on float lanes, the product formed in double.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF ScaleArgument<TF, TD>(TF x, double high, double low)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        TF.Widen(x, out TD lower, out TD upper);
        return TF.Narrow(Wide(lower, high, low), Wide(upper, high, low));
    }

    /// <summary>The float argument's rounding error; 0 for NaN and where the float argument is ±∞.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF ScaleArgumentError<TF, TD>(TF x, double high, double low)
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        TF.Widen(x, out TD lower, out TD upper);
        TD vl = Wide(lower, high, low), vu = Wide(upper, high, low);
        TF u = TF.Narrow(vl, vu);
        TF.Widen(u, out TD ul, out TD uu);
        TF error = TF.Narrow(vl - ul, vu - uu);
        return TF.And(TF.LessThan(TF.Abs(u), TF.Create(float.PositiveInfinity)), error);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TD Wide<TD>(TD x, double high, double low)
        where TD : struct, ISimdDouble<TD>
        => TD.MultiplyAdd(x, TD.Create(high), x * TD.Create(low));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV Parts<TV>(TV x, double high, double low, out TV error)
        where TV : struct, ISimdDouble<TV>
    {
        TV h = TV.Create(high);
        TV p = x * h;
        TV t = (x * TV.Create(low)) - DoubleMath.QuotientResidual(p, x, h); // p − x·high, exact
        TV u = p + t;
        TV inRange = TV.LessThanOrEqual(TV.Abs(p), TV.Create(1e300));
        error = TV.And(inRange, (p - u) + t);
        return TV.Select(inRange, u, p);
    }
}
