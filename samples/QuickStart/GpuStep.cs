using System.Diagnostics;
using ILGPU;
using ILGPU.Runtime;

namespace Activations.Samples.QuickStart;

/// <summary>What the GPU step ran and measured.</summary>
/// <param name="Device">The accelerator's name and type.</param>
/// <param name="Elements">How many floats went through the kernels.</param>
/// <param name="MaxUlpVersusSpan">The largest difference between the kernels' results (forward, backward) and the CPU span code's.</param>
/// <param name="ForwardMilliseconds">The median time of one forward launch (launch and synchronize).</param>
public sealed record GpuStepResult(string Device, int Elements, long MaxUlpVersusSpan, double ForwardMilliseconds);

/// <summary>
/// The generated ILGPU launchers of <see cref="Gates.Sigmoid(float)"/> on the best accelerator
/// present (CUDA, else OpenCL, else ILGPU's CPU accelerator), checked against the span members.
/// </summary>
public static class GpuStep
{
    /// <summary>Runs the forward and backward kernels on <paramref name="elements"/> floats (fewer on the CPU accelerator).</summary>
    public static GpuStepResult Run(TextWriter writer, int elements = 1 << 24)
    {
        // No EnableAlgorithms needed: the kernels compute e^x in software (ActivationMath.Exp).
        using Context context = Context.Create(builder => builder.Default());
        Device device = context.Devices.FirstOrDefault(d => d.AcceleratorType == AcceleratorType.Cuda)
            ?? context.Devices.FirstOrDefault(d => d.AcceleratorType == AcceleratorType.OpenCL)
            ?? context.Devices.First(d => d.AcceleratorType == AcceleratorType.CPU);
        using Accelerator accelerator = device.CreateAccelerator(context);
        if (accelerator.AcceleratorType == AcceleratorType.CPU)
        {
            elements = Math.Min(elements, 1 << 16); // the CPU accelerator simulates GPU threads: keep it small
        }

        var random = new Random(7);
        float[] x = new float[elements], gradient = new float[elements];
        for (int i = 0; i < elements; i++)
        {
            x[i] = (float)((random.NextDouble() * 40) - 20);
            gradient[i] = (float)(random.NextDouble() - 0.5);
        }

        using MemoryBuffer1D<float, Stride1D.Dense> xs = accelerator.Allocate1D(x);
        using MemoryBuffer1D<float, Stride1D.Dense> gs = accelerator.Allocate1D(gradient);
        using MemoryBuffer1D<float, Stride1D.Dense> ys = accelerator.Allocate1D<float>(elements);

        // One call each: the launcher compiles the kernel for this accelerator on first use.
        float[] expected = new float[elements];
        Gates.Sigmoid(accelerator, xs.View, ys.View);
        Gates.Sigmoid(x, expected);
        long maxUlp = MaxUlp(expected, ys.GetAsArray1D());
        Gates.SigmoidBackward(accelerator, xs.View, gs.View, ys.View);
        Gates.SigmoidBackward(x, gradient, expected);
        maxUlp = Math.Max(maxUlp, MaxUlp(expected, ys.GetAsArray1D()));

        var times = new double[5];
        for (int i = 0; i < times.Length; i++)
        {
            long start = Stopwatch.GetTimestamp();
            Gates.Sigmoid(accelerator, xs.View, ys.View);
            accelerator.Synchronize();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(times);
        var result = new GpuStepResult($"{accelerator.Name} ({accelerator.AcceleratorType})", elements, maxUlp, times[times.Length / 2]);
        writer.WriteLine($"GPU: Gates.Sigmoid(accelerator, x, y) and Gates.SigmoidBackward on {result.Device}, {elements:N0} floats:");
        writer.WriteLine($"  max {maxUlp} ULP from the CPU span members; forward {result.ForwardMilliseconds:F3} ms per launch "
            + $"({elements * 8.0 / (result.ForwardMilliseconds * 1e6):G3} GB/s read + written).");
        if (accelerator.AcceleratorType == AcceleratorType.CPU)
        {
            writer.WriteLine("  (ILGPU's CPU accelerator simulates GPU threads: no speed to expect here; on CUDA see benchmarks/gpu.)");
        }

        return result;
    }

    private static long MaxUlp(float[] expected, float[] actual)
    {
        long max = 0;
        for (int i = 0; i < expected.Length; i++)
        {
            int a = BitConverter.SingleToInt32Bits(expected[i]), b = BitConverter.SingleToInt32Bits(actual[i]);
            long oa = a < 0 ? -(long)(a & int.MaxValue) : a, ob = b < 0 ? -(long)(b & int.MaxValue) : b;
            max = Math.Max(max, Math.Abs(oa - ob));
        }

        return max;
    }
}
