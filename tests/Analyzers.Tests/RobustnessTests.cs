using Activations.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Activations.Analyzers.Tests;

/// <summary>
/// Half-typed code: the analyzer must not throw (no AD0001), and the shared validation must say
/// nothing about an attribute that does not bind yet.
/// </summary>
public class RobustnessTests
{
    public static TheoryData<string> BrokenSources => new()
    {
        Gates("""[Activation("sigmoid", Clip = ]"""),
        Gates("""[Activation("sigmoid", Clip = )]"""),
        Gates("""[Activation(]"""),
        Gates("""[Activation("""),
        Gates("[Activation(\"sigmoid\\\""),
        Gates("""[Activation("sigmoid", ]"""),
        Gates("""[Activation("sigmoid", Temperature = "hot")]"""),
        Gates("""[Activation("sigmoid", Nope = 1)]"""),
        Gates("""[Activation(Undefined)]"""),
        Gates("""[Activation(42)]"""),
        Gates("""[Activation("sigmoid", "relu")]"""),
        Gates("""[Activation("sigmoid", Clip = 1e400)]"""),
        Gates("""[Activation("sigmoid", Clip = Missing.Value)]"""),
        Gates("""[Activation(null, Clip = null)]"""),
        Gates("""[Activation("sigmoid")]""", "public static partial Sigmoid(float x);"),
        Gates("""[Activation("sigmoid")]""", "public static partial float (float x);"),
        Gates("""[Activation("sigmoid")]""", "public static partial float Sigmoid(float x"),
        Gates("""[Activation("sigmoid")]""", "public static partial float Sigmoid(float x, );"),
        Gates("""[Activation("sigmoid")]""", "public static partial Missing Sigmoid(Unknown x);"),
        Gates("""[Activation("sigmoid")]""", "public static partial float Sigmoid(Unknown x);"),
        Gates("""[Activation("sigmoid")]""", "public static partial float Sigmoid(List<float> x);"),
        Gates("""[Activation("sigmoid")]""", "public static partial float Sigmoid(float x) =>"),
        Gates("""[Activation("sigmoid")]""", "public static partial"),
        Gates("""[Activation("sigmoid")]""", "public Gates() { }"),
        Gates("""[Activation("sigmoid")]""", "public static float operator +(Gates a, Gates b) => 0;"),
        Gates("""[Activation("sigmoid")]""", "~Gates() { }"),
        Gates("""[Activation]""", "public static float Soft(float x) => x +;"),
        """
        using Activations;
        [Activation("sigmoid")]
        static float Top(float x) => x;
        class {
            [Activation("sigmoid")]
            public static partial float Sigmoid(float x);
        """,
        """
        [Activation("sigmoid")]
        public static partial class Gates
        {
            [Activation("sigmoid")]
            public static partial float Sigmoid(float x);
        }
        """,
        """
        using Activations;
        public partial interface IGates
        {
            [Activation("sigmoid")]
            static partial float Sigmoid(float x);

            [Activation("sigmoid")]
            float Instance(float x);
        }
        public partial class Gates
        {
            public void M()
            {
                [Activation("sigmoid")]
                static float Local(float x) => x;
            }
        }
        public enum E { [Activation("x")] A }
        public delegate float D([Activation("sigmoid")] float x);
        """,
    };

    private static string Gates(string attribute, string method = "public static partial float Sigmoid(float x);") => $$"""
        using System;
        using Activations;

        namespace Demo;

        public static partial class Gates
        {
            {{attribute}}
            {{method}}
        }
        """;

    [Theory]
    [MemberData(nameof(BrokenSources))]
    public async Task NoAnalyzerExceptionOnBrokenCode(string source)
    {
        (var diagnostics, List<Exception> exceptions, Compilation compilation) = await Verify.AnalyzeDirectlyAsync(source);

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Assert.Contains(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error); // really broken
    }

    [Theory]
    [MemberData(nameof(BrokenSources))]
    public async Task NoExceptionWithTheGeneratorOutput(string source)
    {
        (var diagnostics, List<Exception> exceptions, _) = await Verify.AnalyzeDirectlyAsync(source, runGenerator: true);

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    [Theory]
    [InlineData("""[Activation("sigmoid", Clip = ]""")]
    [InlineData("""[Activation("sigmoid", Clip = )]""")]
    [InlineData("""[Activation(]""")]
    [InlineData("""[Activation("sigmoid", ]""")]
    [InlineData("""[Activation("sigmoid", Temperature = "hot")]""")]
    [InlineData("""[Activation(Undefined)]""")]
    [InlineData("""[Activation("sigmoid", Clip = 1e400)]""")]
    public async Task HalfTypedAttributeOnValidMethodReportsNothing(string attribute)
    {
        (var diagnostics, List<Exception> exceptions, _) = await Verify.AnalyzeDirectlyAsync(Gates(attribute));

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("ACT", StringComparison.Ordinal) || d.Id == "AD0001");
    }

    [Theory]
    [InlineData("public static partial Sigmoid(float x);")]
    [InlineData("public static partial Missing Sigmoid(float x);")]
    [InlineData("public static partial float Sigmoid(Unknown x);")]
    public async Task MissingTypesReportNoSignatureProblem(string method)
    {
        (var diagnostics, List<Exception> exceptions, _) = await Verify.AnalyzeDirectlyAsync(Gates("""[Activation("sigmoid")]""", method));

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("ACT", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(BrokenSources))]
    public void SharedValidationNeverThrows(string source)
    {
        Compilation compilation = Verify.Compile(source);
        INamedTypeSymbol? attributeType = compilation.GetTypeByMetadataName(ActivationOptions.AttributeMetadataName);
        Assert.NotNull(attributeType);
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            SemanticModel model = compilation.GetSemanticModel(tree);
            foreach (SyntaxNode node in tree.GetRoot().DescendantNodes().Where(n => n is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax))
            {
                if (model.GetDeclaredSymbol(node) is not IMethodSymbol method)
                {
                    continue;
                }

                foreach (AttributeData attribute in method.GetAttributes())
                {
                    if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
                    {
                        _ = ActivationUsage.Validate(method, attribute, CancellationToken.None);
                        _ = ActivationUsage.CanGenerate(method, attribute, CancellationToken.None);
                    }
                }
            }
        }
    }

    [Fact]
    public void CanGenerateRejectsIncompleteAttribute()
    {
        Compilation compilation = Verify.Compile(Gates("""[Activation(]""", "public static partial float Sigmoid(float x);"));
        IMethodSymbol method = compilation.GetTypeByMetadataName("Demo.Gates")!.GetMembers("Sigmoid").OfType<IMethodSymbol>().Single();
        AttributeData attribute = method.GetAttributes().Single();

        Assert.False(ActivationOptions.Read(attribute).IsComplete);
        Assert.False(ActivationUsage.CanGenerate(method, attribute, CancellationToken.None));
        Assert.DoesNotContain(ActivationUsage.Validate(method, attribute, CancellationToken.None), p => p.Id == DiagnosticIds.CustomFormulaNeedsBody);
    }

    [Fact]
    public void CanGenerateAcceptsWarnings()
    {
        Compilation compilation = Verify.Compile(Gates("""[Activation("sigmoid", Alpha = 3)]"""));
        IMethodSymbol method = compilation.GetTypeByMetadataName("Demo.Gates")!.GetMembers("Sigmoid").OfType<IMethodSymbol>().Single();
        AttributeData attribute = method.GetAttributes().Single();

        UsageProblem problem = Assert.Single(ActivationUsage.Validate(method, attribute, CancellationToken.None));
        Assert.Equal(DiagnosticIds.ParameterHasNoEffect, problem.Id);
        Assert.False(problem.IsError);
        Assert.True(ActivationUsage.CanGenerate(method, attribute, CancellationToken.None));
    }

    [Fact]
    public void GeneratedMemberNames()
    {
        Assert.Equal(new[] { "Sigmoid", "SigmoidDerivative", "SigmoidBackward" }, ActivationUsage.GeneratedMemberNames("Sigmoid", ilgpu: false));
        Assert.Contains("SigmoidBackwardKernel", ActivationUsage.GeneratedMemberNames("Sigmoid", ilgpu: true));
    }
}
