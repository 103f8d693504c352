namespace Activations.Samples.CustomActivations;

/// <summary>Activations written as the user's own formulas; the generator derives everything else.</summary>
public static partial class Formulas
{
    /// <summary>
    /// The learnable sigmoid σ(α·x + β), spelled the textbook way. The generated derivative, span and
    /// backward code use the stable σ instead of this e^−u.
    /// </summary>
    [Activation]
    public static float LearnableSigmoid(float x, float alpha, float beta) => 1 / (1 + MathF.Exp(-((alpha * x) + beta)));

    /// <summary>The temperature sigmoid σ(x / T) with T a run-time parameter (annealed or learned).</summary>
    [Activation]
    public static float TemperatureSigmoid(float x, float temperature) => ActivationMath.Sigmoid(x / temperature);

    /// <summary>The same with T fixed at compile time by the attribute: σ(x / 2).</summary>
    [Activation("sigmoid", Temperature = 2)]
    public static partial float SigmoidT2(float x);

    /// <summary>The range-scaled sigmoid low + (high − low)·σ(x), calling a generated built-in.</summary>
    [Activation]
    public static float RangeSigmoid(float x, float low, float high) => low + ((high - low) * Sigmoid(x));

    /// <summary>The logistic sigmoid.</summary>
    [Activation("sigmoid")]
    public static partial float Sigmoid(float x);
}
