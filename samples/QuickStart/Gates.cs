namespace Activations.Samples.QuickStart;

/// <summary>Activations declared the way a consumer declares them.</summary>
public static partial class Gates
{
    /// <summary>The logistic sigmoid, input clamped to [-500, 500].</summary>
    [Activation("sigmoid", Clip = 500)]
    public static partial float Sigmoid(float x);

    /// <summary>σ(x / 2), in double.</summary>
    [Activation("sigmoid", Temperature = 2)]
    public static partial double Smooth(double x);
}

/// <summary>The formulas found in tutorials, kept here only to show where they fail.</summary>
internal static class Naive
{
#pragma warning disable ACT1001 // shown on purpose: the exp ratio is the tutorial formula that gives NaN from x = 89
    public static float RatioSigmoid(float x) => MathF.Exp(x) / (1 + MathF.Exp(x));
#pragma warning restore ACT1001

    public static float Sigmoid(float x) => 1 / (1 + MathF.Exp(-x));

    public static float SigmoidDerivative(float x)
    {
        float s = Sigmoid(x);
#pragma warning disable ACT1009 // shown on purpose: σ·(1 − σ) is the textbook derivative that returns 0 from x ≈ 17
        return s * (1 - s);
#pragma warning restore ACT1009
    }
}
