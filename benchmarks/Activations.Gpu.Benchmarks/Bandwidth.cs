using System.Diagnostics;
using Activations.Kinds.Tests;
using ILGPU;
using ILGPU.Runtime;

namespace Activations.Gpu.Benchmarks;

/// <summary>
/// Forward kernels on one large buffer, in GB/s counting the bytes read and written (2 × 4 bytes
/// per float), against a plain copy kernel launched the same way (auto-grouped, one thread per
/// element, default stream). Each kernel is launched a few times to warm up, then timed launch by
/// launch (launch + synchronize, host clock); the median is reported.
/// </summary>
internal static class Bandwidth
{
    public static void Run(Accelerator accelerator, long elements, int iterations, Report report)
    {
        if (elements > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(elements), "at most 2^31 − 1 elements (Index1D)");
        }

        int n = (int)elements;
        using MemoryBuffer1D<float, Stride1D.Dense> x = accelerator.Allocate1D<float>(n);
        using MemoryBuffer1D<float, Stride1D.Dense> y = accelerator.Allocate1D<float>(n);
        using MemoryBuffer1D<double, Stride1D.Dense> xd = accelerator.Allocate1D<double>(n / 2);
        using MemoryBuffer1D<double, Stride1D.Dense> yd = accelerator.Allocate1D<double>(n / 2);
        var fill = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>>(Fill);
        var fillDouble = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<double>>(Fill);
        var copy = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>, ArrayView<float>>(Copy);
        var copyDouble = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<double>, ArrayView<double>>(Copy);
        fill(n, x.View);
        fillDouble(n / 2, xd.View);
        accelerator.Synchronize();

        report.Line($"## Forward kernels on {n:N0} floats ({n * 4.0 / (1 << 30):F2} GiB in, the same out), median of {iterations} launches");
        report.Line();
        report.Line("| kernel | median time | GB/s (read + write) | of copy |");
        report.Line("| --- | ---: | ---: | ---: |");
        double copySeconds = Median(accelerator, iterations, () => copy(n, x.View, y.View));
        Row(report, "copy (y[i] = x[i])", copySeconds, copySeconds, n * 8.0);
        foreach ((string name, Launch<float> launch) in new (string, Launch<float>)[]
        {
            ("sigmoid", F.Sigmoid), ("sigmoid (Fast)", F.SigmoidFast), ("gelu", F.Gelu), ("gelu_tanh", F.GeluTanh),
            ("tanh", F.Tanh), ("silu", F.Silu), ("mish", F.Mish), ("softplus", F.Softplus), ("relu", F.Relu),
        })
        {
            Row(report, name, Median(accelerator, iterations, () => launch(accelerator, x.View, y.View)), copySeconds, n * 8.0);
        }

        Row(report, "sigmoid derivative", Median(accelerator, iterations, () => F.SigmoidDerivative(accelerator, x.View, y.View)), copySeconds, n * 8.0);
        Row(report, "gelu derivative", Median(accelerator, iterations, () => F.GeluDerivative(accelerator, x.View, y.View)), copySeconds, n * 8.0);
        Row(report, "silu derivative", Median(accelerator, iterations, () => F.SiluDerivative(accelerator, x.View, y.View)), copySeconds, n * 8.0);
        Row(report, "gelu_tanh derivative", Median(accelerator, iterations, () => F.GeluTanhDerivative(accelerator, x.View, y.View)), copySeconds, n * 8.0);
        Row(report, "mish derivative", Median(accelerator, iterations, () => F.MishDerivative(accelerator, x.View, y.View)), copySeconds, n * 8.0);

        double copyDoubleSeconds = Median(accelerator, iterations, () => copyDouble(n / 2, xd.View, yd.View));
        Row(report, $"copy, {n / 2:N0} doubles", copyDoubleSeconds, copyDoubleSeconds, n * 8.0);
        Row(report, "sigmoid (double)", Median(accelerator, iterations, () => D.Sigmoid(accelerator, xd.View, yd.View)), copyDoubleSeconds, n * 8.0);
        Row(report, "gelu (double)", Median(accelerator, iterations, () => D.Gelu(accelerator, xd.View, yd.View)), copyDoubleSeconds, n * 8.0);
        report.Line();
    }

    private static void Row(Report report, string name, double seconds, double copySeconds, double bytes) =>
        report.Line($"| {name} | {seconds * 1e3:F3} ms | {bytes / seconds / 1e9:G4} | {100 * copySeconds / seconds:F0} % |");

    private static double Median(Accelerator accelerator, int iterations, Action launch)
    {
        for (int i = 0; i < 3; i++)
        {
            launch();
        }

        accelerator.Synchronize();
        var times = new double[iterations];
        for (int i = 0; i < iterations; i++)
        {
            long start = Stopwatch.GetTimestamp();
            launch();
            accelerator.Synchronize();
            times[i] = Stopwatch.GetElapsedTime(start).TotalSeconds;
        }

        Array.Sort(times);
        return times[iterations / 2];
    }

    /// <summary>Inputs in [−8, 8) from a hash of the index (no host transfer of a large array).</summary>
    private static void Fill(Index1D i, ArrayView<float> x) => x[i] = (Hash(i) * (16f / 16777216f)) - 8f;

    private static void Fill(Index1D i, ArrayView<double> x) => x[i] = (Hash(i) * (16.0 / 16777216.0)) - 8.0;

    private static uint Hash(int i)
    {
        uint h = (uint)i * 2654435761u;
        h ^= h >> 16;
        h *= 0x85EBCA6Bu;
        h ^= h >> 13;
        return h >> 8;
    }

    private static void Copy(Index1D i, ArrayView<float> x, ArrayView<float> y) => y[i] = x[i];

    private static void Copy(Index1D i, ArrayView<double> x, ArrayView<double> y) => y[i] = x[i];
}
