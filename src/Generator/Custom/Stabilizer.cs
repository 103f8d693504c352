using Activations.Generator.Ir;

namespace Activations.Generator.Custom;

/// <summary>
/// Rewrites the unstable spellings of a custom formula into the runtime's stable primitives, so the
/// generated derivative, span and GPU code stays finite and exact where the user's own scalar
/// formula overflows (the analyzers flag that one):
/// log(1+eᵘ) → softplus(u), eᵘ/(1+eᵘ) and 1/(1+e⁻ᵘ) → σ(u), log σ(u) → log_sigmoid(u),
/// log(1−σ(u)) → log_sigmoid(−u), a/(1+e⁻ᵘ) → a·σ(u), σ(u)(1−σ(u)) → σ'(u), (eᵘ−e⁻ᵘ)/(eᵘ+e⁻ᵘ) → tanh u, 1 ± tanh u → 2σ(±2u),
/// log(1+u) → log1p(u), eᵘ−1 → expm1(u), u·σ(u) → silu(u), u·tanh(softplus(u)) → mish(u).
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

            // u·σ(u) → silu(u), u·tanh(softplus(u)) → mish(u), in either order
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
    /// u·σ(u) → silu(u) and u·tanh(softplus(u)) → mish(u): the runtime's gated primitives keep
    /// their derivatives accurate next to their zeros (x − x0 factored out), where the product
    /// rule's two terms cancel.
    /// </summary>
    private static Expr? GatedLinear(Binary product)
    {
        foreach ((Expr factor, Expr gate) in new[] { (product.Left, product.Right), (product.Right, product.Left) })
        {
            if (gate is Call { Function: Primitive.Sigmoid } sigmoid && Same(sigmoid.Argument, factor))
            {
                return new Call(Primitive.Silu, factor);
            }

            if (gate is Call { Function: Primitive.Tanh, Argument: Call { Function: Primitive.Softplus } softplus } && Same(softplus.Argument, factor))
            {
                return new Call(Primitive.Mish, factor);
            }
        }

        return null;
    }

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
