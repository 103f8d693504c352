namespace Activations.Kinds.Tests;

/// <summary>
/// Custom formulas in the spellings people write (naive and stable, expression and block bodies,
/// piecewise, parametric, calling built-ins and ActivationMath). The analyzers flag the naive
/// scalar forms on purpose here: the point is that the generated code is stable anyway.
/// </summary>
#pragma warning disable ACT1001, ACT1002, ACT1003, ACT1004, ACT1005, ACT1006, ACT1007, ACT1008, ACT1009, ACT1010
public static partial class Custom
{
    [Activation] public static double NaiveSilu(double x) => x / (1 + Math.Exp(-x));

    [Activation] public static double StableSilu(double x) => x * ActivationMath.Sigmoid(x);

    [Activation]
    public static double BlockSilu(double x)
    {
        double s = Math.Exp(x) / (1 + Math.Exp(x));
        return x * s;
    }

    [Activation] public static double NaiveMish(double x) => x * Math.Tanh(Math.Log(1 + Math.Exp(x)));

    [Activation] public static float NaiveMishSingle(float x) => x * MathF.Tanh(MathF.Log(1 + MathF.Exp(x)));

    [Activation] public static double CubicGeluTanh(double x) => 0.5 * x * (1 + Math.Tanh(Math.Sqrt(2 / Math.PI) * (x + 0.044715 * Math.Pow(x, 3))));

    [Activation] public static double NaiveSoftplus(double x) => Math.Log(Math.Exp(x) + 1);

    [Activation] public static double LogOfSigmoid(double x) => Math.Log(1 / (1 + Math.Exp(-x)));

    [Activation] public static double Leaky(double x) => x > 0 ? x : 0.01 * x;

    [Activation] public static double TanhFromSigmoid(double x) => 2 * Gate(x) - 1;

    [Activation("sigmoid")] public static partial double Gate(double x);

    [Activation] public static double Learnable(double x, double alpha, double beta) => 1 / (1 + Math.Exp(-(alpha * x + beta)));

    [Activation] public static double Tempered(double x, double temperature) => ActivationMath.Sigmoid(x / temperature);

    [Activation] public static double RangeScaled(double x, double low, double high) => low + (high - low) * ActivationMath.Sigmoid(x);

    [Activation]
    public static double Swish(double x, double beta)
    {
        double z = beta * x;
        double gate = Math.Exp(z) / (1 + Math.Exp(z));
        return x * gate;
    }
}
#pragma warning restore ACT1001, ACT1002, ACT1003, ACT1004, ACT1005, ACT1006, ACT1007, ACT1008, ACT1009, ACT1010
