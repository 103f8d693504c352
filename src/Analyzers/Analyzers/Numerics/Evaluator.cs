using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace Activations.Analyzers.Numerics;

/// <summary>
/// The state of one analysis (one operation block, or one code-fix request): the flow indexes of
/// the operation trees it touched, and the evaluation primitives the rules are written with —
/// structural keys, resolution of locals to their definitions, guards, and value ranges. Nothing
/// here outlives the block, so no state is shared across a compilation.
/// </summary>
internal sealed class Evaluator
{
    private const int MaxDepth = 24;
    private const int MaxKeyLength = 1024;
    private const int RangeBudget = 200;
    private const int KeyBudget = 200;
    private readonly Dictionary<IOperation, FlowIndex> _indexes = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<IOperation, Facts> _guards = new();
    private readonly object _gate = new();

    public Evaluator(CancellationToken cancellationToken) => CancellationToken = cancellationToken;

    public CancellationToken CancellationToken { get; }

    /// <summary>The flow index of the tree an operation belongs to (built once per tree).</summary>
    public FlowIndex Index(IOperation operation)
    {
        IOperation root = FlowIndex.RootOf(operation);
        lock (_gate)
        {
            if (!_indexes.TryGetValue(root, out FlowIndex? index))
            {
                index = FlowIndex.Build(root);
                _indexes.Add(root, index);
            }

            return index;
        }
    }

    // ------------------------------------------------------------------------------------------
    // Normalization
    // ------------------------------------------------------------------------------------------

    /// <summary>Skips numeric conversions (implicit or cast): they do not change which formula is computed.</summary>
    public static IOperation Strip(IOperation operation)
    {
        while (operation is IConversionOperation conversion && IsNumeric(conversion.Operand.Type) && IsNumeric(conversion.Type))
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    public static bool IsNumeric(ITypeSymbol? type) => type?.SpecialType is
        SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Decimal
        or SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Int16 or SpecialType.System_SByte
        or SpecialType.System_UInt32 or SpecialType.System_UInt64 or SpecialType.System_UInt16 or SpecialType.System_Byte;

    public static bool IsFloat(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_Single;

    /// <summary>
    /// The value an operation computes, read through conversions and through locals that have a
    /// single definition valid at the read (<see cref="FlowIndex.Definition"/>). The definitions
    /// passed through are added to <paramref name="sites"/> (their guards hold for the value).
    /// </summary>
    public IOperation Resolve(IOperation operation, List<IOperation>? sites = null)
    {
        operation = Strip(operation);
        for (int depth = 0; depth < MaxDepth && operation is ILocalReferenceOperation or IParameterReferenceOperation; depth++)
        {
            IOperation read = operation;
            Write? definition = Index(read).Definition(read);
            if (definition?.Value is null)
            {
                break;
            }

            sites?.Add(definition.Operation);
            operation = Strip(definition.Value);
        }

        return operation;
    }

    /// <summary>The numeric constant an operation folds to, if any.</summary>
    public static bool TryConstant(IOperation operation, out double value)
    {
        value = 0;
        Optional<object?> constant = operation.ConstantValue;
        if (!constant.HasValue || constant.Value is null or bool or string or char)
        {
            return false;
        }

        try
        {
            value = Convert.ToDouble(constant.Value, CultureInfo.InvariantCulture);
            return true;
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            return false;
        }
    }

    public static bool IsConstant(IOperation operation, double expected) => TryConstant(operation, out double value) && value == expected;

    // ------------------------------------------------------------------------------------------
    // Structural keys
    // ------------------------------------------------------------------------------------------

    /// <summary>
    /// A string that is equal for two operations computing the same formula of the same variables
    /// (numeric conversions ignored, + and · commutative). With <paramref name="inline"/>, locals
    /// are replaced by their definitions. Null when the operation is not a plain formula.
    /// </summary>
    public string? Key(IOperation operation, bool inline)
    {
        var builder = new StringBuilder();
        return AppendKey(builder, operation, inline, 0, new Budget(KeyBudget)) ? builder.ToString() : null;
    }

    /// <summary>The key of −operation (so that −(−x) and x agree).</summary>
    public string? NegatedKey(IOperation operation, bool inline)
    {
        IOperation stripped = Strip(operation);
        if (stripped is IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } minus)
        {
            return Key(minus.Operand, inline);
        }

        if (TryConstant(stripped, out double constant))
        {
            return "#" + (-constant).ToString("R", CultureInfo.InvariantCulture);
        }

        // The key a unary minus applied to the operation has.
        string? key = Key(stripped, inline);
        return key is null ? null : "u" + (int)UnaryOperatorKind.Minus + "(" + key + ")";
    }

    private bool AppendKey(StringBuilder builder, IOperation operation, bool inline, int depth, Budget budget)
    {
        // Formulas are short; a long key means locals inlined into each other many times over.
        if (depth > MaxDepth || builder.Length > MaxKeyLength || !budget.Spend())
        {
            return false;
        }

        operation = Strip(operation);
        if (TryConstant(operation, out double constant))
        {
            builder.Append('#').Append(constant.ToString("R", CultureInfo.InvariantCulture));
            return true;
        }

        switch (operation)
        {
            case ILocalReferenceOperation local:
                if (inline && Index(local).Definition(local)?.Value is { } value)
                {
                    return AppendKey(builder, value, inline, depth + 1, budget);
                }

                builder.Append("l:").Append(local.Local.Name).Append('@').Append(Position(local.Local));
                return true;
            case IParameterReferenceOperation parameter:
                if (inline && Index(parameter).Definition(parameter)?.Value is { } assigned)
                {
                    return AppendKey(builder, assigned, inline, depth + 1, budget);
                }

                builder.Append("p:").Append(parameter.Parameter.Name).Append('@').Append(Position(parameter.Parameter));
                return true;
            case IFieldReferenceOperation field:
                builder.Append("f:");
                if (field.Instance is not null && !AppendKey(builder, field.Instance, inline, depth + 1, budget))
                {
                    return false;
                }

                builder.Append('.').Append(field.Field.ContainingType?.Name).Append('.').Append(field.Field.Name);
                return true;
            case IPropertyReferenceOperation property when property.Arguments.Length == 0:
                builder.Append("pr:");
                if (property.Instance is not null && !AppendKey(builder, property.Instance, inline, depth + 1, budget))
                {
                    return false;
                }

                builder.Append('.').Append(property.Property.Name);
                return true;
            case IInstanceReferenceOperation:
                builder.Append("this");
                return true;
            case IArrayElementReferenceOperation element:
                builder.Append("a:");
                if (!AppendKey(builder, element.ArrayReference, inline, depth + 1, budget))
                {
                    return false;
                }

                return AppendList(builder, element.Indices, inline, depth, budget);
            case IPropertyReferenceOperation indexer:
                builder.Append("ix:");
                if (indexer.Instance is not null && !AppendKey(builder, indexer.Instance, inline, depth + 1, budget))
                {
                    return false;
                }

                builder.Append('.').Append(indexer.Property.Name);
                return AppendArguments(builder, indexer.Arguments, inline, depth, budget);
            case IUnaryOperation unary:
                builder.Append('u').Append((int)unary.OperatorKind).Append('(');
                if (!AppendKey(builder, unary.Operand, inline, depth + 1, budget))
                {
                    return false;
                }

                builder.Append(')');
                return true;
            case IBinaryOperation binary:
                string? left = Key(binary.LeftOperand, inline, depth + 1, budget);
                string? right = left is null ? null : Key(binary.RightOperand, inline, depth + 1, budget);
                if (left is null || right is null || left.Length + right.Length + builder.Length > MaxKeyLength)
                {
                    return false;
                }

                if (binary.OperatorKind is BinaryOperatorKind.Add or BinaryOperatorKind.Multiply && string.CompareOrdinal(left, right) > 0)
                {
                    (left, right) = (right, left);
                }

                builder.Append('b').Append((int)binary.OperatorKind).Append('(').Append(left).Append(',').Append(right).Append(')');
                return true;
            case IInvocationOperation invocation:
                builder.Append("i:");
                if (invocation.Instance is not null && !AppendKey(builder, invocation.Instance, inline, depth + 1, budget))
                {
                    return false;
                }

                builder.Append('.').Append(invocation.TargetMethod.ContainingType?.Name).Append('.').Append(invocation.TargetMethod.Name);
                return AppendArguments(builder, invocation.Arguments, inline, depth, budget);
            default:
                return false;
        }
    }

    private string? Key(IOperation operation, bool inline, int depth, Budget budget)
    {
        var builder = new StringBuilder();
        return AppendKey(builder, operation, inline, depth, budget) ? builder.ToString() : null;
    }

    private bool AppendList(StringBuilder builder, IEnumerable<IOperation> operations, bool inline, int depth, Budget budget)
    {
        builder.Append('[');
        foreach (IOperation operation in operations)
        {
            if (!AppendKey(builder, operation, inline, depth + 1, budget))
            {
                return false;
            }

            builder.Append(',');
        }

        builder.Append(']');
        return true;
    }

    private bool AppendArguments(StringBuilder builder, IEnumerable<IArgumentOperation> arguments, bool inline, int depth, Budget budget)
    {
        builder.Append('(');
        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.Explicit || !AppendKey(builder, argument.Value, inline, depth + 1, budget))
            {
                return false;
            }

            builder.Append(',');
        }

        builder.Append(')');
        return true;
    }

    private static int Position(ISymbol symbol) => symbol.Locations.Length > 0 ? symbol.Locations[0].SourceSpan.Start : -1;

    // ------------------------------------------------------------------------------------------
    // Guards
    // ------------------------------------------------------------------------------------------

    /// <summary>
    /// What the enclosing code guarantees at <paramref name="site"/>: the conditions of the
    /// branches it sits in, early exits before it (<c>if (x &gt; 20) return x;</c>), the left side
    /// of <c>&amp;&amp;</c>/<c>||</c>, switch-expression arms and loop conditions — each kept only
    /// while the variables it mentions cannot have changed since.
    /// </summary>
    public Facts GuardsAt(IOperation site) => _guards.GetOrAdd(site, ComputeGuards);

    private Facts ComputeGuards(IOperation site)
    {
        var facts = new Facts();
        IOperation child = site;
        for (IOperation? parent = site.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case IAnonymousFunctionOperation or ILocalFunctionOperation:
                    return facts;
                case IConditionalOperation conditional:
                    if (ReferenceEquals(child, conditional.WhenTrue))
                    {
                        Assume(conditional.Condition, true, site, facts);
                    }
                    else if (ReferenceEquals(child, conditional.WhenFalse))
                    {
                        Assume(conditional.Condition, false, site, facts);
                    }

                    break;
                case IBlockOperation block:
                    foreach (IOperation statement in block.Operations)
                    {
                        if (ReferenceEquals(statement, child))
                        {
                            break;
                        }

                        if (statement is IConditionalOperation early)
                        {
                            bool trueExits = AlwaysExits(early.WhenTrue);
                            bool falseExits = early.WhenFalse is not null && AlwaysExits(early.WhenFalse);
                            if (trueExits && !falseExits)
                            {
                                Assume(early.Condition, false, site, facts);
                            }
                            else if (falseExits && !trueExits)
                            {
                                Assume(early.Condition, true, site, facts);
                            }
                        }
                    }

                    break;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } conjunction when ReferenceEquals(child, conjunction.RightOperand):
                    Assume(conjunction.LeftOperand, true, site, facts);
                    break;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } disjunction when ReferenceEquals(child, disjunction.RightOperand):
                    Assume(disjunction.LeftOperand, false, site, facts);
                    break;
                case ISwitchExpressionArmOperation arm when ReferenceEquals(child, arm.Value) && arm.Parent is ISwitchExpressionOperation switchExpression:
                    AssumePattern(switchExpression.Value, arm.Pattern, true, site, facts);
                    if (arm.Guard is not null)
                    {
                        Assume(arm.Guard, true, site, facts);
                    }

                    foreach (ISwitchExpressionArmOperation previous in switchExpression.Arms)
                    {
                        if (ReferenceEquals(previous, arm))
                        {
                            break;
                        }

                        if (previous.Guard is null)
                        {
                            AssumePattern(switchExpression.Value, previous.Pattern, false, site, facts);
                        }
                    }

                    break;
                case IWhileLoopOperation { ConditionIsTop: true, ConditionIsUntil: false, Condition: { } whileCondition } loop when ReferenceEquals(child, loop.Body):
                    Assume(whileCondition, true, site, facts);
                    break;
                case IForLoopOperation { Condition: { } forCondition } forLoop when ReferenceEquals(child, forLoop.Body):
                    // The incrementor runs before the condition is checked again: it does not void it.
                    Assume(forCondition, true, site, facts, forLoop.AtLoopBottom.Length > 0 ? forLoop.AtLoopBottom[forLoop.AtLoopBottom.Length - 1] : null);
                    break;
            }
        }

        return facts;
    }

    /// <summary>True when control never leaves the statement normally (return, throw, break, continue, goto).</summary>
    public static bool AlwaysExits(IOperation? statement)
    {
        switch (statement)
        {
            case IReturnOperation or IThrowOperation or IBranchOperation:
                return true;
            case IExpressionStatementOperation { Operation: IThrowOperation }:
                return true;
            case IBlockOperation block:
                foreach (IOperation operation in block.Operations)
                {
                    if (AlwaysExits(operation))
                    {
                        return true;
                    }
                }

                return false;
            case IConditionalOperation conditional:
                return conditional.WhenFalse is not null && AlwaysExits(conditional.WhenTrue) && AlwaysExits(conditional.WhenFalse);
            default:
                return false;
        }
    }

    /// <summary>Adds what <paramref name="condition"/> being <paramref name="truth"/> implies.</summary>
    public void Assume(IOperation condition, bool truth, IOperation site, Facts facts, IOperation? from = null)
    {
        // Facts hold while what they mention is unchanged since `from` (the condition by default).
        from ??= condition;
        condition = Strip(condition);
        switch (condition)
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                Assume(not.Operand, !truth, site, facts, from);
                return;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.And } conjunction when truth && conjunction.Type?.SpecialType == SpecialType.System_Boolean:
                Assume(conjunction.LeftOperand, true, site, facts, from);
                Assume(conjunction.RightOperand, true, site, facts, from);
                return;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr or BinaryOperatorKind.Or } disjunction when !truth && disjunction.Type?.SpecialType == SpecialType.System_Boolean:
                Assume(disjunction.LeftOperand, false, site, facts, from);
                Assume(disjunction.RightOperand, false, site, facts, from);
                return;
            case IBinaryOperation relational:
                if (TryBound(relational.RightOperand, out double right) && !TryBound(relational.LeftOperand, out _))
                {
                    AddRelation(relational.LeftOperand, relational.OperatorKind, right, truth, from, site, facts);
                }
                else if (TryBound(relational.LeftOperand, out double left) && !TryBound(relational.RightOperand, out _))
                {
                    AddRelation(relational.RightOperand, Mirror(relational.OperatorKind), left, truth, from, site, facts);
                }
                else if (!TryBound(relational.LeftOperand, out _)
                    && UnchangedSince(relational.LeftOperand, from, site) && UnchangedSince(relational.RightOperand, from, site)
                    && Key(relational.LeftOperand, inline: false) is { } l && Key(relational.RightOperand, inline: false) is { } r)
                {
                    // a > b: a − b ≥ 0 and b − a ≤ 0 (a + log(1 + e^(b − a)) in a branch on a > b).
                    Interval? difference = Relation(relational.OperatorKind, 0, truth);
                    if (difference is { } d)
                    {
                        string subtract = "b" + (int)BinaryOperatorKind.Subtract + "(";
                        facts.Add(subtract + l + "," + r + ")", d);
                        facts.Add(subtract + r + "," + l + ")", d.Negate());
                    }
                }

                return;
            case IIsPatternOperation isPattern:
                AssumePattern(isPattern.Value, isPattern.Pattern, truth, site, facts, from);
                return;
        }
    }

    /// <summary>
    /// A constant, or a name that holds one: a local assigned a constant (<c>double limit = 30;</c>)
    /// or a readonly field initialized with a literal (<c>static readonly double Threshold = 20;</c>).
    /// </summary>
    public bool TryBound(IOperation operation, out double value)
    {
        if (TryConstant(operation, out value))
        {
            return true;
        }

        IOperation stripped = Strip(operation);
        if (stripped is ILocalReferenceOperation or IFieldReferenceOperation)
        {
            Interval range = Range(stripped, new Facts(), MaxDepth - 4, new Budget(50));
            if (range.Lo == range.Hi && !double.IsInfinity(range.Lo))
            {
                value = range.Lo;
                return true;
            }
        }

        return false;
    }

    /// <summary>The literal a readonly field is initialized with (read from its declaration), if any.</summary>
    public static bool TryReadonlyFieldValue(IFieldSymbol field, out double value)
    {
        value = 0;
        if (!field.IsReadOnly || field.DeclaringSyntaxReferences.Length != 1
            || field.DeclaringSyntaxReferences[0].GetSyntax() is not Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax { Initializer.Value: { } initializer })
        {
            return false;
        }

        return TryLiteral(initializer, out value);
    }

    private static bool TryLiteral(Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax syntax, out double value)
    {
        value = 0;
        switch (syntax)
        {
            case Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax literal when literal.Token.Value is not null and not string and not bool and not char:
                try
                {
                    value = Convert.ToDouble(literal.Token.Value, CultureInfo.InvariantCulture);
                    return true;
                }
                catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
                {
                    return false;
                }

            case Microsoft.CodeAnalysis.CSharp.Syntax.PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression } minus:
                bool ok = TryLiteral(minus.Operand, out value);
                value = -value;
                return ok;
            case Microsoft.CodeAnalysis.CSharp.Syntax.ParenthesizedExpressionSyntax parenthesized:
                return TryLiteral(parenthesized.Expression, out value);
            default:
                return false;
        }
    }

    private void AssumePattern(IOperation value, IPatternOperation pattern, bool truth, IOperation site, Facts facts, IOperation? from = null)
    {
        switch (pattern)
        {
            case IRelationalPatternOperation relational when TryConstant(relational.Value, out double bound):
                AddRelation(value, relational.OperatorKind, bound, truth, from ?? value, site, facts);
                break;
            case IConstantPatternOperation constant when truth && TryConstant(constant.Value, out double point):
                AddRelation(value, BinaryOperatorKind.Equals, point, true, from ?? value, site, facts);
                break;
            case INegatedPatternOperation negated:
                AssumePattern(value, negated.Pattern, !truth, site, facts, from);
                break;
            case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.And } conjunction when truth:
                AssumePattern(value, conjunction.LeftPattern, true, site, facts, from);
                AssumePattern(value, conjunction.RightPattern, true, site, facts, from);
                break;
            case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } disjunction when !truth:
                AssumePattern(value, disjunction.LeftPattern, false, site, facts, from);
                AssumePattern(value, disjunction.RightPattern, false, site, facts, from);
                break;
        }
    }

    private static BinaryOperatorKind Mirror(BinaryOperatorKind kind) => kind switch
    {
        BinaryOperatorKind.LessThan => BinaryOperatorKind.GreaterThan,
        BinaryOperatorKind.LessThanOrEqual => BinaryOperatorKind.GreaterThanOrEqual,
        BinaryOperatorKind.GreaterThan => BinaryOperatorKind.LessThan,
        BinaryOperatorKind.GreaterThanOrEqual => BinaryOperatorKind.LessThanOrEqual,
        _ => kind,
    };

    // x OP c is `truth`: x lies in an interval (closed: the bound itself changes nothing here).
    private void AddRelation(IOperation subject, BinaryOperatorKind kind, double bound, bool truth, IOperation condition, IOperation site, Facts facts)
    {
        Interval? interval = Relation(kind, bound, truth);
        if (interval is null || double.IsNaN(bound))
        {
            return;
        }

        AddFact(subject, interval.Value, condition, site, facts, 0);
    }

    private static Interval? Relation(BinaryOperatorKind kind, double bound, bool truth)
    {
        return (kind, truth) switch
        {
            (BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual, true) => Interval.AtLeast(bound),
            (BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual, false) => Interval.AtMost(bound),
            (BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual, true) => Interval.AtMost(bound),
            (BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual, false) => Interval.AtLeast(bound),
            (BinaryOperatorKind.Equals, true) => Interval.Point(bound),
            (BinaryOperatorKind.NotEquals, false) => Interval.Point(bound),
            _ => null,
        };
    }

    private void AddFact(IOperation subject, Interval interval, IOperation condition, IOperation site, Facts facts, int depth)
    {
        subject = Strip(subject);
        if (depth > 4 || !UnchangedSince(subject, condition, site))
        {
            return;
        }

        if (Key(subject, inline: false) is { } key)
        {
            facts.Add(key, interval);
        }

        switch (subject)
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } minus:
                AddFact(minus.Operand, interval.Negate(), condition, site, facts, depth + 1);
                break;
            case IInvocationOperation { Arguments.Length: 1 } abs when IsMathFunction(abs.TargetMethod, "Abs") && interval.Hi < double.PositiveInfinity:
                AddFact(abs.Arguments[0].Value, new Interval(-interval.Hi, interval.Hi), condition, site, facts, depth + 1);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } shifted:
                // x + c in I  =>  x in I - c  (and c - x, x - c likewise).
                if (TryConstant(shifted.RightOperand, out double c))
                {
                    Interval offset = Interval.Point(shifted.OperatorKind == BinaryOperatorKind.Add ? c : -c);
                    AddFact(shifted.LeftOperand, interval - offset, condition, site, facts, depth + 1);
                }
                else if (TryConstant(shifted.LeftOperand, out double d))
                {
                    Interval rest = interval - Interval.Point(d);
                    AddFact(shifted.RightOperand, shifted.OperatorKind == BinaryOperatorKind.Add ? rest : rest.Negate(), condition, site, facts, depth + 1);
                }

                break;
        }
    }

    private bool UnchangedSince(IOperation subject, IOperation from, IOperation to)
    {
        FlowIndex index = Index(to);
        foreach (IOperation operation in subject.DescendantsAndSelf())
        {
            if (FlowIndex.Variable(operation) is { } variable && !index.Unchanged(variable, from, to))
            {
                return false;
            }
        }

        return true;
    }

    // ------------------------------------------------------------------------------------------
    // Ranges
    // ------------------------------------------------------------------------------------------

    /// <summary>The range of values <paramref name="operation"/> can take at a point where <paramref name="facts"/> hold.</summary>
    public Interval Range(IOperation operation, Facts facts) => Range(operation, facts, 0, new Budget(RangeBudget));

    /// <summary>The range of an operation, with the guards of every given site.</summary>
    public Interval Range(IOperation operation, IEnumerable<IOperation> sites)
    {
        var facts = new Facts();
        foreach (IOperation site in sites)
        {
            facts.AddAll(GuardsAt(site));
        }

        return Range(operation, facts, 0, new Budget(RangeBudget));
    }

    private Interval Range(IOperation operation, Facts facts, int depth, Budget budget)
    {
        CancellationToken.ThrowIfCancellationRequested();
        operation = Strip(operation);
        Interval range = depth > MaxDepth || !budget.Spend() ? Interval.Unknown : Structural(operation, facts, depth, budget);
        if (facts.Count > 0 && Key(operation, inline: false) is { } key && facts.TryGet(key, out Interval known))
        {
            range = range.Intersect(known);
        }

        return range;
    }

    private Interval Structural(IOperation operation, Facts facts, int depth, Budget budget)
    {
        if (TryConstant(operation, out double constant))
        {
            return Interval.Point(constant);
        }

        switch (operation)
        {
            case ILocalReferenceOperation or IParameterReferenceOperation:
                return ReachingRange(operation, facts, depth, budget) ?? Interval.Unknown;
            case IFieldReferenceOperation field when TryReadonlyFieldValue(field.Field, out double initial):
                return Interval.Point(initial);
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } minus:
                return Range(minus.Operand, facts, depth + 1, budget).Negate();
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Plus } plus:
                return Range(plus.Operand, facts, depth + 1, budget);
            case IBinaryOperation binary:
                return Binary(binary, facts, depth, budget);
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional when conditional.Type is not null:
                Facts ifTrue = facts.Copy();
                Assume(conditional.Condition, true, conditional.WhenTrue, ifTrue);
                Facts ifFalse = facts.Copy();
                Assume(conditional.Condition, false, whenFalse, ifFalse);
                return Range(conditional.WhenTrue, ifTrue, depth + 1, budget).Union(Range(whenFalse, ifFalse, depth + 1, budget));
            case ISwitchExpressionOperation switchExpression when switchExpression.Arms.Length > 0:
                Interval? union = null;
                foreach (ISwitchExpressionArmOperation arm in switchExpression.Arms)
                {
                    Interval armRange = Range(arm.Value, facts, depth + 1, budget);
                    union = union is null ? armRange : union.Value.Union(armRange);
                }

                return union ?? Interval.Unknown;
            case IInvocationOperation invocation:
                return Invocation(invocation, facts, depth, budget);
            default:
                return Interval.Unknown;
        }
    }

    // ------------------------------------------------------------------------------------------
    // Reaching values of a variable
    // ------------------------------------------------------------------------------------------

    /// <summary>
    /// The range of a variable at a read, from the writes that can reach it: the latest plain
    /// assignment before it in the enclosing blocks, or both arms of an <c>if</c> that assigns it
    /// (<c>if (x &gt; 30) x = 30;</c> bounds x by 30 afterwards). Null when unknown (a loop writes it
    /// after the read, a lambda writes it, a compound assignment, ...).
    /// </summary>
    private Interval? ReachingRange(IOperation read, Facts facts, int depth, Budget budget)
    {
        FlowIndex index = Index(read);
        ISymbol? variable = FlowIndex.Variable(read);
        if (variable is null || depth > MaxDepth || variable is ILocalSymbol { IsRef: true }
            || index.WrittenInFunction(variable) || index.LoopCarried(variable, read))
        {
            return null;
        }

        string? key = Key(read, inline: false);
        return Before(variable, key, read, facts, depth + 1, budget);
    }

    // The range of the variable's value just before `child` runs.
    private Interval? Before(ISymbol variable, string? key, IOperation child, Facts facts, int depth, Budget budget)
    {
        FlowIndex index = Index(child);
        for (IOperation? parent = child.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                break;
            }

            if (parent is IBlockOperation block)
            {
                int at = block.Operations.IndexOf(child);
                for (int k = at - 1; k >= 0; k--)
                {
                    IOperation statement = block.Operations[k];
                    if (index.WritesIn(variable, statement))
                    {
                        return After(variable, key, statement, facts, depth, budget);
                    }
                }

                continue;
            }

            // A branch of an if or ?: runs after the condition only.
            if (parent is IConditionalOperation branching && !ReferenceEquals(child, branching.Condition))
            {
                if (index.WritesIn(variable, branching.Condition))
                {
                    return null;
                }

                continue;
            }

            // Any other construct that writes the variable before the child (a for loop's
            // initializer, an assignment inside a condition): unknown.
            foreach (IOperation sibling in parent.ChildOperations)
            {
                if (ReferenceEquals(sibling, child))
                {
                    break;
                }

                if (index.WritesIn(variable, sibling))
                {
                    return null;
                }
            }
        }

        // Not written before: a parameter's (or uninitialized local's) incoming value.
        return variable is IParameterSymbol ? Known(key, Interval.Unknown, facts) : null;
    }

    // The range of the variable after a statement that writes it.
    private Interval? After(ISymbol variable, string? key, IOperation statement, Facts facts, int depth, Budget budget)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        FlowIndex index = Index(statement);
        switch (statement)
        {
            case IExpressionStatementOperation { Operation: ISimpleAssignmentOperation { IsRef: false } assignment }
                when SymbolEqualityComparer.Default.Equals(FlowIndex.Variable(assignment.Target), variable) && !index.WritesIn(variable, assignment.Value):
                return Assigned(assignment.Value, assignment, key, facts, depth, budget);
            case IVariableDeclarationGroupOperation group:
                foreach (IVariableDeclarationOperation declaration in group.Declarations)
                {
                    foreach (IVariableDeclaratorOperation declarator in declaration.Declarators)
                    {
                        if (SymbolEqualityComparer.Default.Equals(declarator.Symbol, variable))
                        {
                            return declarator.GetVariableInitializer() is { } initializer && !index.WritesIn(variable, initializer.Value)
                                ? Assigned(initializer.Value, declarator, key, facts, depth, budget)
                                : null;
                        }
                    }
                }

                return null;
            case IConditionalOperation conditional when !index.WritesIn(variable, conditional.Condition):
                Facts ifTrue = facts.Copy();
                Assume(conditional.Condition, true, conditional.WhenTrue, ifTrue);
                Facts ifFalse = facts.Copy();
                if (conditional.WhenFalse is not null)
                {
                    Assume(conditional.Condition, false, conditional.WhenFalse, ifFalse);
                }
                else
                {
                    Assume(conditional.Condition, false, conditional, ifFalse);
                }

                Interval? whenTrue = Branch(variable, key, conditional.WhenTrue, conditional, ifTrue, depth, budget);
                Interval? whenFalse = conditional.WhenFalse is null
                    ? Before(variable, key, conditional, ifFalse, depth + 1, budget)
                    : Branch(variable, key, conditional.WhenFalse, conditional, ifFalse, depth, budget);
                bool trueExits = AlwaysExits(conditional.WhenTrue);
                bool falseExits = conditional.WhenFalse is not null && AlwaysExits(conditional.WhenFalse);
                if (trueExits && falseExits)
                {
                    return null;
                }

                if (trueExits)
                {
                    return whenFalse;
                }

                if (falseExits)
                {
                    return whenTrue;
                }

                return whenTrue is null || whenFalse is null ? null : whenTrue.Value.Union(whenFalse.Value);
            default:
                return null;
        }
    }

    // The range after a branch of an if: its last statement that writes the variable, or the
    // value from before the if when the branch does not write it.
    private Interval? Branch(ISymbol variable, string? key, IOperation branch, IOperation conditional, Facts facts, int depth, Budget budget)
    {
        FlowIndex index = Index(branch);
        if (!index.WritesIn(variable, branch))
        {
            return Before(variable, key, conditional, facts, depth + 1, budget);
        }

        if (branch is IBlockOperation block)
        {
            for (int k = block.Operations.Length - 1; k >= 0; k--)
            {
                if (index.WritesIn(variable, block.Operations[k]))
                {
                    return After(variable, key, block.Operations[k], facts, depth + 1, budget);
                }
            }

            return null;
        }

        return After(variable, key, branch, facts, depth + 1, budget);
    }

    // The range of an assigned value. Facts about the variable's current value do not hold for the
    // old value the right-hand side may read, so they are dropped; the guards of the assignment
    // itself (about the old value) do hold.
    private Interval? Assigned(IOperation value, IOperation write, string? key, Facts facts, int depth, Budget budget)
    {
        Facts inner = facts.Without(key);
        inner.AddAll(GuardsAt(write));
        return Known(key, Range(value, inner, depth + 1, budget), facts);
    }

    private static Interval Known(string? key, Interval range, Facts facts)
        => key is not null && facts.TryGet(key, out Interval known) ? range.Intersect(known) : range;

    private Interval Binary(IBinaryOperation binary, Facts facts, int depth, Budget budget)
    {
        if (!IsNumeric(binary.Type))
        {
            return Interval.Unknown;
        }

        Interval left = Range(binary.LeftOperand, facts, depth + 1, budget);
        Interval right = Range(binary.RightOperand, facts, depth + 1, budget);
        switch (binary.OperatorKind)
        {
            case BinaryOperatorKind.Add:
                return left + right;
            case BinaryOperatorKind.Subtract:
                if (Key(binary.LeftOperand, inline: true) is { } a && a == Key(binary.RightOperand, inline: true))
                {
                    return Interval.Point(0);
                }

                // x − max(x, y) ≤ 0, min(x, y) − y ≤ 0, min(x, y) − max(x, y) ≤ 0.
                if (Bounds(binary.LeftOperand, "Min").Overlaps(Bounds(binary.RightOperand, "Max")))
                {
                    return (left - right).Intersect(Interval.AtMost(0));
                }

                return left - right;
            case BinaryOperatorKind.Multiply:
                if (Key(binary.LeftOperand, inline: true) is { } l && l == Key(binary.RightOperand, inline: true))
                {
                    Interval abs = left.Abs();
                    return new Interval(abs.Lo * abs.Lo, abs.Hi * abs.Hi);
                }

                // −x · x ≤ 0
                if (NegatedKey(binary.LeftOperand, inline: true) is { } nl && nl == Key(binary.RightOperand, inline: true))
                {
                    return (left * right).Intersect(Interval.AtMost(0));
                }

                return left * right;
            case BinaryOperatorKind.Divide:
                return left / right;
            default:
                return Interval.Unknown;
        }
    }

    // The keys an expression is ≤ (Min) or ≥ (Max) of: itself, and the arguments of a Min/Max call.
    private HashSet<string> Bounds(IOperation operation, string function)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        IOperation stripped = Strip(operation);
        if (Key(stripped, inline: false) is { } self)
        {
            keys.Add(self);
        }

        stripped = Resolve(stripped);

        if (stripped is IInvocationOperation call && IsMathFunction(call.TargetMethod, function))
        {
            foreach (IArgumentOperation argument in call.Arguments)
            {
                if (Key(argument.Value, inline: false) is { } key)
                {
                    keys.Add(key);
                }
            }
        }

        return keys;
    }

    private Interval Invocation(IInvocationOperation invocation, Facts facts, int depth, Budget budget)
    {
        IMethodSymbol method = invocation.TargetMethod;
        var arguments = invocation.Arguments;
        Interval Arg(int i) => i < arguments.Length ? Range(arguments[i].Value, facts, depth + 1, budget) : Interval.Unknown;

        if (IsMathType(method.ContainingType))
        {
            switch (method.Name, arguments.Length)
            {
                case ("Abs", 1):
                    return Arg(0).Abs();
                case ("Min" or "MinMagnitude", 2):
                    return Interval.Min(Arg(0), Arg(1));
                case ("Max" or "MaxMagnitude", 2):
                    return Interval.Max(Arg(0), Arg(1));
                case ("Clamp", 3):
                    return Interval.Min(Interval.Max(Arg(0), Arg(1)), Arg(2));
                case ("Sqrt", 1):
                    Interval s = Arg(0);
                    return new Interval(Math.Sqrt(Math.Max(s.Lo, 0)), s.Hi < 0 ? 0 : Math.Sqrt(s.Hi));
                case ("Exp", 1):
                    return Arg(0).Map(Math.Exp);
                case ("Log", 1):
                    Interval l = Arg(0);
                    return new Interval(l.Lo > 0 ? Math.Log(l.Lo) : double.NegativeInfinity, l.Hi > 0 ? Math.Log(l.Hi) : double.NegativeInfinity);
                case ("Tanh", 1):
                    return Arg(0).Map(Math.Tanh);
                case ("Atan", 1):
                    return Arg(0).Map(Math.Atan);
                case ("Sin" or "Cos", 1):
                    return new Interval(-1, 1);
                case ("Pow", 2) when TryConstant(arguments[1].Value, out double exponent) && exponent == Math.Floor(exponent) && Math.Abs(exponent) <= 64:
                    Interval b = Arg(0);
                    if (exponent == 0)
                    {
                        return Interval.Point(1);
                    }

                    if (exponent > 0 && exponent % 2 == 0)
                    {
                        Interval magnitude = b.Abs();
                        return new Interval(Math.Pow(magnitude.Lo, exponent), Math.Pow(magnitude.Hi, exponent));
                    }

                    return exponent > 0 ? b.Map(v => Math.Pow(v, exponent)) : Interval.Unknown;
                case ("Sign", 1):
                    return new Interval(-1, 1);
                case ("Floor" or "Ceiling" or "Round" or "Truncate", _) when arguments.Length >= 1:
                    Interval r = Arg(0);
                    return new Interval(r.Lo - 1, r.Hi + 1);
            }

            return Interval.Unknown;
        }

        if (method.ContainingType is { Name: "Random", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } }
            && method.Name is "NextDouble" or "NextSingle")
        {
            return new Interval(0, 1);
        }

        if (IsActivationMath(method.ContainingType) && arguments.Length == 1)
        {
            switch (method.Name)
            {
                case "Sigmoid":
                    return new Interval(0, 1);
                case "SigmoidDerivative":
                    return new Interval(0, 0.25);
                case "LogSigmoid":
                    return Interval.AtMost(0);
                case "Softplus":
                    Interval x = Arg(0);
                    return new Interval(0, Math.Max(x.Hi, 0) + Math.Log(2));
            }
        }

        return Interval.Unknown;
    }

    // ------------------------------------------------------------------------------------------
    // Well-known methods
    // ------------------------------------------------------------------------------------------

    /// <summary>System.Math, System.MathF, and double/float (whose static Exp, Log, ... are the generic-math ones).</summary>
    public static bool IsMathType(INamedTypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        if (type.SpecialType is SpecialType.System_Double or SpecialType.System_Single)
        {
            return true;
        }

        return type.Name is "Math" or "MathF" && type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true };
    }

    public static bool IsMathFunction(IMethodSymbol method, string name) => method.Name == name && method.IsStatic && IsMathType(method.ContainingType);

    public static bool IsActivationMath(INamedTypeSymbol? type)
        => type is { Name: "ActivationMath", ContainingNamespace: { Name: "Activations", ContainingNamespace.IsGlobalNamespace: true } };
}

/// <summary>Known ranges of expressions (by <see cref="Evaluator.Key"/>), from guards.</summary>
internal sealed class Facts
{
    private readonly Dictionary<string, Interval> _ranges = new(StringComparer.Ordinal);

    public int Count => _ranges.Count;

    public void Add(string key, Interval interval)
        => _ranges[key] = _ranges.TryGetValue(key, out Interval known) ? known.Intersect(interval) : interval;

    public void AddAll(Facts other)
    {
        foreach (KeyValuePair<string, Interval> pair in other._ranges)
        {
            Add(pair.Key, pair.Value);
        }
    }

    public bool TryGet(string key, out Interval interval) => _ranges.TryGetValue(key, out interval);

    /// <summary>A copy without the facts about one key (null: a plain copy).</summary>
    public Facts Without(string? key)
    {
        Facts copy = Copy();
        if (key is not null)
        {
            copy._ranges.Remove(key);
        }

        return copy;
    }

    public Facts Copy()
    {
        var copy = new Facts();
        copy.AddAll(this);
        return copy;
    }
}

/// <summary>How much more work one range query may do (chains of locals would otherwise multiply it).</summary>
internal sealed class Budget
{
    private int _left;

    public Budget(int left) => _left = left;

    public bool Spend() => --_left >= 0;
}
