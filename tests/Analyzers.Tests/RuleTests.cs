using Activations.Generator.Model;
using Microsoft.CodeAnalysis.Testing;
using static Activations.Analyzers.Tests.Verify;

namespace Activations.Analyzers.Tests;

/// <summary>One or more positive cases per rule, each with the exact span.</summary>
public class RuleTests
{
    // ---- ACT0001: not static -------------------------------------------------------------------

    [Fact]
    public Task ACT0001_InstanceBuiltIn() => AnalyzerAsync("""
        using Activations;
        public partial class Gates
        {
            [Activation("sigmoid")]
            public partial float {|ACT0001:Sigmoid|}(float x);
        }
        """);

    [Fact]
    public Task ACT0001_InstanceCustom() => AnalyzerAsync("""
        using Activations;
        public partial class Gates
        {
            [Activation]
            public float {|#0:Soft|}(float x) => x / (1 + System.Math.Abs(x));
        }
        """,
        Diagnostic(DiagnosticIds.MethodNotStatic).WithLocation(0).WithArguments("Soft"));

    // ---- ACT0002: built-in kind needs a partial declaration without body -----------------------

    [Fact]
    public Task ACT0002_NotPartialWithBody() => AnalyzerAsync(InGates("""
            [Activation("sigmoid")]
            public static float {|#0:Sigmoid|}(float x) => 1 / (1 + MathF.Exp(-x));
        """),
        Diagnostic(DiagnosticIds.BuiltInKindNeedsPartialDeclaration).WithLocation(0).WithArguments("Sigmoid", "sigmoid"));

    [Fact]
    public Task ACT0002_NotPartialWithoutBody() => AnalyzerAsync(InGates("""
            [Activation("relu")]
            public static float {|ACT0002:Relu|}(float x);
        """));

    [Fact]
    public Task ACT0002_PartialWithUserImplementation() => AnalyzerAsync(InGates("""
            [Activation("tanh")]
            public static partial double {|ACT0002:Tanh|}(double x);

            public static partial double Tanh(double x) => Math.Tanh(x);
        """));

    [Fact]
    public Task ACT0002_ImplementationWithoutDefinition() => AnalyzerAsync(InGates("""
            [Activation("tanh")]
            public static partial double {|ACT0002:Tanh|}(double x) => Math.Tanh(x);
        """));

    // ---- ACT0003: containing type not partial --------------------------------------------------

    [Fact]
    public Task ACT0003_ContainingType() => AnalyzerAsync("""
        using Activations;
        public static class {|#0:Gates|}
        {
            [Activation("sigmoid")]
            public static partial float Sigmoid(float x);
        }
        """,
        Diagnostic(DiagnosticIds.ContainingTypeNotPartial).WithLocation(0).WithArguments("Gates", "Sigmoid"));

    [Fact]
    public Task ACT0003_EnclosingType() => AnalyzerAsync("""
        using Activations;
        namespace Demo
        {
            public class {|#0:Outer|}
            {
                internal static partial class Inner
                {
                    [Activation("gelu")]
                    internal static partial double Gelu(double x);
                }
            }
        }
        """,
        Diagnostic(DiagnosticIds.ContainingTypeNotPartial).WithLocation(0).WithArguments("Outer", "Gelu"));

    [Fact]
    public Task ACT0003_BothLevelsOnceEach() => AnalyzerAsync("""
        using Activations;
        public class {|ACT0003:Outer|}
        {
            public struct {|ACT0003:Inner|}
            {
                [Activation("sigmoid")]
                public static partial float Sigmoid(float x);

                [Activation("tanh")]
                public static partial float Tanh(float x);
            }

            [Activation("relu")]
            public static partial float Relu(float x);
        }
        """);

    [Fact]
    public Task ACT0003_Record() => AnalyzerAsync("""
        using Activations;
        public record {|ACT0003:Gates|}
        {
            [Activation("mish")]
            public static partial float Mish(float x);
        }
        """);

    // ---- ACT0004: signature --------------------------------------------------------------------

    [Fact]
    public Task ACT0004_ReturnType() => AnalyzerAsync(InGates("""
            [Activation("sigmoid")]
            public static partial {|#0:int|} Sigmoid(float x);
        """),
        Diagnostic(DiagnosticIds.UnsupportedSignature).WithLocation(0)
            .WithArguments("Sigmoid", "it returns 'int' instead of float or double", "'float Sigmoid(float x)' or 'double Sigmoid(double x)'"));

    [Fact]
    public Task ACT0004_VoidReturn() => AnalyzerAsync(InGates("""
            [Activation("sigmoid")]
            public static partial {|ACT0004:void|} Sigmoid(float x);
        """));

    [Fact]
    public Task ACT0004_RefReturn() => AnalyzerAsync(InGates("""
            [Activation("sigmoid")]
            public static partial {|ACT0004:ref float|} Sigmoid(float x);
        """));

    [Fact]
    public Task ACT0004_MismatchedParameter() => AnalyzerAsync(InGates("""
            [Activation("sigmoid")]
            public static partial float Sigmoid({|#0:double x|});
        """),
        Diagnostic(DiagnosticIds.UnsupportedSignature).WithLocation(0)
            .WithArguments("Sigmoid", "parameter 'x' has type 'double' but the method returns 'float'", "'float Sigmoid(float x)' or 'double Sigmoid(double x)'"));

    [Fact]
    public Task ACT0004_WrongParameterType() => AnalyzerAsync(InGates("""
            [Activation("sigmoid")]
            public static partial float Sigmoid({|ACT0004:int x|});
        """));

    [Theory]
    [InlineData("ref")]
    [InlineData("in")]
    [InlineData("out")]
    public Task ACT0004_ByReferenceParameter(string modifier) => AnalyzerAsync(InGates($$"""
            [Activation("sigmoid")]
            public static partial float Sigmoid({|ACT0004:{{modifier}} float x|});
        """));

    [Fact]
    public Task ACT0004_NoParameter() => AnalyzerAsync(InGates("""
            [Activation("sigmoid")]
            public static partial float Sigmoid{|ACT0004:()|};
        """));

    [Fact]
    public Task ACT0004_Arglist() => AnalyzerAsync(InGates("""
            [Activation]
            public static float Soft{|ACT0004:(float x, __arglist)|} => x;
        """));

    [Fact]
    public Task ACT0004_ExtraParameters() => AnalyzerAsync(InGates("""
            [Activation("sigmoid")]
            public static partial float Sigmoid(float x, {|ACT0004:float y, float z|});
        """));

    [Fact]
    public Task ACT0004_Generic() => AnalyzerAsync(InGates("""
            [Activation("sigmoid")]
            public static partial float Sigmoid{|ACT0004:<T>|}(float x);
        """));

    [Fact]
    public Task ACT0004_CustomMixedTypes() => AnalyzerAsync(InGates("""
            [Activation]
            public static float Scaled(float x, {|#0:double scale|}) => x * (float)scale;
        """),
        Diagnostic(DiagnosticIds.UnsupportedSignature).WithLocation(0)
            .WithArguments("Scaled", "parameter 'scale' has type 'double' but the method returns 'float'", "'T Scaled(T x, T p1, ...)' with T float or double (zero or more extra parameters)"));

    // ---- ACT0005: empty kind -------------------------------------------------------------------

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData("null")]
    [InlineData("kind: \"\"")]
    public Task ACT0005_EmptyKind(string kind)
    {
        string argument = kind.StartsWith("kind: ", StringComparison.Ordinal) ? "kind: {|#0:\"\"|}" : "{|#0:" + kind + "|}";
        return AnalyzerAsync(InGates($$"""
                [Activation({{argument}})]
                public static partial float Sigmoid(float x);
            """),
            Diagnostic(DiagnosticIds.EmptyKind).WithLocation(0).WithArguments("Sigmoid"));
    }

    // ---- ACT0006: unknown kind -----------------------------------------------------------------

    [Fact]
    public Task ACT0006_UnknownKindWithSuggestion() => AnalyzerAsync(InGates("""
            [Activation({|#0:"sigmod"|}, Clip = 500)]
            public static partial float Sigmoid(float x);
        """),
        Diagnostic(DiagnosticIds.UnknownKind).WithLocation(0).WithArguments("sigmod", "Did you mean 'sigmoid'?"));

    [Fact]
    public Task ACT0006_UnknownKindWithoutSuggestion() => AnalyzerAsync(InGates("""
            [Activation({|#0:"banana"|})]
            public static partial float Banana(float x);
        """),
        Diagnostic(DiagnosticIds.UnknownKind).WithLocation(0).WithArguments(
            "banana",
            "Use one of: sigmoid, hard_sigmoid, log_sigmoid, tanh, relu, leaky_relu, elu, selu, gelu, gelu_tanh, silu, softplus, mish, softsign, swish."));

    [Fact]
    public Task ACT0006_ConstantKind() => AnalyzerAsync(InGates("""
            private const string Kind = "lerky_relu";

            [Activation({|#0:Kind|})]
            public static partial float Leaky(float x);
        """),
        Diagnostic(DiagnosticIds.UnknownKind).WithLocation(0).WithArguments("lerky_relu", "Did you mean 'leaky_relu'?"));

    // ---- ACT0007: Clip -------------------------------------------------------------------------

    [Theory]
    [InlineData("Clip = 0", "0")]
    [InlineData("Clip = -1", "-1")]
    [InlineData("Clip = double.NaN", "NaN")]
    [InlineData("Clip = double.PositiveInfinity", "Infinity")]
    [InlineData("Clip = 1.0 / 0", "Infinity")]
    public Task ACT0007_InvalidClip(string argument, string shown) => AnalyzerAsync(InGates($$"""
            [Activation("sigmoid", {|#0:{{argument}}|})]
            public static partial float Sigmoid(float x);
        """),
        Diagnostic(DiagnosticIds.InvalidClip).WithLocation(0).WithArguments(shown, "Sigmoid"));

    // ---- ACT0008: Temperature ------------------------------------------------------------------

    [Theory]
    [InlineData("Temperature = 0")]
    [InlineData("Temperature = -2")]
    [InlineData("Temperature = double.NaN")]
    [InlineData("Temperature = double.NegativeInfinity")]
    public Task ACT0008_InvalidTemperature(string argument) => AnalyzerAsync(InGates($$"""
            [Activation("tanh", Clip = 20, {|ACT0008:{{argument}}|})]
            public static partial double Tanh(double x);
        """));

    [Fact]
    public Task ACT0008_OnCustomFormula() => AnalyzerAsync(InGates("""
            [Activation({|ACT0008:Temperature = 0|})]
            public static float Soft(float x) => x / (1 + MathF.Abs(x));
        """));

    // ---- ACT0009: parameter without effect (warning) -------------------------------------------

    [Theory]
    [InlineData("sigmoid", "Alpha = 0.2", "Alpha", "kind 'sigmoid' takes no parameter")]
    [InlineData("relu", "Beta = 2", "Beta", "kind 'relu' takes no parameter")]
    [InlineData("silu", "Threshold = 20", "Threshold", "kind 'silu' uses only Beta")]
    [InlineData("swish", "Alpha = 1", "Alpha", "kind 'silu' uses only Beta")]
    [InlineData("elu", "Beta = 1", "Beta", "kind 'elu' uses only Alpha")]
    [InlineData("softplus", "Alpha = 1", "Alpha", "kind 'softplus' uses only Beta and Threshold")]
    [InlineData("selu", "Alpha = 1.5", "Alpha", "kind 'selu' takes no parameter")]
    public Task ACT0009_ParameterHasNoEffect(string kind, string argument, string parameter, string reason) => AnalyzerAsync(InGates($$"""
            [Activation("{{kind}}", {|#0:{{argument}}|})]
            public static partial float F(float x);
        """),
        Diagnostic(DiagnosticIds.ParameterHasNoEffect).WithLocation(0).WithArguments(parameter, "F", reason));

    [Fact]
    public Task ACT0009_OnCustomFormula() => AnalyzerAsync(InGates("""
            [Activation({|#0:Beta = 2|})]
            public static float Soft(float x) => x / (1 + MathF.Abs(x));
        """),
        Diagnostic(DiagnosticIds.ParameterHasNoEffect).WithLocation(0)
            .WithArguments("Beta", "Soft", "a custom formula takes its parameters from its signature"));

    [Fact]
    public Task ACT0009_IsAWarning() => AnalyzerAsync(InGates("""
            [Activation("tanh", {|#0:Alpha = 1|})]
            public static partial float Tanh(float x);
        """),
        Diagnostic(DiagnosticIds.ParameterHasNoEffect).WithLocation(0)
            .WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithArguments("Alpha", "Tanh", "kind 'tanh' takes no parameter"));

    // ---- ACT0010: invalid parameter value (warning) --------------------------------------------

    [Theory]
    [InlineData("silu", "Beta = 0", "Beta", "0", "Beta must be a positive finite number; remove it for the default of 1")]
    [InlineData("softplus", "Beta = -1", "Beta", "-1", "Beta must be a positive finite number; remove it for the default of 1")]
    [InlineData("swish", "Beta = double.PositiveInfinity", "Beta", "Infinity", "Beta must be a positive finite number; remove it for the default of 1")]
    [InlineData("softplus", "Threshold = double.PositiveInfinity", "Threshold", "Infinity", "Threshold must be a finite number; remove it for no threshold")]
    [InlineData("softplus", "Threshold = double.NaN", "Threshold", "NaN", "Threshold must be a finite number; remove it for no threshold")]
    [InlineData("leaky_relu", "Alpha = double.NegativeInfinity", "Alpha", "-Infinity", "Alpha must be a finite number; remove it for the kind's default")]
    public Task ACT0010_InvalidParameterValue(string kind, string argument, string parameter, string shown, string rule) => AnalyzerAsync(InGates($$"""
            [Activation("{{kind}}", {|#0:{{argument}}|})]
            public static partial double F(double x);
        """),
        Diagnostic(DiagnosticIds.InvalidParameterValue).WithLocation(0)
            .WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithArguments(parameter, shown, "F", rule));

    // ---- ACT0011: generated member collides ----------------------------------------------------

    [Fact]
    public Task ACT0011_UserDerivative() => AnalyzerAsync(InGates("""
            [Activation("sigmoid")]
            public static partial float {|#0:Sigmoid|}(float x);

            public static float SigmoidDerivative(float x) => x;
        """),
        Diagnostic(DiagnosticIds.GeneratedMemberCollision).WithLocation(0)
            .WithArguments("Sigmoid", "SigmoidDerivative(float)", "Gates", "'SigmoidDerivative(float)'"));

    [Fact]
    public Task ACT0011_Field() => AnalyzerAsync(InGates("""
            [Activation("sigmoid")]
            public static partial float {|#0:Sigmoid|}(float x);

            private static readonly int SigmoidBackward = 3;
        """),
        Diagnostic(DiagnosticIds.GeneratedMemberCollision).WithLocation(0)
            .WithArguments("Sigmoid", "SigmoidBackward", "Gates", "'SigmoidBackward'"));

    [Fact]
    public Task ACT0011_SpanOverload() => AnalyzerAsync(InGates("""
            [Activation("relu")]
            public static partial double {|#0:Relu|}(double x);

            public static void Relu(ReadOnlySpan<double> input, Span<double> output) { }
        """),
        Diagnostic(DiagnosticIds.GeneratedMemberCollision).WithLocation(0)
            .WithArguments("Relu", "Relu(ReadOnlySpan<double>, Span<double>)", "Gates", "'Relu(ReadOnlySpan<double>, Span<double>)'"));

    [Fact]
    public Task ACT0011_BackwardOverloadAndProperty() => AnalyzerAsync(InGates("""
            [Activation("relu")]
            public static partial float {|#0:Relu|}(float x);

            public static void ReluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> g, Span<float> d) { }
            public static int ReluDerivative => 0;
        """),
        Diagnostic(DiagnosticIds.GeneratedMemberCollision).WithLocation(0)
            .WithArguments("Relu", "ReluDerivative", "Gates", "'ReluDerivative'"),
        Diagnostic(DiagnosticIds.GeneratedMemberCollision).WithLocation(0)
            .WithArguments("Relu", "ReluBackward(ReadOnlySpan<float>, ReadOnlySpan<float>, Span<float>)", "Gates", "'ReluBackward(ReadOnlySpan<float>, ReadOnlySpan<float>, Span<float>)'"));

    [Fact]
    public Task ACT0011_CustomFormulaDerivative() => AnalyzerAsync(InGates("""
            [Activation]
            public static float {|ACT0011:Scaled|}(float x, float scale) => x * scale;

            public static float ScaledDerivative(float x, float scale) => scale;
        """));

    // ---- ACT0012: custom formula without body --------------------------------------------------

    [Fact]
    public Task ACT0012_PartialDefinition() => AnalyzerAsync(InGates("""
            [Activation]
            public static partial float {|#0:Soft|}(float x);
        """),
        Diagnostic(DiagnosticIds.CustomFormulaNeedsBody).WithLocation(0).WithArguments("Soft"));

    [Fact]
    public Task ACT0012_NoBody() => AnalyzerAsync(InGates("""
            [Activation(Clip = 3)]
            public static float {|ACT0012:Soft|}(float x);
        """));

    // ---- Combinations ----------------------------------------------------------------------------

    [Fact]
    public Task SeveralProblemsAtOnce() => AnalyzerAsync("""
        using Activations;
        public class {|ACT0003:Gates|}
        {
            [Activation({|ACT0006:"sigmod"|}, {|ACT0007:Clip = -5|}, {|ACT0008:Temperature = 0|})]
            public partial {|ACT0004:int|} {|ACT0001:Sigmoid|}({|ACT0004:ref float x|});
        }
        """);

    [Fact]
    public Task AttributeOnImplementationPart() => AnalyzerAsync(InGates("""
            public static partial float {|ACT0002:Sigmoid|}(float x);

            [Activation({|ACT0006:"sigmod"|})]
            public static partial float Sigmoid(float x) => x;
        """));
}
