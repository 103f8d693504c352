namespace Activations.Generator.Ir;

/// <summary>
/// The primitive functions of the IR. Each has a scalar implementation (<c>ActivationMath</c>, or
/// <c>System.Math</c> for the exact Abs and Sqrt), a vector implementation (a static member of <c>ISimdVector</c>) of the same
/// name, and a derivative rule in <see cref="Differentiator"/>.
/// </summary>
internal enum Primitive
{
    Exp,
    Expm1,
    Log1p,
    Abs,
    Sqrt,
    Sigmoid,
    SigmoidFast,
    SigmoidDerivative,
    LogSigmoid,
    Softplus,
    Log,
    Tanh,
    TanhFast,
    TanhDerivative,
    NormalCdf,
    NormalPdf,

    // The gated linear units x·g(x) as primitives of their own: their derivatives cross zero
    // (silu, gelu, gelu_tanh, mish), which the runtime evaluates without cancellation, and their
    // products keep full accuracy where the gate alone is subnormal.
    Silu,
    SiluDerivative,
    Gelu,
    GeluDerivative,
    GeluTanh,
    GeluTanhDerivative,
    Mish,
    MishDerivative,

    // selu as one primitive: λα·(e^x − 1) with λα, a product of two constants, as a double-double
    // (the constant times Expm1 rounds three times: 3 ULP in double).
    Selu,
}

internal static class PrimitiveInfo
{
    /// <summary>PyTorch's SELU constants α and λ (the runtime's <c>ActivationMath.Selu</c> uses the same).</summary>
    public const double SeluAlpha = 1.6732632423543772848170429916717;

    /// <inheritdoc cref="SeluAlpha"/>
    public const double SeluScale = 1.0507009873554804934193349852946;

    /// <summary>
    /// Whether the runtime's <c>SpanPrimitive</c> names it (the same name): a span member whose whole
    /// formula is this primitive of x calls <c>SpanKernels.Apply(SpanPrimitive, …)</c>, a loop with
    /// the primitive inlined, instead of an operator that calls it one register at a time.
    /// </summary>
    public static bool HasSpanKernel(Primitive primitive) => primitive is Primitive.Sigmoid or Primitive.SigmoidFast or Primitive.SigmoidDerivative
        or Primitive.LogSigmoid or Primitive.Softplus or Primitive.Tanh or Primitive.TanhFast or Primitive.TanhDerivative or Primitive.Silu;

    /// <summary>The member name, identical in <c>ActivationMath</c> and <c>ISimdVector</c>.</summary>
    public static string Name(Primitive primitive) => primitive.ToString();

    /// <summary>The fully qualified scalar function for <paramref name="elementType"/> ("float" or "double").</summary>
    public static string ScalarFunction(Primitive primitive, string elementType)
    {
        string math = elementType == "float" ? "global::System.MathF" : "global::System.Math";
        return primitive switch
        {
            Primitive.Abs => math + ".Abs",
            Primitive.Sqrt => math + ".Sqrt",
            Primitive.TanhFast => "global::Activations.ActivationMath.Tanh",

            // The scalar path is the accurate one; Fast only changes the SIMD kernels.
            Primitive.SigmoidFast => "global::Activations.ActivationMath.Sigmoid",
            _ => "global::Activations.ActivationMath." + Name(primitive),
        };
    }
}
