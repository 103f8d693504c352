using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Activations.Generator.Model;

/// <summary>Turns the symbol of an <c>[Activation]</c> method into an <see cref="ActivationMethod"/>.</summary>
internal static class ModelBuilder
{
    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static ActivationMethod? Build(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not IMethodSymbol method
            || context.TargetNode is not MethodDeclarationSyntax declaration
            || context.Attributes.Length == 0)
        {
            return null;
        }

        // The attribute sits on the defining declaration; skip the implementation part if the user
        // wrote one (it is reached through its definition).
        if (method.PartialDefinitionPart is not null)
        {
            return null;
        }

        AttributeData attribute = context.Attributes[0];
        ActivationOptions options = ActivationOptions.Read(attribute);
        bool valid = options.IsComplete && ActivationUsage.CanGenerate(method, attribute, cancellationToken);
        Ir.Expr? custom = null;
        if (valid && !options.HasKindArgument)
        {
            // A formula with a construct outside the supported set generates nothing; the
            // analyzer reports that construct, and the method compiles as the user wrote it.
            custom = Custom.FormulaParser.Parse(method, context.SemanticModel.Compilation, cancellationToken).Formula;
            valid = custom is not null;
        }

        var containingTypes = new List<ContainingType>();
        bool allPartial = true;
        for (INamedTypeSymbol? type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            containingTypes.Insert(0, new ContainingType(Keyword(type), Escape(type.Name), TypeParameters(type.TypeParameters)));
            allPartial &= type.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken) is TypeDeclarationSyntax t && t.Modifiers.Any(SyntaxKind.PartialKeyword));
        }

        string elementType = method.ReturnType.SpecialType switch
        {
            SpecialType.System_Single => "float",
            SpecialType.System_Double => "double",
            _ => method.ReturnType.Name,
        };

        // A partial declaration without body that we do not fill in would add CS8795, and the
        // command-line compiler then hides the analyzer's ACT0xxx error that explains the problem.
        string? stub = null;
        if (!valid && allPartial && method.IsPartialDefinition && method.PartialImplementationPart is null
            && declaration.Modifiers.Any(SyntaxKind.PartialKeyword) && declaration.Body is null && declaration.ExpressionBody is null)
        {
            stub = StubSignature(method, declaration);
        }

        string? ns = method.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : null;
        string hint = string.Join(".", new[] { ns ?? "global" }.Concat(containingTypes.Select(t => t.Name)))
            + "." + method.Name + "." + string.Join("_", method.Parameters.Select(p => p.Type.Name).DefaultIfEmpty("none"))
            + "." + method.ReturnType.Name + ".g.cs";

        return new ActivationMethod(
            Sanitize(hint),
            ns,
            new EquatableArray<ContainingType>(containingTypes.ToArray()),
            Escape(method.Name),
            AccessibilityText(method.DeclaredAccessibility),
            elementType,
            options,
            valid,
            declaration.GetLeadingTrivia().Any(t => t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || t.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia)),
            custom,
            new EquatableArray<string>(custom is null ? System.Array.Empty<string>() : method.Parameters.Skip(1).Select(p => p.Name).ToArray()),
            stub);
    }

    private static string StubSignature(IMethodSymbol method, MethodDeclarationSyntax declaration)
    {
        var text = new StringBuilder();
        text.Append(string.Join(" ", declaration.Modifiers.Select(m => m.Text))).Append(' ');
        if (method.ReturnsByRefReadonly)
        {
            text.Append("ref readonly ");
        }
        else if (method.ReturnsByRef)
        {
            text.Append("ref ");
        }

        text.Append(method.ReturnType.ToDisplayString(TypeFormat)).Append(' ').Append(Escape(method.Name));
        text.Append(TypeParameters(method.TypeParameters)).Append('(');
        text.Append(string.Join(", ", method.Parameters.Select(Parameter)));
        text.Append(')');
        foreach (ITypeParameterSymbol parameter in method.TypeParameters)
        {
            var constraints = new List<string>();
            if (parameter.HasReferenceTypeConstraint) constraints.Add("class");
            if (parameter.HasUnmanagedTypeConstraint) constraints.Add("unmanaged");
            else if (parameter.HasValueTypeConstraint) constraints.Add("struct");
            if (parameter.HasNotNullConstraint) constraints.Add("notnull");
            constraints.AddRange(parameter.ConstraintTypes.Select(t => t.ToDisplayString(TypeFormat)));
            if (parameter.HasConstructorConstraint && !parameter.HasValueTypeConstraint) constraints.Add("new()");
            if (constraints.Count > 0)
            {
                text.Append(" where ").Append(Escape(parameter.Name)).Append(" : ").Append(string.Join(", ", constraints));
            }
        }

        return text.ToString();
    }

    private static string Parameter(IParameterSymbol parameter)
    {
        string prefix = parameter.RefKind switch
        {
            RefKind.Ref => "ref ",
            RefKind.Out => "out ",
            RefKind.In => "in ",
            _ => parameter.IsParams ? "params " : string.Empty,
        };
        return prefix + parameter.Type.ToDisplayString(TypeFormat) + " " + Escape(parameter.Name);
    }

    private static string Keyword(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Struct } => "struct",
        { TypeKind: TypeKind.Interface } => "interface",
        _ => "class",
    };

    private static string TypeParameters(IEnumerable<ITypeParameterSymbol> parameters)
    {
        string list = string.Join(", ", parameters.Select(p => Escape(p.Name)));
        return list.Length == 0 ? string.Empty : "<" + list + ">";
    }

    private static string AccessibilityText(Accessibility accessibility) => accessibility switch
    {
        Accessibility.Public => "public",
        Accessibility.Internal => "internal",
        Accessibility.Protected => "protected",
        Accessibility.ProtectedOrInternal => "protected internal",
        Accessibility.ProtectedAndInternal => "private protected",
        _ => "private",
    };

    private static string Escape(string identifier)
        => SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;

    private static string Sanitize(string hint)
    {
        var text = new StringBuilder(hint.Length);
        foreach (char c in hint)
        {
            text.Append(char.IsLetterOrDigit(c) || c is '.' or '_' ? c : '_');
        }

        return text.ToString();
    }
}
