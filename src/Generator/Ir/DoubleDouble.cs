namespace Activations.Generator.Ir;

/// <summary>Error-free arithmetic on constants at generation time (netstandard2.0 has no FMA): Dekker's product.</summary>
internal static class DoubleDouble
{
    /// <summary>1/c − high for high = fl(1/c), to about 2^−106 relative: (1 − high·c)/c with high·c formed exactly.</summary>
    public static double ReciprocalRemainder(double c, double high)
    {
        double product = high * c;
        double error = ProductError(high, c, product);
        return ((1 - product) - error) / c; // 1 − product is exact (Sterbenz)
    }

    /// <summary>a·b − p exactly, for p = fl(a·b) and |a|, |b| well inside the exponent range.</summary>
    private static double ProductError(double a, double b, double p)
    {
        Split(a, out double ah, out double al);
        Split(b, out double bh, out double bl);
        return (((ah * bh) - p) + (ah * bl) + (al * bh)) + (al * bl);
    }

    private static void Split(double a, out double high, out double low)
    {
        double t = 134217729.0 * a; // 2^27 + 1
        high = t - (t - a);
        low = a - high;
    }
}
