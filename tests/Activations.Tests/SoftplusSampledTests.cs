using Activations.Kernels;
using Activations.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Activations.Tests;

/// <summary>
/// softplus and log_sigmoid (float spans) against the double oracle of <see cref="ExhaustiveTests"/>
/// on every 257th float of all 2^32 (about 16.7 million inputs, seconds): a quick guard of the
/// 1 ULP bound that the exhaustive run checks in full.
/// </summary>
public class SoftplusSampledTests
{
    private const int Stride = 257;
    private readonly ITestOutputHelper _output;

    public SoftplusSampledTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void SoftplusWithinOneUlp()
        => Check("softplus", new SoftplusOp<float>(), x => Math.Max(x, 0.0) + Log1pUnit(Math.Exp(-Math.Abs(x))));

    [Fact]
    public void LogSigmoidWithinOneUlp()
        => Check("log_sigmoid", new LogSigmoidOp<float>(), x => Math.Min(x, 0.0) - Log1pUnit(Math.Exp(-Math.Abs(x))));

    private static double Log1pUnit(double e) => e < 1e-4 ? e * (1 - (e * (0.5 - (e * ((1.0 / 3) - (e * 0.25)))))) : Math.Log(1 + e);

    private void Check<TOp>(string name, TOp op, Func<double, double> oracle)
        where TOp : struct, IUnaryOperator<float>
    {
        const long Count = (1L << 32) / Stride;
        float[] x = new float[Count + 1];
        for (long i = 0; i <= Count; i++)
        {
            x[i] = BitConverter.UInt32BitsToSingle((uint)(i * Stride));
        }

        float[] y = new float[x.Length];
        SpanKernels.Apply(op, x, y);
        long max = 0;
        float worst = 0;
        long[] histogram = new long[3];
        for (int i = 0; i < x.Length; i++)
        {
            long d = Ulp.Distance((float)oracle(x[i]), y[i]);
            histogram[Math.Min(d, 2)]++;
            if (d > max)
            {
                max = d;
                worst = x[i];
            }
        }

        string report = $"{name}: every {Stride}th float, max {max} ULP at x = {worst:R}; histogram 0, 1, 2+: {string.Join(", ", histogram)}";
        _output.WriteLine(report);
        Assert.True(max <= 1, report);
    }
}
