using System.Collections.Immutable;
using Activations.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Activations.Analyzers;

/// <summary>The descriptors of the <c>[Activation]</c> usage rules; the IDs are <see cref="DiagnosticIds"/>.</summary>
internal static class Descriptors
{
    private const string Category = "Usage";

    public static readonly DiagnosticDescriptor MethodNotStatic = Create(
        DiagnosticIds.MethodNotStatic,
        "Activation method must be static",
        "Activation method '{0}' must be static: add the 'static' modifier",
        "A method marked with [Activation] must be static, because the members the generator adds next to it (derivative, span overloads and backward) are static.");

    public static readonly DiagnosticDescriptor BuiltInKindNeedsPartialDeclaration = Create(
        DiagnosticIds.BuiltInKindNeedsPartialDeclaration,
        "Built-in activation must be a partial method without a body",
        "'{0}' uses the built-in kind '{1}', so it must be a 'partial' method declaration without a body: the generator writes the body",
        "With a built-in kind the generator writes the method's body. Declare the method as 'static partial T Name(T x);' with no body.");

    public static readonly DiagnosticDescriptor ContainingTypeNotPartial = Create(
        DiagnosticIds.ContainingTypeNotPartial,
        "Type containing an activation must be partial",
        "Type '{0}' must be declared 'partial' so that the generator can add the members of activation method '{1}'",
        "The generator adds members to the type that declares an [Activation] method, so that type and every type enclosing it must be declared 'partial'.");

    public static readonly DiagnosticDescriptor UnsupportedSignature = Create(
        DiagnosticIds.UnsupportedSignature,
        "Unsupported activation signature",
        "Activation method '{0}' has an unsupported signature: {1}. Expected {2}.",
        "A built-in activation must have the signature 'T Name(T x)' with T float or double; a custom formula 'T Name(T x, T p1, ...)'. Generic methods and parameters passed by reference are not supported.");

    public static readonly DiagnosticDescriptor EmptyKind = Create(
        DiagnosticIds.EmptyKind,
        "Activation kind is empty",
        "The activation kind of '{0}' is empty. Name a built-in kind such as \"sigmoid\", or write [Activation] without arguments for a custom formula.",
        "The kind passed to [Activation(kind)] must name a built-in activation, for example \"sigmoid\", \"relu\" or \"gelu\".");

    public static readonly DiagnosticDescriptor UnknownKind = Create(
        DiagnosticIds.UnknownKind,
        "Unknown activation kind",
        "'{0}' is not a built-in activation kind. {1}",
        "The kind passed to [Activation(kind)] must be one of the built-in kinds (matched case-insensitively; 'swish' is an alias of 'silu').");

    public static readonly DiagnosticDescriptor InvalidClip = Create(
        DiagnosticIds.InvalidClip,
        "Clip must be a positive finite number",
        "Clip = {0} is not valid for '{1}': Clip must be a positive finite number. Remove it for no clamp.",
        "Clip clamps the input to [-Clip, Clip]; it must be greater than 0 and finite. Leaving it unset means no clamp.");

    public static readonly DiagnosticDescriptor InvalidTemperature = Create(
        DiagnosticIds.InvalidTemperature,
        "Temperature must be a positive finite number",
        "Temperature = {0} is not valid for '{1}': Temperature must be a positive finite number. Remove it for the default of 1.",
        "Temperature divides the input (f(x / Temperature)); it must be greater than 0 and finite. Leaving it unset means 1.");

    public static readonly DiagnosticDescriptor ParameterHasNoEffect = Create(
        DiagnosticIds.ParameterHasNoEffect,
        "Activation parameter has no effect",
        "{0} has no effect on '{1}' because {2}. Remove it.",
        "Alpha is used by leaky_relu and elu, Beta by silu (swish) and softplus, Threshold by softplus only. Setting one on another kind does nothing.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidParameterValue = Create(
        DiagnosticIds.InvalidParameterValue,
        "Invalid activation parameter value",
        "{0} = {1} is not valid for '{2}': {3}",
        "Alpha and Threshold must be finite; Beta must be greater than 0 and finite. Leave a parameter unset to get the kind's default.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor GeneratedMemberCollision = Create(
        DiagnosticIds.GeneratedMemberCollision,
        "Generated member conflicts with an existing member",
        "The generator adds '{1}' for activation method '{0}', but '{2}' already declares {3}. Rename one of them.",
        "For an activation 'Name' the generator adds Name(ReadOnlySpan<T>, Span<T>), NameDerivative(T), NameDerivative(ReadOnlySpan<T>, Span<T>) and NameBackward(ReadOnlySpan<T>, ReadOnlySpan<T>, Span<T>) (and ILGPU kernels when ILGPU is referenced). An existing member with one of those names and parameter types, or a non-method member with one of those names, would conflict.");

    public static readonly DiagnosticDescriptor CustomFormulaNeedsBody = Create(
        DiagnosticIds.CustomFormulaNeedsBody,
        "Custom activation needs a body",
        "'{0}' is a custom activation ([Activation] without a kind), so its body is the formula: give it one such as '=> x / (1 + Math.Abs(x))', or name a built-in kind like [Activation(\"sigmoid\")].",
        "[Activation] without a kind marks a custom formula: the method's own body is the function the generator differentiates, so the method needs a body.");

    public static readonly DiagnosticDescriptor UnsupportedFormula = Create(
        DiagnosticIds.UnsupportedFormula,
        "Custom activation formula uses an unsupported construct",
        "'{0}' cannot be differentiated at compile time: {1} is outside the supported set, so no derivative, span or backward is generated (the method itself still compiles as written)",
        "A custom formula may use + - * /, unary minus, literals and constants, Math/MathF Exp, Log, Sqrt, Pow with a constant exponent, Abs, Max, Min, Clamp, Tanh, the conditional operator with comparisons, ActivationMath primitives and calls to other [Activation] methods, in an expression body or in local declarations ending in a return.");

    /// <summary>All of the above.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
        MethodNotStatic,
        BuiltInKindNeedsPartialDeclaration,
        ContainingTypeNotPartial,
        UnsupportedSignature,
        EmptyKind,
        UnknownKind,
        InvalidClip,
        InvalidTemperature,
        ParameterHasNoEffect,
        InvalidParameterValue,
        GeneratedMemberCollision,
        CustomFormulaNeedsBody,
        UnsupportedFormula);

    /// <summary>The help page of a rule.</summary>
    public static string HelpLink(string id) => "https://github.com/activations-dotnet/activations/blob/main/docs/diagnostics/" + id + ".md";

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

    private static DiagnosticDescriptor Create(
        string id, string title, string message, string description, DiagnosticSeverity severity = DiagnosticSeverity.Error)
    {
        return new DiagnosticDescriptor(
            id,
            title,
            message,
            Category,
            severity,
            isEnabledByDefault: true,
            description: description,
            helpLinkUri: HelpLink(id));
    }
}
