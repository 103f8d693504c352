using static Activations.Analyzers.Tests.Numerics.NumericsVerify;

namespace Activations.Analyzers.Tests.Numerics;

/// <summary>Half-typed and unusual code never makes the analyzer throw.</summary>
public class NumericsRobustnessTests
{
    [Theory]
    [InlineData("static double A(double x) => Math.Exp(x) / (1 + Math.Exp(;")]
    [InlineData("static double A(double x) => Math.Log(1 + Math.Exp());")]
    [InlineData("static double A(double x) => Math.Log(1 + Unknown(x));")]
    [InlineData("static double A(double x) => Math.Log(1 + Math.Exp(y));")]
    [InlineData("static double A(double z, double y) { var p = Sigmoid(z; return -(y * Math.Log(p) + (1 - y) * Math.Log(1 - p)); }")]
    [InlineData("static double A(double z, double y) { double p; return -(y * Math.Log(p) + (1 - y) * Math.Log(1 - p)); }")]
    [InlineData("static double A(double x) { x = x; x = x; return Math.Exp(x) / (1 + Math.Exp(x)); }")]
    [InlineData("static double A(double x) { double a = b, b = a; return Math.Log(1 + Math.Exp(a)); }")]
    [InlineData("static double A(double x) => Math.Exp(x) / (1 + Math.Exp(x)) / 0 / (1 + Math.Exp(x));")]
    [InlineData("static double A(double x) { ref double r = ref x; r = 1000; return Math.Log(1 + Math.Exp(x)); }")]
    [InlineData("static double A(double x) { Func<double, double> f = null!; return Math.Log(f(x)) + Math.Log(1 - f(x)); }")]
    [InlineData("static double A(double x) => A(x) * (1 - A(x));")]
    [InlineData("static double A(double x) => Math.Log(A(x)) + Math.Log(1 - A(x));")]
    [InlineData("static double A(double x) { goto L; L: return Math.Log(1 + Math.Exp(x)); }")]
    [InlineData("static double A(double x) { switch (x) { case > 0: x = -x; break; } return Math.Log(1 + Math.Exp(x)); }")]
    [InlineData("static double A(double x) { try { x = 1; } catch { x = 2000; } return Math.Log(1 + Math.Exp(x)); }")]
    [InlineData("static double A(double x) { for (;;) { x = Math.Log(1 + Math.Exp(x)); } }")]
    [InlineData("static double A(double x) { (x, var y) = (1.0, 2.0); return Math.Log(1 + Math.Exp(x + y)); }")]
    [InlineData("static double A(double x) { if (double.TryParse(\"1\", out x)) { } return Math.Log(1 + Math.Exp(x)); }")]
    [InlineData("static double A(double[] x) => Math.Log(x.Sum(Math.Exp)) + x.Select(v => v / x.Sum()).Sum();")]
    [InlineData("static decimal A(decimal x) => x / (1 + x);")]
    [InlineData("static double A(double x) => Math.Pow(Math.E, x) / (1 + Math.Pow(Math.E));")]
    public async Task NoException(string member)
    {
        (_, List<Exception> exceptions) = await AnalyzeDirectlyAsync(InClass(member));
        Assert.Empty(exceptions);
    }

    [Fact]
    public async Task RecursiveHelpersAndSelfReferences()
    {
        (var diagnostics, List<Exception> exceptions) = await AnalyzeDirectlyAsync(InClass("""
            static double S(double x) => S(x) > 0 ? 1 / (1 + Math.Exp(-x)) : S(-x);
            static double T(double x) => U(x);
            static double U(double x) => T(x);
            static double A(double z) => Math.Log(S(z)) + Math.Log(T(z));
            """));
        Assert.Empty(exceptions);
        Assert.All(diagnostics, d => Assert.StartsWith("ACT1", d.Id, StringComparison.Ordinal));
    }
}
