using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Activations.Analyzers.Numerics;

/// <summary>
/// The writes to locals and parameters of one operation tree (a member body with its lambdas and
/// local functions), and the loops and nested functions in it. Answers the two questions the
/// rules ask of a variable: "what is its value here?" (a single definition that may be read in
/// place of the variable) and "has it changed since that point?".
/// </summary>
internal sealed class FlowIndex
{
    private readonly Dictionary<ISymbol, List<Write>> _writes = new(SymbolEqualityComparer.Default);
    private readonly List<IOperation> _loops = new();
    private readonly List<IOperation> _functions = new();
    private readonly Dictionary<ISymbol, IOperation> _localFunctions = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, List<ILocalReferenceOperation>> _reads = new(SymbolEqualityComparer.Default);
    private readonly List<ISimpleAssignmentOperation> _elementWrites = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<IOperation, DefinitionBox> _definitions = new();

    private FlowIndex(IOperation root)
    {
        Root = root;
        foreach (IOperation operation in root.DescendantsAndSelf())
        {
            Visit(operation);
        }
    }

    /// <summary>The topmost operation (a member body, a field initializer, ...).</summary>
    public IOperation Root { get; }

    /// <summary>The topmost ancestor of an operation.</summary>
    public static IOperation RootOf(IOperation operation)
    {
        IOperation current = operation;
        while (current.Parent is not null)
        {
            current = current.Parent;
        }

        return current;
    }

    public static FlowIndex Build(IOperation root) => new(root);

    /// <summary>Every write of a local or parameter (empty when none).</summary>
    public IReadOnlyList<Write> Writes(ISymbol variable)
        => _writes.TryGetValue(variable, out List<Write>? writes) ? writes : (IReadOnlyList<Write>)System.Array.Empty<Write>();

    /// <summary>Every read of a local (empty when none).</summary>
    public IReadOnlyList<ILocalReferenceOperation> Reads(ILocalSymbol local)
        => _reads.TryGetValue(local, out List<ILocalReferenceOperation>? reads) ? reads : (IReadOnlyList<ILocalReferenceOperation>)System.Array.Empty<ILocalReferenceOperation>();

    /// <summary>Assignments to array elements or indexers (<c>a[i] = v</c>).</summary>
    public IReadOnlyList<ISimpleAssignmentOperation> ElementWrites => _elementWrites;

    /// <summary>The body of a local function declared in this tree, or null.</summary>
    public IOperation? LocalFunctionBody(IMethodSymbol method)
        => _localFunctions.TryGetValue(method, out IOperation? body) ? body : null;

    /// <summary>
    /// The definition a read of a local or parameter can be replaced with: the latest write before
    /// the read, when it is a plain one (initializer or assignment), always executes before the
    /// read (not in a branch, loop or lambda the read is outside of), every loop around it also
    /// encloses the read, and the variables its value reads have not changed since and are in scope
    /// at the read. Null otherwise (a parameter never written has none).
    /// </summary>
    public Write? Definition(IOperation read) => _definitions.GetOrAdd(read, ComputeDefinition).Write;

    private DefinitionBox ComputeDefinition(IOperation read) => new(FindDefinition(read));

    private Write? FindDefinition(IOperation read)
    {
        ISymbol? variable = Variable(read);
        if (variable is null || variable is ILocalSymbol { IsRef: true } || !_writes.TryGetValue(variable, out List<Write>? writes))
        {
            return null;
        }

        Write? write = null;
        foreach (Write candidate in writes)
        {
            if (candidate.Operation.Syntax.SyntaxTree == read.Syntax.SyntaxTree
                && candidate.Operation.Syntax.Span.End <= read.Syntax.SpanStart
                && (write is null || candidate.Operation.Syntax.SpanStart > write.Operation.Syntax.SpanStart))
            {
                write = candidate;
            }
        }

        if (write?.Value is null || !AlwaysBefore(write.Operation, read) || !Unchanged(variable, write.Operation, read))
        {
            return null;
        }

        foreach (IOperation loop in _loops)
        {
            if (Contains(loop, write.Operation) && !Contains(loop, read))
            {
                return null;
            }
        }

        SemanticModel? model = read.SemanticModel;
        foreach (IOperation operation in write.Value.DescendantsAndSelf())
        {
            ISymbol? used = Variable(operation);
            if (used is null || SymbolEqualityComparer.Default.Equals(used, variable))
            {
                continue;
            }

            if (!Unchanged(used, write.Operation, read))
            {
                return null;
            }

            if (used is ILocalSymbol && model is not null
                && !model.LookupSymbols(read.Syntax.SpanStart, name: used.Name).Contains(used, SymbolEqualityComparer.Default))
            {
                return null;
            }
        }

        return write;
    }

    /// <summary>
    /// True when <paramref name="write"/> executes on every path that reaches <paramref name="read"/>:
    /// no branch, loop body, switch case, try/catch, short-circuit operand or function lies between
    /// it and the smallest operation that contains both.
    /// </summary>
    public static bool AlwaysBefore(IOperation write, IOperation read)
    {
        IOperation child = write;
        for (IOperation? parent = write.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            if (parent.Syntax.SyntaxTree == read.Syntax.SyntaxTree && parent.Syntax.Span.Contains(read.Syntax.Span))
            {
                return true;
            }

            bool conditional = parent switch
            {
                IConditionalOperation branch => !ReferenceEquals(child, branch.Condition),
                IForLoopOperation forLoop => !forLoop.Before.Contains(child),
                IForEachLoopOperation forEach => !ReferenceEquals(child, forEach.Collection),
                ILoopOperation => true,
                ISwitchOperation switchStatement => !ReferenceEquals(child, switchStatement.Value),
                ISwitchExpressionOperation switchExpression => !ReferenceEquals(child, switchExpression.Value),
                ISwitchCaseOperation or ISwitchExpressionArmOperation => true,
                ITryOperation or ICatchClauseOperation => true,
                IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } logical => ReferenceEquals(child, logical.RightOperand),
                ICoalesceOperation coalesce => ReferenceEquals(child, coalesce.WhenNull),
                IConditionalAccessOperation access => ReferenceEquals(child, access.WhenNotNull),
                IAnonymousFunctionOperation or ILocalFunctionOperation => true,
                _ => false,
            };
            if (conditional)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="variable"/> is written inside <paramref name="operation"/>.</summary>
    public bool WritesIn(ISymbol variable, IOperation operation)
    {
        if (!_writes.TryGetValue(variable, out List<Write>? writes))
        {
            return false;
        }

        foreach (Write write in writes)
        {
            if (Contains(operation, write.Operation))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a write of the variable may run at another time than its text says (in a lambda or local function).</summary>
    public bool WrittenInFunction(ISymbol variable)
    {
        if (!_writes.TryGetValue(variable, out List<Write>? writes))
        {
            return false;
        }

        foreach (Write write in writes)
        {
            foreach (IOperation function in _functions)
            {
                if (Contains(function, write.Operation))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when a loop around <paramref name="read"/> writes the variable after it (the value may come from the previous iteration).</summary>
    public bool LoopCarried(ISymbol variable, IOperation read)
    {
        if (!_writes.TryGetValue(variable, out List<Write>? writes))
        {
            return false;
        }

        foreach (IOperation loop in _loops)
        {
            if (!Contains(loop, read))
            {
                continue;
            }

            foreach (Write write in writes)
            {
                if (Contains(loop, write.Operation) && write.Operation.Syntax.SpanStart >= read.Syntax.SpanStart)
                {
                    return true;
                }

                // A for loop's incrementor and a foreach variable come before the body textually.
                if (loop is IForLoopOperation forLoop && forLoop.AtLoopBottom.Any(b => Contains(b, write.Operation)))
                {
                    return true;
                }

                if (loop is IForEachLoopOperation && ReferenceEquals(write.Operation, loop))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True when nothing can have written <paramref name="variable"/> between the end of
    /// <paramref name="from"/> and <paramref name="to"/>: no write textually in between, none in a
    /// loop that encloses <paramref name="to"/> but not <paramref name="from"/>, none in a lambda or
    /// local function (which may run at any time).
    /// </summary>
    public bool Unchanged(ISymbol variable, IOperation from, IOperation to)
    {
        if (!_writes.TryGetValue(variable, out List<Write>? writes))
        {
            return true;
        }

        int start = from.Syntax.Span.End;
        int end = to.Syntax.SpanStart;
        foreach (Write write in writes)
        {
            IOperation w = write.Operation;
            if (Exclusive(w, to))
            {
                continue;
            }

            int position = w.Syntax.SpanStart;
            if (position >= start && position < end)
            {
                return false;
            }

            foreach (IOperation function in _functions)
            {
                if (Contains(function, w) && !Contains(function, to))
                {
                    return false;
                }
            }

            foreach (IOperation loop in _loops)
            {
                if (Contains(loop, to) && !Contains(loop, from) && Contains(loop, w))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>True when the two operations sit in different branches of one if or ?: (never both run).</summary>
    public static bool Exclusive(IOperation a, IOperation b)
    {
        for (IOperation? current = a.Parent; current is not null; current = current.Parent)
        {
            if (current is IConditionalOperation { WhenFalse: { } whenFalse } conditional)
            {
                bool aTrue = Contains(conditional.WhenTrue, a), aFalse = Contains(whenFalse, a);
                bool bTrue = Contains(conditional.WhenTrue, b), bFalse = Contains(whenFalse, b);
                if ((aTrue && bFalse) || (aFalse && bTrue))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The local or parameter an operation reads, or null.</summary>
    public static ISymbol? Variable(IOperation operation) => operation switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        _ => null,
    };

    public static bool Contains(IOperation outer, IOperation inner)
        => outer.Syntax.SyntaxTree == inner.Syntax.SyntaxTree && outer.Syntax.Span.Contains(inner.Syntax.Span);

    private void Visit(IOperation operation)
    {
        switch (operation)
        {
            case IVariableDeclaratorOperation declarator:
                if (declarator.Initializer is { } initializer)
                {
                    IOperation? value = declarator.Symbol.IsRef ? null : initializer.Value;
                    Add(declarator.Symbol, declarator, value);
                    if (declarator.Symbol.IsRef)
                    {
                        AddOpaque(Unwrap(initializer.Value), declarator);
                    }
                }

                break;
            case ILocalReferenceOperation read:
                if (!_reads.TryGetValue(read.Local, out List<ILocalReferenceOperation>? reads))
                {
                    reads = new List<ILocalReferenceOperation>();
                    _reads.Add(read.Local, reads);
                }

                reads.Add(read);
                break;
            case ISimpleAssignmentOperation assignment:
                if (assignment.Target is IArrayElementReferenceOperation or IPropertyReferenceOperation { Arguments.Length: > 0 })
                {
                    _elementWrites.Add(assignment);
                }

                if (Variable(assignment.Target) is { } target)
                {
                    Add(target, assignment, assignment.IsRef ? null : assignment.Value);
                }

                if (assignment.IsRef)
                {
                    AddOpaque(Unwrap(assignment.Value), assignment);
                }

                break;
            case ICompoundAssignmentOperation compound:
                AddOpaque(compound.Target, compound);
                break;
            case ICoalesceAssignmentOperation coalesce:
                AddOpaque(coalesce.Target, coalesce);
                break;
            case IIncrementOrDecrementOperation increment:
                AddOpaque(increment.Target, increment);
                break;
            case IArgumentOperation argument when argument.Parameter is { RefKind: RefKind.Ref or RefKind.Out }:
                AddOpaque(argument.Value is IDeclarationExpressionOperation declaration ? declaration.Expression : argument.Value, argument);
                break;
            case IDeconstructionAssignmentOperation deconstruction:
                AddTupleTargets(deconstruction.Target, deconstruction);
                break;
            case IDeclarationPatternOperation { DeclaredSymbol: { } declared } pattern:
                Add(declared, pattern, null);
                break;
            case IForEachLoopOperation forEach:
                _loops.Add(forEach);
                foreach (ILocalSymbol local in forEach.Locals)
                {
                    Add(local, forEach, null);
                }

                AddTupleTargets(forEach.LoopControlVariable, forEach);
                break;
            case ILoopOperation loop:
                _loops.Add(loop);
                break;
            case IAnonymousFunctionOperation lambda:
                _functions.Add(lambda);
                break;
            case ILocalFunctionOperation localFunction:
                _functions.Add(localFunction);
                if (localFunction.Body is not null || localFunction.IgnoredBody is not null)
                {
                    _localFunctions[localFunction.Symbol] = (IOperation?)localFunction.Body ?? localFunction.IgnoredBody!;
                }

                break;
        }
    }

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private void AddTupleTargets(IOperation target, IOperation write)
    {
        foreach (IOperation operation in target.DescendantsAndSelf())
        {
            if (Variable(operation) is { } variable)
            {
                Add(variable, write, null);
            }
        }
    }

    private void AddOpaque(IOperation target, IOperation write)
    {
        if (Variable(target) is { } variable)
        {
            Add(variable, write, null);
        }
    }

    private void Add(ISymbol variable, IOperation write, IOperation? value)
    {
        if (!_writes.TryGetValue(variable, out List<Write>? list))
        {
            list = new List<Write>();
            _writes.Add(variable, list);
        }

        list.Add(new Write(write, value));
    }
}

/// <summary>One write of a variable: the writing operation, and the value written when it is a plain one.</summary>
internal sealed class Write
{
    public Write(IOperation operation, IOperation? value)
    {
        Operation = operation;
        Value = value;
    }

    public IOperation Operation { get; }

    public IOperation? Value { get; }
}

/// <summary>A cached definition lookup (null included).</summary>
internal sealed class DefinitionBox
{
    public DefinitionBox(Write? write) => Write = write;

    public Write? Write { get; }
}
