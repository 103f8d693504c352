using Activations.Tests.Infrastructure;

namespace Activations.Tests;

/// <summary>
/// Special values of Tanh, TanhFast, TanhDerivative, NormalCdf and NormalPdf, scalar and vector,
/// float and double: NaN, infinities, signed zeros, tiny arguments, tails and subnormal results.
/// Expected values are exact (mpmath) rounded to the type; float results must match bit for bit
/// (the float primitives round a far more precise double value once), double results within the
/// stated ULP (0: bit for bit).
/// </summary>
public class TanhNormalSpecialValuesTests
{
    private const double Inf = double.PositiveInfinity;
    private const double NaN = double.NaN;

    // function, x, exact result rounded to double, allowed ULP
    public static TheoryData<string, double, double, long> Doubles => new()
    {
        { "tanh", NaN, NaN, 0 }, { "tanh", Inf, 1.0, 0 }, { "tanh", -Inf, -1.0, 0 }, { "tanh", 0.0, 0.0, 0 }, { "tanh", -0.0, -0.0, 0 },
        { "tanh", 1e-30, 1e-30, 0 }, { "tanh", -1e-300, -1e-300, 0 }, { "tanh", 5e-324, 5e-324, 0 }, { "tanh", -5e-324, -5e-324, 0 },
        { "tanh", 0.5, 0.46211715726000974, 1 }, { "tanh", -3.0, -0.9950547536867305, 1 }, { "tanh", 19.0, 0.9999999999999999, 1 },
        { "tanh", 20.0, 1.0, 0 }, { "tanh", -1e300, -1.0, 0 },
        { "tanh_fast", NaN, NaN, 0 }, { "tanh_fast", Inf, 1.0, 0 }, { "tanh_fast", -Inf, -1.0, 0 }, { "tanh_fast", -0.0, -0.0, 0 },
        { "tanh_fast", 1e-30, 1e-30, 0 }, { "tanh_fast", -5e-324, -5e-324, 0 }, { "tanh_fast", 0.5, 0.46211715726000974, 2 }, { "tanh_fast", -40.0, -1.0, 0 },
        { "tanh'", NaN, NaN, 0 }, { "tanh'", Inf, 0.0, 0 }, { "tanh'", -Inf, 0.0, 0 }, { "tanh'", 0.0, 1.0, 0 }, { "tanh'", -0.0, 1.0, 0 },
        { "tanh'", 5.0, 0.0001815832309438067, 4 }, { "tanh'", 30.0, 3.502604305078608e-26, 4 }, { "tanh'", -30.0, 3.502604305078608e-26, 4 },
        { "tanh'", 360.0, 8.12892320967e-313, 1 }, { "tanh'", 400.0, 0.0, 0 }, { "tanh'", 1e300, 0.0, 0 },
        { "normal_cdf", NaN, NaN, 0 }, { "normal_cdf", Inf, 1.0, 0 }, { "normal_cdf", -Inf, 0.0, 0 }, { "normal_cdf", 0.0, 0.5, 0 }, { "normal_cdf", -0.0, 0.5, 0 },
        { "normal_cdf", 1e-300, 0.5, 0 }, { "normal_cdf", -1.0, 0.15865525393145705, 2 }, { "normal_cdf", 1.0, 0.8413447460685429, 2 },
        { "normal_cdf", -5.0, 2.866515718791939e-07, 3 }, { "normal_cdf", 5.0, 0.9999997133484281, 2 }, { "normal_cdf", -8.0, 6.220960574271784e-16, 3 },
        { "normal_cdf", -30.0, 4.906713927148187e-198, 3 }, { "normal_cdf", -37.5, 4.605353009581955e-308, 3 }, { "normal_cdf", -38.0, 2.88542835e-316, 1 },
        { "normal_cdf", -38.4, 6.4e-323, 1 }, { "normal_cdf", -40.0, 0.0, 0 }, { "normal_cdf", 9.0, 1.0, 0 }, { "normal_cdf", -1e300, 0.0, 0 },
        { "normal_pdf", NaN, NaN, 0 }, { "normal_pdf", Inf, 0.0, 0 }, { "normal_pdf", -Inf, 0.0, 0 }, { "normal_pdf", 0.0, 0.3989422804014327, 1 },
        { "normal_pdf", -0.0, 0.3989422804014327, 1 }, { "normal_pdf", 1.0, 0.24197072451914334, 2 }, { "normal_pdf", -30.0, 1.4736461348785476e-196, 2 },
        { "normal_pdf", 38.4, 2.535e-321, 1 }, { "normal_pdf", 38.5, 5.4e-323, 1 }, { "normal_pdf", 40.0, 0.0, 0 }, { "normal_pdf", 1e300, 0.0, 0 },
    };

    // function, x, exact result rounded to float (bit for bit)
    public static TheoryData<string, float, float> Singles => new()
    {
        { "tanh", float.NaN, float.NaN }, { "tanh", float.PositiveInfinity, 1f }, { "tanh", float.NegativeInfinity, -1f }, { "tanh", -0f, -0f },
        { "tanh", 0f, 0f }, { "tanh", 1e-30f, 1e-30f }, { "tanh", -float.Epsilon, -float.Epsilon }, { "tanh", 0.5f, 0.46211716f },
        { "tanh", -3f, -0.99505478f }, { "tanh", 9.1f, 1f }, { "tanh", -float.MaxValue, -1f },
        { "tanh_fast", float.NaN, float.NaN }, { "tanh_fast", float.PositiveInfinity, 1f }, { "tanh_fast", float.NegativeInfinity, -1f },
        { "tanh_fast", -0f, -0f }, { "tanh_fast", 1e-30f, 1e-30f }, { "tanh_fast", -float.Epsilon, -float.Epsilon }, { "tanh_fast", 10f, 1f },
        { "tanh'", float.NaN, float.NaN }, { "tanh'", float.PositiveInfinity, 0f }, { "tanh'", float.NegativeInfinity, 0f }, { "tanh'", -0f, 1f },
        { "tanh'", 30f, 3.5026044e-26f }, { "tanh'", -30f, 3.5026044e-26f }, { "tanh'", 50f, 1.4853764e-43f }, { "tanh'", 52f, 2.8e-45f }, { "tanh'", 60f, 0f },
        { "normal_cdf", float.NaN, float.NaN }, { "normal_cdf", float.PositiveInfinity, 1f }, { "normal_cdf", float.NegativeInfinity, 0f },
        { "normal_cdf", -0f, 0.5f }, { "normal_cdf", -1f, 0.15865526f }, { "normal_cdf", 1f, 0.84134477f }, { "normal_cdf", -5f, 2.8665158e-07f },
        { "normal_cdf", 5f, 0.9999997f }, { "normal_cdf", -13.5f, 7.819245e-42f }, { "normal_cdf", -14f, 8.407791e-45f }, { "normal_cdf", -15f, 0f },
        { "normal_pdf", float.NaN, float.NaN }, { "normal_pdf", float.PositiveInfinity, 0f }, { "normal_pdf", -0f, 0.3989423f },
        { "normal_pdf", 1f, 0.24197072f }, { "normal_pdf", 13.5f, 1.0612734e-40f }, { "normal_pdf", -14f, 1.0930128e-43f }, { "normal_pdf", 15f, 0f },
    };

    [Theory]
    [MemberData(nameof(Doubles))]
    public void Double_scalar(string function, double x, double expected, long ulp)
    {
        // The scalar path has no separate Fast precision (TanhFast is Tanh there).
        AssertWithin(expected, TanhNormalAccuracyTests.ScalarDouble(function)(x), ulp, function, x);
    }

    [Theory]
    [MemberData(nameof(Doubles))]
    public void Double_vector(string function, double x, double expected, long ulp)
        => AssertWithin(expected, Vector(function, x), ulp, function, x);

    [Theory]
    [MemberData(nameof(Singles))]
    public void Single_scalar(string function, float x, float expected)
        => AssertSame(expected, TanhNormalAccuracyTests.ScalarSingle(function)(x), function, x);

    [Theory]
    [MemberData(nameof(Singles))]
    public void Single_vector(string function, float x, float expected)
        => AssertSame(expected, Vector(function, x), function, x);

    [Fact]
    public void Subnormal_results_are_subnormal_not_flushed()
    {
        Assert.True(float.IsSubnormal(ActivationMath.TanhDerivative(50f)));
        Assert.True(float.IsSubnormal(Vector("tanh'", 50f)));
        Assert.True(double.IsSubnormal(ActivationMath.TanhDerivative(360.0)));
        Assert.True(double.IsSubnormal(Vector("tanh'", 360.0)));
        Assert.True(float.IsSubnormal(ActivationMath.NormalCdf(-14f)));
        Assert.True(float.IsSubnormal(Vector("normal_cdf", -14f)));
        Assert.True(double.IsSubnormal(ActivationMath.NormalCdf(-38.2)));
        Assert.True(double.IsSubnormal(Vector("normal_cdf", -38.2)));
        Assert.True(float.IsSubnormal(ActivationMath.NormalPdf(13.5f)));
        Assert.True(float.IsSubnormal(Vector("normal_pdf", -13.5f)));
        Assert.True(double.IsSubnormal(ActivationMath.NormalPdf(38.4)));
        Assert.True(double.IsSubnormal(Vector("normal_pdf", -38.4)));
        Assert.True(float.IsSubnormal(Vector("tanh", float.Epsilon)));
        Assert.True(float.IsSubnormal(Vector("tanh_fast", -float.Epsilon)));
        Assert.True(double.IsSubnormal(Vector("tanh", 1e-310)));
    }

    [Fact]
    public void Tanh_is_odd_and_monotone_on_a_fine_grid()
    {
        // Bit-exact oddness (the sign is copied) and no decrease from one float to the next near the
        // switch points of the algorithms.
        foreach (float start in new[] { 0.17f, 0.34f, 0.55f, 1.0f, 8.9f, 18.9f })
        {
            float[] x = new float[4096];
            for (int i = 0; i < x.Length; i++)
            {
                x[i] = i == 0 ? start : MathF.BitIncrement(x[i - 1]);
            }

            float[] neg = x.Select(v => -v).ToArray();
            foreach (string function in new[] { "tanh", "tanh_fast" })
            {
                float[] y = new float[x.Length], yn = new float[x.Length];
                TanhNormalAccuracyTests.RunSingle(function, x, y);
                TanhNormalAccuracyTests.RunSingle(function, neg, yn);
                for (int i = 0; i < x.Length; i++)
                {
                    Assert.Equal(-y[i], yn[i]);
                    Assert.True(i == 0 || y[i] >= y[i - 1], $"{function} decreases at {x[i]:R}");
                }
            }

            double[] xd = x.Select(v => (double)v).ToArray();
            double[] yd = new double[xd.Length];
            TanhNormalAccuracyTests.RunDouble("tanh", xd, yd);
            for (int i = 1; i < xd.Length; i++)
            {
                Assert.True(yd[i] >= yd[i - 1], $"double tanh decreases at {xd[i]:R}");
            }
        }
    }

    // The value sits in every lane position of a full register (and in a tail).
    private static double Vector(string function, double x)
    {
        double[] input = Enumerable.Repeat(x, 19).ToArray();
        double[] output = new double[input.Length];
        TanhNormalAccuracyTests.RunDouble(function, input, output);
        Assert.All(output, v => Assert.Equal(BitConverter.DoubleToInt64Bits(output[0]), BitConverter.DoubleToInt64Bits(v)));
        return output[0];
    }

    private static float Vector(string function, float x)
    {
        float[] input = Enumerable.Repeat(x, 37).ToArray();
        float[] output = new float[input.Length];
        TanhNormalAccuracyTests.RunSingle(function, input, output);
        Assert.All(output, v => Assert.Equal(BitConverter.SingleToInt32Bits(output[0]), BitConverter.SingleToInt32Bits(v)));
        return output[0];
    }

    private static void AssertWithin(double expected, double actual, long ulp, string function, double x)
    {
        bool ok = double.IsNaN(expected)
            ? double.IsNaN(actual)
            : ulp == 0 ? BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual) : Ulp.Distance(expected, actual) <= ulp;
        Assert.True(ok, $"{function}({x:R}): expected {expected:R} (±{ulp} ULP), got {actual:R}");
    }

    private static void AssertSame(float expected, float actual, string function, float x)
    {
        bool same = float.IsNaN(expected) ? float.IsNaN(actual) : BitConverter.SingleToInt32Bits(expected) == BitConverter.SingleToInt32Bits(actual);
        Assert.True(same, $"{function}({x:R}): expected {expected:R}, got {actual:R}");
    }
}
