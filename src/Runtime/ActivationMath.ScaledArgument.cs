using System;
using System.Runtime.CompilerServices;

namespace Activations;

public static partial class ActivationMath
{
    // ----------------------------------------------------------------------------------------
    // Scaled arguments
    //
    // A kind evaluated at c·x (swish's β, softplus's β) or x / T (Temperature) sees the product's
    // rounding error amplified by the function's condition number |u·f'(u)/f(u)|, which grows like
    // |u| in the exponential tails (30 ULP for x·σ(1.5·x) at x = −30) and like u² for gelu. The
    // generated code therefore forms u = fl(x·c) with these helpers, the constant c given to twice
    // double precision (high + low: 1/T is not a double), together with the rounding error
    // r = x·c − u, and evaluates f(u) + r·f'(u). Only plain arithmetic: usable in ILGPU kernels.
    // ----------------------------------------------------------------------------------------

    /// <summary>x·(high + low) rounded to double: the argument of a kind evaluated at a scaled input (generated code).</summary>
    /// <param name="x">The input.</param>
    /// <param name="high">The constant factor, rounded to double.</param>
    /// <param name="low">The constant's remainder (0 for a factor that is a double).</param>
    /// <returns>The rounded product (NaN and ±∞ as the plain product gives them).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ScaleArgument(double x, double high, double low) => ScaleArgumentParts(x, high, low, out _);

    /// <summary>x·(high + low) − <see cref="ScaleArgument(double, double, double)"/>: the rounding error of the scaled argument, to about 2^−106 relative.</summary>
    /// <param name="x">The input.</param>
    /// <param name="high">The constant factor, rounded to double.</param>
    /// <param name="low">The constant's remainder (0 for a factor that is a double).</param>
    /// <returns>The rounding error; 0 for NaN, ±∞ and products beyond 1e300 (where no function needs it).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ScaleArgumentError(double x, double high, double low)
    {
        ScaleArgumentParts(x, high, low, out double error);
        return error;
    }

    /// <summary>x·(high + low) rounded to float (the product formed in double): the argument of a kind evaluated at a scaled input (generated code).</summary>
    /// <param name="x">The input.</param>
    /// <param name="high">The constant factor, rounded to double.</param>
    /// <param name="low">The constant's remainder (0 for a factor that is a double).</param>
    /// <returns>The rounded product (NaN and ±∞ as the plain product gives them).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float ScaleArgument(float x, double high, double low) => (float)((x * high) + (x * low));

    /// <summary>x·(high + low) − <see cref="ScaleArgument(float, double, double)"/>: the rounding error of the float argument.</summary>
    /// <param name="x">The input.</param>
    /// <param name="high">The constant factor, rounded to double.</param>
    /// <param name="low">The constant's remainder (0 for a factor that is a double).</param>
    /// <returns>The rounding error (relative error 2^−29 or better); 0 for NaN and where the float argument is ±∞.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float ScaleArgumentError(float x, double high, double low)
    {
        double v = (x * high) + (x * low);
        float u = (float)v;
        return Math.Abs(u) <= float.MaxValue ? (float)(v - u) : 0f;
    }

    /// <summary>
    /// softplus(β·x)/β for a float softplus kind at a β that is not a power of two (generated code):
    /// computed in double and rounded once, within 1 ULP (rounding softplus(β·x) to float and then
    /// dividing would round twice: 2 ULP).
    /// </summary>
    /// <param name="x">The input.</param>
    /// <param name="beta">β.</param>
    /// <returns>softplus(β·x)/β; +∞ for +∞, 0 for −∞, NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float ScaledSoftplus(float x, double beta) => (float)(Softplus(x * beta) / beta);

    /// <summary>softplus(β·x)/β in double (the product rounded, then the quotient): the double counterpart of <see cref="ScaledSoftplus(float, double)"/>.</summary>
    /// <param name="x">The input.</param>
    /// <param name="beta">β.</param>
    /// <returns>softplus(β·x)/β; +∞ for +∞, 0 for −∞, NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ScaledSoftplus(double x, double beta) => Softplus(x * beta) / beta;

    private static double ScaleArgumentParts(double x, double high, double low, out double error)
    {
        double p = x * high;
        if (!(Math.Abs(p) <= 1e300))
        {
            error = 0.0; // NaN, ±∞ or beyond: every function is saturated there
            return p;
        }

        // x·high = p − (p − x·high), the residual exact; u = fl(x·high + x·low) and its error.
        double t = (x * low) - ProductResidual(p, x, high);
        double u = p + t;
        error = (p - u) + t;
        return u;
    }
}
