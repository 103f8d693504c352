using Activations.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Activations.Tests;

/// <summary>ActivationMath against the exact reference values: float ≤ 1 ULP, double ≤ 2 ULP.</summary>
public class ScalarAccuracyTests
{
    private const long SingleBound = 1;
    private const long DoubleBound = 2;

    private readonly ITestOutputHelper _output;

    public ScalarAccuracyTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string> Functions => new()
    {
        "sigmoid", "sigmoid'", "softplus", "softplus'", "log_sigmoid", "log_sigmoid'", "log1p", "expm1",
        "exp", "log",
    };

    [Theory]
    [MemberData(nameof(Functions))]
    public void Single_is_within_1_ulp(string function)
    {
        var (rows, f, derivative) = Case<float>(function);
        var report = new UlpReport($"ActivationMath float {function}");
        foreach (ReferenceRow row in rows)
        {
            report.Add(row.X, derivative ? row.DySingle : row.YSingle, f(row.XSingle));
        }

        report.AssertAtMost(SingleBound, _output);
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Double_is_within_2_ulp(string function)
    {
        var (rows, f, derivative) = Case<double>(function);
        var report = new UlpReport($"ActivationMath double {function}");
        foreach (ReferenceRow row in rows)
        {
            report.Add(row.X, derivative ? row.DyDouble : row.YDouble, f(row.XDouble));
        }

        report.AssertAtMost(DoubleBound, _output);
    }

    // f' is checked through the dy column: σ' = SigmoidDerivative, softplus' = σ, log_sigmoid' = σ(−x).
    private static (IReadOnlyList<ReferenceRow> Rows, Func<T, T> F, bool Derivative) Case<T>(string function)
    {
        object f = (typeof(T) == typeof(float), function) switch
        {
            (true, "sigmoid") => (Func<float, float>)ActivationMath.Sigmoid,
            (true, "sigmoid'") => (Func<float, float>)ActivationMath.SigmoidDerivative,
            (true, "softplus") => (Func<float, float>)ActivationMath.Softplus,
            (true, "softplus'") => (Func<float, float>)ActivationMath.Sigmoid,
            (true, "log_sigmoid") => (Func<float, float>)ActivationMath.LogSigmoid,
            (true, "log_sigmoid'") => (Func<float, float>)(x => ActivationMath.Sigmoid(-x)),
            (true, "log1p") => (Func<float, float>)ActivationMath.Log1p,
            (true, "expm1") => (Func<float, float>)ActivationMath.Expm1,
            (true, "exp") => (Func<float, float>)ActivationMath.Exp,
            (true, "log") => (Func<float, float>)ActivationMath.Log,
            (false, "sigmoid") => (Func<double, double>)ActivationMath.Sigmoid,
            (false, "sigmoid'") => (Func<double, double>)ActivationMath.SigmoidDerivative,
            (false, "softplus") => (Func<double, double>)ActivationMath.Softplus,
            (false, "softplus'") => (Func<double, double>)ActivationMath.Sigmoid,
            (false, "log_sigmoid") => (Func<double, double>)ActivationMath.LogSigmoid,
            (false, "log_sigmoid'") => (Func<double, double>)(x => ActivationMath.Sigmoid(-x)),
            (false, "log1p") => (Func<double, double>)ActivationMath.Log1p,
            (false, "expm1") => (Func<double, double>)ActivationMath.Expm1,
            (false, "exp") => (Func<double, double>)ActivationMath.Exp,
            (false, "log") => (Func<double, double>)ActivationMath.Log,
            _ => throw new ArgumentException(function),
        };
        bool derivative = function.EndsWith('\'');
        string name = function.TrimEnd('\'');
        var rows = name is "log1p" or "expm1" or "exp" or "log" ? ReferenceData.ElementaryFunction(name) : ReferenceData.Activation(name);
        return (rows, (Func<T, T>)f, derivative);
    }
}
