using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;

namespace Activations.Benchmarks;

// One class per comparison: "Ours" (the generated span member) against "TensorPrimitives" (the
// baseline) on the same inputs, at 1K, 64K and 16M elements. benchmarks/run.sh pairs them into
// benchmarks/results.md. Inputs are uniform in [-10, 10] (typical pre-activations, both tails of
// the functions exercised) unless stated otherwise.

/// <summary>Shared inputs and buffers (native, at fixed offsets modulo 4 KiB: see <see cref="Buffers"/>).</summary>
public abstract unsafe class SingleBenchmark
{
    private float* _x;
    private float* _g;
    private float* _d;

    [Params(1024, 65536, 16777216)]
    public int N { get; set; }

    protected ReadOnlySpan<float> X => new(_x, N);

    protected ReadOnlySpan<float> G => new(_g, N);

    protected Span<float> D => new(_d, N);

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _x = Buffers.Allocate<float>(N, 0);
        _g = Buffers.Allocate<float>(N, 1024);
        _d = Buffers.Allocate<float>(N, 2048);
        for (int i = 0; i < N; i++)
        {
            _x[i] = (float)((random.NextDouble() * 20) - 10);
            _g[i] = (float)((random.NextDouble() * 2) - 1);
            _d[i] = 0;
        }
    }
}

/// <summary>Shared double inputs: uniform in [-10, 10], or with 1 % of |x| in (708, 740].</summary>
public abstract unsafe class DoubleBenchmark
{
    private double* _x;
    private double* _d;

    [Params(1024, 65536, 16777216)]
    public int N { get; set; }

    protected ReadOnlySpan<double> X => new(_x, N);

    protected Span<double> D => new(_d, N);

    protected virtual double OutlierFraction => 0;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _x = Buffers.Allocate<double>(N, 0);
        _d = Buffers.Allocate<double>(N, 2048);
        for (int i = 0; i < N; i++)
        {
            _x[i] = random.NextDouble() < OutlierFraction
                ? (random.Next(2) == 0 ? -1 : 1) * (708.5 + (random.NextDouble() * 30))
                : (random.NextDouble() * 20) - 10;
            _d[i] = 0;
        }
    }
}

[MemoryDiagnoser]
public class SigmoidSingle : SingleBenchmark
{
    [Benchmark]
    public void Ours() => Single.Sigmoid(X, D);

    [Benchmark(Baseline = true)]
    public void TensorPrimitives() => System.Numerics.Tensors.TensorPrimitives.Sigmoid(X, D);
}

[MemoryDiagnoser]
public class SigmoidFastSingle : SingleBenchmark
{
    [Benchmark]
    public void Ours() => Single.SigmoidFast(X, D);

    [Benchmark(Baseline = true)]
    public void TensorPrimitives() => System.Numerics.Tensors.TensorPrimitives.Sigmoid(X, D);
}

/// <summary>σ' against the two passes σ, then (σ − 1)·σ (= −σ', the same work as σ·(1 − σ)).</summary>
[MemoryDiagnoser]
public class SigmoidDerivativeSingle : SingleBenchmark
{
    [Benchmark]
    public void Ours() => Single.SigmoidDerivative(X, D);

    [Benchmark(Baseline = true)]
    public void TensorPrimitives()
    {
        System.Numerics.Tensors.TensorPrimitives.Sigmoid(X, D);
        System.Numerics.Tensors.TensorPrimitives.AddMultiply(D, -1f, D, D);
    }
}

/// <summary>g·σ' against σ, then (σ − 1)·σ, then ·g (TensorPrimitives has no fused three-operand form for it).</summary>
[MemoryDiagnoser]
public class SigmoidBackwardSingle : SingleBenchmark
{
    [Benchmark]
    public void Ours() => Single.SigmoidBackward(X, G, D);

    [Benchmark(Baseline = true)]
    public void TensorPrimitives()
    {
        System.Numerics.Tensors.TensorPrimitives.Sigmoid(X, D);
        System.Numerics.Tensors.TensorPrimitives.AddMultiply(D, -1f, D, D);
        System.Numerics.Tensors.TensorPrimitives.Multiply(D, G, D);
    }
}

[MemoryDiagnoser]
public class TanhSingle : SingleBenchmark
{
    [Benchmark]
    public void Ours() => Single.Tanh(X, D);

    [Benchmark(Baseline = true)]
    public void TensorPrimitives() => System.Numerics.Tensors.TensorPrimitives.Tanh(X, D);
}

[MemoryDiagnoser]
public class TanhFastSingle : SingleBenchmark
{
    [Benchmark]
    public void Ours() => Single.TanhFast(X, D);

    [Benchmark(Baseline = true)]
    public void TensorPrimitives() => System.Numerics.Tensors.TensorPrimitives.Tanh(X, D);
}

/// <summary>tanh' against the two passes tanh, then t·t − 1 (= −tanh', the same work as 1 − t²).</summary>
[MemoryDiagnoser]
public class TanhDerivativeSingle : SingleBenchmark
{
    [Benchmark]
    public void Ours() => Single.TanhDerivative(X, D);

    [Benchmark(Baseline = true)]
    public void TensorPrimitives()
    {
        System.Numerics.Tensors.TensorPrimitives.Tanh(X, D);
        System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(D, D, -1f, D);
    }
}

/// <summary>silu = x·σ(x) against Sigmoid then Multiply.</summary>
[MemoryDiagnoser]
public class SiluSingle : SingleBenchmark
{
    [Benchmark]
    public void Ours() => Single.Silu(X, D);

    [Benchmark(Baseline = true)]
    public void TensorPrimitives()
    {
        System.Numerics.Tensors.TensorPrimitives.Sigmoid(X, D);
        System.Numerics.Tensors.TensorPrimitives.Multiply(X, D, D);
    }
}

/// <summary>softplus = ln(1 + e^x) against Exp, Add 1, Log.</summary>
[MemoryDiagnoser]
public class SoftplusSingle : SingleBenchmark
{
    [Benchmark]
    public void Ours() => Single.Softplus(X, D);

    [Benchmark(Baseline = true)]
    public void TensorPrimitives()
    {
        System.Numerics.Tensors.TensorPrimitives.Exp(X, D);
        System.Numerics.Tensors.TensorPrimitives.Add(D, 1f, D);
        System.Numerics.Tensors.TensorPrimitives.Log(D, D);
    }
}

[MemoryDiagnoser]
public class SigmoidDouble : DoubleBenchmark
{
    [Benchmark]
    public void Ours() => Double.Sigmoid(X, D);

    [Benchmark(Baseline = true)]
    public void TensorPrimitives() => System.Numerics.Tensors.TensorPrimitives.Sigmoid(X, D);
}

/// <summary>The double sigmoid with 1 % of the inputs beyond |x| = 708.</summary>
[MemoryDiagnoser]
public class SigmoidDoubleOutliers : DoubleBenchmark
{
    protected override double OutlierFraction => 0.01;

    [Benchmark]
    public void Ours() => Double.Sigmoid(X, D);

    [Benchmark(Baseline = true)]
    public void TensorPrimitives() => System.Numerics.Tensors.TensorPrimitives.Sigmoid(X, D);
}
