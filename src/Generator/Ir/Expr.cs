namespace Activations.Generator.Ir;

/// <summary>
/// A node of the activation expression IR: a formula over the input <c>x</c>, constants and
/// primitives whose derivatives are known. Records give structural equality, which the
/// simplifier and the common-subexpression pass rely on.
/// </summary>
internal abstract record Expr
{
    public static Expr operator +(Expr left, Expr right) => new Binary(BinaryOp.Add, left, right);

    public static Expr operator -(Expr left, Expr right) => new Binary(BinaryOp.Subtract, left, right);

    public static Expr operator *(Expr left, Expr right) => new Binary(BinaryOp.Multiply, left, right);

    public static Expr operator /(Expr left, Expr right) => new Binary(BinaryOp.Divide, left, right);

    public static Expr operator -(Expr operand) => new Negate(operand);

    public static implicit operator Expr(double value) => new Constant(value);
}

/// <summary>A literal, converted to the element type when emitted.</summary>
internal sealed record Constant(double Value) : Expr;

/// <summary>A named value: the input <c>x</c> (or, for custom formulas, a parameter).</summary>
internal sealed record Variable(string Name) : Expr
{
    public static readonly Variable X = new("x");
}

/// <summary>−operand (flips the sign bit).</summary>
internal sealed record Negate(Expr Operand) : Expr;

/// <summary>Arithmetic on two operands.</summary>
internal sealed record Binary(BinaryOp Op, Expr Left, Expr Right) : Expr;

/// <summary>A primitive function of one argument (exp, log1p, sigmoid, …).</summary>
internal sealed record Call(Primitive Function, Expr Argument) : Expr;

/// <summary>The value clamped to [Min, Max]; NaN passes through. Derivative: 1 inside (bounds included), 0 outside.</summary>
internal sealed record Clamp(Expr Value, double Min, double Max) : Expr;

/// <summary>
/// Value·(High + Low) for a constant factor given to twice double precision: rounded to the element
/// type (<see cref="Error"/> false), or the rounding error of that, Value·(High + Low) − rounded,
/// in the element type (<see cref="Error"/> true; 0 where the rounded value is infinite). Only made
/// by the lowering before emission (see <c>ExpressionWriter</c>), never differentiated.
/// </summary>
internal sealed record ScaledArgument(Expr Value, double High, double Low, bool Error) : Expr;

/// <summary>
/// softplus(Beta·Value)/Beta in float for a β that is not a power of two, evaluated in double and
/// rounded once (the runtime's <c>ScaledSoftplus</c>): in float lanes softplus(β·x) rounded and then
/// divided by β rounds twice. Only made by the lowering before emission, never differentiated.
/// </summary>
internal sealed record ScaledSoftplus(Expr Value, double Beta) : Expr;

/// <summary>A comparison or a logical combination of comparisons; only used as a <see cref="Select"/> condition.</summary>
internal sealed record Condition(ConditionOp Op, Expr Left, Expr Right) : Expr;

/// <summary>Condition ? WhenTrue : WhenFalse, lane by lane.</summary>
internal sealed record Select(Expr Test, Expr WhenTrue, Expr WhenFalse) : Expr;

internal enum BinaryOp
{
    Add,
    Subtract,
    Multiply,
    Divide,
}

internal enum ConditionOp
{
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Equal,
    And,
    Or,
}
