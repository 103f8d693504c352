using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;
using Activations.Kernels;

namespace Activations.Tests;

/// <summary>
/// The ISimdVector wrappers run the same operations in every lane, so 128-, 256- and 512-bit
/// registers (and pairs and quadruples of 512-bit registers; SpanKernels uses the quadruples) give bit-identical results (also where a width runs in software: the fallbacks,
/// FMA included, split down to the 128-bit path).
/// </summary>
public class WidthIdentityTests
{
    private const int Length = 2000;

    [Fact] public void Exp() => Check(new ExpOp<float>(), new ExpOp<double>());

    [Fact] public void Expm1() => Check(new Expm1Op<float>(), new Expm1Op<double>());

    [Fact] public void Log1p() => Check(new Log1pOp<float>(), new Log1pOp<double>());

    [Fact] public void Sigmoid() => Check(new SigmoidOp<float>(), new SigmoidOp<double>());

    [Fact] public void SigmoidDerivative() => Check(new SigmoidDerivativeOp<float>(), new SigmoidDerivativeOp<double>());

    [Fact] public void SigmoidFast() => Check(new SigmoidFastOp<float>(), new SigmoidFastOp<double>());

    [Fact] public void LogSigmoid() => Check(new LogSigmoidOp<float>(), new LogSigmoidOp<double>());

    [Fact] public void Softplus() => Check(new SoftplusOp<float>(), new SoftplusOp<double>());

    [Fact] public void Tanh() => Check(new TanhOp<float>(), new TanhOp<double>());

    [Fact] public void TanhFast() => Check(new TanhFastOp<float>(), new TanhFastOp<double>());

    [Fact] public void TanhDerivative() => Check(new TanhDerivativeOp<float>(), new TanhDerivativeOp<double>());

    [Fact] public void NormalCdf() => Check(new NormalCdfOp<float>(), new NormalCdfOp<double>());

    [Fact] public void NormalPdf() => Check(new NormalPdfOp<float>(), new NormalPdfOp<double>());

    [Fact] public void Composites() => Check(new GeluOp<float>(), new GeluOp<double>());

    [Fact] public void Selu() => Check(new SeluOp<float>(), new SeluOp<double>());

    [Fact] public void Scaled_argument() => Check(new ScaledArgumentOp<float>(false), new ScaledArgumentOp<double>(false));

    [Fact] public void Scaled_argument_error() => Check(new ScaledArgumentOp<float>(true), new ScaledArgumentOp<double>(true));

    [Fact] public void Scaled_softplus() => Check(new ScaledSoftplusOp<float>(), new ScaledSoftplusOp<double>());

    [Theory]
    [InlineData("silu")]
    [InlineData("silu'")]
    [InlineData("gelu")]
    [InlineData("gelu'")]
    [InlineData("gelu_tanh")]
    [InlineData("gelu_tanh'")]
    [InlineData("mish")]
    [InlineData("mish'")]
    public void Gated(string function) => Check(new GatedOp<float>(function), new GatedOp<double>(function));

    [Fact] public void Lane_operations() => Check(Ops.MixedSingle, Ops.MixedDouble);

    [Fact]
    public void MultiplyAdd_is_fused_where_the_hardware_has_FMA()
    {
        bool fma = Fma.IsSupported || AdvSimd.Arm64.IsSupported;
        // a·a - c with a = 1 + 2^-27 (double) / 1 + 2^-12 (float): the exact value is 2^-54 / 2^-24;
        // an unfused multiply rounds a·a to c and gives 0.
        double a = 1 + Math.Pow(2, -27), c = 1 + Math.Pow(2, -26);
        float af = 1 + MathF.Pow(2, -12), cf = 1 + MathF.Pow(2, -11);
        double expected = fma ? Math.Pow(2, -54) : 0.0;
        float expectedF = fma ? MathF.Pow(2, -24) : 0f;
        Assert.Equal(expected, Fused<Vector128Double, double>(a, -c));
        Assert.Equal(expected, Fused<Vector256Double, double>(a, -c));
        Assert.Equal(expected, Fused<Vector512Double, double>(a, -c));
        Assert.Equal(expectedF, Fused<Vector128Single, float>(af, -cf));
        Assert.Equal(expectedF, Fused<Vector256Single, float>(af, -cf));
        Assert.Equal(expectedF, Fused<Vector512Single, float>(af, -cf));
        Assert.Equal(expected, Fused<Vector512x2Double, double>(a, -c));
        Assert.Equal(expectedF, Fused<Vector512x2Single, float>(af, -cf));
        Assert.Equal(expected, Fused<Vector512x4Double, double>(a, -c));
        Assert.Equal(expectedF, Fused<Vector512x4Single, float>(af, -cf));
    }

    private static T Fused<TV, T>(T a, T c)
        where TV : struct, ISimdVector<TV, T>
        where T : unmanaged
    {
        TV v = TV.MultiplyAdd(TV.Create(a), TV.Create(a), TV.Create(c));
        T[] lanes = new T[TV.Count];
        TV.StoreUnsafe(v, ref lanes[0], 0);
        Assert.All(lanes, l => Assert.Equal(lanes[0], l));
        return lanes[0];
    }

    private static void Check<TOpF, TOpD>(TOpF opF, TOpD opD)
        where TOpF : struct, IUnaryOperator<float>
        where TOpD : struct, IUnaryOperator<double>
    {
        double[] xd = SpanKernelsTests.Inputs(Length);
        float[] xf = xd.Select(v => (float)v).ToArray();

        int[] f128 = SpanKernelsTests.Bits(Run<TOpF, Vector128Single, float>(opF, xf));
        int[] f256 = SpanKernelsTests.Bits(Run<TOpF, Vector256Single, float>(opF, xf));
        int[] f512 = SpanKernelsTests.Bits(Run<TOpF, Vector512Single, float>(opF, xf));
        long[] d128 = SpanKernelsTests.Bits(Run<TOpD, Vector128Double, double>(opD, xd));
        long[] d256 = SpanKernelsTests.Bits(Run<TOpD, Vector256Double, double>(opD, xd));
        long[] d512 = SpanKernelsTests.Bits(Run<TOpD, Vector512Double, double>(opD, xd));
        int[] f512x2 = SpanKernelsTests.Bits(Run<TOpF, Vector512x2Single, float>(opF, xf));
        long[] d512x2 = SpanKernelsTests.Bits(Run<TOpD, Vector512x2Double, double>(opD, xd));
        int[] f512x4 = SpanKernelsTests.Bits(Run<TOpF, Vector512x4Single, float>(opF, xf));
        long[] d512x4 = SpanKernelsTests.Bits(Run<TOpD, Vector512x4Double, double>(opD, xd));
        Assert.Equal(f128, f256);
        Assert.Equal(f128, f512);
        Assert.Equal(f128, f512x2);
        Assert.Equal(f128, f512x4);
        Assert.Equal(d128, d256);
        Assert.Equal(d128, d512);
        Assert.Equal(d128, d512x2);
        Assert.Equal(d128, d512x4);

        // And SpanKernels (whichever width it picked) agrees.
        float[] sf = new float[xf.Length];
        double[] sd = new double[xd.Length];
        SpanKernels.Apply(opF, xf, sf);
        SpanKernels.Apply(opD, xd, sd);
        Assert.Equal(f128, SpanKernelsTests.Bits(sf));
        Assert.Equal(d128, SpanKernelsTests.Bits(sd));
    }

    private static T[] Run<TOp, TV, T>(TOp op, T[] x)
        where TOp : struct, IUnaryOperator<T>
        where TV : struct, ISimdVector<TV, T>
        where T : unmanaged
    {
        int n = TV.Count;
        int padded = (x.Length + n - 1) / n * n;
        T[] input = new T[padded];
        T[] output = new T[padded];
        x.CopyTo(input, 0);
        for (int i = 0; i < padded; i += n)
        {
            TV.StoreUnsafe(op.Invoke(TV.LoadUnsafe(ref input[0], (nuint)i)), ref output[0], (nuint)i);
        }

        return output[..x.Length];
    }
}

/// <summary>The argument of a kind at x / 0.7 (1/0.7 as a double-double), or its rounding error.</summary>
public readonly struct ScaledArgumentOp<T> : IUnaryOperator<T> where T : unmanaged
{
    private const double High = 1.4285714285714286, Low = 5.890979314337566e-17;
    private readonly bool _error;

    public ScaledArgumentOp(bool error) => _error = error;

    public TV Invoke<TV>(TV x) where TV : struct, ISimdVector<TV, T>
        => _error ? TV.ScaleArgumentError(x, High, Low) : TV.ScaleArgument(x, High, Low);
}

/// <summary>softplus(β·x)/β at β = 1.5 (a softplus kind whose β is not a power of two).</summary>
public readonly struct ScaledSoftplusOp<T> : IUnaryOperator<T> where T : unmanaged
{
    public TV Invoke<TV>(TV x) where TV : struct, ISimdVector<TV, T> => TV.ScaledSoftplus(x, 1.5);
}
