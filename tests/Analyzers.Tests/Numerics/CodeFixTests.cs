using static Activations.Analyzers.Tests.Numerics.NumericsVerify;

namespace Activations.Analyzers.Tests.Numerics;

/// <summary>Each fix, one diagnostic at a time and as fix-all; the fixed code must compile.</summary>
public class NumericsCodeFixTests
{
    [Fact]
    public Task ExpRatioSigmoid() => CodeFixAsync(
        InClass("""
            static double A(double x) => {|ACT1001:Math.Exp(x) / (1 + Math.Exp(x))|};
            static float B(float x) => {|ACT1001:MathF.Exp(x) / (1f + MathF.Exp(x))|};
            static double C(double x) => {|ACT1001:x * Math.Exp(x) / (1 + Math.Exp(x))|};
            static double D(double x) => {|ACT1001:Math.Exp(-x) / (1 + Math.Exp(-x))|};
            static double E(double x) { var e = Math.Exp(x); return {|ACT1001:e / (1 + e)|}; }
            static float F(float x) => (float)({|ACT1001:Math.Exp(x) / (1 + Math.Exp(x))|});
            static double G(double w, double b, double x) => {|ACT1001:2 * Math.Exp(w * x + b) / (Math.Exp(w * x + b) + 1)|};
            static double H(double x) => 1 / ({|ACT1001:Math.Exp(x) * x / (1 + Math.Exp(x))|});
        """),
        InClass("""
            static double A(double x) => ActivationMath.Sigmoid(x);
            static float B(float x) => ActivationMath.Sigmoid(x);
            static double C(double x) => x * ActivationMath.Sigmoid(x);
            static double D(double x) => ActivationMath.Sigmoid(-x);
            static double E(double x) { var e = Math.Exp(x); return ActivationMath.Sigmoid(x); }
            static float F(float x) => (float)(ActivationMath.Sigmoid((double)x));
            static double G(double w, double b, double x) => 2 * ActivationMath.Sigmoid(w * x + b);
            static double H(double x) => 1 / (ActivationMath.Sigmoid(x) * x);
        """));

    [Fact]
    public Task AddsUsing() => CodeFixAsync(
        InClassNoActivations("""
            static double A(double x) => {|ACT1001:Math.Exp(x) / (1 + Math.Exp(x))|};
            static double B(double x) => {|ACT1002:Math.Log(1 + Math.Exp(x))|};
        """),
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using Activations;

        public static class Numerics
        {
            static double A(double x) => ActivationMath.Sigmoid(x);
            static double B(double x) => ActivationMath.Softplus(x);
        }
        """);

    [Fact]
    public Task AddsUsing_NoUsings_UsingStatic() => CodeFixAsync(
        """
        // A file with only a static using.
        using static System.Math;

        namespace Demo
        {
            public static class Numerics
            {
                public static double A(double x) => {|ACT1001:Exp(x) / (1 + Exp(x))|};
                public static double B(double x) => {|ACT1004:(Exp(x) - Exp(-x)) / (Exp(x) + Exp(-x))|};
            }
        }
        """,
        """
        // A file with only a static using.
        using static System.Math;
        using Activations;

        namespace Demo
        {
            public static class Numerics
            {
                public static double A(double x) => ActivationMath.Sigmoid(x);
                public static double B(double x) => System.Math.Tanh(x);
            }
        }
        """);

    [Fact]
    public Task AddsUsing_EmptyFile() => CodeFixAsync(
        """
        public static class Numerics
        {
            public static double A(double x) => {|ACT1002:System.Math.Log(1 + System.Math.Exp(x))|};
        }
        """,
        """
        using Activations;

        public static class Numerics
        {
            public static double A(double x) => ActivationMath.Softplus(x);
        }
        """);

    [Fact]
    public Task NameConflict_UsesGlobal() => CodeFixAsync(
        """
        using System;

        public static class Losses
        {
            public static double Bce(double z, double y)
            {
                double p = 1 / (1 + Math.Exp(-z));
                return {|ACT1005:-(y * Math.Log(p) + (1 - y) * Math.Log(1 - p))|};
            }
        }
        """,
        """
        using System;

        public static class Losses
        {
            public static double Bce(double z, double y)
            {
                double p = 1 / (1 + Math.Exp(-z));
                return global::Activations.Losses.BinaryCrossEntropyWithLogits(z, y);
            }
        }
        """);

    [Fact]
    public Task Softplus() => CodeFixAsync(
        InClass("""
            static double A(double x) => {|ACT1002:Math.Log(1 + Math.Exp(x))|};
            static double B(double x) => {|ACT1002:Math.Log(Math.Exp(-x) + 1)|};
            static float C(float x) => {|ACT1002:MathF.Log(1 + MathF.Exp(x))|};
            static double D(double x, double beta) => {|ACT1002:Math.Log(1 + Math.Exp(beta * x))|} / beta;
            static double E(double y, double z) => {|ACT1002:Math.Log(1 + Math.Exp(-y * z))|};
            static double F(double x) => {|ACT1002:Math.Log(1 + Math.Pow(Math.E, x), Math.E)|};
            static double G(double x) => x * Math.Tanh({|ACT1002:Math.Log(1 + Math.Exp(x))|});
            static double H(double x) => {|ACT1002:Math.Log(1 + Math.Exp(-(x - 1)))|};
        """),
        InClass("""
            static double A(double x) => ActivationMath.Softplus(x);
            static double B(double x) => ActivationMath.Softplus(-x);
            static float C(float x) => ActivationMath.Softplus(x);
            static double D(double x, double beta) => ActivationMath.Softplus(beta * x) / beta;
            static double E(double y, double z) => ActivationMath.Softplus(-y * z);
            static double F(double x) => ActivationMath.Softplus(x);
            static double G(double x) => x * Math.Tanh(ActivationMath.Softplus(x));
            static double H(double x) => ActivationMath.Softplus(-(x - 1));
        """));

    [Fact]
    public Task LogSigmoid() => CodeFixAsync(
        InClass("""
            static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));
            static double A(double z) => {|ACT1003:Math.Log(Sigmoid(z))|};
            static double B(double z) => {|ACT1003:Math.Log(1 - Sigmoid(z))|};
            static double C(double z) => {|ACT1003:Math.Log(1 / (1 + Math.Exp(-z)))|};
            static double D(double w, double x, double b) { double p = 1 / (1 + Math.Exp(-(w * x + b))); return {|ACT1003:Math.Log(1 - p)|}; }
            static float E(float z) => {|ACT1003:MathF.Log(ActivationMath.Sigmoid(z) + 1e-7f)|};
            static double F(double z) => -{|ACT1003:Math.Log(1 - Sigmoid(-z))|};
            static double G(float z) => {|ACT1003:Math.Log(ActivationMath.Sigmoid(z))|};
        """),
        InClass("""
            static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));
            static double A(double z) => ActivationMath.LogSigmoid(z);
            static double B(double z) => ActivationMath.LogSigmoid(-z);
            static double C(double z) => ActivationMath.LogSigmoid(z);
            static double D(double w, double x, double b) { double p = 1 / (1 + Math.Exp(-(w * x + b))); return ActivationMath.LogSigmoid(-(w * x + b)); }
            static float E(float z) => ActivationMath.LogSigmoid(z);
            static double F(double z) => -ActivationMath.LogSigmoid(z);
            static double G(float z) => ActivationMath.LogSigmoid((double)z);
        """));

    [Fact]
    public Task Tanh() => CodeFixAsync(
        InClass("""
            static double A(double x) => {|ACT1004:(Math.Exp(x) - Math.Exp(-x)) / (Math.Exp(x) + Math.Exp(-x))|};
            static double B(double x) => {|ACT1004:(Math.Exp(2 * x) - 1) / (Math.Exp(2 * x) + 1)|};
            static double C(double x) => {|ACT1004:(1 - Math.Exp(-2 * x)) / (1 + Math.Exp(-2 * x))|};
            static float D(float x) => {|ACT1004:(MathF.Exp(x) - MathF.Exp(-x)) / (MathF.Exp(x) + MathF.Exp(-x))|};
            static double E(double u) => {|ACT1004:(Math.Exp(u) - 1) / (Math.Exp(u) + 1)|};
            static double F(double x) => {|ACT1004:Math.Sinh(x) / Math.Cosh(x)|};
            static double G(double x) => {|ACT1004:(Math.Exp(-x) - Math.Exp(x)) / (Math.Exp(-x) + Math.Exp(x))|};
            static double H(double a, double b) => {|ACT1004:(Math.Exp(a + b) - 1) / (Math.Exp(a + b) + 1)|};
        """),
        InClass("""
            static double A(double x) => Math.Tanh(x);
            static double B(double x) => Math.Tanh(x);
            static double C(double x) => Math.Tanh(x);
            static float D(float x) => MathF.Tanh(x);
            static double E(double u) => Math.Tanh(u / 2);
            static double F(double x) => Math.Tanh(x);
            static double G(double x) => Math.Tanh(-x);
            static double H(double a, double b) => Math.Tanh((a + b) / 2);
        """));

    [Fact]
    public Task CrossEntropy() => CodeFixAsync(
        InClass("""
            static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));

            static double A(double z, double y)
            {
                double p = Sigmoid(z);
                return {|ACT1005:-(y * Math.Log(p) + (1 - y) * Math.Log(1 - p))|};
            }

            static double B(double z, double y)
            {
                double p = Sigmoid(z);
                return {|ACT1005:y * Math.Log(p) + (1 - y) * Math.Log(1 - p)|};
            }

            static double C(double[] z, double[] y)
            {
                double loss = 0;
                for (int i = 0; i < z.Length; i++)
                {
                    double p = 1 / (1 + Math.Exp(-z[i]));
                    loss += {|ACT1005:-y[i] * Math.Log(p) - (1 - y[i]) * Math.Log(1 - p)|};
                }

                return loss / z.Length;
            }

            static double D(double z, double y, double total)
            {
                double p = Sigmoid(z);
                total -= {|ACT1005:y * Math.Log(p) + (1 - y) * Math.Log(1 - p)|};
                return total;
            }

            static double E(double z, double y, double w)
            {
                double p = Sigmoid(z);
                return {|ACT1005:-(w * y * Math.Log(p) + (1 - y) * Math.Log(1 - p))|};
            }

            static float F(float z, float y)
            {
                float p = ActivationMath.Sigmoid(z);
                return {|ACT1005:-(y * MathF.Log(p + 1e-7f) + (1 - y) * MathF.Log(1 - p + 1e-7f))|};
            }

            static double G(double z, int label, double reg)
            {
                double p = Sigmoid(z);
                return {|ACT1005:reg - label * Math.Log(p) - (1 - label) * Math.Log(1 - p)|};
            }
        """),
        InClass("""
            static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));

            static double A(double z, double y)
            {
                double p = Sigmoid(z);
                return Losses.BinaryCrossEntropyWithLogits(z, y);
            }

            static double B(double z, double y)
            {
                double p = Sigmoid(z);
                return -Losses.BinaryCrossEntropyWithLogits(z, y);
            }

            static double C(double[] z, double[] y)
            {
                double loss = 0;
                for (int i = 0; i < z.Length; i++)
                {
                    double p = 1 / (1 + Math.Exp(-z[i]));
                    loss += Losses.BinaryCrossEntropyWithLogits(z[i], y[i]);
                }

                return loss / z.Length;
            }

            static double D(double z, double y, double total)
            {
                double p = Sigmoid(z);
                total += Losses.BinaryCrossEntropyWithLogits(z, y);
                return total;
            }

            static double E(double z, double y, double w)
            {
                double p = Sigmoid(z);
                return Losses.BinaryCrossEntropyWithLogits(z, y, w);
            }

            static float F(float z, float y)
            {
                float p = ActivationMath.Sigmoid(z);
                return Losses.BinaryCrossEntropyWithLogits(z, y);
            }

            static double G(double z, int label, double reg)
            {
                double p = Sigmoid(z);
                return reg + Losses.BinaryCrossEntropyWithLogits(z, label);
            }
        """));

    [Fact]
    public Task CrossEntropy_RemovesTheUnusedEpsilon() => CodeFixAsync(
        InClass("""
            static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));

            static double A(double z, double y)
            {
                double delta = 1e-9;
                double p = Sigmoid(z);
                return {|ACT1005:-(y * Math.Log(p + delta) + (1 - y) * Math.Log(1 - p + delta))|};
            }

            static float B(float z, float y)
            {
                const float eps = 1e-7f, unrelated = 2f;
                float p = ActivationMath.Sigmoid(z);
                return {|ACT1005:-(y * MathF.Log(Math.Max(p, eps)) + (1 - y) * MathF.Log(Math.Max(1 - p, eps)))|} * unrelated;
            }
        """),
        InClass("""
            static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));

            static double A(double z, double y)
            {
                double p = Sigmoid(z);
                return Losses.BinaryCrossEntropyWithLogits(z, y);
            }

            static float B(float z, float y)
            {
                const float unrelated = 2f;
                float p = ActivationMath.Sigmoid(z);
                return Losses.BinaryCrossEntropyWithLogits(z, y) * unrelated;
            }
        """));

    [Fact]
    public Task CrossEntropy_ActivationMethod() => CodeFixAsync(
        """
        using System;
        using Activations;

        public static partial class Gates
        {
            [Activation("sigmoid")]
            public static partial float Sigmoid(float x);

            [Activation("sigmoid", Temperature = 2)]
            public static partial double Clipped(double x);

            public static float A(float z, float y)
            {
                float p = Sigmoid(z);
                return {|ACT1005:-(y * MathF.Log(p) + (1 - y) * MathF.Log(1 - p))|};
            }

            public static double B(double z) => {|ACT1003:Math.Log(Clipped(z))|};

            public static partial float Sigmoid(float x) => 1 / (1 + MathF.Exp(-x));

            public static partial double Clipped(double x) => 1 / (1 + Math.Exp(-x / 2));
        }
        """,
        """
        using System;
        using Activations;

        public static partial class Gates
        {
            [Activation("sigmoid")]
            public static partial float Sigmoid(float x);

            [Activation("sigmoid", Temperature = 2)]
            public static partial double Clipped(double x);

            public static float A(float z, float y)
            {
                float p = Sigmoid(z);
                return Losses.BinaryCrossEntropyWithLogits(z, y);
            }

            public static double B(double z) => ActivationMath.LogSigmoid(z / 2.0);

            public static partial float Sigmoid(float x) => 1 / (1 + MathF.Exp(-x));

            public static partial double Clipped(double x) => 1 / (1 + Math.Exp(-x / 2));
        }
        """);

    [Fact]
    public Task SigmoidDerivatives() => CodeFixAsync(
        InClass("""
            static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));
            static double A(double x) => {|ACT1008:Math.Exp(-x) / Math.Pow(1 + Math.Exp(-x), 2)|};
            static double B(double x) { double s = Sigmoid(x); return {|ACT1009:s * (1 - s)|}; }
            static float C(float x) { float s = ActivationMath.Sigmoid(x); return {|ACT1009:2 * (1 - s) * s|}; }
        """),
        InClass("""
            static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));
            static double A(double x) => ActivationMath.SigmoidDerivative(-x);
            static double B(double x) { double s = Sigmoid(x); return ActivationMath.SigmoidDerivative(x); }
            static float C(float x) { float s = ActivationMath.Sigmoid(x); return 2 * ActivationMath.SigmoidDerivative(x); }
        """));

    [Fact]
    public Task NoLogit_NoFix() => NoFixAsync(InClass("""
            static double A(double p, double y) => {|ACT1006:-(y * Math.Log(p) + (1 - y) * Math.Log(1 - p))|};
        """));

    [Fact]
    public Task Softmax_NoFix() => NoFixAsync(InClass("""
            static double[] A(double[] x)
            {
                double sum = x.Sum(v => Math.Exp(v));
                return x.Select(v => {|ACT1007:Math.Exp(v) / sum|}).ToArray();
            }
        """));
}
