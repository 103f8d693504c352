using System.Globalization;

namespace Activations.Integration.Tests;

/// <summary>ULP distances against exact values, as tests/reference/README.md defines them.</summary>
internal static class Ulp
{
    /// <summary>ULPs between <paramref name="actual"/> and the exact value rounded to float.</summary>
    public static double Single(float actual, string exact) => Between(actual, float.Parse(exact, CultureInfo.InvariantCulture));

    /// <summary>ULPs between <paramref name="actual"/> and the exact value rounded to double.</summary>
    public static double Double(double actual, string exact) => Between(actual, double.Parse(exact, CultureInfo.InvariantCulture));

    // One definition of the distance for the whole test suite: tests/Activations.Tests/Infrastructure/Ulp.cs.
    public static double Between(float a, float b) => Activations.Tests.Infrastructure.Ulp.Distance(b, a);

    public static double Between(double a, double b) => Activations.Tests.Infrastructure.Ulp.Distance(b, a);
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
