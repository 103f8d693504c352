using System;
using System.Collections.Generic;
using System.Linq;
using Activations.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Activations.Analyzers.Numerics;

/// <summary>
/// A logit (or exponent) as the rules see it: Factor · Base, then optionally clamped to
/// [−Clip, Clip] and divided by Temperature (a sigmoid [Activation] method's input transform),
/// then multiplied by Sign. Base is an operation of the analysed code; the code fix writes it back
/// as it was written.
/// </summary>
internal sealed class Logit
{
    private Logit(IOperation @base, double factor, double clip, double temperature, double sign, ITypeSymbol? transformType, IReadOnlyList<IOperation> sites)
    {
        Base = @base;
        Factor = factor;
        Clip = clip;
        Temperature = temperature;
        Sign = sign;
        TransformType = transformType;
        Sites = sites;
    }

    public IOperation Base { get; }

    public double Factor { get; }

    public double Clip { get; }

    public double Temperature { get; }

    public double Sign { get; }

    /// <summary>The activation method's type when Clip or Temperature apply (their literals are written in it).</summary>
    public ITypeSymbol? TransformType { get; }

    /// <summary>Where guards hold for the logit's value (the reporting site and the definitions read through).</summary>
    public IReadOnlyList<IOperation> Sites { get; }

    public bool HasTransform => Clip > 0 || Temperature != 1;

    /// <summary>The type of Base as written (without the implicit conversion around it).</summary>
    public ITypeSymbol? BaseType => Evaluator.Strip(Base).Type;

    /// <summary>Factor·operation, with unary minus and constant factors folded into Factor.</summary>
    public static Logit Of(IOperation operation, IReadOnlyList<IOperation> sites)
    {
        double factor = 1;
        IOperation current = operation;
        for (int i = 0; i < 8; i++)
        {
            IOperation stripped = Evaluator.Strip(current);
            if (stripped is IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } minus && !Evaluator.TryConstant(stripped, out _))
            {
                factor = -factor;
                current = minus.Operand;
            }
            else if (stripped is IUnaryOperation { OperatorKind: UnaryOperatorKind.Plus } plus)
            {
                current = plus.Operand;
            }
            else if (stripped is IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product
                && Evaluator.TryConstant(product.LeftOperand, out double c) && !Evaluator.TryConstant(product.RightOperand, out _) && c != 0 && !double.IsInfinity(c))
            {
                factor *= c;
                current = product.RightOperand;
            }
            else if (stripped is IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product2
                && Evaluator.TryConstant(product2.RightOperand, out double d) && !Evaluator.TryConstant(product2.LeftOperand, out _) && d != 0 && !double.IsInfinity(d))
            {
                factor *= d;
                current = product2.LeftOperand;
            }
            else
            {
                break;
            }
        }

        return new Logit(current, factor, 0, 1, 1, null, sites);
    }

    public Logit WithTransform(double clip, double temperature, ITypeSymbol? type) => new(Base, Factor, clip, temperature, Sign, type, Sites);

    public Logit Negate() => HasTransform ? new(Base, Factor, Clip, Temperature, -Sign, TransformType, Sites) : new(Base, -Factor, Clip, Temperature, Sign, TransformType, Sites);

    public Logit Scale(double factor) => HasTransform ? this : new(Base, Factor * factor, Clip, Temperature, Sign, TransformType, Sites);

    /// <summary>The same value with another base (a helper's parameter replaced by the call's argument).</summary>
    public Logit Substitute(Logit argument)
        => new(argument.Base, argument.Factor * Factor, Clip, Temperature, Sign, TransformType, argument.Sites);

    public string? Key(Evaluator evaluator)
    {
        string? key = evaluator.Key(Base, inline: true);
        return key is null ? null : FormattableString.Invariant($"{Factor * (HasTransform ? 1 : Sign)}*{key}|{Clip}|{Temperature}|{(HasTransform ? Sign : 1)}");
    }

    public Interval Range(Evaluator evaluator, IEnumerable<IOperation>? extraSites = null)
    {
        IEnumerable<IOperation> sites = extraSites is null ? Sites : Sites.Concat(extraSites);
        Interval range = evaluator.Range(Base, sites) * Interval.Point(Factor);
        if (Clip > 0)
        {
            range = Interval.Min(Interval.Max(range, Interval.Point(-Clip)), Interval.Point(Clip));
        }

        if (Temperature != 1)
        {
            range /= Interval.Point(Temperature);
        }

        return Sign < 0 ? range.Negate() : range;
    }
}

/// <summary>A sigmoid whose logit is visible: σ(Logit).</summary>
internal sealed class SigmoidMatch
{
    public SigmoidMatch(Logit logit, bool isExpRatio, bool isFloat)
    {
        Logit = logit;
        IsExpRatio = isExpRatio;
        IsFloat = isFloat;
    }

    public Logit Logit { get; }

    /// <summary>Written e^x / (1 + e^x) (NaN for large x) rather than a form that is finite everywhere.</summary>
    public bool IsExpRatio { get; }

    /// <summary>Computed in float.</summary>
    public bool IsFloat { get; }
}

/// <summary>log(p) or log(1 − p), with the ε or clamp that guards it, if any.</summary>
internal sealed class LogProbability
{
    public LogProbability(IOperation log, IOperation probability, bool complement, double epsilon, IReadOnlyList<IOperation> sites)
    {
        Log = log;
        Probability = probability;
        Complement = complement;
        Epsilon = epsilon;
        Sites = sites;
    }

    /// <summary>The log invocation.</summary>
    public IOperation Log { get; }

    /// <summary>p, resolved (through locals and clamps).</summary>
    public IOperation Probability { get; }

    /// <summary>log(1 − p) rather than log(p).</summary>
    public bool Complement { get; }

    /// <summary>The ε added or clamped to (0 when none).</summary>
    public double Epsilon { get; }

    public IReadOnlyList<IOperation> Sites { get; }
}

/// <summary>Recognizers for the building blocks: e^x, log, 1, σ, log of a probability.</summary>
internal static class Shapes
{
    /// <summary>e^x overflows above this (double, float).</summary>
    public static double ExpLimit(bool isFloat) => isFloat ? 88.72283935546875 : 709.782712893384;

    /// <summary>1 − σ(x) rounds to 0 (log(1 − σ) = −∞) above this.</summary>
    public static double ComplementLimit(bool isFloat) => isFloat ? 16.635532 : 36.736801;

    /// <summary>σ(x) rounds to 0 (log σ = −∞) below minus this (the naive form's exp overflow; conservative).</summary>
    public static double SigmoidLowLimit(bool isFloat) => isFloat ? 87.0 : 708.0;

    /// <summary>e^Argument: Math.Exp, MathF.Exp, double.Exp, float.Exp, Math.Pow(Math.E, x).</summary>
    public static bool TryExp(IOperation operation, out IOperation argument, out bool isFloat)
    {
        argument = operation;
        isFloat = false;
        if (Evaluator.Strip(operation) is not IInvocationOperation invocation || !Evaluator.IsMathType(invocation.TargetMethod.ContainingType))
        {
            return false;
        }

        isFloat = Evaluator.IsFloat(invocation.Type);
        var arguments = invocation.Arguments;
        switch (invocation.TargetMethod.Name, arguments.Length)
        {
            case ("Exp", 1):
                argument = arguments[0].Value;
                return true;
            case ("Pow", 2) when Evaluator.TryConstant(arguments[0].Value, out double b) && Math.Abs(b - Math.E) < 1e-6:
                argument = arguments[1].Value;
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// ln(Argument) (Math.Log(v), Math.Log(v, Math.E), MathF.Log, double.Log) or, with
    /// <paramref name="plusOne"/>, ln(1 + Argument) (double.LogP1, ActivationMath.Log1p).
    /// </summary>
    public static bool TryLog(IOperation operation, out IOperation argument, out bool plusOne)
    {
        argument = operation;
        plusOne = false;
        if (Evaluator.Strip(operation) is not IInvocationOperation invocation || invocation.Arguments.Length == 0)
        {
            return false;
        }

        IMethodSymbol method = invocation.TargetMethod;
        var arguments = invocation.Arguments;
        if (Evaluator.IsMathType(method.ContainingType))
        {
            switch (method.Name, arguments.Length)
            {
                case ("Log", 1):
                    argument = arguments[0].Value;
                    return true;
                case ("Log", 2) when Evaluator.TryConstant(arguments[1].Value, out double b) && Math.Abs(b - Math.E) < 1e-6:
                    argument = arguments[0].Value;
                    return true;
                case ("LogP1", 1):
                    argument = arguments[0].Value;
                    plusOne = true;
                    return true;
            }

            return false;
        }

        if (Evaluator.IsActivationMath(method.ContainingType) && method.Name == "Log1p" && arguments.Length == 1)
        {
            argument = arguments[0].Value;
            plusOne = true;
            return true;
        }

        return false;
    }

    public static bool IsOne(IOperation operation) => Evaluator.IsConstant(operation, 1);

    /// <summary>1 + e^x or e^x + 1 (operands resolved through locals).</summary>
    public static bool TryOnePlusExp(IOperation operation, Evaluator evaluator, List<IOperation> sites, out IOperation exponent, out bool isFloat)
    {
        exponent = operation;
        isFloat = false;
        if (evaluator.Resolve(operation, sites) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum)
        {
            return false;
        }

        if (IsOne(sum.LeftOperand) && TryExp(evaluator.Resolve(sum.RightOperand, sites), out exponent, out isFloat))
        {
            return true;
        }

        return IsOne(sum.RightOperand) && TryExp(evaluator.Resolve(sum.LeftOperand, sites), out exponent, out isFloat);
    }

    /// <summary>A static Math.Min/Max/Clamp call with its arguments.</summary>
    public static bool TryMathCall(IOperation operation, string name, int arity, out IInvocationOperation invocation)
    {
        invocation = null!;
        if (Evaluator.Strip(operation) is IInvocationOperation call && call.Arguments.Length == arity && Evaluator.IsMathFunction(call.TargetMethod, name))
        {
            invocation = call;
            return true;
        }

        return false;
    }

    // ------------------------------------------------------------------------------------------
    // Sigmoid
    // ------------------------------------------------------------------------------------------

    /// <summary>
    /// σ(z) with z visible: 1 / (1 + e^−z), e^z / (1 + e^z), ActivationMath.Sigmoid(z), a sigmoid
    /// [Activation] method, or a helper (method in the same file, local function, lambda) whose
    /// single return value is one of those of its parameter.
    /// </summary>
    public static SigmoidMatch? TrySigmoid(IOperation operation, Evaluator evaluator, List<IOperation> sites, int depth = 0)
    {
        if (depth > 3)
        {
            return null;
        }

        IOperation resolved = evaluator.Resolve(operation, sites);
        bool isFloat = Evaluator.IsFloat(resolved.Type);
        switch (resolved)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } division:
                if (!TryOnePlusExp(division.RightOperand, evaluator, sites, out IOperation exponent, out _))
                {
                    return null;
                }

                if (IsOne(division.LeftOperand))
                {
                    return new SigmoidMatch(Logit.Of(exponent, sites).Negate(), isExpRatio: false, isFloat);
                }

                if (TryExp(evaluator.Resolve(division.LeftOperand, sites), out IOperation numerator, out _)
                    && evaluator.Key(numerator, inline: true) is { } key && key == evaluator.Key(exponent, inline: true))
                {
                    return new SigmoidMatch(Logit.Of(numerator, sites), isExpRatio: true, isFloat);
                }

                return null;
            case IInvocationOperation invocation when invocation.Arguments.Length == 1:
                return TrySigmoidCall(invocation, evaluator, sites, depth, isFloat);
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional when conditional.Type is not null:
                // The stable split: x >= 0 ? 1 / (1 + e^−x) : e^x / (1 + e^x) — the same σ(x) both ways.
                SigmoidMatch? first = TrySigmoid(conditional.WhenTrue, evaluator, sites, depth + 1);
                SigmoidMatch? second = first is null ? null : TrySigmoid(whenFalse, evaluator, sites, depth + 1);
                return second is not null && first!.Logit.Key(evaluator) is { } k && k == second.Logit.Key(evaluator)
                    ? new SigmoidMatch(first.Logit, first.IsExpRatio && second.IsExpRatio, isFloat)
                    : null;
            default:
                return null;
        }
    }

    private static SigmoidMatch? TrySigmoidCall(IInvocationOperation invocation, Evaluator evaluator, List<IOperation> sites, int depth, bool isFloat)
    {
        IMethodSymbol method = invocation.TargetMethod;
        IOperation argument = invocation.Arguments[0].Value;
        if (Evaluator.IsActivationMath(method.ContainingType))
        {
            return method.Name == "Sigmoid" ? new SigmoidMatch(Logit.Of(argument, sites), false, isFloat) : null;
        }

        if (ActivationSigmoid(method) is { } options)
        {
            Logit logit = Logit.Of(argument, sites);
            if (options.Clip > 0 || options.Temperature != 1)
            {
                logit = logit.WithTransform(options.Clip, options.Temperature, method.Parameters.Length == 1 ? method.Parameters[0].Type : null);
            }

            return new SigmoidMatch(logit, false, isFloat);
        }

        // A helper: every value it returns is σ(k · parameter), with the same k.
        if (HelperBody(invocation, evaluator, out IParameterSymbol? parameter) is not { } body || parameter is null)
        {
            return null;
        }

        SigmoidMatch? result = null;
        string? resultKey = null;
        bool expRatio = true;
        foreach (IOperation returned in ReturnValues(body))
        {
            var innerSites = new List<IOperation> { returned };
            SigmoidMatch? inner = TrySigmoid(returned, evaluator, innerSites, depth + 1);
            if (inner is null || inner.Logit.HasTransform
                || Evaluator.Strip(inner.Logit.Base) is not IParameterReferenceOperation reference
                || !SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter)
                || evaluator.Index(returned).Writes(parameter).Count > 0)
            {
                return null;
            }

            string key = inner.Logit.Factor.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            if (resultKey is not null && resultKey != key)
            {
                return null;
            }

            resultKey = key;
            expRatio &= inner.IsExpRatio;
            result = new SigmoidMatch(inner.Logit.Substitute(Logit.Of(argument, sites)), expRatio, isFloat);
        }

        return result;
    }

    /// <summary>The values of the return statements of a body (not counting nested functions); empty when one returns nothing.</summary>
    public static List<IOperation> ReturnValues(IOperation body)
    {
        var values = new List<IOperation>();
        foreach (IOperation operation in Descendants(body))
        {
            if (operation is IReturnOperation { Kind: OperationKind.Return } ret)
            {
                if (ret.ReturnedValue is null)
                {
                    return new List<IOperation>();
                }

                values.Add(ret.ReturnedValue);
            }
        }

        return values;
    }

    /// <summary>The options of a method marked [Activation("sigmoid")] (any case), or null.</summary>
    public static ActivationOptions? ActivationSigmoid(IMethodSymbol method)
    {
        foreach (AttributeData attribute in (method.PartialDefinitionPart ?? method).GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == ActivationOptions.AttributeMetadataName)
            {
                ActivationOptions options = ActivationOptions.Read(attribute);
                return options.IsComplete && options.CanonicalKind == "sigmoid" && options.Clip >= 0 && options.Temperature > 0 ? options : null;
            }
        }

        return null;
    }

    /// <summary>The body of the one-parameter helper the invocation calls, when it is in this file.</summary>
    private static IOperation? HelperBody(IInvocationOperation invocation, Evaluator evaluator, out IParameterSymbol? parameter)
    {
        parameter = null;
        IMethodSymbol method = invocation.TargetMethod;
        IOperation? body = null;
        if (method.MethodKind == MethodKind.LocalFunction)
        {
            body = evaluator.Index(invocation).LocalFunctionBody(method.OriginalDefinition) ?? evaluator.Index(invocation).LocalFunctionBody(method);
            parameter = method.Parameters.Length == 1 ? method.OriginalDefinition.Parameters[0] : null;
        }
        else if (method.MethodKind == MethodKind.DelegateInvoke && invocation.Instance is not null)
        {
            switch (evaluator.Resolve(invocation.Instance))
            {
                case IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } when lambda.Symbol.Parameters.Length == 1:
                    body = lambda.Body;
                    parameter = lambda.Symbol.Parameters[0];
                    break;
                case IDelegateCreationOperation { Target: IMethodReferenceOperation reference }:
                    body = MethodBody(reference.Method, invocation);
                    parameter = reference.Method.Parameters.Length == 1 ? reference.Method.Parameters[0] : null;
                    break;
                case IFieldReferenceOperation { Field.IsReadOnly: true } field when FieldInitializer(field.Field, invocation) is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } && lambda.Symbol.Parameters.Length == 1:
                    body = lambda.Body;
                    parameter = lambda.Symbol.Parameters[0];
                    break;
            }
        }
        else if (method.MethodKind == MethodKind.Ordinary && method.Parameters.Length == 1)
        {
            body = MethodBody(method, invocation);
            parameter = method.OriginalDefinition.Parameters[0];
        }

        return body;
    }

    // The initializer of a field declared in this file (static readonly Func<double, double> Sigmoid = x => ...).
    private static IOperation? FieldInitializer(IFieldSymbol field, IOperation site)
    {
        SemanticModel? model = site.SemanticModel;
        foreach (SyntaxReference reference in field.DeclaringSyntaxReferences)
        {
            if (model is not null && reference.SyntaxTree == site.Syntax.SyntaxTree
                && reference.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax { Initializer: { } initializer }
                && model.GetOperation(initializer) is IFieldInitializerOperation operation)
            {
                return Evaluator.Strip(operation.Value);
            }
        }

        return null;
    }

    private static IOperation? MethodBody(IMethodSymbol method, IOperation site)
    {
        SemanticModel? model = site.SemanticModel;
        if (model is null || method.Parameters.Length != 1)
        {
            return null;
        }

        foreach (SyntaxReference reference in method.OriginalDefinition.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree != site.Syntax.SyntaxTree)
            {
                continue;
            }

            if (model.GetOperation(reference.GetSyntax()) is IMethodBodyOperation body)
            {
                return (IOperation?)body.BlockBody ?? body.ExpressionBody;
            }
        }

        return null;
    }

    /// <summary>The value of the only return statement of a body (not counting nested functions).</summary>
    public static IOperation? SingleReturnValue(IOperation body)
    {
        IOperation? value = null;
        foreach (IOperation operation in Descendants(body))
        {
            if (operation is IReturnOperation { Kind: OperationKind.Return } ret)
            {
                if (value is not null || ret.ReturnedValue is null)
                {
                    return null;
                }

                value = ret.ReturnedValue;
            }
        }

        return value;
    }

    /// <summary>Descendants, not entering lambdas and local functions.</summary>
    public static IEnumerable<IOperation> Descendants(IOperation root)
    {
        var stack = new Stack<IOperation>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            IOperation current = stack.Pop();
            yield return current;
            foreach (IOperation child in current.ChildOperations)
            {
                if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
                {
                    stack.Push(child);
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // Logarithm of a probability
    // ------------------------------------------------------------------------------------------

    /// <summary>
    /// log(p), log(1 − p) and their guarded spellings: log(p + ε), log(max(p, ε)),
    /// log(clamp(p, ε, 1 − ε)), log(1 − p + ε), log1p(−p), with p read through locals.
    /// </summary>
    public static LogProbability? TryLogProbability(IOperation operation, Evaluator evaluator)
    {
        if (!TryLog(operation, out IOperation argument, out bool plusOne))
        {
            return null;
        }

        return TryProbability(operation, argument, plusOne, evaluator, new List<IOperation> { operation });
    }

    /// <summary>The probability inside log(argument) (or log1p(argument) with <paramref name="plusOne"/>).</summary>
    public static LogProbability? TryProbability(IOperation operation, IOperation argument, bool plusOne, Evaluator evaluator, List<IOperation> sites)
    {
        double epsilon = 0;
        IOperation x = evaluator.Resolve(argument, sites);
        bool complement;
        if (plusOne)
        {
            // log1p(−p) = log(1 − p).
            if (x is not IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } minus)
            {
                return null;
            }

            complement = true;
            x = evaluator.Resolve(minus.Operand, sites);
        }
        else
        {
            epsilon = Math.Max(epsilon, StripGuards(ref x, evaluator, sites, complement: false));
            complement = x is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference && IsOne(difference.LeftOperand);
            if (complement)
            {
                x = evaluator.Resolve(((IBinaryOperation)x).RightOperand, sites);
            }
        }

        epsilon = Math.Max(epsilon, StripGuards(ref x, evaluator, sites, complement));
        if (!Evaluator.IsNumeric(x.Type) || Evaluator.TryConstant(x, out _))
        {
            return null;
        }

        return new LogProbability(Evaluator.Strip(operation), x, complement, epsilon, sites);
    }

    // Peels p + ε, ε + p, max(p, ε), min(p, 1 − ε), clamp(p, ε, 1 − ε); returns the ε that matters
    // for log(p) (complement false) or log(1 − p) (complement true), 1e-7 when it is not a constant.
    private static double StripGuards(ref IOperation x, Evaluator evaluator, List<IOperation> sites, bool complement)
    {
        double epsilon = 0;
        for (int i = 0; i < 6; i++)
        {
            if (x is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum)
            {
                // (1 − p) + ε is peeled here too (complement false), before 1 − p is recognized.
                if (IsSmallPositive(sum.RightOperand, evaluator, out double e) && !complement)
                {
                    epsilon = Math.Max(epsilon, e);
                    x = evaluator.Resolve(sum.LeftOperand, sites);
                    continue;
                }

                if (IsSmallPositive(sum.LeftOperand, evaluator, out e) && !complement)
                {
                    epsilon = Math.Max(epsilon, e);
                    x = evaluator.Resolve(sum.RightOperand, sites);
                    continue;
                }

                break;
            }

            if (TryMathCall(x, "Max", 2, out IInvocationOperation max))
            {
                if (IsSmallPositive(max.Arguments[1].Value, evaluator, out double e) || IsSmallPositive(max.Arguments[0].Value, evaluator, out e))
                {
                    epsilon = complement ? epsilon : Math.Max(epsilon, e);
                    x = evaluator.Resolve(IsSmallPositive(max.Arguments[1].Value, evaluator, out _) ? max.Arguments[0].Value : max.Arguments[1].Value, sites);
                    continue;
                }

                break;
            }

            if (TryMathCall(x, "Min", 2, out IInvocationOperation min))
            {
                if (IsNearOne(min.Arguments[1].Value, evaluator, out double e) || IsNearOne(min.Arguments[0].Value, evaluator, out e))
                {
                    epsilon = complement ? Math.Max(epsilon, e) : epsilon;
                    x = evaluator.Resolve(IsNearOne(min.Arguments[1].Value, evaluator, out _) ? min.Arguments[0].Value : min.Arguments[1].Value, sites);
                    continue;
                }

                break;
            }

            if (TryMathCall(x, "Clamp", 3, out IInvocationOperation clamp))
            {
                double low = IsSmallPositive(clamp.Arguments[1].Value, evaluator, out double l) ? l : 1e-7;
                double high = IsNearOne(clamp.Arguments[2].Value, evaluator, out double h) ? h : 1e-7;
                epsilon = Math.Max(epsilon, complement ? high : low);
                x = evaluator.Resolve(clamp.Arguments[0].Value, sites);
                continue;
            }

            break;
        }

        return epsilon;
    }

    private static bool IsSmallPositive(IOperation operation, Evaluator evaluator, out double value)
    {
        if (evaluator.TryBound(operation, out value))
        {
            return value > 0 && value <= 0.01;
        }

        // A named ε that is not a compile-time constant (static readonly double Eps = 1e-7).
        value = 1e-7;
        return Evaluator.Strip(operation) is IFieldReferenceOperation { Field.IsReadOnly: true } or ILocalReferenceOperation { Local.IsConst: false }
            && IsEpsilonName(Evaluator.Strip(operation));
    }

    // 1 − ε (as a constant or spelled out); value = ε.
    private static bool IsNearOne(IOperation operation, Evaluator evaluator, out double epsilon)
    {
        if (evaluator.TryBound(operation, out double value))
        {
            epsilon = 1 - value;
            return value < 1 && value >= 0.99;
        }

        epsilon = 1e-7;
        return evaluator.Resolve(operation) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference
            && IsOne(difference.LeftOperand) && IsSmallPositive(difference.RightOperand, evaluator, out epsilon);
    }

    private static bool IsEpsilonName(IOperation operation)
    {
        string name = operation switch
        {
            IFieldReferenceOperation field => field.Field.Name,
            ILocalReferenceOperation local => local.Local.Name,
            _ => string.Empty,
        };
        return name.IndexOf("eps", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("tiny", StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
