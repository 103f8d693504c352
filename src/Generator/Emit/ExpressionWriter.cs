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

    /// <summary>Rewrites nodes that have no direct rendering (clamp, supplied-derivative functions) into plain IR.</summary>
    private static Expr Lower(Expr e) => e switch
    {
        Defined d => Lower(d.Expand()),
        Clamp k => LowerClamp(Lower(k.Value), k.Min, k.Max),
        Negate n => new Negate(Lower(n.Operand)),
        Binary b => new Binary(b.Op, Lower(b.Left), Lower(b.Right)),
        Call c => new Call(c.Function, Lower(c.Argument)),
        Condition c => new Condition(c.Op, Lower(c.Left), Lower(c.Right)),
        Select s => new Select(Lower(s.Test), Lower(s.WhenTrue), Lower(s.WhenFalse)),
        _ => e,
    };

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

    private static bool IsWorthBinding(Expr e) => e is Binary or Call or Select or Negate { Operand: not Variable and not Constant };

    private static IEnumerable<Expr> Children(Expr e) => e switch
    {
        Negate n => new[] { n.Operand },
        Binary b => new[] { b.Left, b.Right },
        Call c => new[] { c.Argument },
        Condition c => new[] { c.Left, c.Right },
        Select s => new[] { s.Test, s.WhenTrue, s.WhenFalse },
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
