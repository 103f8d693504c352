using System.Globalization;
using Activations.Generator.Ir;
using Activations.Generator.Model;

namespace Activations.Generator.Kinds;

/// <summary>
/// Every built-in kind of CONTRACT.md as a formula in the IR: this file is where a kind is defined.
/// The emitters never special-case a kind; its derivative comes from <see cref="Differentiator"/>.
/// </summary>
internal static class BuiltInKinds
{
    // 2·√(2/π): gelu_tanh's tanh argument doubled, as σ(2v) = (1 + tanh v) / 2.
    private const double GeluTanhScale = 1.5957691216057307117597842397375;

    /// <summary>
    /// The kind's formula f over <see cref="Variable.X"/> with its parameters resolved, or null
    /// when the kind is not (yet) built in.
    /// </summary>
    public static KindFormula? Get(string canonicalKind, ActivationOptions options)
    {
        Expr x = Variable.X;
        bool fast = options.Fast;
        switch (canonicalKind)
        {
            case "sigmoid":
                return new("the logistic sigmoid, σ(x) = 1 / (1 + e^−x)", Sigmoid(x, fast));

            case "log_sigmoid":
                return new("the log-sigmoid, ln σ(x) = −softplus(−x)", new Call(Primitive.LogSigmoid, x));

            case "hard_sigmoid":
                // relu6(x + 3) / 6; the derivative is 0 at ±3, as PyTorch's.
                return new(
                    "the hard sigmoid, relu6(x + 3) / 6",
                    new Select(new Condition(ConditionOp.LessOrEqual, x, -3), 0, new Select(new Condition(ConditionOp.GreaterOrEqual, x, 3), 1, (x + 3) / 6)));

            case "relu":
                // "x <= 0 ? 0 : x" lets NaN through and gives PyTorch's derivative 0 at 0.
                return new("the rectified linear unit, max(0, x)", new Select(new Condition(ConditionOp.LessOrEqual, x, 0), 0, x));

            case "leaky_relu":
            {
                double alpha = Or(options.Alpha, 0.01);
                return new(
                    "the leaky ReLU, x if x > 0 else " + Format(alpha) + "·x",
                    new Select(new Condition(ConditionOp.Greater, x, 0), x, alpha * x));
            }

            case "elu":
            {
                double alpha = Or(options.Alpha, 1.0);
                return new(
                    "the exponential linear unit, x if x > 0 else " + Format(alpha) + "·(e^x − 1)",
                    new Select(new Condition(ConditionOp.Greater, x, 0), x, alpha * new Call(Primitive.Expm1, x)));
            }

            case "selu":
                return new(
                    "the scaled exponential linear unit, λ·(x if x > 0 else α·(e^x − 1)) with PyTorch's λ and α",
                    new Call(Primitive.Selu, x));

            case "silu":
            {
                double beta = Or(options.Beta, 1.0);
                string description = "the sigmoid-weighted linear unit (swish), x·σ(" + (beta == 1 ? "x" : Format(beta) + "·x") + ")";
                if (!fast && beta == 1)
                {
                    return new(description, new Call(Primitive.Silu, x));
                }

                if (!fast && beta != 0)
                {
                    // x·σ(βx) = silu(βx)/β, whose derivative is silu'(βx) itself.
                    Variable u = Defined.Parameter;
                    return new(description, new Defined("silu", x, new Call(Primitive.Silu, beta * u) / beta, new Call(Primitive.SiluDerivative, beta * u)));
                }

                Expr gate = Sigmoid(beta == 1 ? Defined.Parameter : beta * Defined.Parameter, fast);
                return new(description, GatedLinear("silu", x, gate, beta > 0 ? -800 / beta : double.NegativeInfinity, beta > 0 ? 50 / beta : double.PositiveInfinity));
            }

            case "softplus":
            {
                double beta = Or(options.Beta, 1.0);
                Expr scaled = beta == 1 ? x : beta * x;
                Expr softplus = beta == 1 ? new Call(Primitive.Softplus, x) : new Call(Primitive.Softplus, scaled) / beta;
                string description = "the softplus, ln(1 + e^(β·x)) / β with β = " + Format(beta);
                if (double.IsNaN(options.Threshold))
                {
                    return new(description + ", exact everywhere", softplus);
                }

                return new(
                    description + ", and x where β·x > " + Format(options.Threshold),
                    new Select(new Condition(ConditionOp.Greater, scaled, options.Threshold), x, softplus));
            }

            case "tanh":
                return new("the hyperbolic tangent, tanh x", new Call(fast ? Primitive.TanhFast : Primitive.Tanh, x));

            case "gelu":
                // x·Φ(x) with Φ(x) = ½·erfc(−x/√2): relative accuracy in the left tail, where 1 + erf cancels.
                return new("the Gaussian error linear unit, x·Φ(x) (erf form)", new Call(Primitive.Gelu, x));

            case "gelu_tanh":
                // PyTorch's ½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))), written as x·σ(2·√(2/π)·(x + 0.044715·x³)):
                // the same function without the cancellation of 1 + tanh in the left tail. Accurate:
                // the runtime's primitive (the cubic argument carried to twice the precision); Fast:
                // the formula over the fast sigmoid.
                const string geluTanh = "the GELU tanh approximation, ½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³)))";
                return fast
                    ? new(geluTanh, GatedLinear("gelu_tanh", x, Sigmoid(GeluTanhScale * (Defined.Parameter + (0.044715 * (Defined.Parameter * Defined.Parameter * Defined.Parameter))), fast), -30, 50))
                    : new(geluTanh, new Call(Primitive.GeluTanh, x));

            case "mish":
                return new("the mish, x·tanh(softplus(x))", new Call(Primitive.Mish, x));

            case "softsign":
            {
                // The quotient rule would subtract two nearly equal terms; 1 / (1 + |x|)² is exact.
                Variable u = Defined.Parameter;
                Expr denominator = 1 + new Call(Primitive.Abs, u);

                // ∞/∞ would be NaN: the limits ±1 are taken at ±∞.
                Expr value = new Select(new Condition(ConditionOp.Equal, u, double.PositiveInfinity), 1, new Select(new Condition(ConditionOp.Equal, u, double.NegativeInfinity), -1, u / denominator));
                return new("the softsign, x / (1 + |x|)", new Defined("softsign", x, value, 1 / (denominator * denominator)));
            }

            default:
                return null;
        }
    }

    /// <summary>Applies Clip and Temperature around a kind's formula: f(clamp(x, −Clip, Clip) / Temperature).</summary>
    public static Expr ApplyInputTransforms(Expr formula, ActivationOptions options, out Expr? transformedInput)
    {
        Expr input = Variable.X;
        if (options.Clip > 0)
        {
            input = new Clamp(input, -options.Clip, options.Clip);
        }

        if (options.Temperature != 1)
        {
            input = Simplifier.Simplify(input / options.Temperature);
        }

        transformedInput = input == Variable.X ? null : input;
        return Simplifier.Simplify(Defined.Substitute(formula, Variable.X, input));
    }

    /// <summary>A human description of Clip and Temperature for the XML docs, or "".</summary>
    public static string DescribeInputTransforms(ActivationOptions options)
    {
        string text = string.Empty;
        if (options.Clip > 0)
        {
            text += " The input is first clamped to [−" + Format(options.Clip) + ", " + Format(options.Clip) + "] (the derivative is 0 outside).";
        }

        if (options.Temperature != 1)
        {
            text += " It is evaluated at x / " + Format(options.Temperature) + " (temperature), chain rule included.";
        }

        return text;
    }

    /// <summary>
    /// x·g(x) for a gate g that tends to 0 at −∞ and 1 at +∞ (the Fast silu and gelu_tanh), written
    /// over <see cref="Defined.Parameter"/>. Past ±saturation the formula's own arithmetic would
    /// meet ∞·0 (x³ overflowing in gelu_tanh, x·g'(x) at ±∞) and give NaN where the function is
    /// exactly x (derivative 1) or underflows to −0 (derivative 0): those values are taken instead.
    /// Beyond both points the formula already rounds to exactly those values, so nothing else changes.
    /// </summary>
    /// <param name="name">The kind.</param>
    /// <param name="argument">The argument (x, or x after Clip and Temperature).</param>
    /// <param name="gate">g over <see cref="Defined.Parameter"/>.</param>
    /// <param name="negativeSaturation">A point below which x·g(x) and its derivative underflow to 0 in double.</param>
    /// <param name="positiveSaturation">A point above which g(x) = 1 and x·g'(x) is below half an ULP of 1.</param>
    private static Expr GatedLinear(string name, Expr argument, Expr gate, double negativeSaturation, double positiveSaturation)
    {
        Variable u = Defined.Parameter;
        Expr below = new Condition(ConditionOp.Less, u, negativeSaturation);
        Expr above = new Condition(ConditionOp.Greater, u, positiveSaturation);
        Expr value = new Select(above, u, new Select(below, -0.0, u * gate));
        Expr derivative = new Select(above, 1, new Select(below, 0, Differentiator.Derive(u * gate, u)));
        return new Defined(name, argument, value, derivative);
    }

    private static Expr Sigmoid(Expr x, bool fast) => new Call(fast ? Primitive.SigmoidFast : Primitive.Sigmoid, x);

    private static double Or(double value, double fallback) => double.IsNaN(value) ? fallback : value;

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>A kind's formula and the words the XML docs use for it.</summary>
internal sealed record KindFormula(string Description, Expr Formula);
