namespace Activations.Generator.Ir;

/// <summary>
/// Local algebraic simplification, bottom-up: constant folding and the identities that symbolic
/// differentiation leaves behind (x·1, x+0, 0·x, −(−x), …). It never reorders floating-point
/// operations, so it cannot change a rounded result.
/// </summary>
internal static class Simplifier
{
    public static Expr Simplify(Expr e) => e switch
    {
        Negate n => SimplifyNegate(Simplify(n.Operand)),
        Binary b => SimplifyBinary(b.Op, Simplify(b.Left), Simplify(b.Right)),
        Call c => new Call(c.Function, Simplify(c.Argument)),
        Clamp k => new Clamp(Simplify(k.Value), k.Min, k.Max),
        Condition c => new Condition(c.Op, Simplify(c.Left), Simplify(c.Right)),
        Defined d => d with { Argument = Simplify(d.Argument) },
        Select s => SimplifySelect(Simplify(s.Test), Simplify(s.WhenTrue), Simplify(s.WhenFalse)),
        _ => e,
    };

    private static Expr SimplifyNegate(Expr operand) => operand switch
    {
        Constant c => new Constant(-c.Value),
        Negate n => n.Operand,
        _ => new Negate(operand),
    };

    private static Expr SimplifySelect(Expr test, Expr whenTrue, Expr whenFalse)
        => whenTrue == whenFalse ? whenTrue : new Select(test, whenTrue, whenFalse);

    private static Expr SimplifyBinary(BinaryOp op, Expr l, Expr r)
    {
        if (l is Constant a && r is Constant b)
        {
            // A quotient is folded only when exact (in float too); otherwise it stays a division
            // evaluated in the element type, as the user's formula would be.
            double quotient = a.Value / b.Value;
            bool exactQuotient = quotient * b.Value == a.Value && (double)(float)quotient == quotient;
            if (op != BinaryOp.Divide || exactQuotient)
            {
                return op switch
                {
                    BinaryOp.Add => new Constant(a.Value + b.Value),
                    BinaryOp.Subtract => new Constant(a.Value - b.Value),
                    BinaryOp.Multiply => new Constant(a.Value * b.Value),
                    _ => new Constant(quotient),
                };
            }
        }

        switch (op)
        {
            case BinaryOp.Add:
                if (IsZero(l)) return r;
                if (IsZero(r)) return l;
                if (r is Negate rn) return SimplifyBinary(BinaryOp.Subtract, l, rn.Operand);
                break;
            case BinaryOp.Subtract:
                if (IsZero(r)) return l;
                if (IsZero(l)) return SimplifyNegate(r);
                if (r is Negate sn) return SimplifyBinary(BinaryOp.Add, l, sn.Operand);
                break;
            case BinaryOp.Multiply:
                // A term whose derivative vanishes identically (0·f) is dropped.
                if (IsZero(l) || IsZero(r)) return new Constant(0);
                if (IsOne(l)) return r;
                if (IsOne(r)) return l;
                if (IsMinusOne(l)) return SimplifyNegate(r);
                if (IsMinusOne(r)) return SimplifyNegate(l);
                if (l is Negate ln && r is Negate rn2) return SimplifyBinary(BinaryOp.Multiply, ln.Operand, rn2.Operand);

                // A factor that is 0 on one branch (a clamp's or a piecewise kind's derivative) makes
                // the product exactly 0 there, whatever the other factor: f'·(t ? 0 : 1) = t ? 0 : f'.
                if (r is Select { WhenTrue: Constant { Value: 0 } } rs) return SimplifySelect(rs.Test, 0, SimplifyBinary(BinaryOp.Multiply, l, rs.WhenFalse));
                if (l is Select { WhenTrue: Constant { Value: 0 } } ls) return SimplifySelect(ls.Test, 0, SimplifyBinary(BinaryOp.Multiply, ls.WhenFalse, r));

                // a·(b / c) = (a·b) / c for a constant c: one correctly rounded division instead of
                // a rounded reciprocal (the chain rule through x / Temperature).
                if (r is Binary { Op: BinaryOp.Divide, Right: Constant } rd) return SimplifyBinary(BinaryOp.Divide, SimplifyBinary(BinaryOp.Multiply, l, rd.Left), rd.Right);
                if (l is Binary { Op: BinaryOp.Divide, Right: Constant } ld && r is not Constant) return SimplifyBinary(BinaryOp.Divide, SimplifyBinary(BinaryOp.Multiply, ld.Left, r), ld.Right);
                break;
            case BinaryOp.Divide:
                if (IsOne(r)) return l;

                // (a·c)/c = a for a constant c (the chain rule through softplus(β·x)/β): exact in
                // the reals, and two roundings fewer.
                if (r is Constant { Value: not 0 } dc && !double.IsInfinity(dc.Value) && !double.IsNaN(dc.Value) && l is Binary { Op: BinaryOp.Multiply } lm)
                {
                    if (lm.Right is Constant rc && rc.Value == dc.Value) return lm.Left;
                    if (lm.Left is Constant lc && lc.Value == dc.Value) return lm.Right;
                }

                if (IsZero(l)) return new Constant(0);
                if (l is Negate dn && r is Constant) return SimplifyNegate(SimplifyBinary(BinaryOp.Divide, dn.Operand, r));
                if (l is Select ds && r is Constant) return SimplifySelect(ds.Test, SimplifyBinary(BinaryOp.Divide, ds.WhenTrue, r), SimplifyBinary(BinaryOp.Divide, ds.WhenFalse, r));

                // Dividing by a power of two is exactly multiplying by its reciprocal, and cheaper.
                if (r is Constant d && IsPowerOfTwo(d.Value)) return SimplifyBinary(BinaryOp.Multiply, l, new Constant(1 / d.Value));
                break;
        }

        return new Binary(op, l, r);
    }

    private static bool IsZero(Expr e) => e is Constant { Value: 0 };

    private static bool IsOne(Expr e) => e is Constant { Value: 1 };

    private static bool IsMinusOne(Expr e) => e is Constant { Value: -1 };

    private static bool IsPowerOfTwo(double value)
    {
        if (value == 0 || double.IsNaN(value) || double.IsInfinity(value))
        {
            return false;
        }

        long bits = System.BitConverter.DoubleToInt64Bits(value);
        // Exponent within ±100, so the reciprocal is a normal number in float too.
        bool normal = ((bits >> 52) & 0x7FF) is > 923 and < 1123;
        return normal && (bits & 0xFFFFFFFFFFFFFL) == 0;
    }
}
