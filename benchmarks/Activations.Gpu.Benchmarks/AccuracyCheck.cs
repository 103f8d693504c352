using Activations.Kinds.Tests;
using Activations.Tests.Infrastructure;
using ILGPU;
using ILGPU.Runtime;

namespace Activations.Gpu.Benchmarks;

/// <summary>A generated launcher: <c>destination[i] = f(x[i])</c> on the accelerator.</summary>
internal delegate void Launch<T>(Accelerator accelerator, ArrayView<T> x, ArrayView<T> destination)
    where T : unmanaged;

/// <summary>A generated backward launcher: <c>destination[i] = gradient[i]·f'(x[i])</c>.</summary>
internal delegate void LaunchBackward<T>(Accelerator accelerator, ArrayView<T> x, ArrayView<T> gradient, ArrayView<T> destination)
    where T : unmanaged;

/// <summary>A generated span member.</summary>
internal delegate void SpanFunction<T>(ReadOnlySpan<T> x, Span<T> destination);

/// <summary>A generated span backward.</summary>
internal delegate void SpanBackward<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> gradient, Span<T> destination);

/// <summary>One declared method's kernels and span members; <see cref="Reference"/> names its rows in tests/reference (null: none).</summary>
internal sealed record Method<T>(
    string Name, string? Reference, bool Composite,
    Launch<T> F, Launch<T> Df, LaunchBackward<T> B,
    SpanFunction<T> Fs, SpanFunction<T> Dfs, SpanBackward<T> Bs)
    where T : unmanaged;

/// <summary>
/// Every kind's kernels (tests/Kinds.Tests/Declarations.cs) over the reference points: max ULP
/// against the exact values, next to the CPU span code's, and the largest difference between the
/// two. Derivatives of the composite kinds are measured against max(|f'|, ε) near their zero
/// crossing, and the rows where the reference itself is wrong (gelu below −13, gelu_tanh below −10)
/// are skipped, as in tests/Kinds.Tests.
/// </summary>
internal static class AccuracyCheck
{
    private const long SpanBound = 4;

    public static int Run(Accelerator accelerator, Report report)
    {
        report.Line($"## Kernels on {accelerator.Name} against the exact values (tests/reference) and the CPU span code");
        report.Line();
        report.Line("| method | type | f: kernel / span, max ULP vs exact | f': kernel / span | kernel vs span, max ULP (f, f', backward; composites' f' and backward relative to max(f', ε) near f' = 0) | bit-identical to span | f, f' bit-identical to the CPU scalar members (max ULP) |");
        report.Line("| --- | --- | --- | --- | --- | --- | --- |");
        int failures = 0;
        foreach (Method<float> method in SingleMethods())
        {
            failures += Check(accelerator, method, report, "float");
        }

        foreach (Method<double> method in DoubleMethods())
        {
            failures += Check(accelerator, method, report, "double");
        }

        report.Line();
        return failures;
    }

    private static IEnumerable<Method<float>> SingleMethods()
    {
        yield return new("Sigmoid", "sigmoid", false, F.Sigmoid, F.SigmoidDerivative, F.SigmoidBackward, F.Sigmoid, F.SigmoidDerivative, F.SigmoidBackward);
        yield return new("SigmoidFast", "sigmoid", false, F.SigmoidFast, F.SigmoidFastDerivative, F.SigmoidFastBackward, F.SigmoidFast, F.SigmoidFastDerivative, F.SigmoidFastBackward);
        yield return new("Tanh", "tanh", false, F.Tanh, F.TanhDerivative, F.TanhBackward, F.Tanh, F.TanhDerivative, F.TanhBackward);
        yield return new("TanhFast", "tanh", false, F.TanhFast, F.TanhFastDerivative, F.TanhFastBackward, F.TanhFast, F.TanhFastDerivative, F.TanhFastBackward);
        yield return new("Softplus", "softplus", false, F.Softplus, F.SoftplusDerivative, F.SoftplusBackward, F.Softplus, F.SoftplusDerivative, F.SoftplusBackward);
        yield return new("LogSigmoid", "log_sigmoid", false, F.LogSigmoid, F.LogSigmoidDerivative, F.LogSigmoidBackward, F.LogSigmoid, F.LogSigmoidDerivative, F.LogSigmoidBackward);
        yield return new("Silu", "silu", true, F.Silu, F.SiluDerivative, F.SiluBackward, F.Silu, F.SiluDerivative, F.SiluBackward);
        yield return new("Gelu", "gelu", true, F.Gelu, F.GeluDerivative, F.GeluBackward, F.Gelu, F.GeluDerivative, F.GeluBackward);
        yield return new("GeluTanh", "gelu_tanh", true, F.GeluTanh, F.GeluTanhDerivative, F.GeluTanhBackward, F.GeluTanh, F.GeluTanhDerivative, F.GeluTanhBackward);
        yield return new("Elu", "elu", false, F.Elu, F.EluDerivative, F.EluBackward, F.Elu, F.EluDerivative, F.EluBackward);
        yield return new("Selu", "selu", false, F.Selu, F.SeluDerivative, F.SeluBackward, F.Selu, F.SeluDerivative, F.SeluBackward);
        yield return new("Mish", "mish", true, F.Mish, F.MishDerivative, F.MishBackward, F.Mish, F.MishDerivative, F.MishBackward);
        yield return new("Softsign", "softsign", false, F.Softsign, F.SoftsignDerivative, F.SoftsignBackward, F.Softsign, F.SoftsignDerivative, F.SoftsignBackward);
        yield return new("Relu", null, false, F.Relu, F.ReluDerivative, F.ReluBackward, F.Relu, F.ReluDerivative, F.ReluBackward);
        yield return new("LeakyRelu", null, false, F.LeakyRelu, F.LeakyReluDerivative, F.LeakyReluBackward, F.LeakyRelu, F.LeakyReluDerivative, F.LeakyReluBackward);
        yield return new("HardSigmoid", null, false, F.HardSigmoid, F.HardSigmoidDerivative, F.HardSigmoidBackward, F.HardSigmoid, F.HardSigmoidDerivative, F.HardSigmoidBackward);
        yield return new("Swish2", null, false, F.Swish2, F.Swish2Derivative, F.Swish2Backward, F.Swish2, F.Swish2Derivative, F.Swish2Backward);
        yield return new("SoftplusThreshold", null, false, F.SoftplusThreshold, F.SoftplusThresholdDerivative, F.SoftplusThresholdBackward, F.SoftplusThreshold, F.SoftplusThresholdDerivative, F.SoftplusThresholdBackward);
    }

    private static IEnumerable<Method<double>> DoubleMethods()
    {
        yield return new("Sigmoid", "sigmoid", false, D.Sigmoid, D.SigmoidDerivative, D.SigmoidBackward, D.Sigmoid, D.SigmoidDerivative, D.SigmoidBackward);
        yield return new("SigmoidFast", "sigmoid", false, D.SigmoidFast, D.SigmoidFastDerivative, D.SigmoidFastBackward, D.SigmoidFast, D.SigmoidFastDerivative, D.SigmoidFastBackward);
        yield return new("Tanh", "tanh", false, D.Tanh, D.TanhDerivative, D.TanhBackward, D.Tanh, D.TanhDerivative, D.TanhBackward);
        yield return new("TanhFast", "tanh", false, D.TanhFast, D.TanhFastDerivative, D.TanhFastBackward, D.TanhFast, D.TanhFastDerivative, D.TanhFastBackward);
        yield return new("Softplus", "softplus", false, D.Softplus, D.SoftplusDerivative, D.SoftplusBackward, D.Softplus, D.SoftplusDerivative, D.SoftplusBackward);
        yield return new("LogSigmoid", "log_sigmoid", false, D.LogSigmoid, D.LogSigmoidDerivative, D.LogSigmoidBackward, D.LogSigmoid, D.LogSigmoidDerivative, D.LogSigmoidBackward);
        yield return new("Silu", "silu", true, D.Silu, D.SiluDerivative, D.SiluBackward, D.Silu, D.SiluDerivative, D.SiluBackward);
        yield return new("Gelu", "gelu", true, D.Gelu, D.GeluDerivative, D.GeluBackward, D.Gelu, D.GeluDerivative, D.GeluBackward);
        yield return new("GeluTanh", "gelu_tanh", true, D.GeluTanh, D.GeluTanhDerivative, D.GeluTanhBackward, D.GeluTanh, D.GeluTanhDerivative, D.GeluTanhBackward);
        yield return new("Elu", "elu", false, D.Elu, D.EluDerivative, D.EluBackward, D.Elu, D.EluDerivative, D.EluBackward);
        yield return new("Selu", "selu", false, D.Selu, D.SeluDerivative, D.SeluBackward, D.Selu, D.SeluDerivative, D.SeluBackward);
        yield return new("Mish", "mish", true, D.Mish, D.MishDerivative, D.MishBackward, D.Mish, D.MishDerivative, D.MishBackward);
        yield return new("Softsign", "softsign", false, D.Softsign, D.SoftsignDerivative, D.SoftsignBackward, D.Softsign, D.SoftsignDerivative, D.SoftsignBackward);
        yield return new("Relu", null, false, D.Relu, D.ReluDerivative, D.ReluBackward, D.Relu, D.ReluDerivative, D.ReluBackward);
        yield return new("LeakyRelu", null, false, D.LeakyRelu, D.LeakyReluDerivative, D.LeakyReluBackward, D.LeakyRelu, D.LeakyReluDerivative, D.LeakyReluBackward);
        yield return new("HardSigmoid", null, false, D.HardSigmoid, D.HardSigmoidDerivative, D.HardSigmoidBackward, D.HardSigmoid, D.HardSigmoidDerivative, D.HardSigmoidBackward);
    }

    private static int Check<T>(Accelerator accelerator, Method<T> method, Report report, string type)
        where T : unmanaged
    {
        // Points: the method's reference rows, or (no reference) the sigmoid rows' x, which span
        // the whole range, zero, the kinks' neighbourhoods and the special values.
        IReadOnlyList<ReferenceRow> rows = ReferenceData.Activation(method.Reference ?? "sigmoid");
        T[] x = rows.Select(r => Value<T>(r.X)).ToArray();
        T[] gradient = Enumerable.Range(0, x.Length).Select(i => FromDouble<T>(((i * 0.618033988749895) % 2.0) - 1.0)).ToArray();

        using MemoryBuffer1D<T, Stride1D.Dense> xs = accelerator.Allocate1D(x);
        using MemoryBuffer1D<T, Stride1D.Dense> gs = accelerator.Allocate1D(gradient);
        using MemoryBuffer1D<T, Stride1D.Dense> ys = accelerator.Allocate1D<T>(x.Length);
        method.F(accelerator, xs.View, ys.View);
        T[] f = ys.GetAsArray1D();
        method.Df(accelerator, xs.View, ys.View);
        T[] df = ys.GetAsArray1D();
        method.B(accelerator, xs.View, gs.View, ys.View);
        T[] b = ys.GetAsArray1D();

        T[] fs = new T[x.Length], dfs = new T[x.Length], bs = new T[x.Length];
        method.Fs(x, fs);
        method.Dfs(x, dfs);
        method.Bs(x, gradient, bs);

        // The CPU's scalar members: the very functions the kernels call.
        Type declaring = typeof(T) == typeof(float) ? typeof(F) : typeof(D);
        Func<T, T> scalar = declaring.GetMethod(method.Name, [typeof(T)])!.CreateDelegate<Func<T, T>>();
        Func<T, T> scalarDerivative = declaring.GetMethod(method.Name + "Derivative", [typeof(T)])!.CreateDelegate<Func<T, T>>();
        long sameAsScalar = 0, vsScalar = 0;
        for (int i = 0; i < x.Length; i++)
        {
            T sf = scalar(x[i]), sdf = scalarDerivative(x[i]);
            sameAsScalar += (Same(sf, f[i]) ? 1 : 0) + (Same(sdf, df[i]) ? 1 : 0);
            vsScalar = Math.Max(vsScalar, Math.Max(Distance(sf, f[i]), Distance(sdf, df[i])));
        }

        long kernelF = 0, spanF = 0, kernelDf = 0, spanDf = 0, vsSpanF = 0, vsSpanDf = 0, vsSpanB = 0, identical = 0;
        string worstDf = string.Empty;
        for (int i = 0; i < x.Length; i++)
        {
            bool nearZero = method.Composite && Math.Abs(ToDouble(x[i])) < 5;
            vsSpanF = Math.Max(vsSpanF, Distance(fs[i], f[i]));
            vsSpanDf = Math.Max(vsSpanDf, DerivativeError(dfs[i], df[i], nearZero));
            vsSpanB = Math.Max(vsSpanB, DerivativeError(bs[i], b[i], nearZero));
            identical += (Same(fs[i], f[i]) ? 1 : 0) + (Same(dfs[i], df[i]) ? 1 : 0) + (Same(bs[i], b[i]) ? 1 : 0);
            if (method.Reference is null || !Trustworthy(method.Reference, rows[i]))
            {
                continue;
            }

            T y = Value<T>(rows[i].Y), dy = Value<T>(rows[i].Dy!);
            if (!(method.Composite && IsSubnormal(y)))
            {
                kernelF = Math.Max(kernelF, Distance(y, f[i]));
                spanF = Math.Max(spanF, Distance(y, fs[i]));
            }

            if (!(method.Composite && IsSubnormal(dy)))
            {
                long error = DerivativeError(dy, df[i], nearZero);
                if (error > kernelDf)
                {
                    kernelDf = error;
                    worstDf = $"{method.Name} {type} f'({rows[i].X}): exact {rows[i].Dy}, kernel {ToDouble(df[i]):R}, scalar {ToDouble(scalarDerivative(x[i])):R}";
                }

                spanDf = Math.Max(spanDf, DerivativeError(dy, dfs[i], nearZero));
            }
        }

        long worst = Math.Max(vsSpanF, Math.Max(vsSpanDf, vsSpanB));
        if (kernelDf > 4)
        {
            Console.Error.WriteLine("worst " + worstDf);
        }

        string exactF = method.Reference is null ? "–" : $"{kernelF} / {spanF}";
        string exactDf = method.Reference is null ? "–" : $"{kernelDf} / {spanDf}";
        report.Line($"| {method.Name} | {type} | {exactF} | {exactDf} | {vsSpanF}, {vsSpanDf}, {vsSpanB}{(worst > SpanBound ? " **over 4**" : string.Empty)} | {100.0 * identical / (3.0 * x.Length):F1} % | {100.0 * sameAsScalar / (2.0 * x.Length):F1} % ({vsScalar} ULP) |");
        return worst > SpanBound ? 1 : 0;
    }

    // The reference is wrong where 1 + erf / 1 + tanh cancel at 60 digits (see tests/Kinds.Tests).
    private static bool Trustworthy(string function, ReferenceRow row) =>
        function switch
        {
            "gelu" => !(row.XDouble <= -13),
            "gelu_tanh" => !(row.XDouble <= -10),
            _ => true,
        };

    // Relative to max(|f'|, ε) near the zero crossing of a composite's derivative: there the error
    // counts in ULPs of ε.
    private static long DerivativeError<T>(T expected, T actual, bool nearZero)
    {
        double e = ToDouble(expected), a = ToDouble(actual);
        double epsilon = typeof(T) == typeof(float) ? 1.1920928955078125e-7 : 2.220446049250313e-16;
        if (!nearZero || double.IsNaN(e) || Math.Abs(e) >= epsilon)
        {
            return Distance(expected, actual);
        }

        double ulpOfEpsilon = epsilon * epsilon; // the ULP of ε: 2^-46 (float), 2^-104 (double)
        return double.IsNaN(a) ? long.MaxValue : (long)Math.Ceiling(Math.Abs(a - e) / ulpOfEpsilon);
    }

    private static long Distance<T>(T expected, T actual) =>
        typeof(T) == typeof(float)
            ? Ulp.Distance((float)(object)expected!, (float)(object)actual!)
            : Ulp.Distance((double)(object)expected!, (double)(object)actual!);

    private static bool Same<T>(T a, T b) => typeof(T) == typeof(float)
        ? BitConverter.SingleToInt32Bits((float)(object)a!) == BitConverter.SingleToInt32Bits((float)(object)b!)
        : BitConverter.DoubleToInt64Bits((double)(object)a!) == BitConverter.DoubleToInt64Bits((double)(object)b!);

    private static bool IsSubnormal<T>(T v) => typeof(T) == typeof(float) ? float.IsSubnormal((float)(object)v!) : double.IsSubnormal((double)(object)v!);

    private static double ToDouble<T>(T v) => typeof(T) == typeof(float) ? (float)(object)v! : (double)(object)v!;

    private static T FromDouble<T>(double v) => typeof(T) == typeof(float) ? (T)(object)(float)v : (T)(object)v;

    // A decimal parsed straight to the type: correctly rounded, no double rounding for float.
    private static T Value<T>(string s) => typeof(T) == typeof(float) ? (T)(object)Parse.Single(s) : (T)(object)Parse.Double(s);
}
