using System.Reflection;
using ILGPU;
using ILGPU.Runtime;

namespace Activations.Gpu.Tests;

/// <summary>One declared activation (a class implementing <see cref="IGpuCase{T}"/>), type-erased for theories.</summary>
public abstract class GpuCase
{
    public abstract string Name { get; }

    public abstract Type Type { get; }

    public abstract bool IsDouble { get; }

    /// <summary>The three generated kernels: forward, derivative, backward.</summary>
    public IReadOnlyList<MethodInfo> Kernels => new[] { "FKernel", "FDerivativeKernel", "FBackwardKernel" }
        .Select(name => Type.GetMethod(name, BindingFlags.Public | BindingFlags.Static) ?? throw new InvalidOperationException(Type.Name + " has no " + name))
        .ToArray();

    /// <summary>Runs the three launchers on <paramref name="accelerator"/> and the span members; the worst ULP distance of each.</summary>
    public abstract (double Forward, double Derivative, double Backward) MaxUlpAgainstSpans(Accelerator accelerator, double[] inputs, double[] gradients);
}

public sealed class GpuCase<TCase, T> : GpuCase
    where TCase : IGpuCase<T>
    where T : unmanaged
{
    public override string Name => typeof(TCase).Name;

    public override Type Type => typeof(TCase);

    public override bool IsDouble => typeof(T) == typeof(double);

    public override (double Forward, double Derivative, double Backward) MaxUlpAgainstSpans(Accelerator accelerator, double[] inputs, double[] gradients)
    {
        T[] x = inputs.Select(Ulp.To<T>).ToArray();
        T[] g = gradients.Select(Ulp.To<T>).ToArray();
        var forward = new T[x.Length];
        var derivative = new T[x.Length];
        var backward = new T[x.Length];
        TCase.F(x, forward);
        TCase.FDerivative(x, derivative);
        TCase.FBackward(x, g, backward);

        using var xs = accelerator.Allocate1D(x);
        using var gs = accelerator.Allocate1D(g);
        using var f = accelerator.Allocate1D<T>(x.Length);
        using var d = accelerator.Allocate1D<T>(x.Length);
        using var b = accelerator.Allocate1D<T>(x.Length);
        TCase.F(accelerator, xs.View, f.View);
        TCase.FDerivative(accelerator, xs.View, d.View);
        TCase.FBackward(accelerator, xs.View, gs.View, b.View);
        accelerator.Synchronize();
        return (Ulp.Max(forward, f.GetAsArray1D(), x), Ulp.Max(derivative, d.GetAsArray1D(), x), Ulp.Max(backward, b.GetAsArray1D(), x));
    }
}

/// <summary>Every declared case: each type in this assembly that implements <see cref="IGpuCase{T}"/>.</summary>
public static class GpuCases
{
    public static readonly IReadOnlyList<GpuCase> All = typeof(GpuCases).Assembly.GetTypes()
        .Where(type => !type.IsAbstract)
        .SelectMany(type => type.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IGpuCase<>))
            .Select(i => (GpuCase)Activator.CreateInstance(typeof(GpuCase<,>).MakeGenericType(type, i.GetGenericArguments()[0]))!))
        .OrderBy(c => c.Name, StringComparer.Ordinal)
        .ToArray();

    public static GpuCase Get(string name) => All.Single(c => c.Name == name);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (GpuCase c in All)
        {
            data.Add(c.Name);
        }

        return data;
    }

    private static IEnumerable<double> RandomInputs(int count)
    {
        var random = new Random(20240611);
        return Enumerable.Range(0, count).Select(_ => (random.NextDouble() * 24) - 12).ToArray();
    }

    /// <summary>(case, kernel) pairs: every generated kernel.</summary>
    public static TheoryData<string, string> Kernels()
    {
        var data = new TheoryData<string, string>();
        foreach (GpuCase c in All)
        {
            foreach (MethodInfo kernel in c.Kernels)
            {
                data.Add(c.Name, kernel.Name);
            }
        }

        return data;
    }

    /// <summary>
    /// Small on purpose (the CPU accelerator is slow): both tails, the kinks (0, ±3), values around
    /// the clips used above, tiny values, a grid over [−8, 8] and random points in [−12, 12].
    /// </summary>
    public static double[] Inputs { get; } = new double[]
        {
            -1000, -600, -500, -100, -45, -40, -30.25, -20.5, -20, -15, -10, -5, -3, -2.5, -1, -0.5, -1e-3, -1e-8, -1e-30, -0.0,
            0, 1e-30, 1e-8, 1e-3, 0.5, 1, 2.5, 3, 5, 10, 15, 20, 20.5, 30.25, 40, 45, 100, 500, 600, 1000,
        }
        .Concat(Enumerable.Range(0, 44).Select(k => -8 + (k * 0.37)))
        .Concat(RandomInputs(48))
        .ToArray();

    public static double[] Gradients { get; } = Inputs.Select((_, k) => (k % 2 == 0 ? 1 : -1) * (0.25 + (k * 0.0625))).ToArray();
}

/// <summary>Distances in units in the last place, for float and double.</summary>
public static class Ulp
{
    public static T To<T>(double value) => typeof(T) == typeof(float) ? (T)(object)(float)value : (T)(object)value;

    /// <summary>The number of representable values between a and b; 0 when both are NaN.</summary>
    public static double Distance(double a, double b)
    {
        if (double.IsNaN(a) || double.IsNaN(b))
        {
            return double.IsNaN(a) && double.IsNaN(b) ? 0 : double.PositiveInfinity;
        }

        return (double)Int128.Abs((Int128)Ordered(BitConverter.DoubleToInt64Bits(a)) - Ordered(BitConverter.DoubleToInt64Bits(b)));
    }

    public static double Distance(float a, float b)
    {
        if (float.IsNaN(a) || float.IsNaN(b))
        {
            return float.IsNaN(a) && float.IsNaN(b) ? 0 : double.PositiveInfinity;
        }

        return Math.Abs(Ordered(BitConverter.SingleToInt32Bits(a)) - Ordered(BitConverter.SingleToInt32Bits(b)));
    }

    public static double Max<T>(T[] expected, T[] actual, T[] inputs)
    {
        double max = 0;
        for (int i = 0; i < expected.Length; i++)
        {
            double d = expected is float[] e
                ? Distance(e[i], ((float[])(object)actual)[i])
                : Distance(((double[])(object)expected)[i], ((double[])(object)actual)[i]);
            Assert.False(double.IsInfinity(d), $"x = {inputs[i]}: expected {expected[i]}, got {actual[i]}");
            max = Math.Max(max, d);
        }

        return max;
    }

    // Maps the sign-magnitude bit patterns onto a line, so −0 and +0 are neighbours at distance 0.
    private static long Ordered(long bits) => bits < 0 ? long.MinValue - bits : bits;

    private static long Ordered(int bits) => bits < 0 ? int.MinValue - (long)bits : bits;
}
