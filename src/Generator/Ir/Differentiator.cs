using System;

namespace Activations.Generator.Ir;

/// <summary>Symbolic differentiation of the IR with respect to one variable, simplified as it goes.</summary>
internal static class Differentiator
{
    /// <summary>d<paramref name="expr"/>/d<paramref name="variable"/>.</summary>
    public static Expr Derive(Expr expr, Variable variable) => Simplifier.Simplify(D(expr, variable));

    private static Expr D(Expr e, Variable v) => e switch
    {
        Constant => 0,
        Variable other => other == v ? 1 : 0,
        Negate n => -D(n.Operand, v),
        Binary b => DBinary(b, v),
        Call c => Simplifier.Simplify(Outer(c.Function, c.Argument) * D(c.Argument, v)),

        // The clamped function's derivative: that of the value inside [Min, Max] (bounds included,
        // as PyTorch's clamp), 0 outside. A NaN input fails both tests and keeps the inner derivative (NaN).
        Clamp k => new Select(
            new Condition(ConditionOp.Or, new Condition(ConditionOp.Less, k.Value, k.Min), new Condition(ConditionOp.Greater, k.Value, k.Max)),
            0,
            D(k.Value, v)),

        Defined d => Simplifier.Simplify(d.ExpandDerivative() * D(d.Argument, v)),

        // Piecewise: the derivative of the branch taken.
        Select s => new Select(s.Test, D(s.WhenTrue, v), D(s.WhenFalse, v)),
        _ => throw new InvalidOperationException("Cannot differentiate " + e.GetType().Name),
    };

    private static Expr DBinary(Binary b, Variable v)
    {
        Expr dl = D(b.Left, v);
        Expr dr = D(b.Right, v);
        return b.Op switch
        {
            BinaryOp.Add => dl + dr,
            BinaryOp.Subtract => dl - dr,
            BinaryOp.Multiply => (dl * b.Right) + (b.Left * dr),
            BinaryOp.Divide when b.Right is Constant => dl / b.Right,
            BinaryOp.Divide => (dl / b.Right) - (b.Left * dr / (b.Right * b.Right)),
            _ => throw new InvalidOperationException(b.Op.ToString()),
        };
    }

    /// <summary>f'(u) for a primitive f, as an IR expression of u.</summary>
    internal static Expr Outer(Primitive f, Expr u) => f switch
    {
        Primitive.Exp => new Call(Primitive.Exp, u),
        Primitive.Expm1 => new Call(Primitive.Exp, u),
        Primitive.Log1p => 1 / (1 + u),
        Primitive.Sqrt => 0.5 / new Call(Primitive.Sqrt, u),

        // sign(u), with PyTorch's 0 at 0 (and NaN kept by the multiplication that follows).
        Primitive.Abs => new Select(new Condition(ConditionOp.Greater, u, 0), 1, new Select(new Condition(ConditionOp.Less, u, 0), -1, 0)),

        // σ' = σ(u)·σ(−u), computed without cancellation in either tail.
        Primitive.Sigmoid or Primitive.SigmoidFast => new Call(Primitive.SigmoidDerivative, u),

        // σ'' = σ'(u)·(σ(−u) − σ(u)).
        Primitive.SigmoidDerivative => new Call(Primitive.SigmoidDerivative, u) * (new Call(Primitive.Sigmoid, -u) - new Call(Primitive.Sigmoid, u)),
        Primitive.LogSigmoid => new Call(Primitive.Sigmoid, -u),
        Primitive.Log => 1 / u,

        // tanh' = sech², computed without the cancellation of 1 − tanh².
        Primitive.Tanh or Primitive.TanhFast => new Call(Primitive.TanhDerivative, u),
        Primitive.TanhDerivative => -2 * new Call(Primitive.Tanh, u) * new Call(Primitive.TanhDerivative, u),

        // Φ' = φ, φ' = −u·φ.
        Primitive.NormalCdf => new Call(Primitive.NormalPdf, u),
        Primitive.NormalPdf => -u * new Call(Primitive.NormalPdf, u),
        Primitive.Softplus => new Call(Primitive.Sigmoid, u),

        // The gated linear units: f' is the runtime's own primitive; f'' in terms of the others.
        // silu'' = σ'(u)·(2 + u·(σ(−u) − σ(u))).
        Primitive.Silu => new Call(Primitive.SiluDerivative, u),
        Primitive.SiluDerivative => new Call(Primitive.SigmoidDerivative, u) * (2 + (u * (new Call(Primitive.Sigmoid, -u) - new Call(Primitive.Sigmoid, u)))),

        // gelu'' = φ(u)·(2 − u²).
        Primitive.Gelu => new Call(Primitive.GeluDerivative, u),
        Primitive.GeluDerivative => new Call(Primitive.NormalPdf, u) * (2 - (u * u)),

        // gelu_tanh = u·σ(v), v = c·(u + 0.044715·u³): f'' = σ'(v)·(2v' + u·(v'²·(σ(−v) − σ(v)) + v'')).
        Primitive.GeluTanh => new Call(Primitive.GeluTanhDerivative, u),
        Primitive.GeluTanhDerivative => GeluTanhSecondDerivative(u),

        // mish = u·g(u), g = tanh(softplus u), g' = T·σ(u) with T = sech²(softplus u):
        // f'' = T·σ(u)·(2 + u·(σ(−u) − 2·tanh(softplus u)·σ(u))).
        Primitive.Mish => new Call(Primitive.MishDerivative, u),
        Primitive.MishDerivative => new Call(Primitive.TanhDerivative, new Call(Primitive.Softplus, u)) * new Call(Primitive.Sigmoid, u)
            * (2 + (u * (new Call(Primitive.Sigmoid, -u) - (2 * new Call(Primitive.Tanh, new Call(Primitive.Softplus, u)) * new Call(Primitive.Sigmoid, u))))),

        // selu' = λ for u > 0, λα·e^u otherwise (NaN takes the second side and stays NaN).
        Primitive.Selu => new Select(
            new Condition(ConditionOp.Greater, u, 0),
            PrimitiveInfo.SeluScale,
            (PrimitiveInfo.SeluScale * PrimitiveInfo.SeluAlpha) * new Call(Primitive.Exp, u)),
        _ => throw new InvalidOperationException(f.ToString()),
    };

    /// <summary>gelu_tanh'' at u (see <see cref="Outer"/>), with gelu_tanh's constants.</summary>
    private static Expr GeluTanhSecondDerivative(Expr u)
    {
        const double c = 1.5957691216057307117597842397375; // 2·√(2/π)
        const double k = 0.044715;
        Expr v = c * (u + (k * (u * u * u)));
        Expr slope = c * (1 + ((3 * k) * (u * u)));
        Expr curvature = (6 * k * c) * u;
        return new Call(Primitive.SigmoidDerivative, v)
            * ((2 * slope) + (u * ((slope * slope * (new Call(Primitive.Sigmoid, -v) - new Call(Primitive.Sigmoid, v))) + curvature)));
    }
}
