using System.Diagnostics;
using System.Globalization;
using Activations;
using ILGPU;
using ILGPU.Runtime;

// Usage: dotnet run -c Release --project samples/Gpu -- [size]   (default 65536 elements)
int size = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1 << 16;
if (size <= 0)
{
    Console.Error.WriteLine("size must be positive");
    return 2;
}

// A plain context: the generated kernels compute e^x and ln x in software (ActivationMath), so they
// need no ILGPU.Algorithms and no EnableAlgorithms() on CUDA or OpenCL.
using Context context = Context.Create(builder => builder.Default());
Device device = context.Devices.FirstOrDefault(d => d.AcceleratorType == AcceleratorType.Cuda)
    ?? context.Devices.FirstOrDefault(d => d.AcceleratorType == AcceleratorType.OpenCL)
    ?? context.Devices.First(d => d.AcceleratorType == AcceleratorType.CPU);
using Accelerator accelerator = device.CreateAccelerator(context);
Console.WriteLine($"Device: {accelerator.Name} ({accelerator.AcceleratorType}, {accelerator.MemorySize / (1 << 20)} MiB)");
Console.WriteLine($"Size: {size:N0} elements");
Console.WriteLine();

var random = new Random(42);
float[] x = Enumerable.Range(0, size).Select(_ => (float)((random.NextDouble() * 24) - 12)).ToArray();
float[] gradient = Enumerable.Range(0, size).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
double[] xd = x.Select(v => (double)v).ToArray();

bool ok = true;
ok &= Run("sigmoid (clip 500)", x, gradient, Gates.Sigmoid, Gates.SigmoidDerivative, Gates.SigmoidBackward, Gates.Sigmoid, Gates.SigmoidDerivative, Gates.SigmoidBackward);
ok &= Run("silu", x, gradient, Gates.Silu, Gates.SiluDerivative, Gates.SiluBackward, Gates.Silu, Gates.SiluDerivative, Gates.SiluBackward);
ok &= Run("softplus", x, gradient, Gates.Softplus, Gates.SoftplusDerivative, Gates.SoftplusBackward, Gates.Softplus, Gates.SoftplusDerivative, Gates.SoftplusBackward);
ok &= Run("sigmoid (double)", xd, gradient.Select(v => (double)v).ToArray(), Gates.Sigmoid, Gates.SigmoidDerivative, Gates.SigmoidBackward, Gates.Sigmoid, Gates.SigmoidDerivative, Gates.SigmoidBackward);

Console.WriteLine();
Console.WriteLine(ok ? "All kernels match the span code within 4 ULP." : "MISMATCH: see above.");
return ok ? 0 : 1;

bool Run<T>(
    string name,
    T[] inputs,
    T[] gradients,
    Action<Accelerator, ArrayView<T>, ArrayView<T>> forward,
    Action<Accelerator, ArrayView<T>, ArrayView<T>> derivative,
    Action<Accelerator, ArrayView<T>, ArrayView<T>, ArrayView<T>> backward,
    SpanAction<T> forwardSpan,
    SpanAction<T> derivativeSpan,
    SpanBackward<T> backwardSpan)
    where T : unmanaged
{
    using var xs = accelerator.Allocate1D(inputs);
    using var gs = accelerator.Allocate1D(gradients);
    using var ys = accelerator.Allocate1D<T>(inputs.Length);

    // Correctness (the first launch also compiles the kernel for this accelerator).
    var expected = new T[inputs.Length];
    forwardSpan(inputs, expected);
    forward(accelerator, xs.View, ys.View);
    double forwardUlp = Ulp.Max(expected, ys.GetAsArray1D());
    derivativeSpan(inputs, expected);
    derivative(accelerator, xs.View, ys.View);
    double derivativeUlp = Ulp.Max(expected, ys.GetAsArray1D());
    backwardSpan(inputs, gradients, expected);
    backward(accelerator, xs.View, gs.View, ys.View);
    double backwardUlp = Ulp.Max(expected, ys.GetAsArray1D());

    // Throughput of the forward: device launches against the span code on this CPU.
    double deviceSeconds = Time(() => forward(accelerator, xs.View, ys.View), accelerator.Synchronize);
    double spanSeconds = Time(() => forwardSpan(inputs, expected), static () => { });
    int bytes = System.Runtime.CompilerServices.Unsafe.SizeOf<T>() * 2; // read x, write f(x)
    Console.WriteLine(
        $"{name,-20} max ULP vs span: f {forwardUlp}, f' {derivativeUlp}, backward {backwardUlp} | "
        + $"forward {Rate(inputs.Length, deviceSeconds)} on the device ({inputs.Length * (double)bytes / deviceSeconds / 1e9:G3} GB/s), "
        + $"{Rate(inputs.Length, spanSeconds)} with the span code");
    return forwardUlp <= 4 && derivativeUlp <= 4 && backwardUlp <= 4;
}

// Seconds per call: repeats for about a quarter of a second (at least 3 calls).
static double Time(Action action, Action synchronize)
{
    action();
    synchronize();
    var watch = Stopwatch.StartNew();
    int calls = 0;
    do
    {
        action();
        calls++;
        if (calls % 4 == 0 || calls < 4)
        {
            synchronize();
        }
    }
    while (calls < 3 || watch.Elapsed.TotalSeconds < 0.25);
    synchronize();
    return watch.Elapsed.TotalSeconds / calls;
}

static string Rate(int elements, double seconds) => $"{elements / seconds / 1e6,8:F1} M/s";

/// <summary>A span member: <c>destination[i] = f(x[i])</c>.</summary>
internal delegate void SpanAction<T>(ReadOnlySpan<T> x, Span<T> destination);

/// <summary>A span backward: <c>destination[i] = gradient[i]·f'(x[i])</c>.</summary>
internal delegate void SpanBackward<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> gradient, Span<T> destination);

/// <summary>The activations of the sample; each also gets ILGPU kernels and launchers, since ILGPU is referenced.</summary>
internal static partial class Gates
{
    [Activation("sigmoid", Clip = 500)]
    public static partial float Sigmoid(float x);

    [Activation("silu")]
    public static partial float Silu(float x);

    [Activation("softplus")]
    public static partial float Softplus(float x);

    [Activation("sigmoid")]
    public static partial double Sigmoid(double x);
}

/// <summary>Distances in units in the last place.</summary>
internal static class Ulp
{
    public static double Max<T>(T[] expected, T[] actual)
    {
        double max = 0;
        for (int i = 0; i < expected.Length; i++)
        {
            max = Math.Max(max, expected is float[] e
                ? Distance(BitConverter.SingleToInt32Bits(e[i]), BitConverter.SingleToInt32Bits(((float[])(object)actual)[i]))
                : Distance(BitConverter.DoubleToInt64Bits(((double[])(object)expected)[i]), BitConverter.DoubleToInt64Bits(((double[])(object)actual)[i])));
        }

        return max;
    }

    // Int128: the difference of two ordered longs can exceed a long, and a double would round it.
    private static double Distance(long a, long b) => (double)Int128.Abs((Int128)(a < 0 ? long.MinValue - a : a) - (b < 0 ? long.MinValue - b : b));

    private static double Distance(int a, int b) => Math.Abs((a < 0 ? int.MinValue - (long)a : a) - (b < 0 ? int.MinValue - (long)b : b));
}
