using System.Globalization;

namespace Activations.Integration.Tests;

/// <summary>ULP distances against exact values, as tests/reference/README.md defines them.</summary>
internal static class Ulp
{
    /// <summary>ULPs between <paramref name="actual"/> and the exact value rounded to float.</summary>
    public static double Single(float actual, string exact) => Between(actual, float.Parse(exact, CultureInfo.InvariantCulture));

    /// <summary>ULPs between <paramref name="actual"/> and the exact value rounded to double.</summary>
    public static double Double(double actual, string exact) => Between(actual, double.Parse(exact, CultureInfo.InvariantCulture));

    public static double Between(float a, float b)
    {
        if (float.IsNaN(a) || float.IsNaN(b))
        {
            return float.IsNaN(a) && float.IsNaN(b) ? 0 : double.PositiveInfinity;
        }

        return Math.Abs((double)Ordered(a) - Ordered(b));
    }

    public static double Between(double a, double b)
    {
        if (double.IsNaN(a) || double.IsNaN(b))
        {
            return double.IsNaN(a) && double.IsNaN(b) ? 0 : double.PositiveInfinity;
        }

        return (double)Math.Abs(Ordered(a) - Ordered(b));
    }

    // Maps the bits to integers that are ordered like the values, with +0 and -0 equal.
    private static long Ordered(float value)
    {
        int bits = BitConverter.SingleToInt32Bits(value);
        return bits < 0 ? int.MinValue - (long)bits : bits;
    }

    private static decimal Ordered(double value)
    {
        long bits = BitConverter.DoubleToInt64Bits(value);
        return bits < 0 ? (decimal)long.MinValue - bits : bits;
    }
}

/// <summary>The reference rows (function, x, y, dy) of tests/reference/activations.csv.</summary>
internal static class Reference
{
    public static IReadOnlyList<(string X, string Y, string Dy)> Rows(string function) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "reference", "activations.csv"))
            .Skip(1)
            .Select(line => line.Split(','))
            .Where(f => f[0] == function)
            .Select(f => (f[1], f[2], f[3]))
            .ToList();

    public static string CsvPath => Path.Combine(AppContext.BaseDirectory, "reference", "activations.csv");
}
