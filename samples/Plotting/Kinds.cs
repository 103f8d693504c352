using System.Reflection;

namespace Activations.Samples.Plotting;

/// <summary>
/// Every built-in kind, in float, declared the way a consumer declares it. The kind grid finds them
/// by their <see cref="ActivationAttribute"/>, in declaration order: adding a kind to the pictures is
/// adding its one line here.
/// </summary>
public static partial class Kinds
{
    [Activation("sigmoid")] public static partial float Sigmoid(float x);
    [Activation("hard_sigmoid")] public static partial float HardSigmoid(float x);
    [Activation("log_sigmoid")] public static partial float LogSigmoid(float x);
    [Activation("tanh")] public static partial float Tanh(float x);
    [Activation("relu")] public static partial float Relu(float x);
    [Activation("leaky_relu", Alpha = 0.1)] public static partial float LeakyRelu(float x);
    [Activation("elu")] public static partial float Elu(float x);
    [Activation("selu")] public static partial float Selu(float x);
    [Activation("gelu")] public static partial float Gelu(float x);
    [Activation("gelu_tanh")] public static partial float GeluTanh(float x);
    [Activation("silu")] public static partial float Silu(float x);
    [Activation("softplus")] public static partial float Softplus(float x);
    [Activation("mish")] public static partial float Mish(float x);
    [Activation("softsign")] public static partial float Softsign(float x);

    /// <summary>The kinds declared above, in declaration order.</summary>
    public static IReadOnlyList<ActivationKind> All { get; } = Discover();

    private static ActivationKind[] Discover()
    {
        Type[] unary = [typeof(ReadOnlySpan<float>), typeof(Span<float>)];
        return typeof(Kinds)
            .GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Select(method => (method, attribute: method.GetCustomAttribute<ActivationAttribute>()))
            .Where(m => m.attribute?.Kind is not null)
            .OrderBy(m => m.method.MetadataToken)
            .Select(m => new ActivationKind(
                Label(m.attribute!),
                typeof(Kinds).GetMethod(m.method.Name, unary)!.CreateDelegate<SpanFunction>(),
                typeof(Kinds).GetMethod(m.method.Name + "Derivative", unary)!.CreateDelegate<SpanFunction>()))
            .ToArray();
    }

    private static string Label(ActivationAttribute attribute)
    {
        string label = attribute.Kind!;
        if (!double.IsNaN(attribute.Alpha))
        {
            label += FormattableString.Invariant($" (α = {attribute.Alpha})");
        }

        if (!double.IsNaN(attribute.Beta))
        {
            label += FormattableString.Invariant($" (β = {attribute.Beta})");
        }

        return label;
    }
}

/// <summary>A span function of the generated code: <c>destination[i] = f(x[i])</c>.</summary>
public delegate void SpanFunction(ReadOnlySpan<float> x, Span<float> destination);

/// <summary>One generated activation: its label, its span forward and its span derivative.</summary>
public sealed record ActivationKind(string Label, SpanFunction Forward, SpanFunction Derivative);
