using Activations.Kernels;
using Activations.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Activations.Tests;

/// <summary>
/// Tanh, TanhFast, TanhDerivative, NormalCdf and NormalPdf, scalar (ActivationMath) and vector
/// (ISimdVector through SpanKernels), float and double, against the exact values of
/// Data/special.csv (float x, and for double also x that are not floats).
/// </summary>
public class TanhNormalAccuracyTests
{
    private readonly ITestOutputHelper _output;

    public TanhNormalAccuracyTests(ITestOutputHelper output) => _output = output;

    // function, float bound, double bound (ULP)
    public static TheoryData<string, long, long> Primitives => new()
    {
        { "tanh", 1, 2 },
        { "tanh_fast", 4, 4 },
        { "tanh'", 4, 4 },
        { "normal_cdf", 1, 3 },
        { "normal_pdf", 1, 2 },
    };

    [Theory]
    [MemberData(nameof(Primitives))]
    public void Scalar_single(string function, long singleBound, long doubleBound)
    {
        _ = doubleBound;
        var rows = ReferenceData.SpecialFunction(Reference(function));
        Func<float, float> f = ScalarSingle(function);
        var report = new UlpReport($"ActivationMath float {function}");
        foreach (ReferenceRow row in rows)
        {
            report.Add(row.X, row.YSingle, f(row.XSingle));
        }

        report.AssertAtMost(singleBound, _output);
    }

    [Theory]
    [MemberData(nameof(Primitives))]
    public void Scalar_double(string function, long singleBound, long doubleBound)
    {
        _ = singleBound;
        var rows = ReferenceData.SpecialFunction(Reference(function), doubles: true);
        Func<double, double> f = ScalarDouble(function);
        var report = new UlpReport($"ActivationMath double {function}");
        foreach (ReferenceRow row in rows)
        {
            report.Add(row.X, row.YDouble, f(row.XDouble));
        }

        report.AssertAtMost(doubleBound, _output);
    }

    [Theory]
    [MemberData(nameof(Primitives))]
    public void Vector_single(string function, long singleBound, long doubleBound)
    {
        _ = doubleBound;
        var rows = ReferenceData.SpecialFunction(Reference(function));
        float[] x = rows.Select(r => r.XSingle).ToArray();
        float[] y = new float[x.Length];
        RunSingle(function, x, y);
        var report = new UlpReport($"vector float {function}");
        for (int i = 0; i < x.Length; i++)
        {
            report.Add(rows[i].X, rows[i].YSingle, y[i]);
        }

        report.AssertAtMost(singleBound, _output);
    }

    [Theory]
    [MemberData(nameof(Primitives))]
    public void Vector_double(string function, long singleBound, long doubleBound)
    {
        _ = singleBound;
        var rows = ReferenceData.SpecialFunction(Reference(function), doubles: true);
        double[] x = rows.Select(r => r.XDouble).ToArray();
        double[] y = new double[x.Length];
        RunDouble(function, x, y);
        var report = new UlpReport($"vector double {function}");
        for (int i = 0; i < x.Length; i++)
        {
            report.Add(rows[i].X, rows[i].YDouble, y[i]);
        }

        report.AssertAtMost(doubleBound, _output);
    }

    [Fact]
    public void Tanh_matches_the_shared_reference()
    {
        // tests/reference/activations.csv's tanh rows (y and dy), scalar and vector, float and double.
        var rows = ReferenceData.Activation("tanh");
        float[] xf = rows.Select(r => r.XSingle).ToArray();
        double[] xd = rows.Select(r => r.XDouble).ToArray();
        float[] yf = new float[xf.Length], dyf = new float[xf.Length];
        double[] yd = new double[xd.Length], dyd = new double[xd.Length];
        SpanKernels.Apply(new TanhOp<float>(), xf, yf);
        SpanKernels.Apply(new TanhDerivativeOp<float>(), xf, dyf);
        SpanKernels.Apply(new TanhOp<double>(), xd, yd);
        SpanKernels.Apply(new TanhDerivativeOp<double>(), xd, dyd);
        var reports = new[]
        {
            new UlpReport("tanh float"), new UlpReport("tanh' float"), new UlpReport("tanh double"), new UlpReport("tanh' double"),
        };
        for (int i = 0; i < rows.Count; i++)
        {
            reports[0].Add(rows[i].X, rows[i].YSingle, yf[i]);
            reports[0].Add(rows[i].X, rows[i].YSingle, ActivationMath.Tanh(xf[i]));
            reports[1].Add(rows[i].X, rows[i].DySingle, dyf[i]);
            reports[1].Add(rows[i].X, rows[i].DySingle, ActivationMath.TanhDerivative(xf[i]));
            reports[2].Add(rows[i].X, rows[i].YDouble, yd[i]);
            reports[2].Add(rows[i].X, rows[i].YDouble, ActivationMath.Tanh(xd[i]));
            reports[3].Add(rows[i].X, rows[i].DyDouble, dyd[i]);
            reports[3].Add(rows[i].X, rows[i].DyDouble, ActivationMath.TanhDerivative(xd[i]));
        }

        reports[0].AssertAtMost(1, _output);
        reports[1].AssertAtMost(4, _output);
        reports[2].AssertAtMost(2, _output);
        reports[3].AssertAtMost(4, _output);
    }

    private static string Reference(string function) => function == "tanh_fast" ? "tanh" : function;

    internal static Func<float, float> ScalarSingle(string function) => function switch
    {
        "tanh" => ActivationMath.Tanh,
        "tanh_fast" => ActivationMath.TanhFast,
        "tanh'" => ActivationMath.TanhDerivative,
        "normal_cdf" => ActivationMath.NormalCdf,
        "normal_pdf" => ActivationMath.NormalPdf,
        _ => throw new ArgumentException(function),
    };

    internal static Func<double, double> ScalarDouble(string function) => function switch
    {
        "tanh" => ActivationMath.Tanh,
        "tanh_fast" => ActivationMath.TanhFast,
        "tanh'" => ActivationMath.TanhDerivative,
        "normal_cdf" => ActivationMath.NormalCdf,
        "normal_pdf" => ActivationMath.NormalPdf,
        _ => throw new ArgumentException(function),
    };

    internal static void RunSingle(string function, ReadOnlySpan<float> x, Span<float> y)
    {
        switch (function)
        {
            case "tanh": SpanKernels.Apply(new TanhOp<float>(), x, y); break;
            case "tanh_fast": SpanKernels.Apply(new TanhFastOp<float>(), x, y); break;
            case "tanh'": SpanKernels.Apply(new TanhDerivativeOp<float>(), x, y); break;
            case "normal_cdf": SpanKernels.Apply(new NormalCdfOp<float>(), x, y); break;
            case "normal_pdf": SpanKernels.Apply(new NormalPdfOp<float>(), x, y); break;
            default: throw new ArgumentException(function);
        }
    }

    internal static void RunDouble(string function, ReadOnlySpan<double> x, Span<double> y)
    {
        switch (function)
        {
            case "tanh": SpanKernels.Apply(new TanhOp<double>(), x, y); break;
            case "tanh_fast": SpanKernels.Apply(new TanhFastOp<double>(), x, y); break;
            case "tanh'": SpanKernels.Apply(new TanhDerivativeOp<double>(), x, y); break;
            case "normal_cdf": SpanKernels.Apply(new NormalCdfOp<double>(), x, y); break;
            case "normal_pdf": SpanKernels.Apply(new NormalPdfOp<double>(), x, y); break;
            default: throw new ArgumentException(function);
        }
    }
}
