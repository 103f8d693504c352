using Activations.Kernels;

namespace Activations.Tests;

/// <summary>
/// NaN, infinities, signed zeros, subnormal results and tiny arguments, for the scalar
/// ActivationMath and the vector primitives (through SpanKernels), float and double. Expected
/// values are exact (correctly rounded, computed with mpmath) and compared bit for bit, except
/// where a tolerance in ULP is stated.
/// </summary>
public class SpecialValuesTests
{
    private const double Inf = double.PositiveInfinity;
    private const double NaN = double.NaN;

    // function, x, exact result rounded to double (also used, cast, for float where exactly a float
    // or 0/±∞/NaN), and whether float should be checked with the cast value.
    public static TheoryData<string, double, double> Doubles => new()
    {
        { "sigmoid", NaN, NaN }, { "sigmoid", Inf, 1.0 }, { "sigmoid", -Inf, 0.0 }, { "sigmoid", 0.0, 0.5 }, { "sigmoid", -0.0, 0.5 },
        { "sigmoid", -740.0, 4.2e-322 }, { "sigmoid", -745.0, 5e-324 }, { "sigmoid", -800.0, 0.0 }, { "sigmoid", 800.0, 1.0 },
        { "sigmoid", -708.5, 2.006132305331306e-308 }, { "sigmoid", 40.0, 1.0 },
        { "sigmoid'", NaN, NaN }, { "sigmoid'", Inf, 0.0 }, { "sigmoid'", -Inf, 0.0 }, { "sigmoid'", 0.0, 0.25 }, { "sigmoid'", -0.0, 0.25 },
        { "sigmoid'", 100.0, 3.720075976020836e-44 }, { "sigmoid'", -100.0, 3.720075976020836e-44 }, { "sigmoid'", 740.0, 4.2e-322 },
        { "sigmoid'", 30.0, 9.357622968838423e-14 },
        { "softplus", NaN, NaN }, { "softplus", Inf, Inf }, { "softplus", -Inf, 0.0 }, { "softplus", 1e30, 1e30 }, { "softplus", -740.0, 4.2e-322 },
        { "softplus", -800.0, 0.0 }, { "softplus", 800.0, 800.0 }, { "softplus", 0.0, 0.6931471805599453 },
        { "log_sigmoid", NaN, NaN }, { "log_sigmoid", Inf, -0.0 }, { "log_sigmoid", -Inf, -Inf }, { "log_sigmoid", -1e30, -1e30 },
        { "log_sigmoid", 740.0, -4.2e-322 },
        { "log1p", NaN, NaN }, { "log1p", Inf, Inf }, { "log1p", -1.0, -Inf }, { "log1p", -2.0, NaN }, { "log1p", -Inf, NaN },
        { "log1p", 0.0, 0.0 }, { "log1p", -0.0, -0.0 }, { "log1p", 1e-17, 1e-17 }, { "log1p", 5e-324, 5e-324 }, { "log1p", -1e-300, -1e-300 },
        { "log1p", 1.0, 0.6931471805599453 },
        { "expm1", NaN, NaN }, { "expm1", Inf, Inf }, { "expm1", -Inf, -1.0 }, { "expm1", 0.0, 0.0 }, { "expm1", -0.0, -0.0 },
        { "expm1", 1e-10, 1.00000000005e-10 }, { "expm1", 1e-5, 1.0000050000166668e-05 }, { "expm1", 5e-324, 5e-324 }, { "expm1", -1e-300, -1e-300 },
        { "expm1", 1000.0, Inf }, { "expm1", -1000.0, -1.0 }, { "expm1", 709.78, 1.7928227943945155e+308 },
    };

    public static TheoryData<string, float, float> Singles => new()
    {
        { "sigmoid", float.NaN, float.NaN }, { "sigmoid", float.PositiveInfinity, 1f }, { "sigmoid", float.NegativeInfinity, 0f },
        { "sigmoid", -0f, 0.5f }, { "sigmoid", -100f, 3.783505853677006e-44f }, { "sigmoid", -104f, 0f }, { "sigmoid", 20f, 1f },
        { "sigmoid'", float.NaN, float.NaN }, { "sigmoid'", float.PositiveInfinity, 0f }, { "sigmoid'", float.NegativeInfinity, 0f },
        { "sigmoid'", 30f, 9.357622912219837e-14f }, { "sigmoid'", -30f, 9.357622912219837e-14f }, { "sigmoid'", 100f, 3.783505853677006e-44f },
        { "softplus", float.NaN, float.NaN }, { "softplus", float.PositiveInfinity, float.PositiveInfinity }, { "softplus", float.NegativeInfinity, 0f },
        { "softplus", -100f, 3.783505853677006e-44f }, { "softplus", 1e30f, 1e30f }, { "softplus", float.MaxValue, float.MaxValue },
        { "log_sigmoid", float.NaN, float.NaN }, { "log_sigmoid", float.PositiveInfinity, -0f }, { "log_sigmoid", float.NegativeInfinity, float.NegativeInfinity },
        { "log_sigmoid", 100f, -3.783505853677006e-44f }, { "log_sigmoid", -float.MaxValue, -float.MaxValue },
        { "log1p", float.NaN, float.NaN }, { "log1p", float.PositiveInfinity, float.PositiveInfinity }, { "log1p", -1f, float.NegativeInfinity },
        { "log1p", -1.5f, float.NaN }, { "log1p", -0f, -0f }, { "log1p", 1e-5f, 9.999949725170154e-06f }, { "log1p", float.Epsilon, float.Epsilon },
        { "expm1", float.NaN, float.NaN }, { "expm1", float.PositiveInfinity, float.PositiveInfinity }, { "expm1", float.NegativeInfinity, -1f },
        { "expm1", -0f, -0f }, { "expm1", 1e-5f, 1.0000049769587349e-05f }, { "expm1", -1e-5f, -9.999949725170154e-06f },
        { "expm1", float.Epsilon, float.Epsilon }, { "expm1", 89f, float.PositiveInfinity },
    };

    [Theory]
    [MemberData(nameof(Doubles))]
    public void Double_scalar(string function, double x, double expected) => AssertSame(expected, Scalar(function, x), function, x);

    [Theory]
    [MemberData(nameof(Doubles))]
    public void Double_vector(string function, double x, double expected)
    {
        // The vector σ' is specified within 4 ULP (e^-|x| itself may be 1 ULP off in the tails).
        if (function == "sigmoid'" && double.IsFinite(expected) && expected != 0)
        {
            Assert.InRange(Infrastructure.Ulp.Distance(expected, Vector(function, x)), 0, 4);
            return;
        }

        AssertSame(expected, Vector(function, x), function, x);
    }

    [Theory]
    [MemberData(nameof(Singles))]
    public void Single_scalar(string function, float x, float expected) => AssertSame(expected, Scalar(function, x), function, x);

    [Theory]
    [MemberData(nameof(Singles))]
    public void Single_vector(string function, float x, float expected) => AssertSame(expected, Vector(function, x), function, x);

    [Fact]
    public void Subnormal_results_are_subnormal_not_flushed()
    {
        Assert.True(float.IsSubnormal(ActivationMath.Sigmoid(-100f)));
        Assert.True(double.IsSubnormal(ActivationMath.Sigmoid(-740.0)));
        Assert.True(float.IsSubnormal(Vector("sigmoid", -100f)));
        Assert.True(float.IsSubnormal(Vector("sigmoid_fast", -100f)));
        Assert.True(double.IsSubnormal(Vector("sigmoid", -740.0)));
        Assert.True(double.IsSubnormal(Vector("sigmoid_fast", -740.0)));
        Assert.True(double.IsSubnormal(Vector("exp", -740.0)));
        Assert.True(float.IsSubnormal(Vector("exp", -100f)));
    }

    [Fact]
    public void Vector_exp_special_values()
    {
        AssertSame(double.NaN, Vector("exp", double.NaN), "exp", double.NaN);
        AssertSame(0.0, Vector("exp", double.NegativeInfinity), "exp", double.NegativeInfinity);
        AssertSame(double.PositiveInfinity, Vector("exp", double.PositiveInfinity), "exp", double.PositiveInfinity);
        AssertSame(double.PositiveInfinity, Vector("exp", 710.0), "exp", 710.0);
        AssertSame(1.0, Vector("exp", -0.0), "exp", -0.0);
        AssertSame(4.2e-322, Vector("exp", -740.0), "exp", -740.0);
        AssertSame(5e-324, Vector("exp", -745.0), "exp", -745.0);
        AssertSame(0f, Vector("exp", float.NegativeInfinity), "exp", float.NegativeInfinity);
        AssertSame(float.PositiveInfinity, Vector("exp", 89f), "exp", 89f);
        AssertSame(3.783505853677006e-44f, Vector("exp", -100f), "exp", -100f);
    }

    [Fact]
    public void Scalar_exp_and_log_special_values()
    {
        AssertSame(double.NaN, ActivationMath.Exp(double.NaN), "exp", double.NaN);
        AssertSame(0.0, ActivationMath.Exp(double.NegativeInfinity), "exp", double.NegativeInfinity);
        AssertSame(Inf, ActivationMath.Exp(Inf), "exp", Inf);
        AssertSame(Inf, ActivationMath.Exp(709.79), "exp", 709.79);
        AssertSame(1.0, ActivationMath.Exp(-0.0), "exp", -0.0);
        AssertSame(4.2e-322, ActivationMath.Exp(-740.0), "exp", -740.0);
        AssertSame(5e-324, ActivationMath.Exp(-745.0), "exp", -745.0);
        AssertSame(0.0, ActivationMath.Exp(-745.2), "exp", -745.2);
        AssertSame(3.783505853677006e-44f, ActivationMath.Exp(-100f), "exp", -100f);
        AssertSame(float.PositiveInfinity, ActivationMath.Exp(89f), "exp", 89f);

        AssertSame(double.NaN, ActivationMath.Log(double.NaN), "log", double.NaN);
        AssertSame(double.NaN, ActivationMath.Log(-1.0), "log", -1.0);
        AssertSame(double.NaN, ActivationMath.Log(double.NegativeInfinity), "log", double.NegativeInfinity);
        AssertSame(double.NegativeInfinity, ActivationMath.Log(0.0), "log", 0.0);
        AssertSame(double.NegativeInfinity, ActivationMath.Log(-0.0), "log", -0.0);
        AssertSame(Inf, ActivationMath.Log(Inf), "log", Inf);
        AssertSame(0.0, ActivationMath.Log(1.0), "log", 1.0);
        AssertSame(-744.4400719213812, ActivationMath.Log(5e-324), "log", 5e-324);
        AssertSame(-708.3964185322641, ActivationMath.Log(2.2250738585072014e-308), "log", 2.2250738585072014e-308);
        AssertSame(709.782712893384, ActivationMath.Log(double.MaxValue), "log", double.MaxValue);
        AssertSame(-103.2789306640625f, ActivationMath.Log(float.Epsilon), "log", float.Epsilon);
    }

    [Fact]
    public void SigmoidFast_special_values()
    {
        foreach (var (x, y) in new[] { (float.NaN, float.NaN), (float.PositiveInfinity, 1f), (float.NegativeInfinity, 0f), (-0f, 0.5f), (-120f, 0f), (120f, 1f) })
        {
            AssertSame(y, Vector("sigmoid_fast", x), "sigmoid_fast", x);
        }

        foreach (var (x, y) in new[] { (double.NaN, double.NaN), (double.PositiveInfinity, 1.0), (double.NegativeInfinity, 0.0), (-0.0, 0.5), (-800.0, 0.0), (40.0, 1.0) })
        {
            AssertSame(y, Vector("sigmoid_fast", x), "sigmoid_fast", x);
        }
    }

    private static double Scalar(string function, double x) => function switch
    {
        "sigmoid" => ActivationMath.Sigmoid(x),
        "sigmoid'" => ActivationMath.SigmoidDerivative(x),
        "softplus" => ActivationMath.Softplus(x),
        "log_sigmoid" => ActivationMath.LogSigmoid(x),
        "log1p" => ActivationMath.Log1p(x),
        "expm1" => ActivationMath.Expm1(x),
        _ => throw new ArgumentException(function),
    };

    private static float Scalar(string function, float x) => function switch
    {
        "sigmoid" => ActivationMath.Sigmoid(x),
        "sigmoid'" => ActivationMath.SigmoidDerivative(x),
        "softplus" => ActivationMath.Softplus(x),
        "log_sigmoid" => ActivationMath.LogSigmoid(x),
        "log1p" => ActivationMath.Log1p(x),
        "expm1" => ActivationMath.Expm1(x),
        _ => throw new ArgumentException(function),
    };

    // The value sits in every lane position of a full register (and in a tail).
    private static double Vector(string function, double x)
    {
        double[] input = Enumerable.Repeat(x, 19).ToArray();
        double[] output = new double[input.Length];
        VectorAccuracyTests.RunDouble(function, input, output);
        Assert.All(output, v => Assert.Equal(BitConverter.DoubleToInt64Bits(output[0]), BitConverter.DoubleToInt64Bits(v)));
        return output[0];
    }

    private static float Vector(string function, float x)
    {
        float[] input = Enumerable.Repeat(x, 37).ToArray();
        float[] output = new float[input.Length];
        VectorAccuracyTests.RunSingle(function, input, output);
        Assert.All(output, v => Assert.Equal(BitConverter.SingleToInt32Bits(output[0]), BitConverter.SingleToInt32Bits(v)));
        return output[0];
    }

    private static void AssertSame(double expected, double actual, string function, double x)
    {
        bool same = double.IsNaN(expected) ? double.IsNaN(actual) : BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual);
        Assert.True(same, $"{function}({x:R}): expected {expected:R}, got {actual:R}");
    }

    private static void AssertSame(float expected, float actual, string function, float x)
    {
        bool same = float.IsNaN(expected) ? float.IsNaN(actual) : BitConverter.SingleToInt32Bits(expected) == BitConverter.SingleToInt32Bits(actual);
        Assert.True(same, $"{function}({x:R}): expected {expected:R}, got {actual:R}");
    }
}
