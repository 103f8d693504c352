using System.Diagnostics;
using System.Globalization;
using System.Numerics.Tensors;
using System.Reflection;
using System.Runtime.Intrinsics;
using Activations.Samples.Plotting;

namespace Activations.Samples.QuickStart;

/// <summary>One row of the timing table: the median of the repetitions, in milliseconds.</summary>
public sealed record TimingRow(string Name, double MedianMilliseconds, double NanosecondsPerElement);

/// <summary>What the QuickStart measured and wrote.</summary>
public sealed record QuickStartResult(IReadOnlyList<TimingRow> Timings, GpuStepResult Gpu, PlotReport Plots);

/// <summary>The QuickStart sample, callable from a test.</summary>
public static class QuickStartSample
{
    /// <summary>
    /// Prints the value and derivative tables, times <paramref name="timingLength"/> floats
    /// <paramref name="repetitions"/> times per implementation, runs the generated GPU kernels on
    /// <paramref name="gpuElements"/> floats (see <see cref="GpuStep"/>) and writes the plots into
    /// <paramref name="plotDirectory"/>.
    /// </summary>
    public static QuickStartResult Run(string plotDirectory, TextWriter writer, int timingLength = 1 << 20, int repetitions = 9, int gpuElements = 1 << 24)
    {
        writer.WriteLine("Activations QuickStart: [Activation(\"sigmoid\", Clip = 500)] on a float method");
        writer.WriteLine();
        PrintValues(writer);
        writer.WriteLine();
        IReadOnlyList<TimingRow> timings = Time(writer, timingLength, repetitions);
        writer.WriteLine();
        GpuStepResult gpu = GpuStep.Run(writer, gpuElements);
        writer.WriteLine();
        PlotReport plots = ActivationPlots.WriteAll(plotDirectory);
        writer.WriteLine($"Plots (PNG and SVG) written to {plots.Directory}:");
        foreach (string file in plots.Files.Where(f => f.EndsWith(".png", StringComparison.Ordinal)))
        {
            writer.WriteLine("  " + Path.GetFileName(file));
        }

        writer.WriteLine("dotnet run --project samples/Plots prints the numbers behind them.");
        return new QuickStartResult(timings, gpu, plots);
    }

    /// <summary>The generated forward and derivative next to the naive formulas, at the inputs where those fail.</summary>
    public static void PrintValues(TextWriter writer)
    {
        IFormatProvider c = CultureInfo.InvariantCulture;
        writer.WriteLine("Forward, float. Naive formulas fail in the tails:");
        writer.WriteLine(string.Format(c, "{0,8} | {1,18} | {2,14} | {3,14}", "x", "exp(x)/(1+exp(x))", "1/(1+exp(-x))", "generated"));
        foreach (float x in new[] { -100f, -90f, -20f, 0f, 20f, 88f, 89f, 1000f, float.NaN })
        {
            writer.WriteLine(string.Format(c, "{0,8} | {1,18:G9} | {2,14:G9} | {3,14:G9}", x, Naive.RatioSigmoid(x), Naive.Sigmoid(x), Gates.Sigmoid(x)));
        }

        writer.WriteLine();
        writer.WriteLine("Derivative, float. The textbook σ(1-σ) returns 0 once σ rounds to 1:");
        writer.WriteLine(string.Format(c, "{0,8} | {1,14} | {2,14}", "x", "s*(1-s)", "generated"));
        foreach (float x in new[] { -30f, -10f, 0f, 10f, 17f, 30f, 80f })
        {
            writer.WriteLine(string.Format(c, "{0,8} | {1,14:G9} | {2,14:G9}", x, Naive.SigmoidDerivative(x), Gates.SigmoidDerivative(x)));
        }

        writer.WriteLine();
        writer.WriteLine("Double precision, with Temperature = 2 (σ(x/2)):");
        foreach (double x in new[] { -1500.0, -1490.0, 0.0, 80.0 })
        {
            writer.WriteLine(string.Format(c, "  Smooth({0}) = {1:R}   SmoothDerivative({0}) = {2:R}", x, Gates.Smooth(x), Gates.SmoothDerivative(x)));
        }

        // Spans: SIMD forward and the chain-rule backward of a training step.
        float[] logits = Enumerable.Range(-4, 9).Select(i => i * 2.5f).ToArray();
        float[] activations = new float[logits.Length];
        float[] upstream = Enumerable.Repeat(1f, logits.Length).ToArray();
        float[] gradient = new float[logits.Length];
        Gates.Sigmoid(logits, activations);
        Gates.SigmoidBackward(logits, upstream, gradient);
        writer.WriteLine();
        writer.WriteLine("Spans (SIMD):");
        writer.WriteLine("  x        = " + string.Join(", ", logits.Select(v => v.ToString("G4", c))));
        writer.WriteLine("  σ(x)     = " + string.Join(", ", activations.Select(v => v.ToString("G4", c))));
        writer.WriteLine("  backward = " + string.Join(", ", gradient.Select(v => v.ToString("G4", c))));
    }

    /// <summary>
    /// Times the generated span sigmoid, a scalar loop over the generated scalar sigmoid and
    /// TensorPrimitives.Sigmoid with a Stopwatch, and prints the medians. Indicative only.
    /// </summary>
    public static IReadOnlyList<TimingRow> Time(TextWriter writer, int length, int repetitions)
    {
        IFormatProvider c = CultureInfo.InvariantCulture;
        var random = new Random(1);
        float[] x = Enumerable.Range(0, length).Select(_ => (float)((random.NextDouble() * 20) - 10)).ToArray();
        float[] y = new float[length];

        (string Name, Action Body)[] candidates =
        [
            ("loop of y[i] = Gates.Sigmoid(x[i])", () =>
            {
                for (int i = 0; i < x.Length; i++)
                {
                    y[i] = Gates.Sigmoid(x[i]);
                }
            }),
            ("Gates.Sigmoid(x, y): generated span", () => Gates.Sigmoid(x, y)),
            ("TensorPrimitives.Sigmoid(x, y)", () => TensorPrimitives.Sigmoid(x, y)),
        ];

        var rows = new List<TimingRow>();
        foreach ((string name, Action body) in candidates)
        {
            // Warm up (JIT, caches), then time each repetition separately and keep the median.
            body();
            body();
            double[] milliseconds = new double[repetitions];
            for (int r = 0; r < repetitions; r++)
            {
                long start = Stopwatch.GetTimestamp();
                body();
                milliseconds[r] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }

            Array.Sort(milliseconds);
            double median = milliseconds[repetitions / 2];
            rows.Add(new TimingRow(name, median, median * 1e6 / length));
        }

        double loop = rows[0].MedianMilliseconds;
        writer.WriteLine(string.Format(c, "Timing, sigmoid of {0:N0} floats: median of {1} runs, Stopwatch, {2}.", length, repetitions, SimdDescription()));
        writer.WriteLine("Indicative only: BenchmarkDotNet (benchmarks/) gives the real numbers.");
        if (IsUnoptimized())
        {
            writer.WriteLine("(Debug build: JIT optimizations are off; run with -c Release for meaningful numbers.)");
        }

        writer.WriteLine(string.Format(c, "  {0,-38} {1,10} {2,12} {3,10}", "implementation", "median ms", "ns/element", "vs loop"));
        foreach (TimingRow row in rows)
        {
            writer.WriteLine(string.Format(c, "  {0,-38} {1,10:F3} {2,12:F3} {3,9:F1}x", row.Name, row.MedianMilliseconds, row.NanosecondsPerElement, loop / row.MedianMilliseconds));
        }

        writer.WriteLine("  TensorPrimitives.Sigmoid computes 1/(1+e^-x): it returns 0 below x = -88.7, where σ(x) is a");
        writer.WriteLine("  subnormal float (sigmoid-ulp-error.png); the generated code stays within 1 ULP over [-100, 100].");
        return rows;
    }

    private static string SimdDescription()
    {
        string width = Vector512.IsHardwareAccelerated ? "Vector512"
            : Vector256.IsHardwareAccelerated ? "Vector256"
            : Vector128.IsHardwareAccelerated ? "Vector128"
            : "no SIMD";
        return width + ", " + Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture) + " cores";
    }

    // True when the generated code or the runtime library was compiled without optimizations (Debug).
    private static bool IsUnoptimized() =>
        new[] { typeof(Gates).Assembly, typeof(ActivationMath).Assembly }
            .Any(a => a.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true);
}
