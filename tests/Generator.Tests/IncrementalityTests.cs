using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Activations.Generator.Tests;

public class IncrementalityTests
{
    private const string Declaration = """
        using Activations;
        namespace App;
        public static partial class Gates
        {
            [Activation("sigmoid", Clip = 500)]
            public static partial float Sigmoid(float x);

            [Activation("sigmoid", Temperature = 2)]
            public static partial double Smooth(double x);
        }
        """;

    private static GeneratorDriver RunTwice(string firstOther, Func<Compilation, Compilation> edit)
    {
        Compilation compilation = GeneratorHarness.Compile(Declaration, firstOther);
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        return driver.RunGenerators(edit(compilation));
    }

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string step)
        => driver.GetRunResult().Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

    private static IEnumerable<IncrementalStepRunReason> OutputReasons(GeneratorDriver driver)
        => driver.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason);

    [Fact]
    public void UnrelatedEditLeavesEveryStepCached()
    {
        GeneratorDriver driver = RunTwice("class Other { }", c => c.ReplaceSyntaxTree(
            c.SyntaxTrees.Last(),
            CSharpSyntaxTree.ParseText("class Other { int field; public int Field => field; }", GeneratorHarness.ParseOptions)));

        Assert.Equal(2, Reasons(driver, ActivationGenerator.Steps.Methods).Count());
        Assert.All(Reasons(driver, ActivationGenerator.Steps.Methods), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.All(OutputReasons(driver), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void EditingTheAttributeRegeneratesOnlyThatMethod()
    {
        GeneratorDriver driver = RunTwice("class Other { }", c => c.ReplaceSyntaxTree(
            c.SyntaxTrees.First(),
            CSharpSyntaxTree.ParseText(Declaration.Replace("Clip = 500", "Clip = 400"), GeneratorHarness.ParseOptions)));

        var reasons = Reasons(driver, ActivationGenerator.Steps.Methods).ToList();
        Assert.Contains(IncrementalStepRunReason.Modified, reasons);
        Assert.Single(reasons, r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
    }
}
