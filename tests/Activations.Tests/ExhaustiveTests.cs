using Activations.Kernels;
using Activations.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Activations.Tests;

/// <summary>Runs only when the environment variable ACTIVATIONS_EXHAUSTIVE is 1 (minutes, not CI).</summary>
public sealed class ExhaustiveFactAttribute : FactAttribute
{
    public ExhaustiveFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("ACTIVATIONS_EXHAUSTIVE") != "1")
        {
            Skip = "Exhaustive over all 2^32 floats: set ACTIVATIONS_EXHAUSTIVE=1 to run.";
        }
    }
}

/// <summary>
/// Every one of the 2^32 floats through the float vector primitives (SpanKernels, the machine's
/// widest width), against a double-precision oracle independent of this library (System.Math,
/// within a few double ULP, so its rounding to float is the correctly rounded float but for
/// negligible double-rounding cases). Run: ACTIVATIONS_EXHAUSTIVE=1 dotnet test -c Release
/// --filter Category=Exhaustive.
/// </summary>
[Trait("Category", "Exhaustive")]
public class ExhaustiveTests
{
    private readonly ITestOutputHelper _output;

    public ExhaustiveTests(ITestOutputHelper output) => _output = output;

    [ExhaustiveFact]
    public void Sigmoid() => Check("sigmoid", new SigmoidOp<float>(), x => 1.0 / (1.0 + Math.Exp(-x)), 1);

    [ExhaustiveFact]
    public void SigmoidFast() => Check("sigmoid fast", new SigmoidFastOp<float>(), x => 1.0 / (1.0 + Math.Exp(-x)), 4);

    [ExhaustiveFact]
    public void SigmoidDerivative() => Check("sigmoid'", new SigmoidDerivativeOp<float>(), x =>
    {
        double e = Math.Exp(-Math.Abs(x));
        return e / ((1 + e) * (1 + e));
    }, 4);

    [ExhaustiveFact]
    public void TanhDerivative() => Check("tanh'", new TanhDerivativeOp<float>(), x =>
    {
        double e = Math.Exp(-2 * Math.Abs(x));
        return 4 * e / ((1 + e) * (1 + e));
    }, 4);

    [ExhaustiveFact]
    public void Tanh() => Check("tanh", new TanhOp<float>(), Math.Tanh, 1);

    [ExhaustiveFact]
    public void Silu() => Check("silu", new SiluOp<float>(), x => x < -1000 ? -0.0 : x / (1.0 + Math.Exp(-x)), 1);

    [ExhaustiveFact]
    public void Softplus() => Check("softplus", new SoftplusOp<float>(), x => Math.Max(x, 0.0) + Log1pUnit(Math.Exp(-Math.Abs(x))), 1);

    [ExhaustiveFact]
    public void LogSigmoid() => Check("log_sigmoid", new LogSigmoidOp<float>(), x => Math.Min(x, 0.0) - Log1pUnit(Math.Exp(-Math.Abs(x))), 1);

    /// <summary>ln(1 + e) for e in [0, 1] to ~1e-12 relative (far below float precision): a short series below 1e-4.</summary>
    private static double Log1pUnit(double e) => e < 1e-4 ? e * (1 - (e * (0.5 - (e * ((1.0 / 3) - (e * 0.25)))))) : Math.Log(1 + e);

    [ExhaustiveFact]
    public void TanhFast() => Check("tanh fast", new TanhFastOp<float>(), Math.Tanh, 4);

    private void Check<TOp>(string name, TOp op, Func<double, double> oracle, long bound)
        where TOp : struct, IUnaryOperator<float>
    {
        const int Chunk = 1 << 16;
        long max = 0;
        uint worstBits = 0;
        var gate = new object();
        var histogram = new long[8];
        Parallel.For(0, 1 << 16, chunk =>
        {
            float[] x = new float[Chunk];
            float[] y = new float[Chunk];
            for (int i = 0; i < Chunk; i++)
            {
                x[i] = BitConverter.UInt32BitsToSingle((uint)((chunk << 16) | i));
            }

            SpanKernels.Apply(op, x, y);
            long localMax = 0;
            uint localWorst = 0;
            var localHistogram = new long[8];
            for (int i = 0; i < Chunk; i++)
            {
                long d = Ulp.Distance((float)oracle(x[i]), y[i]);
                localHistogram[Math.Min(d, 7)]++;
                if (d > localMax)
                {
                    localMax = d;
                    localWorst = BitConverter.SingleToUInt32Bits(x[i]);
                }
            }

            lock (gate)
            {
                for (int i = 0; i < 8; i++)
                {
                    histogram[i] += localHistogram[i];
                }

                if (localMax > max)
                {
                    max = localMax;
                    worstBits = localWorst;
                }
            }
        });

        float worst = BitConverter.UInt32BitsToSingle(worstBits);
        string report = $"{name} float, all 2^32 inputs: max {max} ULP at x = {worst:R} (got {Run(op, worst):R}, oracle {oracle(worst):R}); "
            + $"ULP histogram 0..7+: {string.Join(", ", histogram)}";
        _output.WriteLine(report);
        Assert.True(max <= bound, report);
    }

    private static float Run<TOp>(TOp op, float x)
        where TOp : struct, IUnaryOperator<float>
    {
        float[] y = new float[1];
        SpanKernels.Apply(op, [x], y);
        return y[0];
    }
}
