// A consumer with ILGPU: the generated launchers on ILGPU's CPU accelerator against the span members
// (forward, derivative, backward), and every generated kernel compiled to PTX for sm_80 offline, on a
// context without ILGPU.Algorithms. Prints one line per check; exit code 1 on any failure.
using System.Globalization;
using System.Reflection;
using Activations;
using ILGPU;
using ILGPU.Backends;
using ILGPU.Backends.EntryPoints;
using ILGPU.Backends.PTX;
using ILGPU.Runtime;
using ILGPU.Runtime.CPU;
using ILGPU.Runtime.Cuda;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
float[] xs = Inputs().ToArray();
int failures = 0;
using (Context context = Context.Create(b => b.CPU()))
using (Accelerator accelerator = context.CreateCPUAccelerator(0))
{
    failures += Check(accelerator, "sigmoid", xs, Layer.Sigmoid, Layer.SigmoidDerivative, Layer.SigmoidBackward, Layer.Sigmoid, Layer.SigmoidDerivative, Layer.SigmoidBackward);
    failures += Check(accelerator, "tanh", xs, Layer.Tanh, Layer.TanhDerivative, Layer.TanhBackward, Layer.Tanh, Layer.TanhDerivative, Layer.TanhBackward);
    failures += Check(accelerator, "gelu", xs, Layer.Gelu, Layer.GeluDerivative, Layer.GeluBackward, Layer.Gelu, Layer.GeluDerivative, Layer.GeluBackward);
    failures += Check(accelerator, "mish", xs, Layer.Mish, Layer.MishDerivative, Layer.MishBackward, Layer.Mish, Layer.MishDerivative, Layer.MishBackward);
    failures += Check(accelerator, "silu-clip", xs, Layer.ClippedSilu, Layer.ClippedSiluDerivative, Layer.ClippedSiluBackward, Layer.ClippedSilu, Layer.ClippedSiluDerivative, Layer.ClippedSiluBackward);
    double[] xd = xs.Select(x => (double)x).ToArray();
    failures += Check(accelerator, "sigmoid-double", xd, Layer.Sigmoid, Layer.SigmoidDerivative, Layer.SigmoidBackward, Layer.Sigmoid, Layer.SigmoidDerivative, Layer.SigmoidBackward);
}

// No EnableAlgorithms(): the kernels need none.
using (Context context = Context.Create(b => b.Default()))
using (var backend = new PTXBackend(context, CudaArchitecture.SM_80, CudaInstructionSet.ISA_80, nvvmAPI: null!))
{
    foreach (MethodInfo kernel in typeof(Layer).GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Where(m => m.Name.EndsWith("Kernel", StringComparison.Ordinal)).OrderBy(m => m.Name + m.GetParameters()[1].ParameterType, StringComparer.Ordinal))
    {
        string type = kernel.GetParameters()[1].ParameterType.GetGenericArguments()[0].Name;
        try
        {
            var compiled = (PTXCompiledKernel)backend.Compile(EntryPointDescription.FromImplicitlyGroupedKernel(kernel), default(KernelSpecialization));
            bool ok = compiled.PTXAssembly.Contains(".target sm_80", StringComparison.Ordinal) && compiled.PTXAssembly.Contains(".visible .entry", StringComparison.Ordinal);
            Console.WriteLine($"ptx {kernel.Name} {type} {(ok ? "ok" : "FAILED")}");
            failures += ok ? 0 : 1;
        }
        catch (Exception e)
        {
            Console.WriteLine($"ptx {kernel.Name} {type} FAILED {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}");
            failures++;
        }
    }
}

Console.WriteLine($"failures {failures}");
return failures == 0 ? 0 : 1;

static IEnumerable<float> Inputs()
{
    foreach (float special in new[] { float.NaN, float.PositiveInfinity, float.NegativeInfinity, 0f, -0f, float.Epsilon, -float.Epsilon, float.MaxValue, -float.MaxValue })
    {
        yield return special;
    }

    for (int i = -4000; i <= 4000; i++)
    {
        yield return i * 0.0125f; // [−50, 50]: both tails, the zeros of the derivatives, the kinks
    }
}

static int Check<T>(Accelerator accelerator, string name, T[] x,
    Action<Accelerator, ArrayView<T>, ArrayView<T>> forward, Action<Accelerator, ArrayView<T>, ArrayView<T>> derivative,
    Action<Accelerator, ArrayView<T>, ArrayView<T>, ArrayView<T>> backward,
    SpanFunction<T> forwardSpan, SpanFunction<T> derivativeSpan, SpanBackward<T> backwardSpan)
    where T : unmanaged
{
    T[] gradient = Enumerable.Range(0, x.Length).Select(i => (T)Convert.ChangeType(((i * 0.618033988749895) % 2.0) - 1.0, typeof(T), CultureInfo.InvariantCulture)).ToArray();
    using var xb = accelerator.Allocate1D(x);
    using var gb = accelerator.Allocate1D(gradient);
    using var yb = accelerator.Allocate1D<T>(x.Length);
    T[] expected = new T[x.Length];
    int failures = 0;

    forward(accelerator, xb.View, yb.View);
    forwardSpan(x, expected);
    failures += Report(name + " forward", expected, yb.GetAsArray1D());
    derivative(accelerator, xb.View, yb.View);
    derivativeSpan(x, expected);
    failures += Report(name + " derivative", expected, yb.GetAsArray1D());
    backward(accelerator, xb.View, gb.View, yb.View);
    backwardSpan(x, gradient, expected);
    failures += Report(name + " backward", expected, yb.GetAsArray1D());
    return failures;
}

// Max ULP between kernel and span; where the span value is below ε (a derivative crossing zero) the
// difference counts in ULPs of ε, as the catalogue's bars do.
static int Report<T>(string what, T[] expected, T[] actual)
{
    long max = 0;
    for (int i = 0; i < expected.Length; i++)
    {
        double e = Convert.ToDouble(expected[i], CultureInfo.InvariantCulture), a = Convert.ToDouble(actual[i], CultureInfo.InvariantCulture);
        bool single = typeof(T) == typeof(float);
        double epsilon = single ? 1.1920928955078125e-7 : 2.220446049250313e-16;
        long ulp = double.IsNaN(e) || double.IsNaN(a)
            ? (double.IsNaN(e) && double.IsNaN(a) ? 0 : long.MaxValue)
            : Math.Abs(e) < epsilon && Math.Abs(a) < epsilon ? (long)Math.Ceiling(Math.Abs(a - e) / (epsilon * epsilon))
            : single ? Math.Abs(Ordinal32(BitConverter.SingleToInt32Bits((float)e)) - Ordinal32(BitConverter.SingleToInt32Bits((float)a)))
            : Math.Abs(Ordinal(BitConverter.DoubleToInt64Bits(e)) - Ordinal(BitConverter.DoubleToInt64Bits(a)));
        max = Math.Max(max, ulp);
    }

    Console.WriteLine($"cpu {what.Replace(' ', '-')} {max} {(max <= 4 ? "ok" : "FAILED")}");
    return max <= 4 ? 0 : 1;
}

static long Ordinal(long bits) => bits < 0 ? -(bits & long.MaxValue) : bits;

static long Ordinal32(int bits) => bits < 0 ? -(long)(bits & int.MaxValue) : bits;

/// <summary>A span member.</summary>
internal delegate void SpanFunction<T>(ReadOnlySpan<T> x, Span<T> destination);

/// <summary>A span backward.</summary>
internal delegate void SpanBackward<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> gradient, Span<T> destination);

/// <summary>The activations of the held-out check in the GPU issue.</summary>
internal static partial class Layer
{
    [Activation("sigmoid")]
    public static partial float Sigmoid(float x);

    [Activation("tanh")]
    public static partial float Tanh(float x);

    [Activation("gelu")]
    public static partial float Gelu(float x);

    [Activation("mish")]
    public static partial float Mish(float x);

    [Activation("silu", Clip = 20)]
    public static partial float ClippedSilu(float x);

    [Activation("sigmoid")]
    public static partial double Sigmoid(double x);
}
