using System.Globalization;
using Activations.Kernels;
using Activations.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Activations.Tests;

/// <summary>
/// The gated linear unit primitives (Silu, Gelu, GeluTanh, Mish and their derivatives), scalar
/// (ActivationMath) and vector (ISimdVector through SpanKernels), float and double, against the
/// exact values of Data/gated.csv (Data/generate_gated.py: dense around each derivative's zero,
/// the doubles next to it included). Forward: ULP; derivative: ULP relative to max(|f'|, ε), so
/// near the zero the error is counted in ULPs of ε (the measure).
/// </summary>
public class GatedAccuracyTests
{
    private readonly ITestOutputHelper _output;

    public GatedAccuracyTests(ITestOutputHelper output) => _output = output;

    // function, float bound, double bound: the bars (forward 1/2 ULP silu, 2/4 the others;
    // derivatives 8 relative to max(|f'|, ε)). Measured: double f ≤ 1 (silu), 3 (gelu, mish), 2
    // (gelu_tanh); f' ≤ 2 (silu, gelu), 4 (gelu_tanh), 3 (mish); float ≤ 1 everywhere.
    public static TheoryData<string, long, long> Cases => new()
    {
        { "silu", 1, 2 },
        { "silu'", 8, 8 },
        { "gelu", 2, 4 },
        { "gelu'", 8, 8 },
        { "gelu_tanh", 2, 4 },
        { "gelu_tanh'", 8, 8 },
        { "mish", 2, 4 },
        { "mish'", 8, 8 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Single(string function, long singleBound, long doubleBound)
    {
        _ = doubleBound;
        var rows = Rows(function, doubles: false);
        float[] x = rows.Select(r => (float)r.X).ToArray();
        float[] span = new float[x.Length];
        SpanKernels.Apply(new GatedOp<float>(function), x, span);
        Func<float, float> f = ScalarSingle(function);
        double worst = 0, worstSpan = 0;
        string at = "", atSpan = "";
        for (int i = 0; i < x.Length; i++)
        {
            float expected = (float)rows[i].Y;
            if (expected != 0 && MathF.Abs(expected) < 1.17549435e-38f)
            {
                continue; // composites may lose subnormal results (the note)
            }

            Track(Error(expected, f(x[i]), function), rows[i].Text, ref worst, ref at);
            Track(Error(expected, span[i], function), rows[i].Text, ref worstSpan, ref atSpan);
        }

        _output.WriteLine($"float {function}: scalar {worst:F2} at {at}, span {worstSpan:F2} at {atSpan}");
        Assert.True(worst <= singleBound, $"scalar float {function}: {worst:F2} ULP at x = {at}");
        Assert.True(worstSpan <= singleBound, $"span float {function}: {worstSpan:F2} ULP at x = {atSpan}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Double(string function, long singleBound, long doubleBound)
    {
        _ = singleBound;
        var rows = Rows(function, doubles: true);
        double[] x = rows.Select(r => r.X).ToArray();
        double[] span = new double[x.Length];
        SpanKernels.Apply(new GatedOp<double>(function), x, span);
        Func<double, double> f = ScalarDouble(function);
        double worst = 0, worstSpan = 0;
        string at = "", atSpan = "";
        for (int i = 0; i < x.Length; i++)
        {
            double expected = rows[i].Y;
            if (expected != 0 && Math.Abs(expected) < 2.2250738585072014e-308)
            {
                continue;
            }

            Track(Error(expected, f(x[i]), function), rows[i].Text, ref worst, ref at);
            Track(Error(expected, span[i], function), rows[i].Text, ref worstSpan, ref atSpan);
        }

        _output.WriteLine($"double {function}: scalar {worst:F2} at {at}, span {worstSpan:F2} at {atSpan}");
        Assert.True(worst <= doubleBound, $"scalar double {function}: {worst:F2} ULP at x = {at}");
        Assert.True(worstSpan <= doubleBound, $"span double {function}: {worstSpan:F2} ULP at x = {atSpan}");
    }

    [Fact]
    public void Special_values()
    {
        foreach (string function in new[] { "silu", "gelu", "gelu_tanh", "mish" })
        {
            Func<double, double> f = ScalarDouble(function), df = ScalarDouble(function + "'");
            Func<float, float> ff = ScalarSingle(function), dff = ScalarSingle(function + "'");
            Assert.True(double.IsNaN(f(double.NaN)) && double.IsNaN(df(double.NaN)) && float.IsNaN(ff(float.NaN)) && float.IsNaN(dff(float.NaN)), function);
            Assert.Equal(double.PositiveInfinity, f(double.PositiveInfinity));
            Assert.Equal(float.PositiveInfinity, ff(float.PositiveInfinity));
            Assert.Equal(0.0, f(double.NegativeInfinity));
            Assert.Equal(0f, ff(float.NegativeInfinity));
            Assert.Equal(1.0, df(double.PositiveInfinity));
            Assert.Equal(0.0, df(double.NegativeInfinity));
            Assert.Equal(1f, dff(float.PositiveInfinity));
            Assert.Equal(0f, dff(float.NegativeInfinity));
            Assert.Equal(0.0, f(0.0));

            double[] specials = { double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.0, -0.0, 1e300, -1e300, 5e-324 };
            double[] span = new double[specials.Length], dspan = new double[specials.Length];
            SpanKernels.Apply(new GatedOp<double>(function), specials, span);
            SpanKernels.Apply(new GatedOp<double>(function + "'"), specials, dspan);
            for (int i = 0; i < specials.Length; i++)
            {
                double scalar = f(specials[i]);
                Assert.True(double.IsNaN(scalar) ? double.IsNaN(span[i]) : BitConverter.DoubleToInt64Bits(scalar) == BitConverter.DoubleToInt64Bits(span[i]), $"{function}({specials[i]}): {scalar} vs {span[i]}");
                Assert.Equal(df(specials[i]), dspan[i]);
            }
        }
    }

    private static void Track(double error, string x, ref double worst, ref string at)
    {
        if (error > worst)
        {
            worst = error;
            at = x;
        }
    }

    private static double Error(double expected, double actual, string function)
    {
        const double epsilon = 2.220446049250313e-16;
        if (!function.EndsWith('\'') || double.IsNaN(expected) || Math.Abs(expected) >= epsilon)
        {
            return Ulp.Distance(expected, actual);
        }

        return Math.Abs(actual - expected) / 4.930380657631324e-32; // in ULPs of ε (2^-104)
    }

    private static double Error(float expected, float actual, string function)
    {
        const float epsilon = 1.1920929e-7f;
        if (!function.EndsWith('\'') || float.IsNaN(expected) || MathF.Abs(expected) >= epsilon)
        {
            return Ulp.Distance(expected, actual);
        }

        return Math.Abs((double)actual - expected) / 1.4210854715202004e-14; // 2^-46
    }

    private sealed record Row(string Text, double X, double Y);

    private static readonly Lazy<string[][]> s_file = new(() => File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "gated.csv"))
        .Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToArray());

    private static IReadOnlyList<Row> Rows(string function, bool doubles)
    {
        Row[] rows = s_file.Value.Where(f => f[0] == function || (doubles && f[0] == function + ":double"))
            .Select(f => new Row(f[1], Parse.Double(f[1]), Parse.Double(f[2]))).ToArray();
        Assert.True(rows.Length > 500, $"{rows.Length} rows for {function}");
        return rows;
    }

    private static Func<double, double> ScalarDouble(string function) => function switch
    {
        "silu" => ActivationMath.Silu,
        "silu'" => ActivationMath.SiluDerivative,
        "gelu" => ActivationMath.Gelu,
        "gelu'" => ActivationMath.GeluDerivative,
        "gelu_tanh" => ActivationMath.GeluTanh,
        "gelu_tanh'" => ActivationMath.GeluTanhDerivative,
        "mish" => ActivationMath.Mish,
        "mish'" => ActivationMath.MishDerivative,
        _ => throw new ArgumentException(function),
    };

    private static Func<float, float> ScalarSingle(string function) => function switch
    {
        "silu" => ActivationMath.Silu,
        "silu'" => ActivationMath.SiluDerivative,
        "gelu" => ActivationMath.Gelu,
        "gelu'" => ActivationMath.GeluDerivative,
        "gelu_tanh" => ActivationMath.GeluTanh,
        "gelu_tanh'" => ActivationMath.GeluTanhDerivative,
        "mish" => ActivationMath.Mish,
        "mish'" => ActivationMath.MishDerivative,
        _ => throw new ArgumentException(function),
    };
}

/// <summary>One of the gated primitives by name ("silu", "silu'", …), for SpanKernels and the width tests.</summary>
public readonly struct GatedOp<T> : IUnaryOperator<T> where T : unmanaged
{
    private readonly int _which;

    public GatedOp(string function) => _which = Array.IndexOf(Names, function) is int i and >= 0 ? i : throw new ArgumentException(function);

    public static readonly string[] Names = { "silu", "silu'", "gelu", "gelu'", "gelu_tanh", "gelu_tanh'", "mish", "mish'" };

    public TV Invoke<TV>(TV x) where TV : struct, ISimdVector<TV, T> => _which switch
    {
        0 => TV.Silu(x),
        1 => TV.SiluDerivative(x),
        2 => TV.Gelu(x),
        3 => TV.GeluDerivative(x),
        4 => TV.GeluTanh(x),
        5 => TV.GeluTanhDerivative(x),
        6 => TV.Mish(x),
        _ => TV.MishDerivative(x),
    };
}
