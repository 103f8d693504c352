using System;
using System.Collections.Generic;
using System.Globalization;
using Activations.Generator.Ir;

namespace Activations.Generator.Emit;

/// <summary>Which C# the IR becomes: plain scalar code, or code over a generic <c>TVector</c>.</summary>
internal enum Dialect
{
    Scalar,
    Vector,
}

/// <summary>
/// Renders an IR expression as C# statements: shared subexpressions become locals (computed
/// once), then a return. The same walk serves the scalar and the SIMD dialect, so both evaluate
/// the formula in the same order.
/// </summary>
internal sealed class ExpressionWriter
{
    private const string VectorType = "TVector";

    private readonly string elementType;
    private readonly Dialect dialect;
    private readonly Dictionary<Expr, string> locals = new();
    private readonly HashSet<string> usedNames = new(StringComparer.Ordinal);

    public ExpressionWriter(string elementType, Dialect dialect, IEnumerable<string> reservedNames)
    {
        this.elementType = elementType;
        this.dialect = dialect;
        foreach (string name in reservedNames)
        {
            usedNames.Add(name);
        }
    }

    /// <summary>
    /// Writes the locals of <paramref name="expr"/> and returns the text of its final value.
    /// <paramref name="preferredNames"/> names particular subexpressions (e.g. "u" for the clamped input) when bound.
    /// </summary>
    public string Write(SourceWriter writer, Expr expr, IReadOnlyDictionary<Expr, string>? preferredNames = null)
    {
        Expr lowered = Lower(expr);
        var counts = new Dictionary<Expr, int>();
        Count(lowered, counts);
        var preferred = new Dictionary<Expr, string>();
        if (preferredNames is not null)
        {
            foreach (var pair in preferredNames)
            {
                preferred[Lower(pair.Key)] = pair.Value;
            }
        }

        Bind(writer, lowered, counts, preferred);
        return Render(lowered, Precedence.Lowest);
    }

    /// <summary>
    /// The primitive <paramref name="expr"/> is, applied to x alone once lowered (no clamp, no scaled
    /// argument), where the runtime has a span loop for it (<see cref="PrimitiveInfo.HasSpanKernel"/>); otherwise null.
    /// </summary>
    public Primitive? SpanPrimitive(Expr expr)
        => Lower(expr) is Call { Argument: Variable { Name: "x" } } call && PrimitiveInfo.HasSpanKernel(call.Function) ? call.Function : null;

    /// <summary>Rewrites nodes that have no direct rendering (clamp, supplied-derivative functions) into plain IR.</summary>
    private Expr Lower(Expr e) => e switch
    {
        Defined d => Lower(d.Expand()),
        Clamp k => LowerClamp(Lower(k.Value), k.Min, k.Max),
        Negate n => new Negate(Lower(n.Operand)),
        Binary { Op: BinaryOp.Divide, Left: Call { Function: Primitive.Softplus } call, Right: Constant beta } when elementType == "float" && ScaledBy(call.Argument, beta.Value) is { } value
            => new ScaledSoftplus(Lower(value), beta.Value),
        Binary b => LowerBinary(new Binary(b.Op, Lower(b.Left), Lower(b.Right))),
        Call c => LowerCall(c.Function, Lower(c.Argument)),
        Condition c => new Condition(c.Op, Lower(c.Left), Lower(c.Right)),
        Select s => new Select(Lower(s.Test), Lower(s.WhenTrue), Lower(s.WhenFalse)),
        _ => e,
    };

    /// <summary>
    /// f(c·v) or f(v/c) with c a constant other than a power of two (a kind's β, a Temperature): the
    /// argument's rounding error, relative 2^−53 (2^−24 in float), would be amplified by f's condition
    /// number |u·f'(u)/f(u)|, which grows like |u| in the exponential tails (silu, softplus, σ) and
    /// like u² for gelu — 30 ULP at x·σ(1.5·x), x = −30. So the argument is formed as u = fl(c·v) and
    /// its error r = c·v − u (c to twice double precision, v·c exact in the runtime's helpers), and
    /// f(c·v) = f(u) + r·f'(u) to first order (r·f'(u) is tiny). Only for primitives whose derivative
    /// is bounded, so the correction is always finite; r = 0 (an exact product, ±∞) keeps f(u) as is.
    /// </summary>
    private static Expr LowerCall(Primitive function, Expr argument)
    {
        if (!HasBoundedDerivative(function) || !TryScale(argument, out Expr value, out double high, out double low))
        {
            return new Call(function, argument);
        }

        var u = new ScaledArgument(value, high, low, Error: false);
        var r = new ScaledArgument(value, high, low, Error: true);
        Expr f = new Call(function, u);
        return new Select(new Condition(ConditionOp.Equal, r, 0), f, f + (r * Differentiator.Outer(function, u)));
    }

    /// <summary>v where <paramref name="argument"/> is β·v or v·β with β not a power of two (softplus(β·v)/β: see <see cref="ScaledSoftplus"/>).</summary>
    private static Expr? ScaledBy(Expr argument, double beta) => !IsInexactFactor(beta) ? null : argument switch
    {
        Binary { Op: BinaryOp.Multiply, Left: Constant c, Right: var v } when c.Value == beta => v,
        Binary { Op: BinaryOp.Multiply, Left: var v, Right: Constant c } when c.Value == beta => v,
        _ => null,
    };

    /// <summary>
    /// In float, v·c or v/c for a constant c that float cannot hold (elu's α = 0.3, a Temperature of
    /// 0.7) becomes the double product rounded once (<see cref="ScaledArgument"/>): c rounded to float
    /// would add its own error, 2^−25 relative, to the product's rounding.
    /// </summary>
    private Expr LowerBinary(Binary b)
    {
        if (elementType != "float" || b.Op is not (BinaryOp.Multiply or BinaryOp.Divide))
        {
            return b;
        }

        Constant? c = b.Right as Constant ?? (b.Op == BinaryOp.Multiply ? b.Left as Constant : null);
        if (c is null || (b.Left is Constant && b.Right is Constant) || (double)(float)c.Value == c.Value || double.IsNaN(c.Value) || double.IsInfinity(c.Value) || c.Value == 0)
        {
            return b;
        }

        Expr value = ReferenceEquals(c, b.Right) ? b.Left : b.Right;
        if (b.Op == BinaryOp.Multiply)
        {
            return new ScaledArgument(value, c.Value, 0, Error: false);
        }

        double high = 1 / c.Value;
        return new ScaledArgument(value, high, DoubleDouble.ReciprocalRemainder(c.Value, high), Error: false);
    }

    private static bool HasBoundedDerivative(Primitive function) => function is not (Primitive.Exp or Primitive.Expm1 or Primitive.Log or Primitive.Log1p or Primitive.Abs or Primitive.Sqrt);

    /// <summary>Whether <paramref name="e"/> is v·c, c·v, v/c (or the negation of one) for a constant c that is not a power of two; c (or 1/c) as high + low.</summary>
    private static bool TryScale(Expr e, out Expr value, out double high, out double low)
    {
        value = e;
        high = low = 0;
        switch (e)
        {
            case Binary { Op: BinaryOp.Multiply, Left: Constant c, Right: not Constant } b when IsInexactFactor(c.Value):
                (value, high) = (b.Right, c.Value);
                return true;
            case Binary { Op: BinaryOp.Multiply, Left: not Constant, Right: Constant c } b when IsInexactFactor(c.Value):
                (value, high) = (b.Left, c.Value);
                return true;
            case Binary { Op: BinaryOp.Divide, Left: not Constant, Right: Constant c } b when IsInexactFactor(c.Value):
                value = b.Left;
                high = 1 / c.Value;
                low = DoubleDouble.ReciprocalRemainder(c.Value, high);
                return true;
            case ScaledArgument { Error: false } a:
                (value, high, low) = (a.Value, a.High, a.Low); // a float product already formed in double
                return true;
            case Negate n when TryScale(n.Operand, out value, out high, out low):
                (high, low) = (-high, -low); // σ(−x/T) in a derivative, say
                return true;
            default:
                return false;
        }
    }

    private static bool IsInexactFactor(double c)
    {
        if (c == 0 || double.IsNaN(c) || double.IsInfinity(c))
        {
            return false;
        }

        long bits = BitConverter.DoubleToInt64Bits(Math.Abs(c));
        long exponent = bits >> 52;
        return (bits & 0xFFFFFFFFFFFFFL) != 0 || exponent == 0; // a power of two has an empty mantissa
    }

    // "v < min ? min : v > max ? max : v": NaN fails both tests and passes through.
    private static Expr LowerClamp(Expr value, double min, double max)
        => new Select(new Condition(ConditionOp.Less, value, min), min, new Select(new Condition(ConditionOp.Greater, value, max), max, value));

    private static void Count(Expr e, Dictionary<Expr, int> counts)
    {
        counts.TryGetValue(e, out int seen);
        counts[e] = seen + 1;
        if (seen > 0 && IsWorthBinding(e))
        {
            return; // a repeated node becomes a local, evaluated once: its children count once
        }

        foreach (Expr child in Children(e))
        {
            Count(child, counts);
        }
    }

    private void Bind(SourceWriter writer, Expr e, Dictionary<Expr, int> counts, Dictionary<Expr, string> preferred)
    {
        if (locals.ContainsKey(e))
        {
            return;
        }

        foreach (Expr child in Children(e))
        {
            Bind(writer, child, counts, preferred);
        }

        bool shared = counts.TryGetValue(e, out int count) && count > 1;
        bool named = preferred.TryGetValue(e, out string? preferredName);
        if (!IsWorthBinding(e) || !(shared || named))
        {
            return;
        }

        string name = UniqueName(named ? preferredName! : NameFor(e));
        string type = dialect == Dialect.Vector ? VectorType : elementType;
        writer.Line(type + " " + name + " = " + Render(e, Precedence.Lowest) + ";");
        locals[e] = name;
    }

    private static bool IsWorthBinding(Expr e) => e is Binary or Call or Select or ScaledArgument or ScaledSoftplus or Negate { Operand: not Variable and not Constant };

    private static IEnumerable<Expr> Children(Expr e) => e switch
    {
        Negate n => new[] { n.Operand },
        Binary b => new[] { b.Left, b.Right },
        Call c => new[] { c.Argument },
        Condition c => new[] { c.Left, c.Right },
        Select s => new[] { s.Test, s.WhenTrue, s.WhenFalse },
        ScaledArgument a => new[] { a.Value },
        ScaledSoftplus s => new[] { s.Value },
        _ => Array.Empty<Expr>(),
    };

    private string UniqueName(string baseName)
    {
        string name = baseName;
        for (int i = 2; !usedNames.Add(name); i++)
        {
            name = baseName + i.ToString(CultureInfo.InvariantCulture);
        }

        return name;
    }

    private static string NameFor(Expr e) => e switch
    {
        Call c => char.ToLowerInvariant(c.Function.ToString()[0]) + c.Function.ToString().Substring(1),
        Select => "piece",
        ScaledArgument a => a.Error ? "uError" : "u",
        ScaledSoftplus => "softplus",
        _ => "t",
    };

    private enum Precedence
    {
        Lowest,
        Conditional,
        Or,
        And,
        Relational,
        Additive,
        Multiplicative,
        Unary,
        Primary,
    }

    private string Render(Expr e, Precedence context)
    {
        if (locals.TryGetValue(e, out string? local))
        {
            return local;
        }

        return e switch
        {
            Constant c => RenderConstant(c.Value, context),
            Variable v => v.Name,
            Negate n => Wrap("-" + Render(n.Operand, Precedence.Unary), Precedence.Unary, context),
            Binary b => RenderBinary(b, context),
            Call c => RenderCall(c),
            Condition c => RenderCondition(c, context),
            Select s => RenderSelect(s, context),
            ScaledArgument a => RenderScaledArgument(a),
            ScaledSoftplus s => (dialect == Dialect.Vector ? VectorType : "global::Activations.ActivationMath") + ".ScaledSoftplus(" + Render(s.Value, Precedence.Lowest) + ", " + Literal(s.Beta, "double") + ")",
            _ => throw new InvalidOperationException(e.GetType().Name),
        };
    }

    private string RenderBinary(Binary b, Precedence context)
    {
        (string op, Precedence p) = b.Op switch
        {
            BinaryOp.Add => ("+", Precedence.Additive),
            BinaryOp.Subtract => ("-", Precedence.Additive),
            BinaryOp.Multiply => ("*", Precedence.Multiplicative),
            _ => ("/", Precedence.Multiplicative),
        };

        // Left-associative: the right operand needs parentheses at equal precedence.
        string text = Render(b.Left, p) + " " + op + " " + Render(b.Right, p + 1);
        return Wrap(text, p, context);
    }

    private string RenderCall(Call c)
    {
        string function = dialect == Dialect.Vector
            ? VectorType + "." + PrimitiveInfo.Name(c.Function)
            : PrimitiveInfo.ScalarFunction(c.Function, elementType);
        return function + "(" + Render(c.Argument, Precedence.Lowest) + ")";
    }

    private string RenderScaledArgument(ScaledArgument a)
    {
        string function = (dialect == Dialect.Vector ? VectorType : "global::Activations.ActivationMath")
            + (a.Error ? ".ScaleArgumentError(" : ".ScaleArgument(");
        return function + Render(a.Value, Precedence.Lowest) + ", " + Literal(a.High, "double") + ", " + Literal(a.Low, "double") + ")";
    }

    private string RenderCondition(Condition c, Precedence context)
    {
        if (dialect == Dialect.Vector)
        {
            string method = c.Op switch
            {
                ConditionOp.Less => "LessThan",
                ConditionOp.LessOrEqual => "LessThanOrEqual",
                ConditionOp.Greater => "GreaterThan",
                ConditionOp.GreaterOrEqual => "GreaterThanOrEqual",
                ConditionOp.Equal => "Equal",
                ConditionOp.And => "And",
                _ => "Or",
            };
            return VectorType + "." + method + "(" + Render(c.Left, Precedence.Lowest) + ", " + Render(c.Right, Precedence.Lowest) + ")";
        }

        (string op, Precedence p) = c.Op switch
        {
            ConditionOp.Less => ("<", Precedence.Relational),
            ConditionOp.LessOrEqual => ("<=", Precedence.Relational),
            ConditionOp.Greater => (">", Precedence.Relational),
            ConditionOp.GreaterOrEqual => (">=", Precedence.Relational),
            ConditionOp.Equal => ("==", Precedence.Relational),
            ConditionOp.And => ("&&", Precedence.And),
            _ => ("||", Precedence.Or),
        };
        return Wrap(Render(c.Left, p + 1) + " " + op + " " + Render(c.Right, p + 1), p, context);
    }

    private string RenderSelect(Select s, Precedence context)
    {
        if (dialect == Dialect.Vector)
        {
            return VectorType + ".Select(" + Render(s.Test, Precedence.Lowest) + ", " + Render(s.WhenTrue, Precedence.Lowest) + ", " + Render(s.WhenFalse, Precedence.Lowest) + ")";
        }

        // The conditional operator is right-associative: a nested select in the false branch reads as a chain.
        string text = Render(s.Test, Precedence.Or) + " ? " + Render(s.WhenTrue, Precedence.Conditional + 1) + " : " + Render(s.WhenFalse, Precedence.Conditional);
        return Wrap(text, Precedence.Conditional, context);
    }

    private string RenderConstant(double value, Precedence context)
    {
        string literal = Literal(value, elementType);
        if (dialect == Dialect.Vector)
        {
            return VectorType + ".Create(" + literal + ")";
        }

        return literal.StartsWith("-", StringComparison.Ordinal) ? Wrap(literal, Precedence.Unary, context) : literal;
    }

    /// <summary>A C# literal of <paramref name="type"/> that round-trips <paramref name="value"/> rounded to that type.</summary>
    public static string Literal(double value, string type)
    {
        bool single = type == "float";
        if (double.IsNaN(value))
        {
            return type + ".NaN";
        }

        if (double.IsInfinity(value) || (single && float.IsInfinity((float)value)))
        {
            return value > 0 ? type + ".PositiveInfinity" : type + ".NegativeInfinity";
        }

        return single
            ? ((float)value).ToString("R", CultureInfo.InvariantCulture) + "f"
            : value.ToString("R", CultureInfo.InvariantCulture) + "d";
    }

    private static string Wrap(string text, Precedence own, Precedence context) => own < context ? "(" + text + ")" : text;
}
