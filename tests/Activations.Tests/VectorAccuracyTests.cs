using Activations.Kernels;
using Activations.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Activations.Tests;

/// <summary>
/// The ISimdVector primitives, run through SpanKernels (the widest accelerated width, tails
/// included), against the exact reference values.
/// </summary>
public class VectorAccuracyTests
{
    private readonly ITestOutputHelper _output;

    public VectorAccuracyTests(ITestOutputHelper output) => _output = output;

    // function, reference (file function and column), float bound, double bound
    public static TheoryData<string, long, long> Cases => new()
    {
        { "sigmoid", 1, 2 },
        { "sigmoid'", 4, 4 },
        { "sigmoid_fast", 4, 4 },
        { "softplus", 2, 4 },
        { "log_sigmoid", 2, 4 },
        { "exp", 2, 4 },
        { "expm1", 2, 4 },
        { "log1p", 2, 4 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Single(string function, long singleBound, long doubleBound)
    {
        _ = doubleBound;
        var (rows, derivative) = Rows(function);
        float[] x = rows.Select(r => r.XSingle).ToArray();
        float[] y = new float[x.Length];
        RunSingle(function, x, y);
        var report = new UlpReport($"vector float {function}");
        for (int i = 0; i < x.Length; i++)
        {
            report.Add(rows[i].X, derivative ? rows[i].DySingle : rows[i].YSingle, y[i]);
        }

        report.AssertAtMost(singleBound, _output);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Double(string function, long singleBound, long doubleBound)
    {
        _ = singleBound;
        var (rows, derivative) = Rows(function);
        double[] x = rows.Select(r => r.XDouble).ToArray();
        double[] y = new double[x.Length];
        RunDouble(function, x, y);
        var report = new UlpReport($"vector double {function}");
        for (int i = 0; i < x.Length; i++)
        {
            report.Add(rows[i].X, derivative ? rows[i].DyDouble : rows[i].YDouble, y[i]);
        }

        report.AssertAtMost(doubleBound, _output);
    }

    [Fact]
    public void Sigmoid_backward_is_gradient_times_derivative()
    {
        var rows = ReferenceData.Activation("sigmoid");
        double[] x = rows.Select(r => r.XDouble).ToArray();
        double[] g = x.Select((_, i) => i % 3 == 0 ? 1.0 : i % 3 == 1 ? -0.5 : 4.0).ToArray(); // exact scalings
        double[] y = new double[x.Length];
        SpanKernels.Apply(new SigmoidBackwardOp<double>(), x, g, y);
        var report = new UlpReport("vector double gradient·σ'");
        for (int i = 0; i < x.Length; i++)
        {
            report.Add(rows[i].X, g[i] * rows[i].DyDouble, y[i]);
        }

        report.AssertAtMost(4, _output);
    }

    private static (IReadOnlyList<ReferenceRow> Rows, bool Derivative) Rows(string function) => function switch
    {
        "sigmoid" or "sigmoid_fast" => (ReferenceData.Activation("sigmoid"), false),
        "sigmoid'" => (ReferenceData.Activation("sigmoid"), true),
        "softplus" or "log_sigmoid" => (ReferenceData.Activation(function), false),
        _ => (ReferenceData.ElementaryFunction(function), false),
    };

    internal static void RunSingle(string function, ReadOnlySpan<float> x, Span<float> y)
    {
        switch (function)
        {
            case "sigmoid": SpanKernels.Apply(new SigmoidOp<float>(), x, y); break;
            case "sigmoid'": SpanKernels.Apply(new SigmoidDerivativeOp<float>(), x, y); break;
            case "sigmoid_fast": SpanKernels.Apply(new SigmoidFastOp<float>(), x, y); break;
            case "softplus": SpanKernels.Apply(new SoftplusOp<float>(), x, y); break;
            case "log_sigmoid": SpanKernels.Apply(new LogSigmoidOp<float>(), x, y); break;
            case "exp": SpanKernels.Apply(new ExpOp<float>(), x, y); break;
            case "expm1": SpanKernels.Apply(new Expm1Op<float>(), x, y); break;
            case "log1p": SpanKernels.Apply(new Log1pOp<float>(), x, y); break;
            default: throw new ArgumentException(function);
        }
    }

    internal static void RunDouble(string function, ReadOnlySpan<double> x, Span<double> y)
    {
        switch (function)
        {
            case "sigmoid": SpanKernels.Apply(new SigmoidOp<double>(), x, y); break;
            case "sigmoid'": SpanKernels.Apply(new SigmoidDerivativeOp<double>(), x, y); break;
            case "sigmoid_fast": SpanKernels.Apply(new SigmoidFastOp<double>(), x, y); break;
            case "softplus": SpanKernels.Apply(new SoftplusOp<double>(), x, y); break;
            case "log_sigmoid": SpanKernels.Apply(new LogSigmoidOp<double>(), x, y); break;
            case "exp": SpanKernels.Apply(new ExpOp<double>(), x, y); break;
            case "expm1": SpanKernels.Apply(new Expm1Op<double>(), x, y); break;
            case "log1p": SpanKernels.Apply(new Log1pOp<double>(), x, y); break;
            default: throw new ArgumentException(function);
        }
    }
}
