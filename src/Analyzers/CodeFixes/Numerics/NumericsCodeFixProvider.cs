using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Activations.Analyzers.Numerics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Activations.CodeFixes.Numerics;

/// <summary>
/// Rewrites the numerically unstable spellings that ACT1001–ACT1005, ACT1008 and ACT1009 report
/// into calls to the runtime (<c>ActivationMath</c>, <c>Losses</c>, <c>Math.Tanh</c>). The rule is
/// asked again for the finding at the diagnostic's location, so the fix applies exactly what the
/// analyzer saw. Adds <c>using Activations;</c> when needed, keeps float code in float.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NumericsCodeFixProvider)), Shared]
public sealed class NumericsCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(
        NumericsIds.ExpRatioSigmoid,
        NumericsIds.NaiveSoftplus,
        NumericsIds.LogOfSigmoid,
        NumericsIds.TanhFromExp,
        NumericsIds.CrossEntropyOnSigmoid,
        NumericsIds.SigmoidDerivativeFromExp,
        NumericsIds.SigmoidDerivativeLosesTail);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create(async (context, document, diagnostics) => await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        Document document = context.Document;
        SyntaxNode? root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        var evaluator = new Evaluator(context.CancellationToken);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (Locate(root, model, diagnostic, evaluator, context.CancellationToken) is not { } located
                || Replacement(located.Node, located.Plan, model, context.CancellationToken) is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    located.Plan.Title,
                    ct => FixAsync(document, ImmutableArray.Create(diagnostic), ct),
                    "Activations.Numerics." + diagnostic.Id),
                diagnostic);
        }
    }

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken ct)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(ct).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var evaluator = new Evaluator(ct);
        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        bool needsUsing = false;
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (Locate(root, model, diagnostic, evaluator, ct) is not { } located
                || Replacement(located.Node, located.Plan, model, ct) is not { } replacement)
            {
                continue;
            }

            replacements[replacement.Old] = replacement.New;
            needsUsing |= replacement.NeedsUsing;
        }

        // A fix inside another one's expression is dropped: the outer replacement was written from
        // the original text (a later run of the analyzer reports what remains).
        var nodes = replacements.Keys
            .Where(node => !replacements.Keys.Any(other => other != node && other.Span.Contains(node.Span)))
            .ToList();
        if (nodes.Count == 0)
        {
            return document;
        }

        // Locals initialized with a constant and read only in the replaced code (an ε) would be
        // left unused: CS0219, an error under TreatWarningsAsErrors. They are removed with it.
        var annotation = new SyntaxAnnotation("Activations.Numerics.MaybeUnused");
        List<VariableDeclaratorSyntax> candidates = ConstantLocals(nodes, model, ct);
        SyntaxNode newRoot = root.ReplaceNodes(
            nodes.Concat(candidates),
            (original, rewritten) => replacements.TryGetValue(original, out SyntaxNode? replacement) ? replacement : rewritten.WithAdditionalAnnotations(annotation));
        newRoot = RemoveUnused(newRoot, annotation);
        if (needsUsing && newRoot is CompilationUnitSyntax unit)
        {
            newRoot = AddUsing(unit, NewLine(root));
        }

        return document.WithSyntaxRoot(newRoot);
    }

    // The declarators of the locals the replaced code reads that are initialized with a constant.
    private static List<VariableDeclaratorSyntax> ConstantLocals(IEnumerable<SyntaxNode> replaced, SemanticModel model, CancellationToken ct)
    {
        var declarators = new List<VariableDeclaratorSyntax>();
        foreach (SyntaxNode node in replaced)
        {
            foreach (IdentifierNameSyntax name in node.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
            {
                if (model.GetSymbolInfo(name, ct).Symbol is ILocalSymbol local
                    && local.DeclaringSyntaxReferences.Length == 1
                    && local.DeclaringSyntaxReferences[0].GetSyntax(ct) is VariableDeclaratorSyntax { Initializer.Value: { } value } declarator
                    && declarator.SyntaxTree == node.SyntaxTree
                    && model.GetConstantValue(value, ct).HasValue
                    && !declarators.Contains(declarator)
                    && !replaced.Any(r => r.Span.Contains(declarator.Span)))
                {
                    declarators.Add(declarator);
                }
            }
        }

        return declarators;
    }

    // Removes the annotated declarators whose name is no longer read in their member.
    private static SyntaxNode RemoveUnused(SyntaxNode root, SyntaxAnnotation annotation)
    {
        var unused = new List<SyntaxNode>();
        foreach (SyntaxNode node in root.GetAnnotatedNodes(annotation))
        {
            if (node is not VariableDeclaratorSyntax declarator
                || declarator.Parent is not VariableDeclarationSyntax declaration
                || declarator.Ancestors().FirstOrDefault(a => a is MemberDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax) is not { } scope)
            {
                continue;
            }

            string name = declarator.Identifier.ValueText;
            bool read = scope.DescendantNodes().OfType<IdentifierNameSyntax>().Any(id => id.Identifier.ValueText == name);
            if (read)
            {
                continue;
            }

            unused.Add(declaration.Variables.Count == 1 && declaration.Parent is LocalDeclarationStatementSyntax statement ? statement : declarator);
        }

        return unused.Count == 0 ? root : root.RemoveNodes(unused, SyntaxRemoveOptions.KeepNoTrivia | SyntaxRemoveOptions.KeepUnbalancedDirectives)!;
    }

    private sealed class Located
    {
        public Located(SyntaxNode node, FixPlan plan)
        {
            Node = node;
            Plan = plan;
        }

        public SyntaxNode Node { get; }

        public FixPlan Plan { get; }
    }

    private static Located? Locate(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, Evaluator evaluator, CancellationToken ct)
    {
        if (!root.FullSpan.Contains(diagnostic.Location.SourceSpan))
        {
            return null;
        }

        for (SyntaxNode? node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            node is not null && node.Span == diagnostic.Location.SourceSpan;
            node = node.Parent)
        {
            for (IOperation? operation = model.GetOperation(node, ct); operation is not null;
                operation = operation is IConversionOperation conversion && conversion.Operand.Syntax == node ? conversion.Operand : null)
            {
                foreach (Finding finding in Rules.Analyze(operation, evaluator))
                {
                    if (finding.Descriptor.Id == diagnostic.Id && finding.Fix is { } plan)
                    {
                        return new Located(node, plan);
                    }
                }
            }
        }

        return null;
    }

    private sealed class Change
    {
        public Change(SyntaxNode old, SyntaxNode @new, bool needsUsing)
        {
            Old = old;
            New = @new;
            NeedsUsing = needsUsing;
        }

        public SyntaxNode Old { get; }

        public SyntaxNode New { get; }

        public bool NeedsUsing { get; }
    }

    private static Change? Replacement(SyntaxNode node, FixPlan plan, SemanticModel model, CancellationToken ct)
    {
        if (node is not ExpressionSyntax expression)
        {
            return null;
        }

        var renderer = new Renderer(model, expression.SpanStart, ct);
        SpecialType desired = model.GetTypeInfo(expression, ct).Type?.SpecialType ?? SpecialType.System_Double;

        // loss -= -(...)  →  loss += (...)
        if (plan.Replacement is RxNegate negate && expression.Parent is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SubtractAssignmentExpression } compound
            && compound.Right == expression)
        {
            Rendered? inner = renderer.Render(negate.Inner, desired);
            if (inner is null || renderer.Failed)
            {
                return null;
            }

            ExpressionSyntax right = SyntaxFactory.ParseExpression(inner.Text).WithTriviaFrom(expression);
            AssignmentExpressionSyntax added = SyntaxFactory.AssignmentExpression(
                SyntaxKind.AddAssignmentExpression,
                compound.Left,
                SyntaxFactory.Token(SyntaxKind.PlusEqualsToken).WithTriviaFrom(compound.OperatorToken),
                right).WithTriviaFrom(compound);
            return new Change(compound, added, renderer.NeedsUsing);
        }

        Rendered? rendered = renderer.Render(plan.Replacement, desired);
        if (rendered is null || renderer.Failed)
        {
            return null;
        }

        string text = NeedsParentheses(expression, rendered) ? "(" + rendered.Text + ")" : rendered.Text;
        ExpressionSyntax replacement = SyntaxFactory.ParseExpression(text);
        if (replacement.ContainsDiagnostics)
        {
            return null;
        }

        return new Change(expression, replacement.WithTriviaFrom(expression), renderer.NeedsUsing);
    }

    // Whether the replacement, put where the expression was, would bind differently.
    private static bool NeedsParentheses(ExpressionSyntax expression, Rendered rendered)
    {
        switch (expression.Parent)
        {
            case BinaryExpressionSyntax binary:
                int parent = Renderer.BinaryPrecedence(binary.Kind());
                return rendered.Precedence < parent || (rendered.Precedence == parent && binary.Right == expression);
            case PrefixUnaryExpressionSyntax or CastExpressionSyntax:
                return rendered.Precedence < Renderer.Unary || rendered.Text.StartsWith("-", System.StringComparison.Ordinal) || rendered.Text.StartsWith("+", System.StringComparison.Ordinal);
            case MemberAccessExpressionSyntax or ElementAccessExpressionSyntax or InvocationExpressionSyntax or PostfixUnaryExpressionSyntax or ConditionalAccessExpressionSyntax:
                return rendered.Precedence < Renderer.Primary;
            default:
                return false;
        }
    }

    private static string NewLine(SyntaxNode root)
    {
        foreach (SyntaxTrivia trivia in root.DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia.ToFullString();
            }
        }

        return "\n";
    }

    private static CompilationUnitSyntax AddUsing(CompilationUnitSyntax unit, string newLine)
    {
        UsingDirectiveSyntax directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName("Activations"))
            .WithUsingKeyword(SyntaxFactory.Token(SyntaxKind.UsingKeyword).WithTrailingTrivia(SyntaxFactory.Space))
            .WithTrailingTrivia(SyntaxFactory.EndOfLine(newLine));
        if (unit.Usings.Count > 0)
        {
            // After the last plain using of the same kind (System ones first, as is customary).
            int index = unit.Usings.Count;
            for (int i = unit.Usings.Count - 1; i >= 0; i--)
            {
                UsingDirectiveSyntax existing = unit.Usings[i];
                if (existing.Alias is null && existing.StaticKeyword.IsKind(SyntaxKind.None) && existing.GlobalKeyword.IsKind(SyntaxKind.None))
                {
                    index = i + 1;
                    break;
                }
            }

            return unit.WithUsings(unit.Usings.Insert(index, directive));
        }

        // No usings: put it first, after any leading comment or directive trivia of the file.
        SyntaxToken first = unit.GetFirstToken(includeZeroWidth: true);
        SyntaxTriviaList leading = first.LeadingTrivia;
        CompilationUnitSyntax stripped = unit.ReplaceToken(first, first.WithLeadingTrivia(SyntaxFactory.EndOfLine(newLine)));
        return stripped.WithUsings(SyntaxFactory.SingletonList(directive.WithLeadingTrivia(leading)));
    }
}
