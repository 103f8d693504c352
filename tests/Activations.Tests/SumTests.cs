using Activations.Kernels;

namespace Activations.Tests;

/// <summary>SpanKernels.Sum: compensated, width-independent sums of an operator's results.</summary>
public class SumTests
{
    [Fact]
    public void Cancelling_terms_are_summed_exactly()
    {
        // +B, 1, -B, 1, +B, 1, ... (1001 terms): 251 × B, 250 × -B and 500 ones, exactly B + 500.
        // A plain running sum loses the ones against B.
        const int N = 1001;
        static T Term<T>(int i, T big, T minusBig, T one) => i % 2 == 1 ? one : i % 4 == 0 ? big : minusBig;

        double[] x = Enumerable.Range(0, N).Select(i => Term(i, 1e16, -1e16, 1.0)).ToArray();
        double[] y = Enumerable.Repeat(1.0, N).ToArray();
        Assert.Equal(1e16 + 500, SpanKernels.Sum(new ProductOp<double>(), x, y));

        float[] xf = Enumerable.Range(0, N).Select(i => Term(i, 1e9f, -1e9f, 1f)).ToArray();
        float[] yf = Enumerable.Repeat(1f, N).ToArray();
        Assert.Equal((float)(1e9 + 500), SpanKernels.Sum(new ProductOp<float>(), xf, yf));
    }

    [Fact]
    public void Sum_adds_the_terms_Apply_computes()
    {
        double[] x = SpanKernelsTests.Inputs(777).Select(v => double.IsFinite(v) ? v : 0.25).ToArray();
        double[] g = x.Select((_, i) => (double)((i % 7) - 3)).ToArray();
        double[] terms = new double[x.Length];
        SpanKernels.Apply(new SigmoidBackwardOp<double>(), x, g, terms);

        // Terms are multiples of σ'(x) values in [0, 3/4]; an exactly rounded reference via decimal
        // is not needed: compare with a sorted double-double sum to 1e-15 relative.
        double hi = 0, lo = 0;
        foreach (double t in terms.OrderBy(Math.Abs))
        {
            double s = hi + t;
            double bb = s - hi;
            lo += (hi - (s - bb)) + (t - bb);
            hi = s;
        }

        double sum = SpanKernels.Sum(new SigmoidBackwardOp<double>(), x, g);
        Assert.InRange(Math.Abs(sum - (hi + lo)), 0, 1e-15 * Math.Max(1, Math.Abs(hi)));
    }

    [Fact]
    public void Special_cases()
    {
        Assert.Equal(0.0, SpanKernels.Sum(new ProductOp<double>(), ReadOnlySpan<double>.Empty, ReadOnlySpan<double>.Empty));
        Assert.Equal(0f, SpanKernels.Sum(new ProductOp<float>(), ReadOnlySpan<float>.Empty, ReadOnlySpan<float>.Empty));
        Assert.True(double.IsNaN(SpanKernels.Sum(new ProductOp<double>(), new[] { 1.0, double.NaN, 2.0 }, new[] { 1.0, 1.0, 1.0 })));
        Assert.Equal(double.PositiveInfinity, SpanKernels.Sum(new ProductOp<double>(), new[] { 1.0, double.PositiveInfinity, -5.0 }, new[] { 1.0, 1.0, 1.0 }));
        Assert.Equal(float.PositiveInfinity, SpanKernels.Sum(new ProductOp<float>(), new[] { 3e38f, 3e38f }, new[] { 1f, 1f }));

        ArgumentException ex = Assert.ThrowsAny<ArgumentException>(() => SpanKernels.Sum(new ProductOp<double>(), new double[3], new double[2]));
        Assert.Equal("gradient", ex.ParamName);
        ex = Assert.ThrowsAny<ArgumentException>(() => SpanKernels.Sum(new ProductOp<float>(), new float[3], new float[4]));
        Assert.Equal("gradient", ex.ParamName);
    }
}
