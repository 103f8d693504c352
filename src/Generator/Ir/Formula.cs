using System;

namespace Activations.Generator.Ir;

/// <summary>
/// A function of one argument whose derivative is supplied rather than derived, for the few
/// kinds where the textbook derivative cancels catastrophically (softsign's quotient rule, say).
/// <see cref="Value"/> and <see cref="Derivative"/> are written in terms of <see cref="Parameter"/>;
/// the differentiator applies the chain rule through <see cref="Argument"/>.
/// </summary>
internal sealed record Defined(string Name, Expr Argument, Expr Value, Expr Derivative) : Expr
{
    /// <summary>The placeholder for the argument inside <see cref="Value"/> and <see cref="Derivative"/>.</summary>
    public static readonly Variable Parameter = new("\u03BE");

    /// <summary><see cref="Value"/> with the argument substituted.</summary>
    public Expr Expand() => Substitute(Value, Parameter, Argument);

    /// <summary>The outer derivative at the argument.</summary>
    public Expr ExpandDerivative() => Substitute(Derivative, Parameter, Argument);

    /// <summary>Replaces every occurrence of <paramref name="variable"/> with <paramref name="replacement"/>.</summary>
    public static Expr Substitute(Expr e, Variable variable, Expr replacement) => e switch
    {
        Variable v => v == variable ? replacement : v,
        Constant => e,
        Negate n => new Negate(Substitute(n.Operand, variable, replacement)),
        Binary b => new Binary(b.Op, Substitute(b.Left, variable, replacement), Substitute(b.Right, variable, replacement)),
        Call c => new Call(c.Function, Substitute(c.Argument, variable, replacement)),
        Clamp k => new Clamp(Substitute(k.Value, variable, replacement), k.Min, k.Max),
        Condition c => new Condition(c.Op, Substitute(c.Left, variable, replacement), Substitute(c.Right, variable, replacement)),
        Select s => new Select(Substitute(s.Test, variable, replacement), Substitute(s.WhenTrue, variable, replacement), Substitute(s.WhenFalse, variable, replacement)),
        Defined d => d with { Argument = Substitute(d.Argument, variable, replacement) },
        _ => throw new InvalidOperationException(e.GetType().Name),
    };
}
