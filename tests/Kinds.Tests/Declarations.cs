namespace Activations.Kinds.Tests;

/// <summary>Every built-in kind, float and double, as a consumer writes them.</summary>
public static partial class F
{
    [Activation("sigmoid")] public static partial float Sigmoid(float x);
    [Activation("sigmoid", Precision = ActivationPrecision.Fast)] public static partial float SigmoidFast(float x);
    [Activation("tanh")] public static partial float Tanh(float x);
    [Activation("tanh", Precision = ActivationPrecision.Fast)] public static partial float TanhFast(float x);
    [Activation("softplus")] public static partial float Softplus(float x);
    [Activation("log_sigmoid")] public static partial float LogSigmoid(float x);
    [Activation("silu")] public static partial float Silu(float x);
    [Activation("gelu")] public static partial float Gelu(float x);
    [Activation("gelu_tanh")] public static partial float GeluTanh(float x);
    [Activation("elu")] public static partial float Elu(float x);
    [Activation("selu")] public static partial float Selu(float x);
    [Activation("mish")] public static partial float Mish(float x);
    [Activation("softsign")] public static partial float Softsign(float x);
    [Activation("relu")] public static partial float Relu(float x);
    [Activation("leaky_relu")] public static partial float LeakyRelu(float x);
    [Activation("leaky_relu", Alpha = 0.2)] public static partial float LeakyRelu02(float x);
    [Activation("hard_sigmoid")] public static partial float HardSigmoid(float x);
    [Activation("swish", Beta = 2)] public static partial float Swish2(float x);
    [Activation("softplus", Beta = 2, Threshold = 20)] public static partial float SoftplusThreshold(float x);

    // Scaled arguments that are not powers of two (Data/parameterized.csv).
    [Activation("swish", Beta = 1.5)] public static partial float Swish15(float x);
    [Activation("softplus", Beta = 1.5)] public static partial float Softplus15(float x);
    [Activation("sigmoid", Temperature = 0.7)] public static partial float SigmoidT07(float x);
    [Activation("gelu", Temperature = 0.7)] public static partial float GeluT07(float x);
    [Activation("log_sigmoid", Temperature = 3)] public static partial float LogSigmoidT3(float x);
    [Activation("elu", Alpha = 0.3)] public static partial float Elu03(float x);
    [Activation("mish", Temperature = 0.7)] public static partial float MishT07(float x);
}

/// <summary>Every built-in kind in double.</summary>
public static partial class D
{
    [Activation("sigmoid")] public static partial double Sigmoid(double x);
    [Activation("sigmoid", Precision = ActivationPrecision.Fast)] public static partial double SigmoidFast(double x);
    [Activation("tanh")] public static partial double Tanh(double x);
    [Activation("tanh", Precision = ActivationPrecision.Fast)] public static partial double TanhFast(double x);
    [Activation("softplus")] public static partial double Softplus(double x);
    [Activation("log_sigmoid")] public static partial double LogSigmoid(double x);
    [Activation("silu")] public static partial double Silu(double x);
    [Activation("gelu")] public static partial double Gelu(double x);
    [Activation("gelu_tanh")] public static partial double GeluTanh(double x);
    [Activation("elu")] public static partial double Elu(double x);
    [Activation("selu")] public static partial double Selu(double x);
    [Activation("mish")] public static partial double Mish(double x);
    [Activation("softsign")] public static partial double Softsign(double x);
    [Activation("relu")] public static partial double Relu(double x);
    [Activation("leaky_relu")] public static partial double LeakyRelu(double x);
    [Activation("hard_sigmoid")] public static partial double HardSigmoid(double x);

    // Scaled arguments that are not powers of two (Data/parameterized.csv).
    [Activation("swish", Beta = 1.5)] public static partial double Swish15(double x);
    [Activation("softplus", Beta = 1.5)] public static partial double Softplus15(double x);
    [Activation("sigmoid", Temperature = 0.7)] public static partial double SigmoidT07(double x);
    [Activation("gelu", Temperature = 0.7)] public static partial double GeluT07(double x);
    [Activation("log_sigmoid", Temperature = 3)] public static partial double LogSigmoidT3(double x);
    [Activation("elu", Alpha = 0.3)] public static partial double Elu03(double x);
    [Activation("mish", Temperature = 0.7)] public static partial double MishT07(double x);
}
