using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Activations.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Activations.Analyzers;

/// <summary>
/// Reports misuse of <c>[Activation]</c> (ACT0001–ACT0012). The rules themselves live in
/// <see cref="ActivationUsage"/>, shared with the generator; this class only places them.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ActivationUsageAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableDictionary<string, string?> NoProperties = ImmutableDictionary<string, string?>.Empty;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Generated code is skipped by GeneratedCode.IsGenerated below, not by the driver: the driver
        // would also skip the user's own method, because the [GeneratedCode] attribute of the
        // generated implementation part merges into the partial method's attributes.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            INamedTypeSymbol? attributeType = start.Compilation.GetTypeByMetadataName(ActivationOptions.AttributeMetadataName);
            if (attributeType is null)
            {
                return;
            }

            start.RegisterSymbolAction(symbolContext => AnalyzeMethod(symbolContext, attributeType), SymbolKind.Method);
            start.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, attributeType), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context, INamedTypeSymbol attributeType)
    {
        if (context.Symbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary } method
            || method.PartialDefinitionPart is not null) // An implementation part: analysed through its definition.
        {
            return;
        }

        AttributeData? attribute = FindAttribute(method, attributeType);
        if (attribute is null)
        {
            return;
        }

        CancellationToken ct = context.CancellationToken;
        MethodDeclarationSyntax? declaration = Declaration(method, ct);
        if (declaration is null || GeneratedCode.IsGenerated(declaration.SyntaxTree, context.Compilation, ct))
        {
            return;
        }

        AttributeSyntax? attributeSyntax = attribute.ApplicationSyntaxReference?.GetSyntax(ct) as AttributeSyntax;
        bool hasError = false;
        foreach (UsageProblem problem in ActivationUsage.Validate(method, attribute, ct))
        {
            hasError |= problem.IsError;

            // Reported by AnalyzeType, on the type's own declaration, once per type.
            if (problem.Target != UsageTarget.ContainingTypeName && Descriptors.Find(problem.Id) is { } descriptor)
            {
                Report(context, descriptor, Locate(problem, declaration, attributeSyntax), problem);
            }
        }

        // A custom formula the generator cannot read: the same parser, so the same verdict.
        if (!hasError && ActivationOptions.Read(attribute) is { HasKindArgument: false, IsComplete: true }
            && Generator.Custom.FormulaParser.Parse(method, context.Compilation, ct).Problem is { } unsupported)
        {
            Location location = unsupported.FilePath == declaration.SyntaxTree.FilePath
                ? Location.Create(declaration.SyntaxTree, unsupported.Span)
                : declaration.Identifier.GetLocation();
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnsupportedFormula, location, method.Name, unsupported.What));
        }
    }

    /// <summary>ACT0003, on a non-partial type that contains (maybe through nested types) an [Activation] method.</summary>
    private static void AnalyzeType(SymbolAnalysisContext context, INamedTypeSymbol attributeType)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        CancellationToken ct = context.CancellationToken;
        TypeDeclarationSyntax? declaration = NonPartialDeclaration(type, ct);
        if (declaration is null || GeneratedCode.IsGenerated(declaration.SyntaxTree, context.Compilation, ct))
        {
            return;
        }

        IMethodSymbol? method = FirstActivation(type, attributeType);
        AttributeData? attribute = method is null ? null : FindAttribute(method, attributeType);
        if (method is null || attribute is null)
        {
            return;
        }

        int depth = 0;
        for (INamedTypeSymbol? current = method.ContainingType; current is not null && !SymbolEqualityComparer.Default.Equals(current, type); current = current.ContainingType)
        {
            depth++;
        }

        foreach (UsageProblem problem in ActivationUsage.Validate(method, attribute, ct))
        {
            if (problem.Target == UsageTarget.ContainingTypeName && problem.Index == depth)
            {
                Report(context, Descriptors.ContainingTypeNotPartial, declaration.Identifier.GetLocation(), problem);
            }
        }
    }

    private static void Report(SymbolAnalysisContext context, DiagnosticDescriptor descriptor, Location location, UsageProblem problem)
    {
        ImmutableDictionary<string, string?> properties = problem.Suggestion is null
            ? NoProperties
            : NoProperties.Add(DiagnosticIds.SuggestionProperty, problem.Suggestion);
        context.ReportDiagnostic(Diagnostic.Create(descriptor, location, properties, problem.MessageArgs));
    }

    private static AttributeData? FindAttribute(ISymbol symbol, INamedTypeSymbol attributeType)
    {
        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
            {
                return attribute;
            }
        }

        return null;
    }

    private static MethodDeclarationSyntax? Declaration(IMethodSymbol method, CancellationToken ct)
    {
        foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(ct) is MethodDeclarationSyntax declaration)
            {
                return declaration;
            }
        }

        return null;
    }

    private static Location Locate(UsageProblem problem, MethodDeclarationSyntax declaration, AttributeSyntax? attribute)
    {
        Location fallback = declaration.Identifier.GetLocation();
        SeparatedSyntaxList<ParameterSyntax> parameters = declaration.ParameterList.Parameters;
        switch (problem.Target)
        {
            case UsageTarget.MethodName:
                return fallback;
            case UsageTarget.TypeParameterList:
                return declaration.TypeParameterList?.GetLocation() ?? fallback;
            case UsageTarget.ReturnType:
                return declaration.ReturnType.GetLocation();
            case UsageTarget.ParameterList:
                return declaration.ParameterList.GetLocation();
            case UsageTarget.Parameter when problem.Index >= 0 && problem.Index < parameters.Count:
                return parameters[problem.Index].GetLocation();
            case UsageTarget.ParametersFrom when problem.Index >= 0 && problem.Index < parameters.Count:
                return Location.Create(
                    declaration.SyntaxTree,
                    TextSpan.FromBounds(parameters[problem.Index].SpanStart, parameters[parameters.Count - 1].Span.End));
            case UsageTarget.KindArgument:
                return KindArgument(attribute)?.Expression.GetLocation() ?? attribute?.GetLocation() ?? fallback;
            case UsageTarget.ClipArgument:
                return NamedArgument(attribute, "Clip") ?? attribute?.GetLocation() ?? fallback;
            case UsageTarget.TemperatureArgument:
                return NamedArgument(attribute, "Temperature") ?? attribute?.GetLocation() ?? fallback;
            case UsageTarget.AlphaArgument:
                return NamedArgument(attribute, "Alpha") ?? attribute?.GetLocation() ?? fallback;
            case UsageTarget.BetaArgument:
                return NamedArgument(attribute, "Beta") ?? attribute?.GetLocation() ?? fallback;
            case UsageTarget.ThresholdArgument:
                return NamedArgument(attribute, "Threshold") ?? attribute?.GetLocation() ?? fallback;
            default:
                return fallback;
        }
    }

    /// <summary>The positional (or <c>kind:</c>) argument of the attribute.</summary>
    internal static AttributeArgumentSyntax? KindArgument(AttributeSyntax? attribute)
    {
        if (attribute?.ArgumentList is null)
        {
            return null;
        }

        foreach (AttributeArgumentSyntax argument in attribute.ArgumentList.Arguments)
        {
            if (argument.NameEquals is null && (argument.NameColon is null || argument.NameColon.Name.Identifier.ValueText == "kind"))
            {
                return argument;
            }
        }

        return null;
    }

    private static Location? NamedArgument(AttributeSyntax? attribute, string name)
    {
        if (attribute?.ArgumentList is null)
        {
            return null;
        }

        foreach (AttributeArgumentSyntax argument in attribute.ArgumentList.Arguments)
        {
            if (argument.NameEquals?.Name.Identifier.ValueText == name)
            {
                return argument.GetLocation();
            }
        }

        return null;
    }

    private static TypeDeclarationSyntax? NonPartialDeclaration(INamedTypeSymbol type, CancellationToken ct)
    {
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(ct) is TypeDeclarationSyntax declaration && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return declaration;
            }
        }

        return null;
    }

    /// <summary>The first [Activation] method of <paramref name="type"/>, members in order, nested types after the type's own methods.</summary>
    private static IMethodSymbol? FirstActivation(INamedTypeSymbol type, INamedTypeSymbol attributeType)
    {
        var pending = new Stack<INamedTypeSymbol>();
        pending.Push(type);
        while (pending.Count > 0)
        {
            INamedTypeSymbol current = pending.Pop();
            ImmutableArray<ISymbol> members = current.GetMembers();
            foreach (ISymbol member in members)
            {
                if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary, PartialDefinitionPart: null } candidate
                    && FindAttribute(candidate, attributeType) is not null)
                {
                    return candidate;
                }
            }

            for (int i = members.Length - 1; i >= 0; i--)
            {
                if (members[i] is INamedTypeSymbol nested)
                {
                    pending.Push(nested);
                }
            }
        }

        return null;
    }
}
