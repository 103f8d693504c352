using Activations.Kernels;
using Activations.Tests.Infrastructure;

namespace Activations.Tests;

/// <summary>Span rules and bit-identical results whatever the length, offset or aliasing.</summary>
public class SpanKernelsTests
{
    private static readonly string[] s_functions =
        ["sigmoid", "sigmoid'", "sigmoid_fast", "softplus", "log_sigmoid", "exp", "expm1", "log1p"];

    /// <summary>Reference x values, specials and a few wide-range values, shuffled deterministically.</summary>
    internal static double[] Inputs(int count)
    {
        double[] pool = ReferenceData.Activation("sigmoid").Select(r => r.XDouble)
            .Concat([double.PositiveInfinity, double.NegativeInfinity, -0.0, 1e-45, -1e-45, -1.0, -2.0, 800, -800])
            .ToArray();
        var random = new Random(12345);
        return Enumerable.Range(0, count).Select(_ => pool[random.Next(pool.Length)]).ToArray();
    }

    [Fact]
    public void Every_length_and_offset_gives_the_bits_of_one_full_run()
    {
        const int MaxLength = 140, MaxOffset = 16;
        double[] xd = Inputs(MaxLength + MaxOffset);
        float[] xf = xd.Select(v => (float)v).ToArray();
        foreach (string function in s_functions)
        {
            float[] fullF = new float[xf.Length];
            double[] fullD = new double[xd.Length];
            VectorAccuracyTests.RunSingle(function, xf, fullF);
            VectorAccuracyTests.RunDouble(function, xd, fullD);
            for (int offset = 0; offset <= MaxOffset; offset++)
            {
                for (int length = 0; length <= MaxLength; length++)
                {
                    // One element of slack on both sides must stay untouched.
                    float[] outF = Enumerable.Repeat(float.MinValue, length + 2).ToArray();
                    double[] outD = Enumerable.Repeat(double.MinValue, length + 2).ToArray();
                    VectorAccuracyTests.RunSingle(function, xf.AsSpan(offset, length), outF.AsSpan(1, length));
                    VectorAccuracyTests.RunDouble(function, xd.AsSpan(offset, length), outD.AsSpan(1, length + 1));
                    Assert.Equal(float.MinValue, outF[0]);
                    Assert.Equal(float.MinValue, outF[length + 1]);
                    Assert.Equal(double.MinValue, outD[0]);
                    Assert.Equal(double.MinValue, outD[length + 1]);
                    for (int i = 0; i < length; i++)
                    {
                        if (BitConverter.SingleToInt32Bits(outF[i + 1]) != BitConverter.SingleToInt32Bits(fullF[offset + i])
                            || BitConverter.DoubleToInt64Bits(outD[i + 1]) != BitConverter.DoubleToInt64Bits(fullD[offset + i]))
                        {
                            Assert.Fail($"{function}: length {length}, offset {offset}, element {i} (x = {xd[offset + i]:R}) differs from the full run.");
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void Binary_every_length_and_offset_gives_the_bits_of_one_full_run()
    {
        const int MaxLength = 140, MaxOffset = 16;
        double[] xd = Inputs(MaxLength + MaxOffset);
        double[] gd = Inputs(MaxLength + MaxOffset + 5).Skip(5).Select(v => double.IsFinite(v) ? v : -3.0).ToArray();
        float[] xf = xd.Select(v => (float)v).ToArray();
        float[] gf = gd.Select(v => (float)v).ToArray();
        double[] fullD = new double[xd.Length];
        float[] fullF = new float[xf.Length];
        SpanKernels.Apply(new SigmoidBackwardOp<double>(), xd, gd, fullD);
        SpanKernels.Apply(new SigmoidBackwardOp<float>(), xf, gf, fullF);
        for (int offset = 0; offset <= MaxOffset; offset++)
        {
            for (int length = 0; length <= MaxLength; length++)
            {
                double[] outD = new double[length];
                float[] outF = new float[length];
                SpanKernels.Apply(new SigmoidBackwardOp<double>(), xd.AsSpan(offset, length), gd.AsSpan(offset, length), outD);
                SpanKernels.Apply(new SigmoidBackwardOp<float>(), xf.AsSpan(offset, length), gf.AsSpan(offset, length), outF);
                Assert.Equal(Bits(fullD.AsSpan(offset, length).ToArray()), Bits(outD));
                Assert.Equal(Bits(fullF.AsSpan(offset, length).ToArray()), Bits(outF));
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(16)]
    [InlineData(37)]
    [InlineData(64)]
    [InlineData(131)]
    [InlineData(1000)]
    public void In_place_equals_out_of_place(int length)
    {
        double[] xd = Inputs(length);
        float[] xf = xd.Select(v => (float)v).ToArray();
        double[] g = Inputs(length + 3).Skip(3).Select(v => double.IsFinite(v) ? v : 2.0).ToArray();
        float[] gf = g.Select(v => (float)v).ToArray();
        foreach (string function in s_functions)
        {
            float[] expectedF = new float[length];
            double[] expectedD = new double[length];
            VectorAccuracyTests.RunSingle(function, xf, expectedF);
            VectorAccuracyTests.RunDouble(function, xd, expectedD);
            float[] f = (float[])xf.Clone();
            double[] d = (double[])xd.Clone();
            VectorAccuracyTests.RunSingle(function, f, f);
            VectorAccuracyTests.RunDouble(function, d, d);
            Assert.Equal(Bits(expectedF), Bits(f));
            Assert.Equal(Bits(expectedD), Bits(d));
        }

        // Binary: in place on x and in place on the gradient.
        double[] expected = new double[length];
        SpanKernels.Apply(new SigmoidBackwardOp<double>(), xd, g, expected);
        double[] onX = (double[])xd.Clone();
        SpanKernels.Apply(new SigmoidBackwardOp<double>(), onX, g, onX);
        double[] onG = (double[])g.Clone();
        SpanKernels.Apply(new SigmoidBackwardOp<double>(), xd, onG, onG);
        Assert.Equal(Bits(expected), Bits(onX));
        Assert.Equal(Bits(expected), Bits(onG));

        float[] expectedSingle = new float[length];
        SpanKernels.Apply(new SigmoidBackwardOp<float>(), xf, gf, expectedSingle);
        float[] onGf = (float[])gf.Clone();
        SpanKernels.Apply(new SigmoidBackwardOp<float>(), xf, onGf, onGf);
        Assert.Equal(Bits(expectedSingle), Bits(onGf));
    }

    [Fact]
    public void A_short_destination_throws()
    {
        var x = new float[10];
        var xd = new double[10];
        AssertThrows("destination", () => SpanKernels.Apply(new SigmoidOp<float>(), x, new float[9]));
        AssertThrows("destination", () => SpanKernels.Apply(new SigmoidOp<double>(), xd, new double[9]));
        AssertThrows("destination", () => SpanKernels.Apply(new SigmoidBackwardOp<float>(), x, new float[10], new float[9]));
        AssertThrows("destination", () => SpanKernels.Apply(new SigmoidBackwardOp<double>(), xd, new double[10], new double[9]));
    }

    [Fact]
    public void A_gradient_of_another_length_throws()
    {
        AssertThrows("gradient", () => SpanKernels.Apply(new SigmoidBackwardOp<float>(), new float[10], new float[9], new float[10]));
        AssertThrows("gradient", () => SpanKernels.Apply(new SigmoidBackwardOp<double>(), new double[10], new double[11], new double[10]));
    }

    [Fact]
    public void A_partial_overlap_throws()
    {
        var f = new float[40];
        var d = new double[40];
        AssertThrows("destination", () => SpanKernels.Apply(new SigmoidOp<float>(), f.AsSpan(0, 20), f.AsSpan(1, 20)));
        AssertThrows("destination", () => SpanKernels.Apply(new SigmoidOp<double>(), d.AsSpan(5, 20), d.AsSpan(0, 20)));
        AssertThrows("destination", () => SpanKernels.Apply(new SigmoidBackwardOp<float>(), f.AsSpan(0, 10), f.AsSpan(20, 10), f.AsSpan(25, 10)));
        AssertThrows("destination", () => SpanKernels.Apply(new SigmoidBackwardOp<double>(), d.AsSpan(0, 10), d.AsSpan(20, 10), d.AsSpan(9, 10)));
    }

    [Fact]
    public void Adjacent_and_longer_destinations_are_fine()
    {
        double[] d = Inputs(40);
        double[] expected = new double[20];
        SpanKernels.Apply(new SigmoidOp<double>(), d.AsSpan(20, 20), expected);

        // The destination ends where x begins: no overlap.
        SpanKernels.Apply(new SigmoidOp<double>(), d.AsSpan(20, 20), d.AsSpan(0, 20));
        Assert.Equal(Bits(expected), Bits(d.AsSpan(0, 20).ToArray()));

        // A longer destination: only the first x.Length elements are written.
        double[] longer = Enumerable.Repeat(42.0, 30).ToArray();
        SpanKernels.Apply(new SigmoidOp<double>(), d.AsSpan(20, 20), longer);
        Assert.Equal(Bits(expected), Bits(longer.AsSpan(0, 20).ToArray()));
        Assert.All(longer.Skip(20), v => Assert.Equal(42.0, v));
    }

    [Fact]
    public void Empty_spans_do_nothing()
    {
        SpanKernels.Apply(new SigmoidOp<float>(), ReadOnlySpan<float>.Empty, Span<float>.Empty);
        SpanKernels.Apply(new SigmoidBackwardOp<double>(), ReadOnlySpan<double>.Empty, ReadOnlySpan<double>.Empty, new double[3]);
    }

    private static void AssertThrows(string paramName, Action action)
    {
        ArgumentException ex = Assert.ThrowsAny<ArgumentException>(action);
        Assert.Equal(paramName, ex.ParamName);
    }

    internal static int[] Bits(float[] values) => values.Select(BitConverter.SingleToInt32Bits).ToArray();

    internal static long[] Bits(double[] values) => values.Select(BitConverter.DoubleToInt64Bits).ToArray();
}
