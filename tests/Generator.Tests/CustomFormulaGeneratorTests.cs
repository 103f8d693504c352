using Microsoft.CodeAnalysis;

namespace Activations.Generator.Tests;

/// <summary>Custom formulas: what the generator emits compiles, and unsupported bodies generate nothing.</summary>
public class CustomFormulaGeneratorTests
{
    private const string Formulas = """
        using System;
        using Activations;
        namespace App;
        public static partial class Custom
        {
            // The naive spelling: the generated code uses the stable σ.
            [Activation] public static double Swish(double x) => x / (1 + Math.Exp(-x));

            // Learnable sigmoid σ(α·x + β), block body, parameters.
            [Activation]
            public static double Learnable(double x, double alpha, double beta)
            {
                double z = alpha * x + beta;
                return Math.Exp(z) / (1 + Math.Exp(z));
            }

            // Range-scaled, in float, calling a built-in [Activation] method.
            [Activation] public static float Scaled(float x, float low, float high) => low + (high - low) * Gate(x);

            [Activation("sigmoid")] public static partial float Gate(float x);

            // Piecewise and ActivationMath.
            [Activation] public static double Piecewise(double x) => x > 0 ? x : 0.1 * ActivationMath.Expm1(x);

            // log(1 + e^x), spelled the naive way round.
            [Activation] public static double Soft(double x) => Math.Log(Math.Exp(x) + 1);

            [Activation] public static double Power(double x, double a) => a * Math.Pow(x, 3) + Math.Sqrt(x * x + 1);
        }
        """;

    [Fact]
    public void CustomFormulasGenerateCodeThatCompilesWithoutWarnings()
    {
        var (output, result) = GeneratorHarness.Run(Formulas);
        Assert.Null(result.Results.Single().Exception);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var sources = result.Results.Single().GeneratedSources;
        string all = string.Join("\n", sources.Select(s => s.SourceText.ToString()));
        string Source(string method) => sources.Single(s => s.HintName.Contains("." + method + ".", StringComparison.Ordinal)).SourceText.ToString();

        // The unstable spellings became the runtime's stable primitives: no raw exp is left.
        foreach (string method in new[] { "Swish", "Learnable", "Soft" })
        {
            Assert.DoesNotContain("Exp(", Source(method), StringComparison.Ordinal);
        }

        // x/(1 + e^-x) = x·σ(x) = silu(x): one primitive, so the span member runs the runtime's silu loop.
        Assert.Contains("ActivationMath.SiluDerivative(x)", Source("Swish"), StringComparison.Ordinal);
        Assert.Contains("SpanKernels.Apply(global::Activations.Kernels.SpanPrimitive.Silu, x, destination)", Source("Swish"), StringComparison.Ordinal);
        Assert.Contains("SpanKernels.Apply(global::Activations.Kernels.SpanPrimitive.Softplus, x, destination)", Source("Soft"), StringComparison.Ordinal);

        // Parameter gradients for the learnable sigmoid.
        Assert.Contains("out double alphaGradient, out double betaGradient", all, StringComparison.Ordinal);
        Assert.Equal(7, result.Results.Single().GeneratedSources.Length);
    }

    [Theory]
    [InlineData("for (int i = 0; i < 3; i++) { x = x * 2; } return x;", "loop")]
    [InlineData("return x * System.Random.Shared.NextDouble();", "NextDouble")]
    [InlineData("return F(x);", "recursion")]
    [InlineData("if (x > 0) { return x; } return 0;", "if")]
    public void UnsupportedBodiesGenerateNothingAndCompileAsWritten(string body, string _)
    {
        var (output, result) = GeneratorHarness.Run($$"""
            using Activations;
            public static partial class C
            {
                [Activation] public static double F(double x) { {{body}} }
            }
            """);
        Assert.Null(result.Results.Single().Exception);
        Assert.Empty(result.Results.Single().GeneratedSources);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }
}
