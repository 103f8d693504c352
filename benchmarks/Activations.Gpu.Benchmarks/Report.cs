using System.Text;

namespace Activations.Gpu.Benchmarks;

/// <summary>Lines printed as they come and kept for the markdown file.</summary>
internal sealed class Report
{
    private readonly StringBuilder text = new();

    public void Line(string line = "")
    {
        Console.WriteLine(line);
        text.AppendLine(line);
    }

    public override string ToString() => text.ToString();
}

/// <summary>Distances in units in the last place (the reference's definition: +0 and −0 coincide, NaN only matches NaN).</summary>
internal static class Ulp
{
    public static long Distance(double expected, double actual) =>
        double.IsNaN(expected) || double.IsNaN(actual)
            ? (double.IsNaN(expected) && double.IsNaN(actual) ? 0 : long.MaxValue)
            : Math.Abs(Ordinal(BitConverter.DoubleToInt64Bits(expected)) - Ordinal(BitConverter.DoubleToInt64Bits(actual)));

    public static long Distance(float expected, float actual) =>
        float.IsNaN(expected) || float.IsNaN(actual)
            ? (float.IsNaN(expected) && float.IsNaN(actual) ? 0 : long.MaxValue)
            : Math.Abs(Ordinal(BitConverter.SingleToInt32Bits(expected)) - Ordinal(BitConverter.SingleToInt32Bits(actual)));

    private static long Ordinal(long bits) => bits < 0 ? -(bits & long.MaxValue) : bits;

    private static long Ordinal(int bits) => bits < 0 ? -(long)(bits & int.MaxValue) : bits;
}
