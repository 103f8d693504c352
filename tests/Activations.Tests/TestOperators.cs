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

public readonly struct TanhOp<T> : IUnaryOperator<T> where T : unmanaged
{
    public TV Invoke<TV>(TV x) where TV : struct, ISimdVector<TV, T> => TV.Tanh(x);
}

public readonly struct TanhFastOp<T> : IUnaryOperator<T> where T : unmanaged
{
    public TV Invoke<TV>(TV x) where TV : struct, ISimdVector<TV, T> => TV.TanhFast(x);
}

public readonly struct TanhDerivativeOp<T> : IUnaryOperator<T> where T : unmanaged
{
    public TV Invoke<TV>(TV x) where TV : struct, ISimdVector<TV, T> => TV.TanhDerivative(x);
}

public readonly struct NormalCdfOp<T> : IUnaryOperator<T> where T : unmanaged
{
    public TV Invoke<TV>(TV x) where TV : struct, ISimdVector<TV, T> => TV.NormalCdf(x);
}

public readonly struct NormalPdfOp<T> : IUnaryOperator<T> where T : unmanaged
{
    public TV Invoke<TV>(TV x) where TV : struct, ISimdVector<TV, T> => TV.NormalPdf(x);
}

// The composite kinds as the generator composes them from the primitives (x·gate and gate + x·gate').

/// <summary>gelu = x·Φ(x).</summary>
public readonly struct GeluOp<T> : IUnaryOperator<T> where T : unmanaged
{
    public TV Invoke<TV>(TV x) where TV : struct, ISimdVector<TV, T> => x * TV.NormalCdf(x);
}

/// <summary>gelu' = Φ(x) + x·φ(x).</summary>
public readonly struct GeluDerivativeOp<T> : IUnaryOperator<T> where T : unmanaged
{
    public TV Invoke<TV>(TV x) where TV : struct, ISimdVector<TV, T> => TV.NormalCdf(x) + (x * TV.NormalPdf(x));
}

/// <summary>mish = x·tanh(softplus(x)).</summary>
public readonly struct MishOp<T> : IUnaryOperator<T> where T : unmanaged
{
    public TV Invoke<TV>(TV x) where TV : struct, ISimdVector<TV, T> => x * TV.Tanh(TV.Softplus(x));
}

/// <summary>mish' = tanh(softplus x) + x·sech²(softplus x)·σ(x).</summary>
public readonly struct MishDerivativeOp<T> : IUnaryOperator<T> where T : unmanaged
{
    public TV Invoke<TV>(TV x) where TV : struct, ISimdVector<TV, T>
    {
        TV s = TV.Softplus(x);
        return TV.Tanh(s) + (x * (TV.TanhDerivative(s) * TV.Sigmoid(x)));
    }
}

/// <summary>gelu_tanh = x·σ(c·(x + 0.044715·x³)), c = 2·√(2/π), constants rounded to T.</summary>
public readonly struct GeluTanhOp<T> : IUnaryOperator<T> where T : unmanaged
{
    public TV Invoke<TV>(TV x) where TV : struct, ISimdVector<TV, T>
        => x * TV.Sigmoid(TV.Create(Constants.Of<T>(Constants.GeluTanhScale)) * (x + (TV.Create(Constants.Of<T>(0.044715)) * (x * x * x))));
}

/// <summary>gelu_tanh' = σ(u) + x·σ'(u)·c·(1 + 3·0.044715·x²).</summary>
public readonly struct GeluTanhDerivativeOp<T> : IUnaryOperator<T> where T : unmanaged
{
    public TV Invoke<TV>(TV x) where TV : struct, ISimdVector<TV, T>
    {
        TV c = TV.Create(Constants.Of<T>(Constants.GeluTanhScale));
        TV u = c * (x + (TV.Create(Constants.Of<T>(0.044715)) * (x * x * x)));
        TV du = c * (TV.Create(Constants.Of<T>(1.0)) + (TV.Create(Constants.Of<T>(3 * 0.044715)) * (x * x)));
        return TV.Sigmoid(u) + (x * (TV.SigmoidDerivative(u) * du));
    }
}

public static class Constants
{
    public const double GeluTanhScale = 1.5957691216057307117597842397375;

    public static T Of<T>(double value) => typeof(T) == typeof(float) ? (T)(object)(float)value : (T)(object)value;
}

public readonly struct SiluOp<T> : IUnaryOperator<T> where T : unmanaged
{
    public TV Invoke<TV>(TV x) where TV : struct, ISimdVector<TV, T> => TV.Silu(x);
}
