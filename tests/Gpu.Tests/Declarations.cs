using ILGPU;
using ILGPU.Runtime;

namespace Activations.Gpu.Tests;

/// <summary>
/// What every test case exposes: the generated members of one [Activation] method named F. Each
/// declaration below implements it implicitly, so the generated names and signatures are checked
/// by the compiler.
/// </summary>
public interface IGpuCase<T>
    where T : unmanaged
{
    static abstract T F(T x);

    static abstract T FDerivative(T x);

    static abstract void F(ReadOnlySpan<T> x, Span<T> destination);

    static abstract void FDerivative(ReadOnlySpan<T> x, Span<T> destination);

    static abstract void FBackward(ReadOnlySpan<T> x, ReadOnlySpan<T> gradient, Span<T> destination);

    static abstract void FKernel(Index1D i, ArrayView<T> x, ArrayView<T> destination);

    static abstract void FDerivativeKernel(Index1D i, ArrayView<T> x, ArrayView<T> destination);

    static abstract void FBackwardKernel(Index1D i, ArrayView<T> x, ArrayView<T> gradient, ArrayView<T> destination);

    static abstract void F(Accelerator accelerator, ArrayView<T> x, ArrayView<T> destination);

    static abstract void FDerivative(Accelerator accelerator, ArrayView<T> x, ArrayView<T> destination);

    static abstract void FBackward(Accelerator accelerator, ArrayView<T> x, ArrayView<T> gradient, ArrayView<T> destination);
}

// One line per case: every class here that implements IGpuCase<T> is picked up by the tests
// (GpuCases.All), so a new kind is tested on the CPU accelerator and compiled to PTX by adding its line.
public sealed partial class Sigmoid : IGpuCase<float> { [Activation("sigmoid", Clip = 500)] public static partial float F(float x); }
public sealed partial class SigmoidDouble : IGpuCase<double> { [Activation("sigmoid")] public static partial double F(double x); }
public sealed partial class SigmoidTemperature : IGpuCase<float> { [Activation("sigmoid", Temperature = 2)] public static partial float F(float x); }
public sealed partial class LogSigmoid : IGpuCase<float> { [Activation("log_sigmoid")] public static partial float F(float x); }
public sealed partial class LogSigmoidDouble : IGpuCase<double> { [Activation("log_sigmoid")] public static partial double F(double x); }
public sealed partial class HardSigmoid : IGpuCase<float> { [Activation("hard_sigmoid")] public static partial float F(float x); }
public sealed partial class Relu : IGpuCase<float> { [Activation("relu")] public static partial float F(float x); }
public sealed partial class LeakyRelu : IGpuCase<float> { [Activation("leaky_relu", Alpha = 0.2)] public static partial float F(float x); }
public sealed partial class Elu : IGpuCase<float> { [Activation("elu")] public static partial float F(float x); }
public sealed partial class EluDouble : IGpuCase<double> { [Activation("elu", Alpha = 0.5)] public static partial double F(double x); }
public sealed partial class Selu : IGpuCase<float> { [Activation("selu")] public static partial float F(float x); }
public sealed partial class Silu : IGpuCase<float> { [Activation("silu", Clip = 20)] public static partial float F(float x); }
public sealed partial class SiluBeta : IGpuCase<double> { [Activation("swish", Beta = 1.5)] public static partial double F(double x); }
public sealed partial class Softplus : IGpuCase<float> { [Activation("softplus")] public static partial float F(float x); }
public sealed partial class SoftplusThreshold : IGpuCase<double> { [Activation("softplus", Beta = 2, Threshold = 20)] public static partial double F(double x); }
public sealed partial class Softsign : IGpuCase<float> { [Activation("softsign")] public static partial float F(float x); }

/// <summary>Kernels of a private method in a private nested type, reached through a forwarder.</summary>
internal static partial class Hidden
{
    /// <summary>Launches the private forward of a private nested type on <paramref name="accelerator"/>.</summary>
    internal static void Forward(Accelerator accelerator, ArrayView<float> x, ArrayView<float> destination) => Inner.Launch(accelerator, x, destination);

    /// <summary>The private scalar forward, for comparison.</summary>
    internal static float Scalar(float x) => Inner.Scalar(x);

    private sealed partial class Inner
    {
        internal static void Launch(Accelerator accelerator, ArrayView<float> x, ArrayView<float> destination) => Gate(accelerator, x, destination);

        internal static float Scalar(float x) => Gate(x);

        [Activation("sigmoid", Clip = 30)]
        private static partial float Gate(float x);
    }
}

/// <summary>Kernels inside a generic type: the kernel cache is per instantiation.</summary>
internal partial struct Generic<TTag>
{
    [Activation("relu")]
    internal static partial double Relu(double x);
}

// Custom formulas ([Activation] on the user's own expression): the kernels call the user's method.
public sealed partial class CustomSwish : IGpuCase<float> { [Activation] public static float F(float x) => x * ActivationMath.Sigmoid(x); }

/// <summary>A custom formula with a parameter gets no ILGPU members (its backward sums the parameter's gradient).</summary>
public static partial class CustomWithParameter
{
    [Activation]
    public static double Scaled(double x, double a) => a * ActivationMath.Softplus(x);
}
public sealed partial class Tanh : IGpuCase<float> { [Activation("tanh")] public static partial float F(float x); }
public sealed partial class TanhDouble : IGpuCase<double> { [Activation("tanh")] public static partial double F(double x); }
public sealed partial class Gelu : IGpuCase<float> { [Activation("gelu")] public static partial float F(float x); }
public sealed partial class GeluDouble : IGpuCase<double> { [Activation("gelu")] public static partial double F(double x); }
public sealed partial class GeluTanh : IGpuCase<float> { [Activation("gelu_tanh")] public static partial float F(float x); }
public sealed partial class Mish : IGpuCase<float> { [Activation("mish")] public static partial float F(float x); }
public sealed partial class MishDouble : IGpuCase<double> { [Activation("mish")] public static partial double F(double x); }
