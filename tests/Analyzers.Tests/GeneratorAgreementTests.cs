using Microsoft.CodeAnalysis;

namespace Activations.Analyzers.Tests;

/// <summary>
/// The analyzer run on a compilation that contains the real generator's output (as in an IDE or a
/// build): generated members and the generated implementation must not be mistaken for user code.
/// </summary>
public class GeneratorAgreementTests
{
    [Fact]
    public async Task ValidCodeWithGeneratorOutputHasNoActDiagnostic()
    {
        const string source = """
            using System;
            using Activations;

            namespace Demo;

            public static partial class Gates
            {
                [Activation("sigmoid", Clip = 500)]
                public static partial float Sigmoid(float x);

                [Activation("sigmoid")]
                public static partial double Sigmoid(double x);

                [Activation("swish", Temperature = 2)]
                internal static partial float Swish(float x);

                [Activation("softplus", Beta = 2, Threshold = 20)]
                public static partial double Softplus(double x);

                internal partial class Nested
                {
                    [Activation("ReLU")]
                    private static partial double Relu(double x);
                }
            }
            """;

        (var diagnostics, List<Exception> exceptions, Compilation compilation) = await Verify.AnalyzeDirectlyAsync(source, runGenerator: true);

        Assert.Empty(exceptions);
        Assert.True(compilation.SyntaxTrees.Count() > 1, "the generator produced no file");
        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("ACT", StringComparison.Ordinal) || d.Id.StartsWith("AD", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.Id is "CS8795" or "CS0759" or "CS0111" or "CS0102");
    }

    [Theory]
    [InlineData("""[Activation("sigmod")] public static partial float Sigmoid(float x);""", "ACT0006")]
    [InlineData("""[Activation] public static partial float Soft(float x);""", "ACT0012")]
    [InlineData("""[Activation("sigmoid")] public partial float Sigmoid(float x);""", "ACT0001")]
    [InlineData("""[Activation("sigmoid", Clip = 0)] public static partial float Sigmoid(float x);""", "ACT0007")]
    [InlineData("""[Activation("sigmoid")] public static partial float Sigmoid(float x); public static float SigmoidDerivative(float x) => x;""", "ACT0011")]
    [InlineData("""[Activation("sigmoid")] public static partial float Sigmoid(double x);""", "ACT0004")]
    public async Task InvalidCodeWithGeneratorOutputReportsTheRule(string members, string id)
    {
        string source = "using System;\nusing Activations;\nnamespace Demo;\npublic partial class Gates\n{\n" + members + "\n}\n";

        (var diagnostics, List<Exception> exceptions, _) = await Verify.AnalyzeDirectlyAsync(source, runGenerator: true);

        Assert.Empty(exceptions);
        var act = diagnostics.Where(d => d.Id.StartsWith("ACT", StringComparison.Ordinal)).Select(d => d.Id).ToArray();
        Assert.Equal(new[] { id }, act);
    }
}
