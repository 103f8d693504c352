using System.Globalization;
using Activations.Samples.Plotting;

namespace Activations.Samples.Plots;

/// <summary>The Plots sample: writes the pictures and prints what they show.</summary>
public static class PlotsSample
{
    /// <summary>Writes every picture into <paramref name="directory"/> and prints a summary to <paramref name="writer"/>.</summary>
    public static PlotReport Run(string directory, TextWriter writer)
    {
        PlotReport report = ActivationPlots.WriteAll(directory);
        Print(report, writer);
        return report;
    }

    /// <summary>Prints the numbers behind the pictures and the files written.</summary>
    public static void Print(PlotReport report, TextWriter writer)
    {
        IFormatProvider c = CultureInfo.InvariantCulture;
        writer.WriteLine("Sigmoid error in ULP over x in [-100, 100] (reference: double, stable formula, rounded to float):");
        foreach (UlpSeries series in report.Ulp.Series)
        {
            writer.WriteLine(string.Format(c, "  {0,-34} max {1,9:N0} ULP (at x = {2,8:F3}), exact at {3,7:P2} of x", series.Name, series.MaxUlp, series.WorstX, series.ExactFraction));
        }

        VanishingGradientReport g = report.Gradients;
        writer.WriteLine();
        writer.WriteLine("Mean gradient norm ‖∂L/∂z‖ at the last layer and at the first:");
        writer.WriteLine(string.Format(c, "  sigmoid {0:0.00e+00} at layer {1} -> {2:0.00e+00} at layer 1  (x {3:0.0e+00})", g.Sigmoid[^1], g.Sigmoid.Length, g.Sigmoid[0], g.Sigmoid[0] / g.Sigmoid[^1]));
        writer.WriteLine(string.Format(c, "  ReLU    {0:0.00e+00} at layer {1} -> {2:0.00e+00} at layer 1  (x {3:0.0e+00})", g.Relu[^1], g.Relu.Length, g.Relu[0], g.Relu[0] / g.Relu[^1]));
        writer.WriteLine();
        writer.WriteLine($"Plots written to {report.Directory}:");
        foreach (string file in report.Files)
        {
            writer.WriteLine("  " + Path.GetFileName(file));
        }
    }
}
