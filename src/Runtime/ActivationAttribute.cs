using System;

namespace Activations;

/// <summary>
/// Marks a <c>static partial</c> method as an activation function. At compile time the Activations
/// source generator emits its numerically exact forward, its derivative, SIMD span versions and a
/// chain-rule backward (and ILGPU kernels when the project references ILGPU).
/// </summary>
/// <example>
/// <code>
/// public static partial class Gates
/// {
///     [Activation("sigmoid", Clip = 500)]
///     public static partial float Sigmoid(float x);
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class ActivationAttribute : Attribute
{
    /// <summary>A custom activation: the method's own expression body is the formula.</summary>
    public ActivationAttribute()
    {
    }

    /// <summary>A built-in activation kind, such as <c>"sigmoid"</c> (matched case-insensitively).</summary>
    /// <param name="kind">The kind's name, as in PyTorch's <c>torch.nn.functional</c>.</param>
    public ActivationAttribute(string kind)
    {
        Kind = kind;
    }

    /// <summary>The built-in kind, or <see langword="null"/> for a custom formula.</summary>
    public string? Kind { get; }

    /// <summary>
    /// When greater than 0, the input is clamped to [-Clip, Clip] before the activation; the derivative
    /// is that of the clamped function (0 outside the interval). 0 (the default) means no clamp.
    /// </summary>
    public double Clip { get; set; }

    /// <summary>
    /// When greater than 0, computes f(x / Temperature), chain rule included. The default is 1.
    /// </summary>
    public double Temperature { get; set; } = 1;

    /// <summary>The kind's first parameter (for example leaky_relu's slope); NaN (unset) means the kind's default.</summary>
    public double Alpha { get; set; } = double.NaN;

    /// <summary>The kind's second parameter (for example silu's and softplus's Beta); NaN (unset) means the kind's default.</summary>
    public double Beta { get; set; } = double.NaN;

    /// <summary>
    /// softplus only: where Beta·x exceeds it, softplus returns x (PyTorch uses 20).
    /// NaN (unset, the default) means no threshold: exact everywhere.
    /// </summary>
    public double Threshold { get; set; } = double.NaN;

    /// <summary>Accurate (the default) or Fast.</summary>
    public ActivationPrecision Precision { get; set; }
}

/// <summary>The accuracy/speed trade-off of a generated activation.</summary>
public enum ActivationPrecision
{
    /// <summary>Within a few ULP of the exact value over the whole range; subnormal results are kept.</summary>
    Accurate,

    /// <summary>Faster approximations with a documented, bounded error.</summary>
    Fast,
}
