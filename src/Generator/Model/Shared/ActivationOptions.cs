using System;
using Microsoft.CodeAnalysis;

namespace Activations.Generator.Model;

/// <summary>
/// The values of one <c>[Activation(...)]</c> attribute, read from Roslyn's <see cref="AttributeData"/>
/// into plain, equatable data. Unset options carry the contract's defaults.
/// </summary>
/// <param name="HasKindArgument">True for <c>[Activation("kind")]</c>, false for a custom formula <c>[Activation]</c>.</param>
/// <param name="Kind">The kind exactly as written (may be null, empty or unknown).</param>
/// <param name="Clip">0 = no clamp.</param>
/// <param name="Temperature">1 unless set.</param>
/// <param name="Alpha">NaN = the kind's default.</param>
/// <param name="Beta">NaN = the kind's default.</param>
/// <param name="Threshold">NaN = none.</param>
/// <param name="Fast">Precision = Fast.</param>
/// <param name="IsComplete">False when the attribute has binding errors (half-typed code).</param>
internal sealed record ActivationOptions(
    bool HasKindArgument,
    string? Kind,
    double Clip,
    double Temperature,
    double Alpha,
    double Beta,
    double Threshold,
    bool Fast,
    bool IsComplete)
{
    /// <summary>Fully qualified metadata name of the attribute.</summary>
    public const string AttributeMetadataName = "Activations.ActivationAttribute";

    /// <summary>The canonical kind name, or null when the kind is unknown or this is a custom formula.</summary>
    public string? CanonicalKind => KnownKinds.Normalize(Kind);

    /// <summary>Reads the attribute's arguments; never throws.</summary>
    public static ActivationOptions Read(AttributeData attribute)
    {
        bool complete = attribute.AttributeClass is { TypeKind: not TypeKind.Error } && !HasErrors(attribute);
        bool hasKind = attribute.ConstructorArguments.Length == 1;
        string? kind = hasKind ? attribute.ConstructorArguments[0].Value as string : null;
        double clip = 0, temperature = 1, alpha = double.NaN, beta = double.NaN, threshold = double.NaN;
        bool fast = false;

        foreach (var argument in attribute.NamedArguments)
        {
            TypedConstant value = argument.Value;
            if (value.Kind == TypedConstantKind.Error || value.Value is null)
            {
                complete = false;
                continue;
            }

            switch (argument.Key)
            {
                case "Clip":
                    clip = ToDouble(value.Value);
                    break;
                case "Temperature":
                    temperature = ToDouble(value.Value);
                    break;
                case "Alpha":
                    alpha = ToDouble(value.Value);
                    break;
                case "Beta":
                    beta = ToDouble(value.Value);
                    break;
                case "Threshold":
                    threshold = ToDouble(value.Value);
                    break;
                case "Precision":
                    fast = Convert.ToInt32(value.Value, System.Globalization.CultureInfo.InvariantCulture) == 1;
                    break;
            }
        }

        return new ActivationOptions(hasKind, kind, clip, temperature, alpha, beta, threshold, fast, complete);
    }

    private static bool HasErrors(AttributeData attribute)
    {
        foreach (TypedConstant argument in attribute.ConstructorArguments)
        {
            if (argument.Kind == TypedConstantKind.Error)
            {
                return true;
            }
        }

        if (attribute.AttributeConstructor is null)
        {
            return true;
        }

        // Syntax errors bind leniently: `[Activation(]` binds to the parameterless constructor
        // (a custom formula) and `Clip = ]` may be dropped. Half-typed is not complete.
        return attribute.ApplicationSyntaxReference?.GetSyntax() is { ContainsDiagnostics: true };
    }

    private static double ToDouble(object value)
    {
        try
        {
            return Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            return double.NaN;
        }
    }
}
