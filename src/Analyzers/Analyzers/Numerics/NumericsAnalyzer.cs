using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Activations.Analyzers.Numerics;

/// <summary>
/// Reports numerical bugs in hand-written activation and loss code (ACT1001–ACT1009): exp
/// overflow in sigmoid, softplus, tanh and softmax written by hand, logs of sigmoids, and
/// binary cross-entropy on probabilities. Every rule judges the exponent's range (guards, clamps,
/// |x|, branches) before reporting, so stable spellings are left alone. The rules live in
/// <see cref="Rules"/>; this class only runs them on each operation of each member body.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NumericsAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => NumericsDescriptors.All;

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationBlockStartAction(block =>
        {
            // One evaluator per member body: its flow indexes are shared by the operations of the
            // body and dropped with it.
            var evaluator = new Evaluator(block.CancellationToken);
            block.RegisterOperationAction(
                operationContext => Analyze(operationContext, evaluator),
                OperationKind.Binary,
                OperationKind.Unary,
                OperationKind.CompoundAssignment,
                OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, Evaluator evaluator)
    {
        if (GeneratedCode.IsGenerated(context.Operation.Syntax.SyntaxTree, context.Compilation, context.CancellationToken))
        {
            return;
        }

        foreach (Finding finding in Rules.Analyze(context.Operation, evaluator))
        {
            context.ReportDiagnostic(Diagnostic.Create(finding.Descriptor, finding.Location.Syntax.GetLocation(), finding.Arguments));
        }
    }
}
