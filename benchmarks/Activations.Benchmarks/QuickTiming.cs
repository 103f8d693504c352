using System.Diagnostics;
using TP = System.Numerics.Tensors.TensorPrimitives;

namespace Activations.Benchmarks;

/// <summary>
/// An in-process interleaved timing (no BenchmarkDotNet): for each comparison, ours and
/// TensorPrimitives alternate in rounds over the same buffers and the median ns/element of each
/// is printed with their ratio. Quick to run; BenchmarkDotNet gives the reported numbers.
/// </summary>
internal static unsafe class QuickTiming
{
    public static void Run(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 65536;
        string filter = args.Length > 1 ? args[1] : "";
        var random = new Random(42);
        // Native buffers at fixed offsets modulo 4 KiB (see Buffers): no placement-dependent 4K aliasing.
        float* px = Buffers.Allocate<float>(n, 0), pg = Buffers.Allocate<float>(n, 1024), pd = Buffers.Allocate<float>(n, 2048);
        double* pxd = Buffers.Allocate<double>(n, 0), pxo = Buffers.Allocate<double>(n, 512), pdd = Buffers.Allocate<double>(n, 2048);
        var x = new Span<float>(px, n);
        var g = new Span<float>(pg, n);
        var d = new Span<float>(pd, n);
        var xd = new Span<double>(pxd, n);
        var xo = new Span<double>(pxo, n);
        var dd = new Span<double>(pdd, n);
        for (int i = 0; i < n; i++)
        {
            x[i] = (float)((random.NextDouble() * 20) - 10);
            g[i] = (float)((random.NextDouble() * 2) - 1);
            xd[i] = (random.NextDouble() * 20) - 10;
            xo[i] = random.NextDouble() < 0.01 ? (random.Next(2) == 0 ? -1 : 1) * (708.5 + (random.NextDouble() * 30)) : xd[i];
        }

        d.Clear();
        dd.Clear();
        Span<float> D() => new(pd, n);
        Span<float> X() => new(px, n);
        Span<float> G() => new(pg, n);
        Span<double> DD() => new(pdd, n);
        Span<double> XD() => new(pxd, n);
        Span<double> XO() => new(pxo, n);
        var cases = new (string Name, Action Ours, Action Tp)[]
        {
            ("sigmoid float", () => Single.Sigmoid(X(), D()), () => TP.Sigmoid(X(), D())),
            ("sigmoid float fast", () => Single.SigmoidFast(X(), D()), () => TP.Sigmoid(X(), D())),
            ("sigmoid' float", () => Single.SigmoidDerivative(X(), D()), () => { TP.Sigmoid(X(), D()); TP.AddMultiply(D(), -1f, D(), D()); }),
            ("sigmoid backward float", () => Single.SigmoidBackward(X(), G(), D()), () => { TP.Sigmoid(X(), D()); TP.AddMultiply(D(), -1f, D(), D()); TP.Multiply(D(), G(), D()); }),
            ("tanh float", () => Single.Tanh(X(), D()), () => TP.Tanh(X(), D())),
            ("tanh float fast", () => Single.TanhFast(X(), D()), () => TP.Tanh(X(), D())),
            ("tanh' float", () => Single.TanhDerivative(X(), D()), () => { TP.Tanh(X(), D()); TP.MultiplyAdd(D(), D(), -1f, D()); }),
            ("silu float", () => Single.Silu(X(), D()), () => { TP.Sigmoid(X(), D()); TP.Multiply(X(), D(), D()); }),
            ("softplus float", () => Single.Softplus(X(), D()), () => { TP.Exp(X(), D()); TP.Add(D(), 1f, D()); TP.Log(D(), D()); }),
            ("sigmoid double", () => Double.Sigmoid(XD(), DD()), () => TP.Sigmoid(XD(), DD())),
            ("sigmoid double 1% |x|>708", () => Double.Sigmoid(XO(), DD()), () => TP.Sigmoid(XO(), DD())),
        };

        Console.WriteLine($"N = {n}, Vector512 {System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated}, Vector256 {System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated}");
        Console.WriteLine($"{"case",-28} {"ours ns/el",10} {"TP ns/el",10} {"TP/ours",8}");
        // Past tiered compilation's delays (call counting, then the Tier-1 compile in the
        // background): every method runs fully optimized code before anything is timed.
        for (int pass = 0; pass < 2; pass++)
        {
            foreach (var (name, ours, tp) in cases)
            {
                long warm = Stopwatch.GetTimestamp();
                while (name.Contains(filter, StringComparison.Ordinal) && Stopwatch.GetElapsedTime(warm).TotalMilliseconds < 250)
                {
                    ours();
                    tp();
                }
            }
        }

        foreach (var (name, ours, tp) in cases)
        {
            if (!name.Contains(filter, StringComparison.Ordinal))
            {
                continue;
            }

            int reps = Math.Max(1, (1 << 18) / n);

            var a = new List<double>();
            var b = new List<double>();
            for (int round = 0; round < 200; round++)
            {
                a.Add(Time(ours, reps) / n);
                b.Add(Time(tp, reps) / n);
            }

            // The minimum over many short interleaved rounds: robust to other load on the machine.
            double ma = a.Min(), mb = b.Min();
            Console.WriteLine($"{name,-28} {ma,10:F3} {mb,10:F3} {mb / ma,8:F2}");
        }
    }

    private static double Time(Action action, int reps)
    {
        long start = Stopwatch.GetTimestamp();
        for (int i = 0; i < reps; i++)
        {
            action();
        }

        return Stopwatch.GetElapsedTime(start).TotalNanoseconds / reps;
    }
}
