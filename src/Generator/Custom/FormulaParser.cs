using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Activations.Generator.Ir;
using Activations.Generator.Kinds;
using Activations.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Activations.Generator.Custom;

/// <summary>
/// Reads the body of a custom <c>[Activation]</c> method (an expression, or local declarations
/// ending in a return) into the IR. Shared by the generator, which differentiates the result, and
/// the analyzer, which reports the first unsupported construct on its exact span.
/// </summary>
internal sealed class FormulaParser
{
    private readonly Compilation compilation;
    private readonly CancellationToken cancellationToken;
    private readonly Dictionary<ISymbol, Expr> scope = new(SymbolEqualityComparer.Default);
    private readonly HashSet<IMethodSymbol> calls;

    private FormulaParser(Compilation compilation, HashSet<IMethodSymbol> calls, CancellationToken cancellationToken)
    {
        this.compilation = compilation;
        this.calls = calls;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>The first construct outside the supported set, or null.</summary>
    public Unsupported? Problem { get; private set; }

    /// <summary>
    /// Parses <paramref name="method"/>'s body. On success the formula is over <see cref="Variable.X"/>
    /// for the first parameter and a <see cref="Variable"/> named like each further parameter.
    /// </summary>
    public static ParsedFormula Parse(IMethodSymbol method, Compilation compilation, CancellationToken cancellationToken)
    {
        var parser = new FormulaParser(compilation, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default), cancellationToken);
        var arguments = new List<Expr> { Variable.X };
        arguments.AddRange(method.Parameters.Skip(1).Select(p => (Expr)new Variable(p.Name)));
        Expr? formula = parser.Inline(method, arguments, method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken));
        return new ParsedFormula(formula is null ? null : Stabilizer.Stabilize(formula), parser.Problem);
    }

    private Expr? Inline(IMethodSymbol method, IReadOnlyList<Expr> arguments, SyntaxNode? reportAt)
    {
        if (!calls.Add(method.OriginalDefinition))
        {
            return Fail(reportAt, "recursion (" + method.Name + " calls itself)");
        }

        try
        {
            // A partial method's body is in its implementation part, with its own parameter symbols.
            IMethodSymbol withBody = method.PartialImplementationPart ?? method;
            SyntaxReference? reference = withBody.DeclaringSyntaxReferences.FirstOrDefault(r => r.GetSyntax(cancellationToken) is MethodDeclarationSyntax { Body: not null } or MethodDeclarationSyntax { ExpressionBody: not null });
            if (reference?.GetSyntax(cancellationToken) is not MethodDeclarationSyntax declaration)
            {
                return Fail(reportAt, "a method without a body to read (" + method.Name + ")");
            }

            SemanticModel model = compilation.GetSemanticModel(declaration.SyntaxTree);
            if (model.GetOperation(declaration, cancellationToken) is not IMethodBodyOperation body)
            {
                return Fail(declaration, "a body that does not compile");
            }

            for (int i = 0; i < withBody.Parameters.Length && i < arguments.Count; i++)
            {
                scope[withBody.Parameters[i]] = arguments[i];
            }

            IBlockOperation? block = body.BlockBody ?? body.ExpressionBody;
            return block is null ? Fail(declaration, "a method without a body") : Block(block);
        }
        finally
        {
            calls.Remove(method.OriginalDefinition);
        }
    }

    private Expr? Block(IBlockOperation block)
    {
        foreach (IOperation statement in block.Operations)
        {
            switch (statement)
            {
                case IVariableDeclarationGroupOperation group:
                    foreach (IVariableDeclaratorOperation declarator in group.Declarations.SelectMany(d => d.Declarators))
                    {
                        IVariableInitializerOperation? initializer = declarator.Initializer ?? declarator.GetVariableInitializer();
                        if (initializer is null)
                        {
                            return Fail(declarator.Syntax, "a local without an initializer");
                        }

                        Expr? value = Expression(initializer.Value);
                        if (value is null)
                        {
                            return null;
                        }

                        scope[declarator.Symbol] = value;
                    }

                    break;
                case IReturnOperation { ReturnedValue: { } returned }:
                    return Expression(returned);
                default:
                    return Fail(statement.Syntax, Describe(statement));
            }
        }

        return Fail(block.Syntax, "a body without a return");
    }

    private Expr? Expression(IOperation operation)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (operation.ConstantValue is { HasValue: true, Value: { } constant } && IsNumber(constant))
        {
            return new Constant(Convert.ToDouble(constant, System.Globalization.CultureInfo.InvariantCulture));
        }

        switch (operation)
        {
            case IParameterReferenceOperation parameter when scope.TryGetValue(parameter.Parameter, out Expr? p):
                return p;
            case ILocalReferenceOperation local when scope.TryGetValue(local.Local, out Expr? l):
                return l;
            case IConversionOperation conversion when IsFloatingOrInteger(conversion.Type) && IsFloatingOrInteger(conversion.Operand.Type):
                return Expression(conversion.Operand);
            case IParenthesizedOperation parenthesized:
                return Expression(parenthesized.Operand);
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } minus:
                return Expression(minus.Operand) is { } negated ? -negated : null;
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Plus } plus:
                return Expression(plus.Operand);
            case IBinaryOperation binary:
                return Binary(binary);
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
            {
                Expr? test = Condition(conditional.Condition);
                Expr? a = test is null ? null : Expression(conditional.WhenTrue);
                Expr? b = a is null ? null : Expression(whenFalse);
                return b is null ? null : new Select(test!, a!, b);
            }

            case IInvocationOperation invocation:
                return Invocation(invocation);
            default:
                return Fail(operation.Syntax, Describe(operation));
        }
    }

    private Expr? Binary(IBinaryOperation binary)
    {
        BinaryOp? op = binary.OperatorKind switch
        {
            BinaryOperatorKind.Add => BinaryOp.Add,
            BinaryOperatorKind.Subtract => BinaryOp.Subtract,
            BinaryOperatorKind.Multiply => BinaryOp.Multiply,
            BinaryOperatorKind.Divide => BinaryOp.Divide,
            _ => null,
        };
        if (op is null)
        {
            return Fail(binary.Syntax, "the operator '" + OperatorText(binary) + "' outside a condition");
        }

        Expr? left = Expression(binary.LeftOperand);
        Expr? right = left is null ? null : Expression(binary.RightOperand);
        return right is null ? null : new Binary(op.Value, left!, right);
    }

    private Expr? Condition(IOperation operation)
    {
        if (operation is IParenthesizedOperation parenthesized)
        {
            return Condition(parenthesized.Operand);
        }

        if (operation is not IBinaryOperation binary)
        {
            return Fail(operation.Syntax, "a condition other than a comparison (" + Describe(operation) + ")");
        }

        ConditionOp? op = binary.OperatorKind switch
        {
            BinaryOperatorKind.LessThan => ConditionOp.Less,
            BinaryOperatorKind.LessThanOrEqual => ConditionOp.LessOrEqual,
            BinaryOperatorKind.GreaterThan => ConditionOp.Greater,
            BinaryOperatorKind.GreaterThanOrEqual => ConditionOp.GreaterOrEqual,
            BinaryOperatorKind.Equals => ConditionOp.Equal,
            BinaryOperatorKind.ConditionalAnd => ConditionOp.And,
            BinaryOperatorKind.ConditionalOr => ConditionOp.Or,
            _ => null,
        };
        if (op is null)
        {
            return Fail(binary.Syntax, "the condition operator '" + OperatorText(binary) + "'");
        }

        bool logical = op is ConditionOp.And or ConditionOp.Or;
        Expr? left = logical ? Condition(binary.LeftOperand) : Expression(binary.LeftOperand);
        Expr? right = left is null ? null : logical ? Condition(binary.RightOperand) : Expression(binary.RightOperand);
        return right is null ? null : new Condition(op.Value, left!, right);
    }

    private Expr? Invocation(IInvocationOperation invocation)
    {
        IMethodSymbol target = invocation.TargetMethod;
        var args = new List<Expr>();
        foreach (IArgumentOperation argument in invocation.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0))
        {
            Expr? value = Expression(argument.Value);
            if (value is null)
            {
                return null;
            }

            args.Add(value);
        }

        string type = target.ContainingType?.ToDisplayString() ?? string.Empty;
        if (type is "System.Math" or "System.MathF")
        {
            return MathCall(invocation, target.Name, args);
        }

        if (type == "Activations.ActivationMath" && args.Count == 1 && Enum.TryParse(target.Name, out Primitive primitive) && primitive is not (Primitive.TanhFast or Primitive.SigmoidFast))
        {
            return new Call(primitive, args[0]);
        }

        AttributeData? attribute = target.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == ActivationOptions.AttributeMetadataName);
        if (attribute is not null && target.IsStatic)
        {
            ActivationOptions options = ActivationOptions.Read(attribute);
            if (options.HasKindArgument && options.CanonicalKind is { } kind && args.Count == 1
                && BuiltInKinds.Get(kind, options) is { } builtIn)
            {
                Expr transformed = BuiltInKinds.ApplyInputTransforms(builtIn.Formula, options, out _);
                return Defined.Substitute(transformed, Variable.X, args[0]);
            }

            if (!options.HasKindArgument)
            {
                var nested = new FormulaParser(compilation, calls, cancellationToken);
                Expr? inlined = nested.Inline(target, args, invocation.Syntax);
                Problem ??= nested.Problem;
                return inlined;
            }
        }

        return Fail(invocation.Syntax, "a call to " + type + "." + target.Name + " (only Math/MathF functions, ActivationMath primitives and other [Activation] methods can be differentiated)");
    }

    private Expr? MathCall(IInvocationOperation invocation, string name, List<Expr> a)
    {
        switch (name)
        {
            case "Exp" when a.Count == 1:
                return new Call(Primitive.Exp, a[0]);
            case "Log" when a.Count == 1:
                return new Call(Primitive.Log, a[0]);
            case "Log" when a.Count == 2 && a[1] is Constant { Value: Math.E }:
                return new Call(Primitive.Log, a[0]);
            case "Sqrt" when a.Count == 1:
                return new Call(Primitive.Sqrt, a[0]);
            case "Abs" when a.Count == 1:
                return new Call(Primitive.Abs, a[0]);
            case "Tanh" when a.Count == 1:
                return new Call(Primitive.Tanh, a[0]);
            case "Max" when a.Count == 2:
                return new Select(new Condition(ConditionOp.GreaterOrEqual, a[0], a[1]), a[0], a[1]);
            case "Min" when a.Count == 2:
                return new Select(new Condition(ConditionOp.LessOrEqual, a[0], a[1]), a[0], a[1]);
            case "Clamp" when a.Count == 3 && a[1] is Constant min && a[2] is Constant max:
                return new Clamp(a[0], min.Value, max.Value);
            case "Clamp" when a.Count == 3:
                return new Select(new Condition(ConditionOp.Less, a[0], a[1]), a[1], new Select(new Condition(ConditionOp.Greater, a[0], a[2]), a[2], a[0]));
            case "Pow" when a.Count == 2 && a[0] is Constant { Value: Math.E }:
                return new Call(Primitive.Exp, a[1]);
            case "Pow" when a.Count == 2 && a[1] is Constant exponent:
                return Power(a[0], exponent.Value);
            case "Pow" when a.Count == 2:
                return Fail(invocation.Arguments[1].Syntax, "Pow with an exponent that is not a constant");
            default:
                return Fail(invocation.Syntax, "Math." + name + " (not in the differentiable set: Exp, Log, Sqrt, Pow with a constant exponent, Abs, Max, Min, Clamp, Tanh)");
        }
    }

    private static Expr Power(Expr b, double n)
    {
        if (n == 0.5)
        {
            return new Call(Primitive.Sqrt, b);
        }

        if (n == Math.Floor(n) && Math.Abs(n) <= 8 && n != 0)
        {
            Expr product = b;
            for (int i = 1; i < Math.Abs(n); i++)
            {
                product *= b;
            }

            return n > 0 ? product : 1 / product;
        }

        return n == 0 ? new Constant(1) : new Call(Primitive.Exp, n * new Call(Primitive.Log, b));
    }

    private Expr? Fail(SyntaxNode? node, string what)
    {
        Problem ??= new Unsupported(what, node?.SyntaxTree.FilePath ?? string.Empty, node?.Span ?? default);
        return null;
    }

    private static string Describe(IOperation operation) => operation switch
    {
        ILoopOperation => "a loop",
        IFieldReferenceOperation field => "the non-constant field '" + field.Field.Name + "'",
        IPropertyReferenceOperation property => "the property '" + property.Property.Name + "'",
        IParameterReferenceOperation parameter => "the parameter '" + parameter.Parameter.Name + "'",
        IAssignmentOperation => "an assignment",
        IConditionalOperation => "an if statement (use the conditional operator c ? a : b)",
        IObjectCreationOperation => "an object creation",
        _ => "'" + Shorten(operation.Syntax.ToString()) + "' (" + operation.Kind + ")",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "...";

    private static string OperatorText(IBinaryOperation binary)
        => binary.Syntax is BinaryExpressionSyntax syntax ? syntax.OperatorToken.Text : binary.OperatorKind.ToString();

    private static bool IsNumber(object value) => value is double or float or int or long or short or byte or uint or ulong or decimal;

    private static bool IsFloatingOrInteger(ITypeSymbol? type) => type?.SpecialType is SpecialType.System_Double or SpecialType.System_Single
        or SpecialType.System_Int32 or SpecialType.System_Int64;
}

/// <summary>The result of reading a custom formula.</summary>
/// <param name="Formula">The stabilized formula, or null when <paramref name="Problem"/> is set.</param>
/// <param name="Problem">The first unsupported construct.</param>
internal sealed record ParsedFormula(Expr? Formula, Unsupported? Problem);

/// <summary>A construct outside the supported set, with where it is.</summary>
internal sealed record Unsupported(string What, string FilePath, TextSpan Span);
