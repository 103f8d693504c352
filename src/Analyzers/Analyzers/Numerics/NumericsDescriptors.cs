using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Activations.Analyzers.Numerics;

/// <summary>The IDs of the numerical rules (ACT1xxx): bugs in hand-written activation and loss code.</summary>
internal static class NumericsIds
{
    public const string ExpRatioSigmoid = "ACT1001";
    public const string NaiveSoftplus = "ACT1002";
    public const string LogOfSigmoid = "ACT1003";
    public const string TanhFromExp = "ACT1004";
    public const string CrossEntropyOnSigmoid = "ACT1005";
    public const string CrossEntropyOnProbabilities = "ACT1006";
    public const string SoftmaxWithoutMax = "ACT1007";
    public const string SigmoidDerivativeFromExp = "ACT1008";
    public const string SigmoidDerivativeLosesTail = "ACT1009";
}

/// <summary>The descriptors of the numerical rules; see docs/diagnostics/ACT1xxx.md.</summary>
internal static class NumericsDescriptors
{
    /// <summary>The category of every ACT1xxx rule (<c>dotnet_analyzer_diagnostic.category-Numerics.severity</c>).</summary>
    public const string Category = "Numerics";

    public static readonly DiagnosticDescriptor ExpRatioSigmoid = Create(
        NumericsIds.ExpRatioSigmoid,
        "Sigmoid written as an exp ratio overflows",
        "e^({0}) / (1 + e^({0})) is NaN for {0} > {1}; use ActivationMath.Sigmoid",
        "exp(x) / (1 + exp(x)) divides infinity by infinity, giving NaN, for x ≥ 709.79 (double) or 88.73 (float), where the sigmoid is 1. ActivationMath.Sigmoid is exact for every input. Note that 1 / (1 + exp(-x)) is safe and not reported.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NaiveSoftplus = Create(
        NumericsIds.NaiveSoftplus,
        "Softplus written as log(1 + exp(x)) overflows",
        "log(1 + e^({0})) is +∞ for {0} > {1}; use ActivationMath.Softplus",
        "log(1 + exp(x)) is +∞ for x ≥ 709.79 (double) or 88.73 (float), where softplus is x, and rounds to 0 instead of e^x below −36.7 (double) or −16.6 (float). ActivationMath.Softplus computes max(x, 0) + log1p(exp(−|x|)), exact everywhere.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor LogOfSigmoid = Create(
        NumericsIds.LogOfSigmoid,
        "Logarithm of a sigmoid loses the tail",
        "{0} is −∞ or wrong for {1}; use ActivationMath.LogSigmoid({2})",
        "log(σ(x)) is −∞ for x ≤ −709.8 (double), and log(1 − σ(x)) is −∞ for x ≥ 36.7 (double) or 16.6 (float) because 1 − σ(x) rounds to 0. Adding ε or clamping the probability keeps it finite but wrong. ActivationMath.LogSigmoid(x) = −softplus(−x) is exact, and log(1 − σ(x)) = LogSigmoid(−x).",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor TanhFromExp = Create(
        NumericsIds.TanhFromExp,
        "Tanh written with exponentials overflows",
        "This tanh written with exponentials is NaN for {0}; use {1}",
        "(e^x − e^−x) / (e^x + e^−x), (e^2x − 1) / (e^2x + 1) and sinh(x) / cosh(x) divide infinity by infinity, giving NaN, beyond |x| ≈ 710 (double) or 89 (float; 355 and 44 for the e^2x forms), where tanh is ±1. Math.Tanh / MathF.Tanh are exact.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor CrossEntropyOnSigmoid = Create(
        NumericsIds.CrossEntropyOnSigmoid,
        "Binary cross-entropy on sigmoid probabilities",
        "Binary cross-entropy on σ({0}) is +∞ or wrong for large |{0}|; use Losses.BinaryCrossEntropyWithLogits({0}, {1})",
        "y·log(p) + (1 − y)·log(1 − p) with p = σ(z) is +∞ once 1 − p or p rounds to 0 (z ≥ 36.7 in double, 16.6 in float: label 0, logit 20, float gives +∞ where the loss is 20). Clamping p to [ε, 1 − ε] keeps it finite but wrong (16.1 instead of 40 at logit 40). Losses.BinaryCrossEntropyWithLogits takes the logit and is exact everywhere.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor CrossEntropyOnProbabilities = Create(
        NumericsIds.CrossEntropyOnProbabilities,
        "Binary cross-entropy on probabilities",
        "Binary cross-entropy on the probability '{0}' is +∞ or clamped when '{0}' rounds to 0 or 1; if it comes from a sigmoid, pass the logit to Losses.BinaryCrossEntropyWithLogits",
        "A probability near 0 or 1 has lost the information the loss needs: log(p) or log(1 − p) is −∞, or wrong once clamped. When p is the sigmoid of a logit computed elsewhere, keep the logit and call Losses.BinaryCrossEntropyWithLogits. No automatic fix: the logit is not visible in this method.",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor SoftmaxWithoutMax = Create(
        NumericsIds.SoftmaxWithoutMax,
        "Softmax or log-sum-exp without subtracting the maximum",
        "{0} does not subtract the maximum before exponentiating; it is NaN or +∞ once an input exceeds {1}",
        "exp(x_i) / Σ exp(x_j) is ∞/∞ = NaN, and log(Σ exp(x_j)) is +∞, as soon as one x exceeds 709.78 (double) or 88.72 (float). Subtract the maximum m first: exp(x_i − m) / Σ exp(x_j − m) and m + log(Σ exp(x_j − m)) are the same values and never overflow.",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor SigmoidDerivativeFromExp = Create(
        NumericsIds.SigmoidDerivativeFromExp,
        "Sigmoid derivative written with exponentials overflows",
        "e^({0}) / (1 + e^({0}))² is 0 or NaN for {0} > {1}; use ActivationMath.SigmoidDerivative",
        "exp(x) / (1 + exp(x))² is 0 instead of e^−x once (1 + e^x)² overflows (x > 354.9 in double) and NaN once e^x does (x ≥ 709.79). ActivationMath.SigmoidDerivative is exact in both tails.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor SigmoidDerivativeLosesTail = Create(
        NumericsIds.SigmoidDerivativeLosesTail,
        "σ·(1 − σ) loses the sigmoid derivative's tail",
        "σ({0})·(1 − σ({0})) is 0 instead of ≈ e^−{0} for {0} > {1}; use ActivationMath.SigmoidDerivative({0})",
        "1 − σ(x) rounds to 0 for x ≥ 36.7 (double) or 16.6 (float), so σ·(1 − σ) returns 0 there, while σ'(x) ≈ e^−x. ActivationMath.SigmoidDerivative keeps full relative accuracy in both tails.",
        DiagnosticSeverity.Info);

    /// <summary>All of the above.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
        ExpRatioSigmoid,
        NaiveSoftplus,
        LogOfSigmoid,
        TanhFromExp,
        CrossEntropyOnSigmoid,
        CrossEntropyOnProbabilities,
        SoftmaxWithoutMax,
        SigmoidDerivativeFromExp,
        SigmoidDerivativeLosesTail);

    /// <summary>The descriptor of a rule ID, or null.</summary>
    public static DiagnosticDescriptor? Find(string id)
    {
        foreach (DiagnosticDescriptor descriptor in All)
        {
            if (descriptor.Id == id)
            {
                return descriptor;
            }
        }

        return null;
    }

    private static DiagnosticDescriptor Create(string id, string title, string message, string description, DiagnosticSeverity severity)
    {
        return new DiagnosticDescriptor(
            id,
            title,
            message,
            Category,
            severity,
            isEnabledByDefault: true,
            description: description,
            helpLinkUri: Descriptors.HelpLink(id));
    }
}
