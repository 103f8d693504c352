using static Activations.Analyzers.Tests.Numerics.NumericsVerify;

namespace Activations.Analyzers.Tests.Numerics;

/// <summary>Every rule in the spellings found in hand-written ML code.</summary>
public class SpellingTests
{
    [Fact]
    public Task ExpRatioSigmoid_Spellings() => AnalyzerAsync(InClass("""
            static double A(double x) => {|ACT1001:Math.Exp(x) / (1 + Math.Exp(x))|};
            static double B(double x) => {|ACT1001:Math.Exp(x) / (Math.Exp(x) + 1.0)|};
            static float C(float x) => {|ACT1001:MathF.Exp(x) / (1f + MathF.Exp(x))|};
            static double D(double x) => {|ACT1001:Math.Pow(Math.E, x) / (1 + Math.Pow(Math.E, x))|};
            static double E(double x) { var e = Math.Exp(x); return {|ACT1001:e / (1 + e)|}; }
            static float F(float x) => (float)({|ACT1001:Math.Exp(x) / (1 + Math.Exp(x))|});
            static double G(double x) => {|ACT1001:x * Math.Exp(x) / (1 + Math.Exp(x))|};
            static Func<double, double> H = x => {|ACT1001:Math.Exp(x) / (1 + Math.Exp(x))|};
            static double I(double x) => {|ACT1001:Math.Exp(-x) / (1 + Math.Exp(-x))|};
            static double J(double x) => {|ACT1001:double.Exp(x) / (1 + double.Exp(x))|};
            static double K(double x) { double ex = Math.Exp(x), d = 1 + ex; return {|ACT1001:ex / d|}; }
        """));

    [Fact]
    public Task ExpRatioSigmoid_UsingStatic() => AnalyzerAsync("""
        using static System.Math;

        public static class Numerics
        {
            public static double A(double x) => {|ACT1001:Exp(x) / (1 + Exp(x))|};
            public static double B(double x) => 1 / (1 + Exp(-x));
        }
        """);

    [Fact]
    public Task ExpRatioSigmoid_Bounded() => NoDiagnosticAsync(InClass("""
            static double A(double x) => 1 / (1 + Math.Exp(-x));
            static double B(double x) => 1.0 / (1.0 + Math.Exp(-x));
            static float C(float x) => 1f / (1f + MathF.Exp(-x));
            static double D(double x) => Math.Exp(Math.Min(x, 30)) / (1 + Math.Exp(Math.Min(x, 30)));
            static double E(double x) { x = Math.Clamp(x, -500, 500); return x; }
            static double F(double x) { double c = Math.Clamp(x, -500, 500); return Math.Exp(c) / (1 + Math.Exp(c)); }
            static double G(double x) => x < 0 ? Math.Exp(x) / (1 + Math.Exp(x)) : 1 / (1 + Math.Exp(-x));
            static double H(double x)
            {
                if (x >= 0)
                {
                    return 1 / (1 + Math.Exp(-x));
                }

                double e = Math.Exp(x);
                return e / (1 + e);
            }
            static double I(double x) { if (x > 0) return 1 / (1 + Math.Exp(-x)); else return Math.Exp(x) / (1 + Math.Exp(x)); }
            static double J(double z) => Math.Exp(-Math.Abs(z)) / (1 + Math.Exp(-Math.Abs(z)));
            static float K(float x) => MathF.Exp(Math.Clamp(x, -80f, 80f)) / (1 + MathF.Exp(Math.Clamp(x, -80f, 80f)));
            static double L(double x) => x switch { > 0 => 1 / (1 + Math.Exp(-x)), _ => Math.Exp(x) / (1 + Math.Exp(x)) };
            static double M(double x) => x / (1 + Math.Exp(-x));
            static double N(double x) => 1 - 1 / (1 + Math.Exp(x));
            static double O(double x) => Math.Exp(x) / (2 + Math.Exp(x));
        """));

    [Fact]
    public Task ExpRatioSigmoid_FloatClampTooWide() => AnalyzerAsync(InClass("""
            static float A(float x) => {|ACT1001:MathF.Exp(Math.Clamp(x, -500f, 500f)) / (1 + MathF.Exp(Math.Clamp(x, -500f, 500f)))|};
            static double B(double x) => Math.Exp(Math.Clamp(x, -500, 500)) / (1 + Math.Exp(Math.Clamp(x, -500, 500)));
        """));

    [Fact]
    public Task Softplus_Spellings() => AnalyzerAsync(InClass("""
            static double A(double x) => {|ACT1002:Math.Log(1 + Math.Exp(x))|};
            static double B(double x) => {|ACT1002:Math.Log(Math.Exp(x) + 1)|};
            static float C(float x) => {|ACT1002:MathF.Log(1 + MathF.Exp(x))|};
            static double D(double x) => {|ACT1002:Math.Log(1 + Math.Pow(Math.E, x))|};
            static double E(double x) => {|ACT1002:Math.Log(1 + Math.Exp(x), Math.E)|};
            static double F(double x) { double e = Math.Exp(x); double s = 1 + e; return {|ACT1002:Math.Log(s)|}; }
            static double G(double x) => {|ACT1002:Math.Log(1 + Math.Exp(-x))|};
            static double H(double y, double z) => {|ACT1002:Math.Log(1.0 + Math.Exp(-y * z))|};
            static double I(double x) => {|ACT1002:double.LogP1(Math.Exp(x))|};
            static double J(double x) => {|ACT1002:ActivationMath.Log1p(Math.Exp(x))|};
            static float K(float x) => (float){|ACT1002:Math.Log(1 + Math.Exp(x))|};
            static double L(double x) => x * Math.Tanh({|ACT1002:Math.Log(1 + Math.Exp(x))|});
            static double M(double x, double beta) => {|ACT1002:Math.Log(1 + Math.Exp(beta * x))|} / beta;
        """));

    [Fact]
    public Task Softplus_Stable() => NoDiagnosticAsync(InClass("""
            static double A(double x) => Math.Log(1 + Math.Exp(Math.Min(x, 30)));
            static double B(double z) => Math.Max(z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z)));
            static double C(double x) => x > 0 ? x + Math.Log(1 + Math.Exp(-x)) : Math.Log(1 + Math.Exp(x));
            static double D(double x) { if (x > 20) return x; return Math.Log(1 + Math.Exp(x)); }
            static double E(double x)
            {
                if (x > 0)
                {
                    return x + Math.Log(1 + Math.Exp(-x));
                }
                else
                {
                    return Math.Log(1 + Math.Exp(x));
                }
            }
            static double F(double x) => x > 20 ? x : Math.Log(1 + Math.Exp(x));
            static float G(float x) => x >= 15f ? x : MathF.Log(1f + MathF.Exp(x));
            static double H(double z, double y) => Math.Max(z, 0) - z * y + Math.Log(1 + Math.Exp(-Math.Abs(z)));
            static double I(double x) => Math.Log(1 + Math.Exp(Math.Clamp(x, -50, 50)));
            static double J(double x) { double t = -Math.Abs(x); return Math.Max(x, 0) + Math.Log(1 + Math.Exp(t)); }
            static double K(double x) => x switch { > 30 => x, < -30 => Math.Exp(x), _ => Math.Log(1 + Math.Exp(x)) };
            static double L(double x) => ActivationMath.Softplus(x);
            static double M(double x) => Math.Log(2 + Math.Exp(x) - 1 - 1);
            static double N(double x) { if (Math.Abs(x) > 30) return Math.Max(x, 0); return Math.Log(1 + Math.Exp(x)); }
            static double O(double x) => x is > -30 and < 30 ? Math.Log(1 + Math.Exp(x)) : Math.Max(x, 0);
            static double P(double x) { while (x > 10) { x -= 1; } return x; }
        """));

    [Fact]
    public Task LogSigmoid_Spellings() => AnalyzerAsync(InClass("""
            static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));
            static double A(double z) => {|ACT1003:Math.Log(Sigmoid(z))|};
            static double B(double z) => {|ACT1003:Math.Log(1 - Sigmoid(z))|};
            static double C(double z) => {|ACT1003:Math.Log(ActivationMath.Sigmoid(z))|};
            static double D(double z) { double p = 1 / (1 + Math.Exp(-z)); return {|ACT1003:Math.Log(1.0 - p)|}; }
            static double E(double z) => {|ACT1003:Math.Log(Math.Max(Sigmoid(z), 1e-7))|};
            static double F(double z) => {|ACT1003:Math.Log(1 - Sigmoid(z) + 1e-7)|};
            static float G(float z) => {|ACT1003:MathF.Log(1f - 1f / (1f + MathF.Exp(-z)))|};
            static double H(double z) { var p = Math.Clamp(Sigmoid(z), 1e-7, 1 - 1e-7); return {|ACT1003:Math.Log(p)|}; }
            static double I(double z) => -{|ACT1003:Math.Log(Sigmoid(z))|};
            static double J(double z, bool label) => label ? -{|ACT1003:Math.Log(Sigmoid(z))|} : -{|ACT1003:Math.Log(1 - Sigmoid(z))|};
        """));

    [Fact]
    public Task LogSigmoid_Bounded() => NoDiagnosticAsync(InClass("""
            static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));
            static double A(double z) => Math.Log(Sigmoid(Math.Clamp(z, -30, 30)));
            static double B(double z) => Math.Log(1 - Sigmoid(Math.Clamp(z, -30, 30)));
            static double C(double z) => Math.Log(Sigmoid(Math.Abs(z)));
            static double D(double p) => Math.Log(p);
            static double E(double z) => ActivationMath.LogSigmoid(z);
            static double F(double z) => Math.Log(1 - Math.Tanh(z));
        """));

    [Fact]
    public Task Tanh_Spellings() => AnalyzerAsync(InClass("""
            static double A(double x) => {|ACT1004:(Math.Exp(x) - Math.Exp(-x)) / (Math.Exp(x) + Math.Exp(-x))|};
            static double B(double x) => {|ACT1004:(Math.Exp(2 * x) - 1) / (Math.Exp(2 * x) + 1)|};
            static double C(double x) => {|ACT1004:(1 - Math.Exp(-2 * x)) / (1 + Math.Exp(-2 * x))|};
            static float D(float x) => {|ACT1004:(MathF.Exp(x) - MathF.Exp(-x)) / (MathF.Exp(x) + MathF.Exp(-x))|};
            static double E(double x) { double a = Math.Exp(x), b = Math.Exp(-x); return {|ACT1004:(a - b) / (a + b)|}; }
            static double F(double x) => {|ACT1004:Math.Sinh(x) / Math.Cosh(x)|};
            static double G(double x) => {|ACT1004:(Math.Exp(-x) - Math.Exp(x)) / (Math.Exp(x) + Math.Exp(-x))|};
        """));

    [Fact]
    public Task Tanh_Safe() => NoDiagnosticAsync(InClass("""
            static double A(double x) => Math.Tanh(x);
            static double B(double x) => 2 / (1 + Math.Exp(-2 * x)) - 1;
            static double C(double x) { x = Math.Clamp(x, -20, 20); return x; }
            static double D(double x) { double c = Math.Clamp(x, -20, 20); return (Math.Exp(c) - Math.Exp(-c)) / (Math.Exp(c) + Math.Exp(-c)); }
            static double E(double x) => (Math.Exp(x) - Math.Exp(-x)) / 2;
            static double F(double x) => (Math.Exp(x) - 1) / x;
        """));

    [Fact]
    public Task CrossEntropy_Spellings() => AnalyzerAsync(InClass("""
            static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));

            static double A(double z, double y)
            {
                double p = Sigmoid(z);
                return {|ACT1005:-(y * Math.Log(p) + (1 - y) * Math.Log(1 - p))|};
            }

            static double B(double z, double y)
            {
                double p = Sigmoid(z);
                return {|ACT1005:-y * Math.Log(p) - (1 - y) * Math.Log(1 - p)|};
            }

            static double C(double z, double y)
            {
                double p = Sigmoid(z);
                return {|ACT1005:y * Math.Log(p) + (1 - y) * Math.Log(1 - p)|};
            }

            static double D(double[] w, double[][] x, double[] y, double b)
            {
                double loss = 0;
                for (int i = 0; i < y.Length; i++)
                {
                    double z = b;
                    for (int j = 0; j < w.Length; j++) z += w[j] * x[i][j];
                    double p = 1 / (1 + Math.Exp(-z));
                    loss += {|ACT1005:-(y[i] * Math.Log(p) + (1 - y[i]) * Math.Log(1 - p))|};
                }

                return loss / y.Length;
            }

            static double E(double z, double y)
            {
                const double eps = 1e-7;
                double p = Math.Clamp(Sigmoid(z), eps, 1 - eps);
                return {|ACT1005:-(y * Math.Log(p) + (1 - y) * Math.Log(1 - p))|};
            }

            static float F(float z, float y)
            {
                float p = ActivationMath.Sigmoid(z);
                return {|ACT1005:-(y * MathF.Log(p + 1e-7f) + (1 - y) * MathF.Log(1 - p + 1e-7f))|};
            }

            static double G(double z, int label)
            {
                double p = Sigmoid(z);
                return {|ACT1005:-(label * Math.Log(p) + (1 - label) * Math.Log(1 - p))|};
            }

            static double H(double z, double y, double posWeight)
            {
                double p = Sigmoid(z);
                return {|ACT1005:-(posWeight * y * Math.Log(p) + (1 - y) * Math.Log(1 - p))|};
            }

            static double I(double z, double y)
            {
                double p = Sigmoid(z);
                double logP = Math.Log(p), log1mP = Math.Log(1 - p);
                return {|ACT1005:-(y * logP + (1 - y) * log1mP)|};
            }

            static double J(double z, double y, double total)
            {
                double p = Sigmoid(z);
                total -= {|ACT1005:y * Math.Log(p) + (1 - y) * Math.Log(1 - p)|};
                return total;
            }
        """));

    [Fact]
    public Task CrossEntropy_NoLogit() => AnalyzerAsync(InClass("""
            static double A(double p, double y) => {|ACT1006:-(y * Math.Log(p) + (1 - y) * Math.Log(1 - p))|};
            static double B(double[] p, double[] y)
            {
                double loss = 0;
                for (int i = 0; i < p.Length; i++)
                    loss += {|ACT1006:-y[i] * Math.Log(p[i] + 1e-15) - (1 - y[i]) * Math.Log(1 - p[i] + 1e-15)|};
                return loss / p.Length;
            }
        """));

    [Fact]
    public Task CrossEntropy_Safe() => NoDiagnosticAsync(InClass("""
            static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));
            static double A(double z, double y) => Math.Max(z, 0) - z * y + Math.Log(1 + Math.Exp(-Math.Abs(z)));
            static double B(double z, double y) => Losses.BinaryCrossEntropyWithLogits(z, y);
            static double C(double z, double y)
            {
                double p = Sigmoid(Math.Clamp(z, -20, 20));
                return -(y * Math.Log(p) + (1 - y) * Math.Log(1 - p));
            }
            static double D(double p) => -(p * Math.Log(p) + (1 - p) * Math.Log(1 - p));
            static double E(double z, double y) => -(y * ActivationMath.LogSigmoid(z) + (1 - y) * ActivationMath.LogSigmoid(-z));
        """));

    [Fact]
    public Task Softmax() => AnalyzerAsync(InClass("""
            static double[] A(double[] x)
            {
                double sum = 0;
                for (int i = 0; i < x.Length; i++) sum += Math.Exp(x[i]);
                var y = new double[x.Length];
                for (int i = 0; i < x.Length; i++) y[i] = {|ACT1007:Math.Exp(x[i]) / sum|};
                return y;
            }

            static double[] B(double[] x)
            {
                var e = new double[x.Length];
                double sum = 0;
                for (int i = 0; i < x.Length; i++) { e[i] = Math.Exp(x[i]); sum += e[i]; }
                for (int i = 0; i < x.Length; i++) e[i] = {|ACT1007:e[i] / sum|};
                return e;
            }

            static double[] C(double[] x)
            {
                var exps = x.Select(Math.Exp).ToArray();
                double sum = exps.Sum();
                return exps.Select(v => {|ACT1007:v / sum|}).ToArray();
            }

            static double[] D(double[] x)
            {
                double sum = x.Sum(v => Math.Exp(v));
                return x.Select(v => {|ACT1007:Math.Exp(v) / sum|}).ToArray();
            }
        """));

    [Fact]
    public Task Softmax_Stable() => NoDiagnosticAsync(InClass("""
            static double[] A(double[] x)
            {
                double max = x.Max();
                double sum = 0;
                for (int i = 0; i < x.Length; i++) sum += Math.Exp(x[i] - max);
                var y = new double[x.Length];
                for (int i = 0; i < x.Length; i++) y[i] = Math.Exp(x[i] - max) / sum;
                return y;
            }

            static double[] B(double[] x)
            {
                double max = x.Max();
                var exps = x.Select(v => Math.Exp(v - max)).ToArray();
                double sum = exps.Sum();
                return exps.Select(v => v / sum).ToArray();
            }
        """));

    [Fact]
    public Task SigmoidDerivatives() => AnalyzerAsync(InClass("""
            static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));
            static double A(double x) => {|ACT1008:Math.Exp(-x) / Math.Pow(1 + Math.Exp(-x), 2)|};
            static double B(double x) => {|ACT1008:Math.Exp(x) / ((1 + Math.Exp(x)) * (1 + Math.Exp(x)))|};
            static double C(double x) { double s = Sigmoid(x); return {|ACT1009:s * (1 - s)|}; }
            static double D(double x) => {|ACT1009:Sigmoid(x) * (1 - Sigmoid(x))|};
            static double E(double s) => s * (1 - s);
            static double F(double x) => ActivationMath.SigmoidDerivative(x);
            static double G(double x) { double s = Sigmoid(Math.Clamp(x, -20, 20)); return s * (1 - s); }
        """));

    [Fact]
    public Task ActivationMethods() => AnalyzerAsync("""
        using System;
        using Activations;

        public static partial class Gates
        {
            [Activation("sigmoid")]
            public static partial double Sigmoid(double x);

            [Activation("SIGMOID", Temperature = 2)]
            public static partial double Soft(double x);

            public static double A(double z, double y)
            {
                double p = Sigmoid(z);
                return {|ACT1005:-(y * Math.Log(p) + (1 - y) * Math.Log(1 - p))|};
            }

            public static double B(double z) => {|ACT1003:Math.Log(Soft(z))|};

            public static partial double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

            public static partial double Soft(double x) => 1 / (1 + Math.Exp(-x / 2));
        }
        """);

    [Fact]
    public Task LocalFunctionsAndLambdas() => AnalyzerAsync(InClass("""
            static double A(double z, double y)
            {
                double Sig(double v) => 1 / (1 + Math.Exp(-v));
                double p = Sig(z);
                return {|ACT1005:-(y * Math.Log(p) + (1 - y) * Math.Log(1 - p))|};
            }

            static double B(double z)
            {
                Func<double, double> sigmoid = v => {|ACT1001:Math.Exp(v) / (1 + Math.Exp(v))|};
                return {|ACT1003:Math.Log(sigmoid(z))|};
            }

            static double C(double[] xs) => xs.Sum(x => {|ACT1002:Math.Log(1 + Math.Exp(x))|});
        """));

    [Fact]
    public Task GuardsDoNotLeak() => AnalyzerAsync(InClass("""
            static double A(double x)
            {
                if (x > 20)
                {
                    x = 1000;
                    return {|ACT1002:Math.Log(1 + Math.Exp(x))|};
                }

                return x;
            }

            static double B(double x)
            {
                x = Math.Min(x, 10);
                x = x * 100;
                return {|ACT1002:Math.Log(1 + Math.Exp(x))|};
            }

            static double C(double x)
            {
                if (x > 20) { }
                return {|ACT1002:Math.Log(1 + Math.Exp(x))|};
            }

            static double D(double x)
            {
                Func<double> f = () => {|ACT1002:Math.Log(1 + Math.Exp(x))|};
                if (x > 20) return x;
                return f();
            }
        """));

    [Fact]
    public Task StableSplitSigmoidHelpers() => AnalyzerAsync(InClass("""
            static double Stable(double x) => x >= 0 ? 1 / (1 + Math.Exp(-x)) : Math.Exp(x) / (1 + Math.Exp(x));

            static double Stable2(double x)
            {
                if (x >= 0)
                {
                    return 1 / (1 + Math.Exp(-x));
                }

                double e = Math.Exp(x);
                return e / (1 + e);
            }

            static double A(double z) => {|ACT1003:Math.Log(1 - Stable(z))|};
            static double B(double z) => {|ACT1003:Math.Log(Stable2(z))|};
            static double C(double z, double y)
            {
                double p = Stable2(z);
                return {|ACT1005:-(y * Math.Log(p) + (1 - y) * Math.Log(1 - p))|};
            }
        """));

    [Fact]
    public Task FocalLoss() => CodeFixAsync(
        InClass("""
            static double Focal(double z, double y, double gamma)
            {
                double p = 1 / (1 + Math.Exp(-z));
                double pt = y == 1 ? p : 1 - p;
                return -Math.Pow(1 - pt, gamma) * {|ACT1003:Math.Log(pt)|};
            }
        """),
        InClass("""
            static double Focal(double z, double y, double gamma)
            {
                double p = 1 / (1 + Math.Exp(-z));
                double pt = y == 1 ? p : 1 - p;
                return -Math.Pow(1 - pt, gamma) * (y == 1 ? ActivationMath.LogSigmoid(z) : ActivationMath.LogSigmoid(-z));
            }
        """));

    [Fact]
    public Task SoftmaxInPlaceDivision() => AnalyzerAsync(InClass("""
            static double[] A(double[] z)
            {
                var result = new double[z.Length];
                double total = 0.0;
                for (int i = 0; i < z.Length; i++)
                {
                    result[i] = Math.Exp(z[i]);
                    total += result[i];
                }

                for (int i = 0; i < z.Length; i++)
                {
                    {|ACT1007:result[i] /= total|};
                }

                return result;
            }
        """));
}
