using Microsoft.CodeAnalysis.Testing;
using static Activations.Analyzers.Tests.Verify;

namespace Activations.Analyzers.Tests;

/// <summary>
/// Valid code gets no ACT diagnostic. These run with compiler errors on, so the sources are real
/// C#; the only expected error is CS8795 (no implementation: the harness runs no generator).
/// </summary>
public class NoFalsePositiveTests
{
    [Theory]
    [InlineData("sigmoid")]
    [InlineData("hard_sigmoid")]
    [InlineData("log_sigmoid")]
    [InlineData("tanh")]
    [InlineData("relu")]
    [InlineData("leaky_relu")]
    [InlineData("elu")]
    [InlineData("selu")]
    [InlineData("gelu")]
    [InlineData("gelu_tanh")]
    [InlineData("silu")]
    [InlineData("swish")]
    [InlineData("softplus")]
    [InlineData("mish")]
    [InlineData("softsign")]
    [InlineData("SIGMOID")]
    [InlineData("Leaky_ReLU")]
    [InlineData("Swish")]
    public Task EveryKindFloatAndDouble(string kind) => AnalyzerAsync(InGates($$"""
            [Activation("{{kind}}")]
            public static partial float {|CS8795:F|}(float x);

            [Activation("{{kind}}")]
            public static partial double {|CS8795:F|}(double x);
        """), CompilerDiagnostics.Errors);

    [Fact]
    public Task Options() => AnalyzerAsync(InGates("""
            [Activation("sigmoid", Clip = 500)]
            public static partial float {|CS8795:Sigmoid|}(float x);

            [Activation("tanh", Temperature = 2, Clip = 20, Precision = ActivationPrecision.Fast)]
            internal static partial double {|CS8795:Tanh|}(double x);

            [Activation("leaky_relu", Alpha = 0.2)]
            public static partial float {|CS8795:Leaky|}(float x);

            [Activation("elu", Alpha = -0.5)]
            public static partial float {|CS8795:Elu|}(float x);

            [Activation("swish", Beta = 1.702)]
            public static partial float {|CS8795:Swish|}(float x);

            [Activation("softplus", Beta = 2, Threshold = 20)]
            public static partial double {|CS8795:Softplus|}(double x);

            [Activation("softplus", Threshold = -3)]
            public static partial double {|CS8795:Softplus2|}(double x);

            [Activation("gelu", Clip = 1e-3, Temperature = 0.5)]
            private static partial float {|CS8795:Gelu|}(float x);

            [Activation(kind: "relu")]
            internal static partial float {|CS8795:Relu|}(float x);
        """), CompilerDiagnostics.Errors);

    [Fact]
    public Task NestedInternalAndGenericTypes() => AnalyzerAsync("""
        using Activations;

        namespace Demo.Deep
        {
            internal partial class Outer
            {
                private partial struct Inner
                {
                    [Activation("tanh")]
                    internal static partial double {|CS8795:Tanh|}(double x);
                }

                public partial record Rec
                {
                    [Activation("relu")]
                    public static partial float {|CS8795:Relu|}(float x);
                }

                internal partial record struct RecStruct
                {
                    [Activation("mish")]
                    public static partial float {|CS8795:Mish|}(float x);
                }

                public static partial class Box<T>
                    where T : class
                {
                    [Activation("gelu_tanh")]
                    public static partial float {|CS8795:Gelu|}(float x);
                }
            }
        }

        partial class GlobalGates
        {
            [Activation("sigmoid")]
            public static partial float {|CS8795:Sigmoid|}(float x);
        }
        """, CompilerDiagnostics.Errors);

    [Fact]
    public Task CustomFormulas() => AnalyzerAsync(InGates("""
            [Activation]
            public static float Soft(float x) => x / (1 + MathF.Abs(x));

            [Activation(Clip = 10, Temperature = 2)]
            public static double Scaled(double x, double scale, double shift) => scale * Math.Tanh(x) + shift;

            [Activation]
            internal static double Block(double x)
            {
                return x * x;
            }

            [Activation]
            public static partial float Split(float x);

            public static partial float Split(float x) => x * 0.5f;
        """), CompilerDiagnostics.Errors);

    [Fact]
    public Task OverloadsThatDoNotCollide() => AnalyzerAsync(InGates("""
            [Activation("sigmoid")]
            public static partial float {|CS8795:Sigmoid|}(float x);

            [Activation("sigmoid")]
            public static partial double {|CS8795:Sigmoid|}(double x);

            public static void Sigmoid(ReadOnlySpan<float> x, Span<float> destination, int extra) { }
            public static void Sigmoid(float[] x, float[] destination) { }
            public static T SigmoidDerivative<T>(float x) => default!;
            public static float SigmoidBackward(float x, float gradient) => x * gradient;
            public static void SigmoidDerivative(ReadOnlySpan<float> x, Span<double> destination) { }
        """), CompilerDiagnostics.Errors);

    [Fact]
    public Task InheritedMembersDoNotCollide() => AnalyzerAsync("""
        using Activations;

        public class Base
        {
            public static float SigmoidDerivative(float x) => x;
        }

        public partial class Gates : Base
        {
            [Activation("sigmoid")]
            public static partial float {|CS8795:Sigmoid|}(float x);
        }
        """, CompilerDiagnostics.Errors);

    [Fact]
    public Task MethodsWithoutTheAttributeAreIgnored() => AnalyzerAsync("""
        using System;

        namespace Other
        {
            [AttributeUsage(AttributeTargets.Method)]
            public sealed class ActivationAttribute : Attribute
            {
                public ActivationAttribute(string kind) { }
            }

            public class Gates
            {
                [Activation("sigmod")]
                public float Sigmoid(int x, ref double y) => 0;

                public float SigmoidDerivative(float x) => 0;
            }
        }
        """, CompilerDiagnostics.Errors);

    // The analyzer sees the generator's output: its members must not count as collisions, and its
    // implementation of the partial method must not count as a user-written body.
    private const string UserPart = """
        using System;
        using Activations;

        namespace Demo;

        public static partial class Gates
        {
            [Activation("sigmoid", Clip = 500)]
            public static partial float Sigmoid(float x);

            [Activation("relu")]
            public static partial double Relu(double x);
        }
        """;

    private static string GeneratedPart(string attribute) => $$"""
        // <auto-generated/>
        namespace Demo;

        partial class Gates
        {
            {{attribute}}
            public static partial float Sigmoid(float x) => 1f / (1f + global::System.MathF.Exp(-x));
            {{attribute}}
            public static float SigmoidDerivative(float x) => Sigmoid(x) * (1 - Sigmoid(x));
            {{attribute}}
            public static void Sigmoid(global::System.ReadOnlySpan<float> x, global::System.Span<float> destination) { }
            {{attribute}}
            public static void SigmoidDerivative(global::System.ReadOnlySpan<float> x, global::System.Span<float> destination) { }
            {{attribute}}
            public static void SigmoidBackward(global::System.ReadOnlySpan<float> x, global::System.ReadOnlySpan<float> gradient, global::System.Span<float> destination) { }

            {{attribute}}
            public static partial double Relu(double x) => x > 0 ? x : 0;
            {{attribute}}
            public static double ReluDerivative(double x) => x > 0 ? 1 : 0;
            {{attribute}}
            public static void Relu(global::System.ReadOnlySpan<double> x, global::System.Span<double> destination) { }
            {{attribute}}
            public static void ReluDerivative(global::System.ReadOnlySpan<double> x, global::System.Span<double> destination) { }
            {{attribute}}
            public static void ReluBackward(global::System.ReadOnlySpan<double> x, global::System.ReadOnlySpan<double> gradient, global::System.Span<double> destination) { }
        }
        """;

    private const string GeneratedCode = """[global::System.CodeDom.Compiler.GeneratedCodeAttribute("Activations.Generator", "0.1.0.0")]""";

    [Fact]
    public Task GeneratorOutputMarkedWithGeneratedCode() => AnalyzerAsync(new[]
    {
        ("/0/Test0.cs", UserPart),
        ("/0/Gates.Generated.cs", GeneratedPart(GeneratedCode)),
    });

    [Fact]
    public Task GeneratorOutputInGeneratorFolder() => AnalyzerAsync(new[]
    {
        ("/0/Test0.cs", UserPart),
        ("/0/Activations.Generator/Activations.Generator.ActivationGenerator/Demo.Gates.g.cs", GeneratedPart(string.Empty)),
    });

    [Fact]
    public Task UserImplementationInAnotherFileIsABody() => AnalyzerAsync(new[]
    {
        ("/0/Test0.cs", UserPart
            .Replace("float Sigmoid(float x);", "float {|#0:Sigmoid|}(float x);", StringComparison.Ordinal)
            .Replace("double Relu(double x);", "double {|#1:Relu|}(double x);", StringComparison.Ordinal)),
        ("/0/Gates.Other.cs", """
            namespace Demo;

            partial class Gates
            {
                public static partial float Sigmoid(float x) => x;
                public static partial double Relu(double x) => x;
            }
            """),
    },
    Diagnostic(Activations.Generator.Model.DiagnosticIds.BuiltInKindNeedsPartialDeclaration).WithLocation(0).WithArguments("Sigmoid", "sigmoid"),
    Diagnostic(Activations.Generator.Model.DiagnosticIds.BuiltInKindNeedsPartialDeclaration).WithLocation(1).WithArguments("Relu", "relu"));
}
