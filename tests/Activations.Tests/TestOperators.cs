using Activations.Kernels;

namespace Activations.Tests;

// Lane-wise operators over ISimdVector, as generated code writes them: one struct per function,
// generic over the element type so the same operator serves float and double.

public readonly struct ExpOp<T> : IUnaryOperator<T> where T : unmanaged
{
    public TV Invoke<TV>(TV x) where TV : struct, ISimdVector<TV, T> => TV.Exp(x);
}

public readonly struct Expm1Op<T> : IUnaryOperator<T> where T : unmanaged
{
    public TV Invoke<TV>(TV x) where TV : struct, ISimdVector<TV, T> => TV.Expm1(x);
}

public readonly struct Log1pOp<T> : IUnaryOperator<T> where T : unmanaged
{
    public TV Invoke<TV>(TV x) where TV : struct, ISimdVector<TV, T> => TV.Log1p(x);
}

public readonly struct SigmoidOp<T> : IUnaryOperator<T> where T : unmanaged
{
    public TV Invoke<TV>(TV x) where TV : struct, ISimdVector<TV, T> => TV.Sigmoid(x);
}

public readonly struct SigmoidDerivativeOp<T> : IUnaryOperator<T> where T : unmanaged
{
    public TV Invoke<TV>(TV x) where TV : struct, ISimdVector<TV, T> => TV.SigmoidDerivative(x);
}

public readonly struct SigmoidFastOp<T> : IUnaryOperator<T> where T : unmanaged
{
    public TV Invoke<TV>(TV x) where TV : struct, ISimdVector<TV, T> => TV.SigmoidFast(x);
}

public readonly struct LogSigmoidOp<T> : IUnaryOperator<T> where T : unmanaged
{
    public TV Invoke<TV>(TV x) where TV : struct, ISimdVector<TV, T> => TV.LogSigmoid(x);
}

public readonly struct SoftplusOp<T> : IUnaryOperator<T> where T : unmanaged
{
    public TV Invoke<TV>(TV x) where TV : struct, ISimdVector<TV, T> => TV.Softplus(x);
}

/// <summary>
/// A formula exercising the plain lane operations (arithmetic, FMA, sqrt, abs, negation,
/// comparisons, masks, select) the way generated code combines them.
/// </summary>
public readonly struct MixedOp<T> : IUnaryOperator<T> where T : unmanaged
{
    private readonly T _two;
    private readonly T _three;
    private readonly T _half;

    public MixedOp(T two, T three, T half)
    {
        _two = two;
        _three = three;
        _half = half;
    }

    public TV Invoke<TV>(TV x) where TV : struct, ISimdVector<TV, T>
    {
        TV a = TV.Abs(x);
        TV s = TV.Sqrt(TV.MultiplyAdd(a, TV.Create(_two), TV.Create(_three)));
        TV inner = TV.And(TV.GreaterThanOrEqual(x, -TV.Create(_three)), TV.LessThanOrEqual(x, TV.Create(_three)));
        TV edge = TV.Or(TV.Equal(x, TV.Create(_half)), TV.LessThan(x, -TV.Create(_two)));
        TV v = TV.Select(inner, (x * s) / (a + TV.Create(_three)), -(s - x));
        v = TV.Select(TV.Not(TV.GreaterThan(v, TV.Create(_three))), v, v * TV.Create(_half));
        return TV.Select(edge, TV.Sigmoid(x) + TV.Softplus(-x), v);
    }
}

/// <summary>A backward: gradient·σ'(x).</summary>
public readonly struct SigmoidBackwardOp<T> : IBinaryOperator<T> where T : unmanaged
{
    public TV Invoke<TV>(TV x, TV y) where TV : struct, ISimdVector<TV, T> => y * TV.SigmoidDerivative(x);
}

public static class Ops
{
    public static MixedOp<float> MixedSingle => new(2f, 3f, 0.5f);

    public static MixedOp<double> MixedDouble => new(2.0, 3.0, 0.5);
}

/// <summary>x·y: terms chosen exactly by the test.</summary>
public readonly struct ProductOp<T> : IBinaryOperator<T> where T : unmanaged
{
    public TV Invoke<TV>(TV x, TV y) where TV : struct, ISimdVector<TV, T> => x * y;
}
