namespace Activations.Benchmarks;

/// <summary>The activations under test, declared as a consumer declares them.</summary>
public static partial class Single
{
    [Activation("sigmoid")]
    public static partial float Sigmoid(float x);

    [Activation("sigmoid", Precision = ActivationPrecision.Fast)]
    public static partial float SigmoidFast(float x);

    [Activation("tanh")]
    public static partial float Tanh(float x);

    [Activation("tanh", Precision = ActivationPrecision.Fast)]
    public static partial float TanhFast(float x);

    [Activation("silu")]
    public static partial float Silu(float x);

    [Activation("softplus")]
    public static partial float Softplus(float x);
}

/// <summary>The double activations under test.</summary>
public static partial class Double
{
    [Activation("sigmoid")]
    public static partial double Sigmoid(double x);
}
