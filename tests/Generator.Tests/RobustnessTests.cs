using Microsoft.CodeAnalysis;

namespace Activations.Generator.Tests;

/// <summary>The generator never throws and never leaves CS8795 to hide the analyzers' ACT0xxx errors.</summary>
public class RobustnessTests
{
    public static TheoryData<string> HalfTypedOrInvalid => new()
    {
        """using Activations; partial class C { [Activation("sigmoid", Clip = ] static partial float S(float x); }""",
        """using Activations; partial class C { [Activation(] static partial float S(float x); }""",
        """using Activations; partial class C { [Activation("sigmoid")] static partial S(float x); }""",
        """using Activations; partial class C { [Activation("sigmoid")] static partial float S(float x, ; }""",
        """using Activations; partial class C { [Activation("sigmoid")] static partial float S(Missing x); }""",
        """using Activations; partial class C { [Activation("sigmoid")] static partial T S<T>(T x) where T : struct; }""",
        """using Activations; partial class C { [Activation("sigmoid")] partial float S(float x); }""",
        """using Activations; partial class C { [Activation("sigmod")] static partial float S(float x); }""",
        """using Activations; partial class C { [Activation("")] static partial float S(float x); }""",
        """using Activations; partial class C { [Activation(null!)] static partial float S(float x); }""",
        """using Activations; partial class C { [Activation("sigmoid", Clip = -1)] static partial float S(float x); }""",
        """using Activations; partial class C { [Activation("sigmoid", Temperature = double.NaN)] static partial float S(float x); }""",
        """using Activations; partial class C { [Activation("sigmoid")] static partial float S(ref float x); }""",
        """using Activations; partial class C { [Activation("sigmoid")] static partial int S(int x); }""",
        """using Activations; partial class C { [Activation("sigmoid")] static partial float S(float x); static float SDerivative(float x) => x; }""",
        """using Activations; class C { [Activation("sigmoid")] static partial float S(float x); }""",
        """using Activations; partial class C { [Activation("sigmoid")] static float S(float x) => x; }""",
        """using Activations; partial class C { [Activation] static partial float S(float x); }""",
        """using Activations; partial class C { [Activation("sigmoid")] static partial float S(float x) }""",
    };

    [Theory]
    [MemberData(nameof(HalfTypedOrInvalid))]
    public void NeverThrowsAndNeverLeavesCS8795(string source)
    {
        var (output, result) = GeneratorHarness.Run(source);
        Assert.Null(result.Results.Single().Exception);
        var diagnostics = output.GetDiagnostics();
        Assert.DoesNotContain(diagnostics, d => d.Id is "CS8785" or "CS8795" or "AD0001");
    }

    [Fact]
    public void ValidDeclarationCompilesWithoutAnyDiagnostic()
    {
        var (output, result) = GeneratorHarness.Run("""
            using Activations;
            namespace N;
            public static partial class G
            {
                [Activation("sigmoid")] public static partial float A(float x);
                [Activation("sigmoid", Clip = 500)] public static partial double A(double x);
                [Activation("swish")] internal static partial float B(float x);
            }
            """);
        Assert.Null(result.Results.Single().Exception);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal(3, result.Results.Single().GeneratedSources.Length);
    }
}
