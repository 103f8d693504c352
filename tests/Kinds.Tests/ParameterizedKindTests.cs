using Activations.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Activations.Kinds.Tests;

/// <summary>
/// Kinds at a scaled argument whose factor is not a power of two (swish β = 1.5, softplus β = 1.5,
/// Temperature 0.7 and 3), against Data/parameterized.csv (Data/generate_parameterized.py, mpmath):
/// the same bars as the plain kinds, scalar and span. Without the generated first-order correction
/// f(u) + r·f'(u) (r the argument's rounding error) x·σ(1.5x) was 30 ULP off at x = −30 and
/// σ(x/0.7) 20 ULP at x = −40: the rounding of β·x, amplified by the condition number ~|u|.
/// </summary>
public class ParameterizedKindTests
{
    private readonly ITestOutputHelper _output;

    public ParameterizedKindTests(ITestOutputHelper output) => _output = output;

    public sealed record Case(string Name, Func<float, float> F, Func<float, float> Df, KindAccuracyTests.Span<float> Fs, KindAccuracyTests.Span<float> Dfs,
        Func<double, double> G, Func<double, double> Dg, KindAccuracyTests.Span<double> Gs, KindAccuracyTests.Span<double> Dgs,
        long FloatUlp, long DoubleUlp, long DerivativeUlp, double Zero)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Case> Cases => new()
    {
        new("swish1.5", F.Swish15, F.Swish15Derivative, F.Swish15, F.Swish15Derivative, D.Swish15, D.Swish15Derivative, D.Swish15, D.Swish15Derivative, 1, 2, 8, -0.85231),
        // Float softplus(1.5·x)/1.5 is computed in double and rounded once (ScaledSoftplus): rounding
        // softplus(β·x) to float and then dividing by β gave 2 ULP (x = 2.92).
        // elu α = 0.3 float: the product α·(e^x − 1) is formed in double (0.3f would add its own error: 2 ULP).
        new("softplus1.5", F.Softplus15, F.Softplus15Derivative, F.Softplus15, F.Softplus15Derivative, D.Softplus15, D.Softplus15Derivative, D.Softplus15, D.Softplus15Derivative, 1, 2, 4, double.NaN),
        new("sigmoid/0.7", F.SigmoidT07, F.SigmoidT07Derivative, F.SigmoidT07, F.SigmoidT07Derivative, D.SigmoidT07, D.SigmoidT07Derivative, D.SigmoidT07, D.SigmoidT07Derivative, 1, 2, 4, double.NaN),
        new("gelu/0.7", F.GeluT07, F.GeluT07Derivative, F.GeluT07, F.GeluT07Derivative, D.GeluT07, D.GeluT07Derivative, D.GeluT07, D.GeluT07Derivative, 2, 4, 8, -0.52625),
        new("elu0.3", F.Elu03, F.Elu03Derivative, F.Elu03, F.Elu03Derivative, D.Elu03, D.Elu03Derivative, D.Elu03, D.Elu03Derivative, 1, 2, 4, double.NaN),
        new("mish/0.7", F.MishT07, F.MishT07Derivative, F.MishT07, F.MishT07Derivative, D.MishT07, D.MishT07Derivative, D.MishT07, D.MishT07Derivative, 2, 4, 8, -0.83470),
        new("log_sigmoid/3", F.LogSigmoidT3, F.LogSigmoidT3Derivative, F.LogSigmoidT3, F.LogSigmoidT3Derivative, D.LogSigmoidT3, D.LogSigmoidT3Derivative, D.LogSigmoidT3, D.LogSigmoidT3Derivative, 1, 2, 4, double.NaN),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Float_meets_the_bars(Case c)
    {
        var rows = Rows(c.Name, doubles: false);
        float[] x = rows.Select(r => (float)r.X).ToArray();
        float[] fs = new float[x.Length], dfs = new float[x.Length];
        c.Fs(x, fs);
        c.Dfs(x, dfs);
        double worst = 0, worstDerivative = 0;
        var failures = new List<string>();
        for (int i = 0; i < x.Length; i++)
        {
            float y = (float)rows[i].Y, dy = (float)rows[i].Dy;
            bool nearZero = Math.Abs(x[i] - c.Zero) < 0.5;
            if (!(y != 0 && MathF.Abs(y) < 1.17549435e-38f))
            {
                worst = Math.Max(worst, Track(failures, "f", rows[i].Text, Ulp.Distance(y, c.F(x[i])), c.FloatUlp));
                worst = Math.Max(worst, Track(failures, "span f", rows[i].Text, Ulp.Distance(y, fs[i]), c.FloatUlp));
            }

            if (!(dy != 0 && MathF.Abs(dy) < 1.17549435e-38f))
            {
                worstDerivative = Math.Max(worstDerivative, Track(failures, "f'", rows[i].Text, DerivativeError(dy, c.Df(x[i]), nearZero), c.DerivativeUlp));
                worstDerivative = Math.Max(worstDerivative, Track(failures, "span f'", rows[i].Text, DerivativeError(dy, dfs[i], nearZero), c.DerivativeUlp));
            }
        }

        _output.WriteLine($"{c.Name} float over {x.Length} points: f {worst} ULP, f' {worstDerivative} ULP");
        Assert.True(failures.Count == 0, $"{c.Name} float: {failures.Count} failures, first: {string.Join("; ", failures.Take(4))}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Double_meets_the_bars(Case c)
    {
        var rows = Rows(c.Name, doubles: true);
        double[] x = rows.Select(r => r.X).ToArray();
        double[] gs = new double[x.Length], dgs = new double[x.Length];
        c.Gs(x, gs);
        c.Dgs(x, dgs);
        double worst = 0, worstDerivative = 0;
        var failures = new List<string>();
        for (int i = 0; i < x.Length; i++)
        {
            double y = rows[i].Y, dy = rows[i].Dy;
            bool nearZero = Math.Abs(x[i] - c.Zero) < 0.5;
            if (!(y != 0 && Math.Abs(y) < 2.2250738585072014e-308))
            {
                worst = Math.Max(worst, Track(failures, "f", rows[i].Text, Ulp.Distance(y, c.G(x[i])), c.DoubleUlp));
                worst = Math.Max(worst, Track(failures, "span f", rows[i].Text, Ulp.Distance(y, gs[i]), c.DoubleUlp));
            }

            if (!(dy != 0 && Math.Abs(dy) < 2.2250738585072014e-308))
            {
                worstDerivative = Math.Max(worstDerivative, Track(failures, "f'", rows[i].Text, DerivativeError(dy, c.Dg(x[i]), nearZero), c.DerivativeUlp));
                worstDerivative = Math.Max(worstDerivative, Track(failures, "span f'", rows[i].Text, DerivativeError(dy, dgs[i], nearZero), c.DerivativeUlp));
            }
        }

        _output.WriteLine($"{c.Name} double over {x.Length} points: f {worst} ULP, f' {worstDerivative} ULP");
        Assert.True(failures.Count == 0, $"{c.Name} double: {failures.Count} failures, first: {string.Join("; ", failures.Take(4))}");
    }

    private static double Track(List<string> failures, string what, string x, double ulp, long bound)
    {
        if (!(ulp <= bound))
        {
            failures.Add($"{what}({x}): {ulp} ULP");
        }

        return ulp;
    }

    // Near a zero of f' the error counts in ULPs of ε (the issue's max(|f'|, ε)).
    private static double DerivativeError(float expected, float actual, bool nearZero)
        => nearZero && MathF.Abs(expected) < 1.1920929e-7f ? Math.Abs((double)actual - expected) / 1.4210854715202004e-14 : Ulp.Distance(expected, actual);

    private static double DerivativeError(double expected, double actual, bool nearZero)
        => nearZero && Math.Abs(expected) < 2.220446049250313e-16 ? Math.Abs(actual - expected) / 4.930380657631324e-32 : Ulp.Distance(expected, actual);

    private sealed record Row(string Text, double X, double Y, double Dy);

    private static IReadOnlyList<Row> Rows(string name, bool doubles)
    {
        Row[] rows = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "parameterized.csv"))
            .Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))
            .Where(f => f[0] == name || (doubles && f[0] == name + ":double"))
            .Select(f => new Row(f[1], Parse.Double(f[1]), Parse.Double(f[2]), Parse.Double(f[3]))).ToArray();
        Assert.True(rows.Length >= 700, $"{rows.Length} rows for {name}");
        return rows;
    }
}
