using static Activations.Analyzers.Tests.Numerics.NumericsVerify;

namespace Activations.Analyzers.Tests.Numerics;

/// <summary>Ranges through assignments, clamps written as ifs, early exits and loops.</summary>
public class FlowTests
{
    [Fact]
    public Task ClampedByReassignment_NoDiagnostic() => NoDiagnosticAsync(InClass("""
            static double A(double x) { x = Math.Clamp(x, -500, 500); return Math.Exp(x) / (1 + Math.Exp(x)); }
            static double B(double x) { x = Math.Max(-500, Math.Min(500, x)); return Math.Log(1 + Math.Exp(x)); }
            static double C(double x) { if (x > 30) x = 30; return Math.Log(1 + Math.Exp(x)); }
            static double D(double x) { if (x > 500) { x = 500; } else if (x < -500) { x = -500; } return Math.Exp(x) / (1 + Math.Exp(x)); }
            static double E(double x) { if (x > 30) return x; x = x * 1; return Math.Log(1 + Math.Exp(x)); }
            static double F(double x) { double t = x; if (t > 30) t = 30; return Math.Log(1 + Math.Exp(t)); }
            static double G(double x) { double t = Math.Min(x, 30); t = t - 1; return Math.Log(1 + Math.Exp(t)); }
            static float H(float x) { x = Math.Clamp(x, -80f, 80f); return MathF.Exp(x) / (1 + MathF.Exp(x)); }
            static double I(double x) { if (x > 0) x = -x; return Math.Log(1 + Math.Exp(x)); }
            static double J(double[] xs)
            {
                double total = 0;
                foreach (double v in xs)
                {
                    double c = v;
                    if (c > 30) c = 30;
                    total += Math.Log(1 + Math.Exp(c));
                }

                return total;
            }
        """));

    [Fact]
    public Task NotClamped_Diagnostic() => AnalyzerAsync(InClass("""
            static double A(double x) { if (x < 30) x = 30; return {|ACT1002:Math.Log(1 + Math.Exp(x))|}; }
            static double B(double x) { x = Math.Clamp(x, -500, 500); x *= 2; return {|ACT1002:Math.Log(1 + Math.Exp(x))|}; }
            static double C(double x, bool flag) { if (flag) x = Math.Min(x, 30); return {|ACT1002:Math.Log(1 + Math.Exp(x))|}; }
            static double D(double[] xs)
            {
                double s = 0, c = 0;
                for (int i = 0; i < xs.Length; i++)
                {
                    s += {|ACT1002:Math.Log(1 + Math.Exp(c))|};
                    c = xs[i];
                }

                return s;
            }
            static double E(double x) { x = Math.Min(x, 30); Action a = () => x = 1000; a(); return {|ACT1002:Math.Log(1 + Math.Exp(x))|}; }
        """));

    [Fact]
    public Task NamedBounds() => AnalyzerAsync("""
        using System;

        public static class Numerics
        {
            private const double MaxExp = 700;
            private static readonly double Threshold = 20;
            private static double s_mutable = 20;

            public static double A(double x) => Math.Exp(Math.Min(x, MaxExp)) / (1 + Math.Exp(Math.Min(x, MaxExp)));
            public static double B(double x) => x > Threshold ? x : Math.Log(1 + Math.Exp(x));
            public static double C(double x) { const double limit = 30; return x > limit ? x : Math.Log(1 + Math.Exp(x)); }
            public static double D(double x) { double limit = 30; return x > limit ? x : Math.Log(1 + Math.Exp(x)); }
            public static double E(double x) => x > s_mutable ? x : {|ACT1002:Math.Log(1 + Math.Exp(x))|};
        }
        """);

    [Fact]
    public Task LogSumExp() => AnalyzerAsync(InClass("""
            static double A(double[] x) => {|ACT1007:Math.Log(x.Sum(v => Math.Exp(v)))|};
            static double B(double[] x)
            {
                double sum = 0;
                foreach (double v in x) sum += Math.Exp(v);
                return {|ACT1007:Math.Log(sum)|};
            }
            static double C(double a, double b) => {|ACT1007:Math.Log(Math.Exp(a) + Math.Exp(b))|};
            static double D(double[] x)
            {
                double max = x.Max();
                return max + Math.Log(x.Sum(v => Math.Exp(v - max)));
            }
            static double E(double a, double b) { double m = Math.Max(a, b); return m + Math.Log(Math.Exp(a - m) + Math.Exp(b - m)); }
        """));

    [Fact]
    public Task DelegateFields() => AnalyzerAsync("""
        using System;

        public static class Numerics
        {
            private static readonly Func<double, double> Sigmoid = x => 1 / (1 + Math.Exp(-x));

            public static double A(double z, double y)
            {
                double p = Sigmoid(z);
                return {|ACT1005:-(y * Math.Log(p) + (1 - y) * Math.Log(1 - p))|};
            }
        }
        """);

    [Fact]
    public Task InstanceHelpers() => AnalyzerAsync("""
        using System;

        public sealed class LogisticRegression
        {
            private readonly double[] _w = new double[4];
            private double _b;

            private double Sigmoid(double z) { return 1.0 / (1.0 + Math.Exp(-z)); }

            private double Dot(double[] x)
            {
                double s = _b;
                for (int i = 0; i < x.Length; i++) s += _w[i] * x[i];
                return s;
            }

            public double Predict(double[] x) => Sigmoid(Dot(x));

            public double Loss(double[][] xs, double[] ys)
            {
                double loss = 0;
                for (int i = 0; i < xs.Length; i++)
                {
                    double z = Dot(xs[i]);
                    double p = Sigmoid(z);
                    loss -= {|ACT1005:ys[i] * Math.Log(p) + (1 - ys[i]) * Math.Log(1 - p)|};
                }

                return loss / xs.Length;
            }

            public double LossOfPredictions(double[][] xs, double[] ys)
            {
                double loss = 0;
                for (int i = 0; i < xs.Length; i++)
                {
                    // Predict's logit, Dot(x), is a formula of its parameter: not visible here.
                    double p = Predict(xs[i]);
                    loss += {|ACT1006:-ys[i] * Math.Log(p) - (1 - ys[i]) * Math.Log(1 - p)|};
                }

                return loss / xs.Length;
            }
        }
        """);

    [Fact]
    public Task GeneratedCodeIsSkipped() => NoDiagnosticAsync("""
        // <auto-generated/>
        using System;

        public static class Generated
        {
            public static double A(double x) => Math.Exp(x) / (1 + Math.Exp(x));
            public static double B(double x) => Math.Log(1 + Math.Exp(x));
        }
        """);

    [Fact]
    public Task RelationsBetweenVariables() => AnalyzerAsync(InClass("""
            static double A(double a, double b) => a > b ? a + Math.Log(1 + Math.Exp(b - a)) : b + Math.Log(1 + Math.Exp(a - b));
            static double B(double a, double b) { if (a < b) return b + Math.Log(1 + Math.Exp(a - b)); return a + Math.Log(1 + Math.Exp(b - a)); }
            static double C(double a, double b) => a > b ? {|ACT1002:Math.Log(1 + Math.Exp(a - b))|} : 0;
            static double D(double a, double b) => {|ACT1007:Math.Exp(a) / (Math.Exp(a) + Math.Exp(b))|};
        """));

    [Fact]
    public Task KnownRanges_NoDiagnostic() => NoDiagnosticAsync(InClass("""
            static double A() { double s = 0; for (int i = 0; i < 10; i++) s += Math.Log(1 + Math.Exp(i)); return s; }
            static double B(Random random) => Math.Log(1 + Math.Exp(random.NextDouble()));
            static double C(double x) => Math.Exp(-Math.Pow(x, 2)) / (1 + Math.Exp(-Math.Pow(x, 2)));
            static double D(double a, double b) => Math.Max(a, b) + Math.Log(1 + Math.Exp(Math.Min(a, b) - Math.Max(a, b)));
            static double E(double a, double b) { double m = Math.Max(a, b); return m + Math.Log(1 + Math.Exp(a - m)); }
            static double F(double x) => Math.Log(1 + Math.Exp(Math.Sin(x))) + Math.Log(1 + Math.Exp(-Math.Sqrt(Math.Abs(x))));
            static double G(double x) => Math.Exp(-x * x) / (1 + Math.Exp(-x * x));
        """));

    [Fact]
    public async Task LargeMethodsStayFast()
    {
        // 200 chained statements on locals and a 200-term sum: the work per operation is bounded
        // (no blow-up through the chain of definitions).
        var body = new System.Text.StringBuilder();
        body.AppendLine("static double Big(double x, double[] w) {");
        body.AppendLine("double a0 = x;");
        for (int i = 1; i < 200; i++)
        {
            body.AppendLine($"double a{i} = a{i - 1} * w[{i % 7}] + Math.Exp(-Math.Abs(a{i - 1})) / (1 + Math.Exp(-Math.Abs(a{i - 1})));");
        }

        body.Append("return ");
        for (int i = 0; i < 200; i++)
        {
            body.Append($"a{i} * Math.Log(1 + Math.Exp(-Math.Abs(a{i}))) + ");
        }

        body.AppendLine("0; }");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        (var diagnostics, var exceptions) = await AnalyzeDirectlyAsync(InClass(body.ToString()));
        Assert.Empty(exceptions);
        Assert.Empty(diagnostics);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(8), watch.Elapsed.ToString());
    }
}
