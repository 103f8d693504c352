using System;
using System.Collections.Generic;
using Activations.Generator.Ir;

namespace Activations.Generator.Custom;

/// <summary>
/// Rewrites the unstable spellings of a custom formula into the runtime's stable primitives, so the
/// generated derivative, span and GPU code stays finite and exact where the user's own scalar
/// formula overflows (the analyzers flag that one):
/// log(1+eᵘ) → softplus(u), eᵘ/(1+eᵘ) and 1/(1+e⁻ᵘ) → σ(u), log σ(u) → log_sigmoid(u),
/// log(1−σ(u)) → log_sigmoid(−u), a/(1+e⁻ᵘ) → a·σ(u), σ(u)(1−σ(u)) → σ'(u), (eᵘ−e⁻ᵘ)/(eᵘ+e⁻ᵘ) → tanh u, 1 ± tanh u → 2σ(±2u),
/// log(1+u) → log1p(u), eᵘ−1 → expm1(u), u·σ(u) → silu(u), u·tanh(softplus(u)) → mish(u),
/// ½x(1 + tanh(√(2/π)(x + 0.044715x³))) → gelu_tanh(x).
/// </summary>
internal static class Stabilizer
{
    public static Expr Stabilize(Expr e) => Rewrite(e switch
    {
        Negate n => new Negate(Stabilize(n.Operand)),
        Binary b => new Binary(b.Op, Stabilize(b.Left), Stabilize(b.Right)),
        Call c => new Call(c.Function, Stabilize(c.Argument)),
        Clamp k => new Clamp(Stabilize(k.Value), k.Min, k.Max),
        Condition c => new Condition(c.Op, Stabilize(c.Left), Stabilize(c.Right)),
        Select s => new Select(Stabilize(s.Test), Stabilize(s.WhenTrue), Stabilize(s.WhenFalse)),
        Defined d => d with { Argument = Stabilize(d.Argument) },
        _ => e,
    });

    private static Expr Rewrite(Expr e)
    {
        switch (e)
        {
            // log(1 + eᵘ), log(eᵘ + 1), log1p(eᵘ) → softplus(u)
            case Call { Function: Primitive.Log, Argument: var arg } when OnePlus(arg) is Call { Function: Primitive.Exp } exp:
                return new Call(Primitive.Softplus, exp.Argument);
            case Call { Function: Primitive.Log1p, Argument: Call { Function: Primitive.Exp } exp2 }:
                return new Call(Primitive.Softplus, exp2.Argument);

            // log σ(u) → log_sigmoid(u); log(1 − σ(u)) → log_sigmoid(−u)
            case Call { Function: Primitive.Log, Argument: Call { Function: Primitive.Sigmoid } s }:
                return new Call(Primitive.LogSigmoid, s.Argument);
            case Call { Function: Primitive.Log, Argument: Binary { Op: BinaryOp.Subtract, Left: Constant { Value: 1 }, Right: Call { Function: Primitive.Sigmoid } s2 } }:
                return new Call(Primitive.LogSigmoid, Neg(s2.Argument));

            // log(1 + u) → log1p(u)
            case Call { Function: Primitive.Log, Argument: var arg1 } when OnePlus(arg1) is { } rest:
                return new Call(Primitive.Log1p, rest);

            // eᵘ − 1 → expm1(u)
            case Binary { Op: BinaryOp.Subtract, Left: Call { Function: Primitive.Exp } em, Right: Constant { Value: 1 } }:
                return new Call(Primitive.Expm1, em.Argument);

            // 1 + tanh u → 2σ(2u) and 1 − tanh u → 2σ(−2u): no cancellation where tanh u → ∓1
            // (the cubic gelu_tanh spelling, ½x(1 + tanh(…))).
            case Binary { Op: BinaryOp.Add } plus when OnePlus(plus) is Call { Function: Primitive.Tanh } t:
                return new Binary(BinaryOp.Multiply, new Constant(2), new Call(Primitive.Sigmoid, new Binary(BinaryOp.Multiply, new Constant(2), t.Argument)));
            case Binary { Op: BinaryOp.Subtract, Left: Constant { Value: 1 }, Right: Call { Function: Primitive.Tanh } t2 }:
                return new Binary(BinaryOp.Multiply, new Constant(2), new Call(Primitive.Sigmoid, new Binary(BinaryOp.Multiply, new Constant(-2), t2.Argument)));

            case Binary { Op: BinaryOp.Divide } division:
                return RewriteDivision(division);

            // σ(u)·(1 − σ(u)) → σ'(u)
            case Binary { Op: BinaryOp.Multiply, Left: Call { Function: Primitive.Sigmoid } a, Right: Binary { Op: BinaryOp.Subtract, Left: Constant { Value: 1 }, Right: Call { Function: Primitive.Sigmoid } b } } when a == b:
                return new Call(Primitive.SigmoidDerivative, a.Argument);

            // c·u·σ(u) → c·silu(u), c·u·tanh(softplus(u)) → c·mish(u), c·x·σ(2√(2/π)(x + 0.044715x³)) →
            // c·gelu_tanh(x), the factors in any order
            case Binary { Op: BinaryOp.Multiply } product when GatedLinear(product) is { } gated:
                return gated;
            default:
                return e;
        }
    }

    private static Expr RewriteDivision(Binary division)
    {
        Expr numerator = division.Left;
        Expr? denominatorRest = OnePlus(division.Right);

        // eᵘ / (1 + eᵘ) → σ(u)
        if (numerator is Call { Function: Primitive.Exp } exp && denominatorRest == numerator)
        {
            return new Call(Primitive.Sigmoid, exp.Argument);
        }

        // 1 / (1 + e^v) → σ(−v), and a / (1 + e^v) → a·σ(−v) (x / (1 + e^−x) is swish)
        if (denominatorRest is Call { Function: Primitive.Exp } e2)
        {
            Expr sigmoid = new Call(Primitive.Sigmoid, Neg(e2.Argument));
            return numerator is Constant { Value: 1 } ? sigmoid : Rewrite(new Binary(BinaryOp.Multiply, numerator, sigmoid));
        }

        // (eᵘ − e⁻ᵘ) / (eᵘ + e⁻ᵘ) → tanh u
        if (numerator is Binary { Op: BinaryOp.Subtract, Left: Call { Function: Primitive.Exp } p, Right: Call { Function: Primitive.Exp } m }
            && division.Right is Binary { Op: BinaryOp.Add } sum
            && ((sum.Left == p && sum.Right == m) || (sum.Left == m && sum.Right == p))
            && Simplifier.Simplify(Neg(p.Argument)) == Simplifier.Simplify(m.Argument))
        {
            return new Call(Primitive.Tanh, p.Argument);
        }

        return division;
    }

    /// <summary>
    /// A product of constants and two factors u and g(u) where g is a gated unit's gate:
    /// c·u·σ(u) → c·silu(u), c·u·tanh(softplus(u)) → c·mish(u), and c·x·σ(v) → c·gelu_tanh(x) where v
    /// is PyTorch's 2√(2/π)·(x + 0.044715·x³) (the cubic tanh spelling, after 1 + tanh w → 2σ(2w)).
    /// The runtime's gated primitives keep their derivatives accurate next to their zeros (x − x0
    /// factored out), where the product rule's two terms cancel, and gelu_tanh carries its cubic
    /// argument to twice double precision.
    /// </summary>
    private static Expr? GatedLinear(Binary product)
    {
        var factors = new List<Expr>();
        double constant = Factors(product, factors);
        if (factors.Count != 2)
        {
            return null;
        }

        foreach ((Expr factor, Expr gate) in new[] { (factors[0], factors[1]), (factors[1], factors[0]) })
        {
            Expr? gated = gate switch
            {
                Call { Function: Primitive.Sigmoid } s when Same(s.Argument, factor) => new Call(Primitive.Silu, factor),
                Call { Function: Primitive.Sigmoid } s when factor is Variable v && IsGeluTanhArgument(s.Argument, v) => new Call(Primitive.GeluTanh, factor),
                Call { Function: Primitive.Tanh, Argument: Call { Function: Primitive.Softplus } sp } when Same(sp.Argument, factor) => new Call(Primitive.Mish, factor),
                _ => null,
            };
            if (gated is not null)
            {
                return constant == 1 ? gated : new Binary(BinaryOp.Multiply, new Constant(constant), gated);
            }
        }

        return null;
    }

    /// <summary>Flattens a product into its non-constant factors; returns the product of its constants (signs included).</summary>
    private static double Factors(Expr e, List<Expr> factors)
    {
        switch (e)
        {
            case Binary { Op: BinaryOp.Multiply } m:
                return Factors(m.Left, factors) * Factors(m.Right, factors);
            case Constant c:
                return c.Value;
            case Negate n:
                return -Factors(n.Operand, factors);
            default:
                factors.Add(e);
                return 1;
        }
    }

    /// <summary>
    /// Whether v is 2√(2/π)·(x + 0.044715·x³) as a polynomial in x, however it is spelled (checked
    /// numerically at five points to 1e-13: only that cubic passes).
    /// </summary>
    private static bool IsGeluTanhArgument(Expr v, Variable x)
    {
        foreach (double t in new[] { -3.1, -0.7, 0.45, 1.3, 2.9 })
        {
            double expected = GeluTanhScale * (t + (0.044715 * t * t * t));
            double? actual = Evaluate(v, x, t);
            if (actual is not double value || Math.Abs(value - expected) > 1e-13 * Math.Abs(expected))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An arithmetic expression in <paramref name="x"/> (constants, + − × ÷, √) evaluated at t; null for anything else.</summary>
    private static double? Evaluate(Expr e, Variable x, double t) => e switch
    {
        Constant c => c.Value,
        Variable v when v == x => t,
        Negate n => -Evaluate(n.Operand, x, t),
        Binary { Op: BinaryOp.Add } b => Evaluate(b.Left, x, t) + Evaluate(b.Right, x, t),
        Binary { Op: BinaryOp.Subtract } b => Evaluate(b.Left, x, t) - Evaluate(b.Right, x, t),
        Binary { Op: BinaryOp.Multiply } b => Evaluate(b.Left, x, t) * Evaluate(b.Right, x, t),
        Binary { Op: BinaryOp.Divide } b => Evaluate(b.Left, x, t) / Evaluate(b.Right, x, t),
        Call { Function: Primitive.Sqrt } c => Evaluate(c.Argument, x, t) is double r ? Math.Sqrt(r) : null,
        _ => null,
    };

    // 2·√(2/π): the gelu_tanh gate is σ(2·√(2/π)·(x + 0.044715·x³)).
    private const double GeluTanhScale = 1.5957691216057308;

    private static bool Same(Expr a, Expr b) => a == b || Simplifier.Simplify(a) == Simplifier.Simplify(b);

    /// <summary>For 1 + r or r + 1, returns r; otherwise null.</summary>
    private static Expr? OnePlus(Expr e) => e switch
    {
        Binary { Op: BinaryOp.Add, Left: Constant { Value: 1 }, Right: var r } => r,
        Binary { Op: BinaryOp.Add, Left: var l, Right: Constant { Value: 1 } } => l,
        _ => null,
    };

    private static Expr Neg(Expr e) => e is Negate n ? n.Operand : new Negate(e);
}
