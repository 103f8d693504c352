using Xunit.Abstractions;

namespace Activations.Tests.Infrastructure;

/// <summary>
/// ULP distance as tests/reference/README.md defines it: the expected value is the exact value
/// rounded to the type; the distance is the number of representable values between it and the
/// result (subnormals count in units of the smallest subnormal; +0 and −0 are the same point).
/// NaN expected: 0 if the result is NaN, otherwise <see cref="long.MaxValue"/> (and vice versa).
/// </summary>
public static class Ulp
{
    public static long Distance(double expected, double actual)
    {
        if (double.IsNaN(expected) || double.IsNaN(actual))
        {
            return double.IsNaN(expected) && double.IsNaN(actual) ? 0 : long.MaxValue;
        }

        return Math.Abs(Ordinal(expected) - Ordinal(actual));
    }

    public static long Distance(float expected, float actual)
    {
        if (float.IsNaN(expected) || float.IsNaN(actual))
        {
            return float.IsNaN(expected) && float.IsNaN(actual) ? 0 : long.MaxValue;
        }

        return Math.Abs(Ordinal(expected) - Ordinal(actual));
    }

    // Maps the floats monotonically onto consecutive integers (−0 and +0 both to 0).
    private static long Ordinal(double v)
    {
        long bits = BitConverter.DoubleToInt64Bits(v);
        return bits < 0 ? -(bits & long.MaxValue) : bits;
    }

    private static long Ordinal(float v)
    {
        int bits = BitConverter.SingleToInt32Bits(v);
        return bits < 0 ? -(long)(bits & int.MaxValue) : bits;
    }
}

/// <summary>Collects the worst ULP error of a set of results and explains it on failure.</summary>
public sealed class UlpReport
{
    private readonly string _name;

    public UlpReport(string name) => _name = name;

    public long Max { get; private set; }

    public int Count { get; private set; }

    public string Worst { get; private set; } = "none";

    public void Add(string x, double expected, double actual)
    {
        Count++;
        long d = Ulp.Distance(expected, actual);
        if (d > Max || Count == 1)
        {
            Max = Math.Max(Max, d);
            Worst = $"x = {x}: expected {expected:R}, got {actual:R} ({(d == long.MaxValue ? "NaN mismatch" : d + " ULP")})";
        }
    }

    public void Add(string x, float expected, float actual)
    {
        Count++;
        long d = Ulp.Distance(expected, actual);
        if (d > Max || Count == 1)
        {
            Max = Math.Max(Max, d);
            Worst = $"x = {x}: expected {expected:R}, got {actual:R} ({(d == long.MaxValue ? "NaN mismatch" : d + " ULP")})";
        }
    }

    public override string ToString() => $"{_name}: max {Max} ULP over {Count} values; worst {Worst}";

    /// <summary>Asserts the bound, and that something was measured at all.</summary>
    public void AssertAtMost(long bound, ITestOutputHelper? output = null)
    {
        output?.WriteLine(ToString());
        Assert.True(Count > 0, $"{_name}: no values compared.");
        Assert.True(Max <= bound, $"{ToString()} (bound {bound} ULP)");
    }
}
