// A consumer of the packed Activations package: declares sigmoid methods the ways users do and
// prints what they compute at every x of the reference file given as the first argument.
using System.Globalization;
using Activations;

string[] lines = File.ReadAllLines(args[0]);
var xs = new List<double>();
foreach (string line in lines.Skip(1))
{
    string[] f = line.Split(',');
    if (f[0] == "sigmoid")
    {
        xs.Add(double.Parse(f[1], CultureInfo.InvariantCulture));
    }
}

float[] xf = xs.Select(x => (float)x).ToArray();
double[] xd = xs.ToArray();
float[] gf = xf.Select((_, i) => 0.5f + (i % 7)).ToArray();
double[] gd = gf.Select(g => (double)g).ToArray();

Report("float", xf, gf, Consumer.Gates.Sigmoid, Consumer.Gates.SigmoidDerivative, Consumer.Gates.Sigmoid, Consumer.Gates.SigmoidDerivative, Consumer.Gates.SigmoidBackward);
Report("float-clip", xf, gf, Consumer.Gates.Clipped, Consumer.Gates.ClippedDerivative, Consumer.Gates.Clipped, Consumer.Gates.ClippedDerivative, Consumer.Gates.ClippedBackward);
Report("double", xd, gd, Consumer.Gates.Nested.Exact, Consumer.Gates.Nested.ExactDerivative, Consumer.Gates.Nested.Exact, Consumer.Gates.Nested.ExactDerivative, Consumer.Gates.Nested.ExactBackward);
Report("double-clip", xd, gd, InternalGates.ClippedDouble, InternalGates.ClippedDoubleDerivative, InternalGates.ClippedDouble, InternalGates.ClippedDoubleDerivative, InternalGates.ClippedDoubleBackward);

// Temperature 2 evaluated at 2x is σ(x), with derivative σ'(x)/2.
Report("float-t2", xf.Select(x => 2 * x).ToArray(), gf, InternalGates.Warm, InternalGates.WarmDerivative, InternalGates.Warm, InternalGates.WarmDerivative, InternalGates.WarmBackward);
Report("double-t2", xd.Select(x => 2 * x).ToArray(), gd, InternalGates.WarmDouble, InternalGates.WarmDoubleDerivative, InternalGates.WarmDouble, InternalGates.WarmDoubleDerivative, InternalGates.WarmDoubleBackward);

// Span rules.
Console.WriteLine("rule destination-short " + Throws(() => Consumer.Gates.Sigmoid(new float[4], new float[3])));
Console.WriteLine("rule gradient-length " + Throws(() => Consumer.Gates.SigmoidBackward(new float[4], new float[3], new float[4])));
float[] buffer = new float[64];
Console.WriteLine("rule partial-overlap " + Throws(() => Consumer.Gates.Sigmoid(buffer.AsSpan(0, 32), buffer.AsSpan(1, 32))));
Console.WriteLine("rule in-place " + !Throws(() => Consumer.Gates.Sigmoid(buffer.AsSpan(0, 32), buffer.AsSpan(0, 32))));

// Span results must not depend on the span's length or offset.
float[] big = Enumerable.Range(0, 300).Select(i => (i - 150) * 0.37f).ToArray();
float[] whole = new float[big.Length];
Consumer.Gates.Sigmoid(big, whole);
bool identical = true;
for (int offset = 0; offset < 20; offset++)
{
    for (int length = 0; length + offset <= 80; length++)
    {
        float[] part = new float[length];
        Consumer.Gates.Sigmoid(big.AsSpan(offset, length), part);
        for (int i = 0; i < length; i++)
        {
            identical &= BitConverter.SingleToInt32Bits(part[i]) == BitConverter.SingleToInt32Bits(whole[offset + i]);
        }
    }
}

Console.WriteLine("rule offsets-identical " + identical);

static bool Throws(Action action)
{
    try
    {
        action();
        return false;
    }
    catch (ArgumentException)
    {
        return true;
    }
}

static void Report<T>(string label, T[] x, T[] g, Func<T, T> f, Func<T, T> df, SpanAction<T> fs, SpanAction<T> dfs, BackwardAction<T> bs)
    where T : IFormattable
{
    var y = new T[x.Length];
    var dy = new T[x.Length];
    var back = new T[x.Length];
    fs(x, y);
    dfs(x, dy);
    bs(x, g, back);
    for (int i = 0; i < x.Length; i++)
    {
        Console.WriteLine(string.Join(' ', label, F(x[i]), F(f(x[i])), F(df(x[i])), F(y[i]), F(dy[i]), F(g[i]), F(back[i])));
    }
}

static string F<T>(T value) where T : IFormattable => value.ToString("R", CultureInfo.InvariantCulture);

delegate void SpanAction<T>(ReadOnlySpan<T> x, Span<T> destination);

delegate void BackwardAction<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> gradient, Span<T> destination);

namespace Consumer
{
    public static partial class Gates
    {
        [Activation("sigmoid")]
        public static partial float Sigmoid(float x);

        [Activation("Sigmoid", Clip = 500)]
        public static partial float Clipped(float x);

        internal static partial class Nested
        {
            [Activation("SIGMOID")]
            internal static partial double Exact(double x);
        }
    }
}

internal static partial class InternalGates
{
    [Activation("sigmoid", Clip = 500)]
    internal static partial double ClippedDouble(double x);

    [Activation("sigmoid", Temperature = 2)]
    public static partial float Warm(float x);

    [Activation("sIgMoId", Temperature = 2, Clip = 1000)]
    public static partial double WarmDouble(double x);

    // Factors that are not powers of two: the generated code forms the argument and its rounding
    // error (ActivationMath.ScaleArgument…) — compiled here under the consumer's strict settings.
    [Activation("swish", Beta = 1.5)]
    public static partial float Swish(float x);

    [Activation("gelu", Temperature = 0.7, Clip = 30)]
    public static partial double CoolGelu(double x);

    // Float softplus at β = 1.5: one ActivationMath/ISimdVector ScaledSoftplus call, computed in double.
    [Activation("softplus", Beta = 1.5)]
    public static partial float SoftSoftplus(float x);
}
