using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Activations.Analyzers.Numerics;

/// <summary>
/// The ACT1xxx rules. Each looks at one operation (the one that produces the wrong value: a
/// division, a log, a loss expression) and returns what to report and how to fix it. The
/// analyzer reports the findings; the code fix asks again for the finding at the diagnostic's
/// location and applies its plan, so the two never disagree.
/// </summary>
internal static class Rules
{
    public static IEnumerable<Finding> Analyze(IOperation operation, Evaluator evaluator)
    {
        var findings = new List<Finding>();
        switch (operation)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } division when IsFloating(division.Type):
                Add(findings, ExpRatioSigmoid(division, evaluator));
                Add(findings, SigmoidDerivativeFromExp(division, evaluator));
                Add(findings, TanhFromExp(division, evaluator));
                Add(findings, SoftmaxWithoutMax(division, division.LeftOperand, division.RightOperand, evaluator));
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product when IsFloating(product.Type):
                Add(findings, SigmoidTail(product, evaluator));
                Add(findings, CrossEntropy(product, evaluator));
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } sum when IsFloating(sum.Type):
                Add(findings, CrossEntropy(sum, evaluator));
                break;
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } negation when IsFloating(negation.Type):
                Add(findings, CrossEntropy(negation, evaluator));
                break;
            case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Divide } compound when IsFloating(compound.Type):
                Add(findings, SoftmaxWithoutMax(compound, compound.Target, compound.Value, evaluator));
                break;
            case IInvocationOperation invocation when IsFloating(invocation.Type):
                Add(findings, NaiveSoftplus(invocation, evaluator));
                Add(findings, LogOfSigmoid(invocation, evaluator));
                Add(findings, LogSumExpWithoutMax(invocation, evaluator));
                break;
        }

        return findings;
    }

    private static void Add(List<Finding> findings, Finding? finding)
    {
        if (finding is not null)
        {
            findings.Add(finding);
        }
    }

    private static bool IsFloating(ITypeSymbol? type) => type?.SpecialType is SpecialType.System_Double or SpecialType.System_Single;

    // ------------------------------------------------------------------------------------------
    // ACT1001: e^x / (1 + e^x)
    // ------------------------------------------------------------------------------------------

    private static Finding? ExpRatioSigmoid(IBinaryOperation division, Evaluator evaluator)
    {
        var sites = new List<IOperation> { division };
        if (Shapes.IsOne(division.LeftOperand)
            || !Shapes.TryOnePlusExp(division.RightOperand, evaluator, sites, out IOperation exponent, out bool isFloat)
            || evaluator.Key(exponent, inline: true) is not { } key)
        {
            return null;
        }

        // The numerator is e^x, or a product with one e^x factor (x·e^x / (1 + e^x) is SiLU).
        List<IOperation> factors = Factors(division.LeftOperand);
        int found = -1;
        IOperation? numerator = null;
        for (int i = 0; i < factors.Count; i++)
        {
            if (Shapes.TryExp(evaluator.Resolve(factors[i], sites), out IOperation argument, out _) && evaluator.Key(argument, inline: true) == key)
            {
                if (found >= 0)
                {
                    return null;
                }

                found = i;
                numerator = argument;
            }
        }

        if (numerator is null)
        {
            return null;
        }

        double limit = Shapes.ExpLimit(isFloat);
        Interval range = evaluator.Range(numerator, sites);
        if (!(range.Hi > limit))
        {
            return null;
        }

        Rx sigmoid = new RxCall(RuntimeClass.ActivationMath, "Sigmoid", new RxLogit(Logit.Of(numerator, sites)));
        Rx replacement = factors.Count == 1
            ? sigmoid
            : new RxProduct(factors.Select((f, i) => i == found ? sigmoid : new RxOperation(f)).ToArray());
        return new Finding(
            NumericsDescriptors.ExpRatioSigmoid,
            division,
            new FixPlan(division, replacement, "Use ActivationMath.Sigmoid"),
            Text(numerator),
            Limit(limit));
    }

    // ------------------------------------------------------------------------------------------
    // ACT1008: e^x / (1 + e^x)²
    // ------------------------------------------------------------------------------------------

    private static Finding? SigmoidDerivativeFromExp(IBinaryOperation division, Evaluator evaluator)
    {
        var sites = new List<IOperation> { division };
        IOperation denominator = evaluator.Resolve(division.RightOperand, sites);
        IOperation? square = null;
        if (denominator is IInvocationOperation { Arguments.Length: 2 } pow && Evaluator.IsMathFunction(pow.TargetMethod, "Pow")
            && Evaluator.IsConstant(pow.Arguments[1].Value, 2))
        {
            square = pow.Arguments[0].Value;
        }
        else if (denominator is IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product
            && evaluator.Key(product.LeftOperand, inline: true) is { } left && left == evaluator.Key(product.RightOperand, inline: true))
        {
            square = product.LeftOperand;
        }

        if (square is null
            || !Shapes.TryOnePlusExp(square, evaluator, sites, out IOperation exponent, out bool isFloat)
            || !Shapes.TryExp(evaluator.Resolve(division.LeftOperand, sites), out IOperation numerator, out _)
            || evaluator.Key(numerator, inline: true) is not { } key || key != evaluator.Key(exponent, inline: true))
        {
            return null;
        }

        // (1 + e^x)² overflows (the result becomes 0 instead of e^−x) at half the exp limit; NaN beyond it.
        double limit = Shapes.ExpLimit(isFloat) / 2;
        if (!(evaluator.Range(numerator, sites).Hi > limit))
        {
            return null;
        }

        return new Finding(
            NumericsDescriptors.SigmoidDerivativeFromExp,
            division,
            new FixPlan(division, new RxCall(RuntimeClass.ActivationMath, "SigmoidDerivative", new RxLogit(Logit.Of(numerator, sites))), "Use ActivationMath.SigmoidDerivative"),
            Text(numerator),
            Limit(limit));
    }

    // ------------------------------------------------------------------------------------------
    // ACT1004: tanh from exponentials
    // ------------------------------------------------------------------------------------------

    private static Finding? TanhFromExp(IBinaryOperation division, Evaluator evaluator)
    {
        var sites = new List<IOperation> { division };
        IOperation numerator = evaluator.Resolve(division.LeftOperand, sites);
        IOperation denominator = evaluator.Resolve(division.RightOperand, sites);
        Logit? argument = null;
        string condition = string.Empty;

        // sinh(x) / cosh(x)
        if (numerator is IInvocationOperation { Arguments.Length: 1 } sinh && Evaluator.IsMathFunction(sinh.TargetMethod, "Sinh")
            && denominator is IInvocationOperation { Arguments.Length: 1 } cosh && Evaluator.IsMathFunction(cosh.TargetMethod, "Cosh")
            && evaluator.Key(sinh.Arguments[0].Value, inline: true) is { } s && s == evaluator.Key(cosh.Arguments[0].Value, inline: true))
        {
            double limit = Evaluator.IsFloat(sinh.Type) ? 89.41599 : 710.4758600739439;
            Interval range = evaluator.Range(sinh.Arguments[0].Value, sites);
            if (!(range.Hi > limit || range.Lo < -limit))
            {
                return null;
            }

            argument = Logit.Of(sinh.Arguments[0].Value, sites);
            condition = "|" + Text(sinh.Arguments[0].Value) + "| > " + Limit(limit);
        }
        else if (numerator is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference
            && denominator is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum)
        {
            IOperation p = evaluator.Resolve(difference.LeftOperand, sites);
            IOperation q = evaluator.Resolve(difference.RightOperand, sites);
            IOperation x = evaluator.Resolve(sum.LeftOperand, sites);
            IOperation y = evaluator.Resolve(sum.RightOperand, sites);
            string? kp = Part(p, evaluator, out IOperation? ap, out bool fp);
            string? kq = Part(q, evaluator, out IOperation? aq, out bool fq);
            string? kx = Part(x, evaluator, out _, out _);
            string? ky = Part(y, evaluator, out _, out _);
            if (kp is null || kq is null || kx is null || ky is null || !((kx == kp && ky == kq) || (kx == kq && ky == kp)))
            {
                return null;
            }

            double limit = Shapes.ExpLimit(fp || fq);
            if (ap is not null && aq is not null)
            {
                // (e^a − e^b) / (e^a + e^b) with b = −a: tanh(a).
                if (evaluator.NegatedKey(ap, inline: true) != evaluator.Key(aq, inline: true))
                {
                    return null;
                }

                Interval range = evaluator.Range(ap, sites);
                if (!(range.Hi > limit || range.Lo < -limit))
                {
                    return null;
                }

                argument = Logit.Of(ap, sites);
                condition = "|" + Text(ap) + "| > " + Limit(limit);
            }
            else if (ap is not null && kq == "#1")
            {
                // (e^u − 1) / (e^u + 1) = tanh(u / 2).
                if (!(evaluator.Range(ap, sites).Hi > limit))
                {
                    return null;
                }

                argument = Logit.Of(ap, sites).Scale(0.5);
                condition = Text(ap) + " > " + Limit(limit);
            }
            else if (aq is not null && kp == "#1")
            {
                // (1 − e^u) / (1 + e^u) = tanh(−u / 2).
                if (!(evaluator.Range(aq, sites).Hi > limit))
                {
                    return null;
                }

                argument = Logit.Of(aq, sites).Negate().Scale(0.5);
                condition = Text(aq) + " > " + Limit(limit);
            }
        }

        if (argument is null)
        {
            return null;
        }

        string function = Evaluator.IsFloat(division.Type) ? "MathF.Tanh" : "Math.Tanh";
        return new Finding(
            NumericsDescriptors.TanhFromExp,
            division,
            new FixPlan(division, new RxCall(RuntimeClass.Math, "Tanh", new RxLogit(argument)), "Use " + function),
            condition,
            function);
    }

    // The key of one side of a tanh ratio: e^a (its argument returned) or the constant 1.
    private static string? Part(IOperation operation, Evaluator evaluator, out IOperation? exponent, out bool isFloat)
    {
        exponent = null;
        isFloat = false;
        if (Shapes.IsOne(operation))
        {
            return "#1";
        }

        if (Shapes.TryExp(operation, out IOperation argument, out isFloat) && evaluator.Key(argument, inline: true) is { } key)
        {
            exponent = argument;
            return "exp:" + key;
        }

        return null;
    }

    // ------------------------------------------------------------------------------------------
    // ACT1002: log(1 + e^x)
    // ------------------------------------------------------------------------------------------

    private static Finding? NaiveSoftplus(IInvocationOperation invocation, Evaluator evaluator)
    {
        if (!Shapes.TryLog(invocation, out IOperation argument, out bool plusOne))
        {
            return null;
        }

        var sites = new List<IOperation> { invocation };
        IOperation exponent;
        bool isFloat;
        if (plusOne)
        {
            if (!Shapes.TryExp(evaluator.Resolve(argument, sites), out exponent, out isFloat))
            {
                return null;
            }
        }
        else if (!Shapes.TryOnePlusExp(argument, evaluator, sites, out exponent, out isFloat))
        {
            return null;
        }

        double limit = Shapes.ExpLimit(isFloat);
        if (!(evaluator.Range(exponent, sites).Hi > limit))
        {
            return null;
        }

        return new Finding(
            NumericsDescriptors.NaiveSoftplus,
            invocation,
            new FixPlan(invocation, new RxCall(RuntimeClass.ActivationMath, "Softplus", new RxLogit(Logit.Of(exponent, sites))), "Use ActivationMath.Softplus"),
            Text(exponent),
            Limit(limit));
    }

    // ------------------------------------------------------------------------------------------
    // ACT1003: log(σ(z)), log(1 − σ(z))
    // ------------------------------------------------------------------------------------------

    private static Finding? LogOfSigmoid(IInvocationOperation invocation, Evaluator evaluator)
    {
        if (Shapes.TryLogProbability(invocation, evaluator) is not { } log)
        {
            return LogOfConditionalSigmoid(invocation, evaluator);
        }

        var sites = log.Sites.ToList();
        if (Shapes.TrySigmoid(log.Probability, evaluator, sites) is not { } sigmoid)
        {
            return log.Probability is IConditionalOperation ? LogOfConditionalSigmoid(invocation, evaluator) : null;
        }

        if (TailFailure(log, sigmoid, evaluator) is not { } failure
            || IsPartOfCrossEntropy(invocation, evaluator))
        {
            return null;
        }

        Logit logit = log.Complement ? sigmoid.Logit.Negate() : sigmoid.Logit;
        string written = log.Complement ? "log(1 − σ(" + Text(sigmoid.Logit) + "))" : "log(σ(" + Text(sigmoid.Logit) + "))";
        return new Finding(
            NumericsDescriptors.LogOfSigmoid,
            invocation,
            new FixPlan(invocation, new RxCall(RuntimeClass.ActivationMath, "LogSigmoid", new RxLogit(logit)), "Use ActivationMath.LogSigmoid"),
            written,
            failure,
            Text(logit));
    }

    // log(c ? p : 1 − p) with p = σ(z) (the focal loss's p_t): c ? LogSigmoid(z) : LogSigmoid(−z).
    private static Finding? LogOfConditionalSigmoid(IInvocationOperation invocation, Evaluator evaluator)
    {
        var sites = new List<IOperation> { invocation };
        if (!Shapes.TryLog(invocation, out IOperation argument, out bool plusOne) || plusOne
            || evaluator.Resolve(argument, sites) is not IConditionalOperation { WhenFalse: { } whenFalse } conditional
            || conditional.Type is null)
        {
            return null;
        }

        var logits = new List<Logit>();
        var failures = new List<string>();
        foreach (IOperation branch in new[] { conditional.WhenTrue, whenFalse })
        {
            var branchSites = new List<IOperation>(sites);
            if (Shapes.TryProbability(invocation, branch, false, evaluator, branchSites) is not { } log
                || Shapes.TrySigmoid(log.Probability, evaluator, branchSites) is not { } sigmoid)
            {
                return null;
            }

            if (TailFailure(log, sigmoid, evaluator) is { } failure)
            {
                failures.Add(failure);
            }

            logits.Add(log.Complement ? sigmoid.Logit.Negate() : sigmoid.Logit);
        }

        if (failures.Count == 0)
        {
            return null;
        }

        Rx replacement = new RxConditional(
            conditional.Condition,
            new RxCall(RuntimeClass.ActivationMath, "LogSigmoid", new RxLogit(logits[0])),
            new RxCall(RuntimeClass.ActivationMath, "LogSigmoid", new RxLogit(logits[1])));
        return new Finding(
            NumericsDescriptors.LogOfSigmoid,
            invocation,
            new FixPlan(invocation, replacement, "Use ActivationMath.LogSigmoid"),
            "log(" + Text(conditional) + ")",
            failures[0],
            Text(logits[0]) + " or " + Text(logits[1]));
    }

    /// <summary>Where log(σ(z)) or log(1 − σ(z)) goes wrong for the logit's range, or null when it cannot.</summary>
    private static string? TailFailure(LogProbability log, SigmoidMatch sigmoid, Evaluator evaluator)
    {
        Interval range = sigmoid.Logit.Range(evaluator);
        double limit = log.Complement ? Shapes.ComplementLimit(sigmoid.IsFloat) : Shapes.SigmoidLowLimit(sigmoid.IsFloat);
        if (log.Epsilon > 0)
        {
            limit = Math.Min(limit, -Math.Log(log.Epsilon));
        }

        if (log.Complement ? range.Hi > limit : range.Lo < -limit)
        {
            return Text(sigmoid.Logit) + (log.Complement ? " > " : " < −") + Limit(limit);
        }

        return null;
    }

    // ------------------------------------------------------------------------------------------
    // ACT1009: σ·(1 − σ)
    // ------------------------------------------------------------------------------------------

    private static Finding? SigmoidTail(IBinaryOperation product, Evaluator evaluator)
    {
        // The whole product (s · (1 − s) may sit among other factors: 2 · (1 − s) · s).
        IOperation? parent = product.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        if (parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply })
        {
            return null;
        }

        List<IOperation> factors = Factors(product);
        for (int i = 0; i < factors.Count; i++)
        {
            var sites = new List<IOperation> { product };
            if (evaluator.Resolve(factors[i], sites) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } complement
                || !Shapes.IsOne(complement.LeftOperand)
                || evaluator.Key(complement.RightOperand, inline: true) is not { } key)
            {
                continue;
            }

            for (int j = 0; j < factors.Count; j++)
            {
                if (j == i || evaluator.Key(factors[j], inline: true) != key || Shapes.TrySigmoid(factors[j], evaluator, sites) is not { } sigmoid)
                {
                    continue;
                }

                double limit = Shapes.ComplementLimit(sigmoid.IsFloat);
                if (!(sigmoid.Logit.Range(evaluator).Hi > limit))
                {
                    return null;
                }

                Rx derivative = new RxCall(RuntimeClass.ActivationMath, "SigmoidDerivative", new RxLogit(sigmoid.Logit));
                var rest = factors.Where((_, k) => k != i && k != j).Select(f => (Rx)new RxOperation(f)).ToList();
                rest.Add(derivative);
                return new Finding(
                    NumericsDescriptors.SigmoidDerivativeLosesTail,
                    product,
                    new FixPlan(product, rest.Count == 1 ? derivative : new RxProduct(rest), "Use ActivationMath.SigmoidDerivative"),
                    Text(sigmoid.Logit),
                    Limit(limit));
            }
        }

        return null;
    }

    // ------------------------------------------------------------------------------------------
    // ACT1005 / ACT1006: binary cross-entropy on probabilities
    // ------------------------------------------------------------------------------------------

    /// <summary>t·log(p) + (1 − t)·log(1 − p) (any sign, order, weight on the first term) inside a sum.</summary>
    internal sealed class CrossEntropyMatch
    {
        public CrossEntropyMatch(IOperation root, bool negative, IOperation target, IReadOnlyList<IOperation> weight, LogProbability positive, LogProbability complement, IReadOnlyList<(bool Negative, IOperation Term)> rest)
        {
            Root = root;
            Negative = negative;
            Target = target;
            Weight = weight;
            Positive = positive;
            Complement = complement;
            Rest = rest;
        }

        public IOperation Root { get; }

        /// <summary>The two terms are subtracted: the expression is the loss, not the log-likelihood.</summary>
        public bool Negative { get; }

        public IOperation Target { get; }

        public IReadOnlyList<IOperation> Weight { get; }

        public LogProbability Positive { get; }

        public LogProbability Complement { get; }

        public IReadOnlyList<(bool Negative, IOperation Term)> Rest { get; }
    }

    private static Finding? CrossEntropy(IOperation root, Evaluator evaluator)
    {
        if (!IsSumRoot(root) || MatchCrossEntropy(root, evaluator) is not { } match)
        {
            return null;
        }

        var sites = match.Positive.Sites.ToList();
        SigmoidMatch? sigmoid = Shapes.TrySigmoid(match.Positive.Probability, evaluator, sites);
        if (sigmoid is null)
        {
            return new Finding(NumericsDescriptors.CrossEntropyOnProbabilities, root, null, Text(match.Positive.Probability));
        }

        if (TailFailure(match.Positive, sigmoid, evaluator) is null && TailFailure(match.Complement, sigmoid, evaluator) is null)
        {
            return null;
        }

        var arguments = new List<Rx> { new RxLogit(sigmoid.Logit), new RxOperation(match.Target) };
        if (match.Weight.Count > 0)
        {
            arguments.Add(match.Weight.Count == 1 ? new RxOperation(match.Weight[0]) : new RxProduct(match.Weight.Select(w => (Rx)new RxOperation(w)).ToArray()));
        }

        Rx loss = new RxCall(RuntimeClass.Losses, "BinaryCrossEntropyWithLogits", arguments.ToArray());
        Rx replacement;
        if (match.Rest.Count == 0)
        {
            replacement = match.Negative ? loss : new RxNegate(loss);
        }
        else
        {
            var terms = match.Rest.Select(t => (t.Negative, (Rx)new RxOperation(t.Term))).ToList();
            terms.Add((!match.Negative, loss));
            replacement = new RxSum(terms);
        }

        return new Finding(
            NumericsDescriptors.CrossEntropyOnSigmoid,
            root,
            new FixPlan(root, replacement, "Use Losses.BinaryCrossEntropyWithLogits"),
            Text(sigmoid.Logit),
            Text(match.Target));
    }

    /// <summary>A sum (+, −, unary −, ·(−1)) that is not itself a term of a larger sum.</summary>
    internal static bool IsSumRoot(IOperation operation)
    {
        if (!IsSumNode(operation))
        {
            return false;
        }

        IOperation? parent = operation.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent is null || !IsSumNode(parent);
    }

    private static bool IsSumNode(IOperation operation) => operation switch
    {
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } binary => IsFloating(binary.Type),
        IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } unary => IsFloating(unary.Type) && !Evaluator.TryConstant(unary, out _),
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product => IsFloating(product.Type)
            && (Evaluator.IsConstant(product.LeftOperand, -1) || Evaluator.IsConstant(product.RightOperand, -1)),
        _ => false,
    };

    internal static CrossEntropyMatch? MatchCrossEntropy(IOperation root, Evaluator evaluator)
    {
        var terms = new List<(bool Negative, IOperation Term)>();
        FlattenSum(root, false, terms);
        if (terms.Count < 2)
        {
            return null;
        }

        // Each term: ±coefficients · log(p or 1 − p).
        var logs = new (bool Negative, List<IOperation> Coefficients, LogProbability? Log)[terms.Count];
        for (int i = 0; i < terms.Count; i++)
        {
            bool negative = terms[i].Negative;
            var factors = new List<IOperation>();
            FlattenProduct(terms[i].Term, ref negative, factors);
            LogProbability? log = null;
            int logIndex = -1;
            for (int j = 0; j < factors.Count; j++)
            {
                if (Shapes.TryLogProbability(evaluator.Resolve(factors[j]), evaluator) is { } candidate)
                {
                    if (log is not null)
                    {
                        log = null;
                        break;
                    }

                    log = candidate;
                    logIndex = j;
                }
            }

            if (log is not null)
            {
                factors.RemoveAt(logIndex);
            }

            logs[i] = (negative, factors, log);
        }

        if (!logs.Any(l => l.Log is { Complement: true }) || !logs.Any(l => l.Log is { Complement: false }))
        {
            return null;
        }

        for (int i = 0; i < terms.Count; i++)
        {
            if (logs[i].Log is not { Complement: false } positive || evaluator.Key(positive.Probability, inline: true) is not { } probability)
            {
                continue;
            }

            for (int j = 0; j < terms.Count; j++)
            {
                if (i == j || logs[j].Log is not { Complement: true } complement || logs[i].Negative != logs[j].Negative
                    || evaluator.Key(complement.Probability, inline: true) != probability)
                {
                    continue;
                }

                if (!TryTarget(logs[i].Coefficients, logs[j].Coefficients, evaluator, out IOperation? target, out List<IOperation> weight)
                    || evaluator.Key(target!, inline: true) == probability)
                {
                    continue;
                }

                var rest = terms.Where((_, k) => k != i && k != j).ToList();
                return new CrossEntropyMatch(root, logs[i].Negative, target!, weight, positive, complement, rest);
            }
        }

        return null;
    }

    // t·w (for log p) and 1 − t (for log(1 − p)): target t, weight w. Or 1 − t and t: target 1 − t.
    private static bool TryTarget(List<IOperation> positive, List<IOperation> complement, Evaluator evaluator, out IOperation? target, out List<IOperation> weight)
    {
        target = null;
        weight = new List<IOperation>();
        if (complement.Count == 1
            && evaluator.Resolve(complement[0]) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } oneMinus
            && Shapes.IsOne(oneMinus.LeftOperand)
            && evaluator.Key(oneMinus.RightOperand, inline: true) is { } t)
        {
            for (int i = 0; i < positive.Count; i++)
            {
                if (evaluator.Key(positive[i], inline: true) == t)
                {
                    target = positive[i];
                    weight = positive.Where((_, k) => k != i).ToList();
                    return true;
                }
            }
        }

        if (positive.Count == 1 && complement.Count == 1
            && evaluator.Resolve(positive[0]) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } flipped
            && Shapes.IsOne(flipped.LeftOperand)
            && evaluator.Key(flipped.RightOperand, inline: true) is { } u && u == evaluator.Key(complement[0], inline: true))
        {
            target = positive[0];
            return true;
        }

        return false;
    }

    private static void FlattenSum(IOperation operation, bool negative, List<(bool Negative, IOperation Term)> terms, int depth = 0)
    {
        IOperation stripped = Evaluator.Strip(operation);
        if (depth > 64)
        {
            terms.Add((negative, operation));
            return;
        }

        switch (stripped)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum when IsFloating(sum.Type) || Evaluator.IsNumeric(sum.Type):
                FlattenSum(sum.LeftOperand, negative, terms, depth + 1);
                FlattenSum(sum.RightOperand, negative, terms, depth + 1);
                return;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference when Evaluator.IsNumeric(difference.Type):
                FlattenSum(difference.LeftOperand, negative, terms, depth + 1);
                FlattenSum(difference.RightOperand, !negative, terms, depth + 1);
                return;
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } minus when !Evaluator.TryConstant(minus, out _):
                FlattenSum(minus.Operand, !negative, terms, depth + 1);
                return;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product when Evaluator.IsConstant(product.LeftOperand, -1):
                FlattenSum(product.RightOperand, !negative, terms, depth + 1);
                return;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product when Evaluator.IsConstant(product.RightOperand, -1):
                FlattenSum(product.LeftOperand, !negative, terms, depth + 1);
                return;
            default:
                terms.Add((negative, operation));
                return;
        }
    }

    private static void FlattenProduct(IOperation operation, ref bool negative, List<IOperation> factors, int depth = 0)
    {
        IOperation stripped = Evaluator.Strip(operation);
        if (depth > 64)
        {
            factors.Add(operation);
            return;
        }

        switch (stripped)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product:
                FlattenProduct(product.LeftOperand, ref negative, factors, depth + 1);
                FlattenProduct(product.RightOperand, ref negative, factors, depth + 1);
                return;
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } minus when !Evaluator.TryConstant(minus, out _):
                negative = !negative;
                FlattenProduct(minus.Operand, ref negative, factors, depth + 1);
                return;
            default:
                if (Evaluator.IsConstant(stripped, -1))
                {
                    negative = !negative;
                    return;
                }

                factors.Add(operation);
                return;
        }
    }

    /// <summary>Factors of a product (conversions skipped), for the numerator of e^x / (1 + e^x).</summary>
    private static List<IOperation> Factors(IOperation operation)
    {
        var factors = new List<IOperation>();
        void Walk(IOperation o, int depth)
        {
            if (depth < 64 && Evaluator.Strip(o) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product)
            {
                Walk(product.LeftOperand, depth + 1);
                Walk(product.RightOperand, depth + 1);
            }
            else
            {
                factors.Add(o);
            }
        }

        Walk(operation, 0);
        return factors;
    }

    /// <summary>
    /// True when the log is one of the two logs of a cross-entropy (reported as ACT1005/ACT1006
    /// on the whole loss instead), directly or through the local it is stored in.
    /// </summary>
    private static bool IsPartOfCrossEntropy(IOperation log, Evaluator evaluator)
    {
        var starts = new List<IOperation> { log };
        IOperation? holder = log.Parent;
        while (holder is IConversionOperation)
        {
            holder = holder.Parent;
        }

        ILocalSymbol? local = holder switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } => target.Local,
            _ => null,
        };
        if (local is not null)
        {
            FlowIndex index = evaluator.Index(log);
            foreach (ILocalReferenceOperation read in index.Reads(local))
            {
                if (index.Definition(read) is not null)
                {
                    starts.Add(read);
                }
            }
        }

        foreach (IOperation start in starts)
        {
            for (IOperation? current = start.Parent; current is IConversionOperation or IBinaryOperation or IUnaryOperation; current = current.Parent)
            {
                if (IsSumRoot(current) && MatchCrossEntropy(current, evaluator) is { } match
                    && (ReferenceEquals(match.Positive.Log, Evaluator.Strip(log)) || ReferenceEquals(match.Complement.Log, Evaluator.Strip(log))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // ------------------------------------------------------------------------------------------
    // ACT1007: softmax without the max
    // ------------------------------------------------------------------------------------------

    private static Finding? SoftmaxWithoutMax(IOperation division, IOperation numerator, IOperation denominator, Evaluator evaluator)
    {
        var sites = new List<IOperation> { division };
        if (!IsExpSum(denominator, evaluator, sites, 0) || !IsExpTerm(numerator, evaluator, sites, out bool isFloat))
        {
            return null;
        }

        return new Finding(NumericsDescriptors.SoftmaxWithoutMax, division, null, "This softmax", Limit(Shapes.ExpLimit(isFloat)));
    }

    // log(Σ e^x) with unshifted exponents: +∞ once one of them overflows.
    private static Finding? LogSumExpWithoutMax(IInvocationOperation invocation, Evaluator evaluator)
    {
        if (!Shapes.TryLog(invocation, out IOperation argument, out bool plusOne) || plusOne)
        {
            return null;
        }

        var sites = new List<IOperation> { invocation };
        bool isFloat = Evaluator.IsFloat(invocation.Type);
        return IsExpSum(argument, evaluator, sites, 0)
            ? new Finding(NumericsDescriptors.SoftmaxWithoutMax, invocation, null, "This log-sum-exp", Limit(Shapes.ExpLimit(isFloat)))
            : null;
    }

    // e^x with x unbounded and not shifted (x − m), an element of a collection of those, or the
    // parameter of a Select lambda over one.
    private static bool IsExpTerm(IOperation operation, Evaluator evaluator, List<IOperation> sites, out bool isFloat)
    {
        isFloat = false;
        IOperation stripped = Evaluator.Strip(operation);
        if (stripped is IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } lambda })
        {
            for (IOperation? current = stripped.Parent; current is not null; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation function && SymbolEqualityComparer.Default.Equals(function.Symbol, lambda))
                {
                    return function.Parent is IDelegateCreationOperation { Parent: IArgumentOperation { Parent: IInvocationOperation select } }
                        && select.TargetMethod.Name == "Select" && Receiver(select) is { } source && IsExpCollection(source, evaluator, 0);
                }
            }

            return false;
        }

        IOperation resolved = evaluator.Resolve(operation, sites);
        if (Shapes.TryExp(resolved, out IOperation argument, out isFloat))
        {
            return Unshifted(argument, isFloat, evaluator, sites);
        }

        return resolved switch
        {
            IArrayElementReferenceOperation element => IsExpCollection(element.ArrayReference, evaluator, 0),
            IPropertyReferenceOperation { Arguments.Length: 1, Instance: { } list } => IsExpCollection(list, evaluator, 0),
            _ => false,
        };
    }

    // Conversions of any kind (an array passed as IEnumerable<double>).
    private static IOperation StripAll(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    // a[i] = a[i] / sum normalizes in place: not one of the values that fill the array.
    private static bool ReadsLocal(IOperation value, ILocalSymbol local)
        => value.DescendantsAndSelf().Any(o => o is ILocalReferenceOperation read && SymbolEqualityComparer.Default.Equals(read.Local, local));

    private static bool Unshifted(IOperation argument, bool isFloat, Evaluator evaluator, IEnumerable<IOperation> sites)
        => Evaluator.Strip(argument) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract }
            && evaluator.Range(argument, sites).Hi > Shapes.ExpLimit(isFloat);

    private static IOperation? Receiver(IInvocationOperation invocation)
        => invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);

    // A collection whose elements are unshifted exponentials: xs.Select(Math.Exp), xs.Select(v => Math.Exp(v)),
    // (ToArray/ToList of those), or an array whose element assignments are all e^x.
    private static bool IsExpCollection(IOperation operation, Evaluator evaluator, int depth)
    {
        if (depth > 4)
        {
            return false;
        }

        IOperation stripped = StripAll(operation);
        if (stripped is ILocalReferenceOperation local)
        {
            FlowIndex index = evaluator.Index(local);
            int exps = 0;
            foreach (ISimpleAssignmentOperation write in index.ElementWrites)
            {
                IOperation? collection = write.Target switch
                {
                    IArrayElementReferenceOperation element => element.ArrayReference,
                    IPropertyReferenceOperation indexer => indexer.Instance,
                    _ => null,
                };
                if (collection is not null && StripAll(collection) is ILocalReferenceOperation target && SymbolEqualityComparer.Default.Equals(target.Local, local.Local)
                    && !ReadsLocal(write.Value, local.Local))
                {
                    var sites = new List<IOperation> { write };
                    if (!Shapes.TryExp(evaluator.Resolve(write.Value, sites), out IOperation argument, out bool isFloat) || !Unshifted(argument, isFloat, evaluator, sites))
                    {
                        return false;
                    }

                    exps++;
                }
            }

            if (exps > 0)
            {
                return true;
            }
        }

        IOperation resolved = StripAll(evaluator.Resolve(stripped));
        if (resolved is not IInvocationOperation invocation)
        {
            return false;
        }

        switch (invocation.TargetMethod.Name)
        {
            case "ToArray" or "ToList" when Receiver(invocation) is { } source:
                return IsExpCollection(source, evaluator, depth + 1);
            case "Select" when invocation.Arguments.Length >= 1:
                return IsExpSelector(invocation.Arguments[invocation.Arguments.Length - 1].Value, evaluator);
            default:
                return false;
        }
    }

    // Math.Exp as a method group, or v => Math.Exp(v) (unshifted).
    private static bool IsExpSelector(IOperation selector, Evaluator evaluator)
    {
        switch (Evaluator.Strip(selector))
        {
            case IDelegateCreationOperation { Target: IMethodReferenceOperation reference }:
                return Evaluator.IsMathFunction(reference.Method, "Exp");
            case IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda }:
                if (Shapes.SingleReturnValue(lambda.Body) is not { } value)
                {
                    return false;
                }

                var sites = new List<IOperation> { value };
                return Shapes.TryExp(evaluator.Resolve(value, sites), out IOperation argument, out bool isFloat) && Unshifted(argument, isFloat, evaluator, sites);
            default:
                return false;
        }
    }

    // Σ e^x: a local accumulated with += e^x (or exp-collection elements), or Sum() over an exp
    // collection, or xs.Sum(v => Math.Exp(v)).
    private static bool IsExpSum(IOperation operation, Evaluator evaluator, List<IOperation> sites, int depth)
    {
        IOperation stripped = Evaluator.Strip(operation);
        if (stripped is ILocalReferenceOperation local)
        {
            FlowIndex index = evaluator.Index(local);
            IReadOnlyList<Write> writes = index.Writes(local.Local);
            if (writes.Count == 1 && writes[0].Value is { } value)
            {
                return IsExpSumValue(value, evaluator, depth);
            }

            int accumulated = 0;
            foreach (Write write in writes)
            {
                switch (write.Operation)
                {
                    case IVariableDeclaratorOperation when write.Value is not null && Evaluator.IsConstant(write.Value, 0):
                    case ISimpleAssignmentOperation when write.Value is not null && Evaluator.IsConstant(write.Value, 0):
                        break;
                    case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } compound
                        when IsExpTerm(compound.Value, evaluator, new List<IOperation> { compound }, out _):
                        accumulated++;
                        break;
                    default:
                        return false;
                }
            }

            return accumulated > 0;
        }

        if (IsExpSumValue(stripped, evaluator, depth))
        {
            return true;
        }

        // e^a + e^b (+ ...), every exponent unshifted (the two-class softmax e^a / (e^a + e^b)).
        var terms = new List<(bool Negative, IOperation Term)>();
        FlattenSum(evaluator.Resolve(operation, sites), false, terms);
        return terms.Count >= 2 && terms.All(t =>
            !t.Negative
            && Shapes.TryExp(evaluator.Resolve(t.Term, sites), out IOperation exponent, out bool f)
            && Unshifted(exponent, f, evaluator, sites));
    }

    private static bool IsExpSumValue(IOperation value, Evaluator evaluator, int depth)
    {
        if (depth > 4 || StripAll(evaluator.Resolve(value)) is not IInvocationOperation { TargetMethod.Name: "Sum" } sum)
        {
            return false;
        }

        if (sum.Arguments.Length >= 2 || (sum.Instance is not null && sum.Arguments.Length == 1))
        {
            return IsExpSelector(sum.Arguments[sum.Arguments.Length - 1].Value, evaluator);
        }

        return Receiver(sum) is { } source && IsExpCollection(source, evaluator, depth + 1);
    }

    // ------------------------------------------------------------------------------------------
    // Message text
    // ------------------------------------------------------------------------------------------

    private static string Limit(double limit) => limit.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Text(IOperation operation)
    {
        string text = Evaluator.Strip(operation).Syntax.ToString();
        text = string.Join(" ", text.Split(new[] { ' ', '\r', '\n', '\t' }, StringSplitOptions.RemoveEmptyEntries));
        return text.Length > 48 ? text.Substring(0, 45) + "..." : text;
    }

    private static string Text(Logit logit)
    {
        string text = Text(logit.Base);
        bool simple = Evaluator.Strip(logit.Base) is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation or IInvocationOperation or IArrayElementReferenceOperation;
        string wrapped = simple ? text : "(" + text + ")";
        double factor = logit.Factor * (logit.HasTransform ? 1 : logit.Sign);
        string result = factor switch
        {
            1 => text,
            -1 => "-" + wrapped,
            0.5 => wrapped + " / 2",
            -0.5 => "-" + wrapped + " / 2",
            _ => factor.ToString("R", CultureInfo.InvariantCulture) + " * " + wrapped,
        };
        if (logit.HasTransform)
        {
            result = (logit.Clip > 0 ? "clamp(" + result + ")" : result) + (logit.Temperature != 1 ? " / " + logit.Temperature.ToString("R", CultureInfo.InvariantCulture) : string.Empty);
            result = logit.Sign < 0 ? "-(" + result + ")" : result;
        }

        return result;
    }
}
