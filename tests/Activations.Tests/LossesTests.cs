using System.Globalization;
using System.Numerics;
using Activations.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Activations.Tests;

/// <summary>
/// <see cref="Losses"/> against tests/reference/bce_with_logits.csv (exact loss and dloss/dz):
/// ≤ 2 ULP in float and double, scalar and span, plus the span rules.
/// </summary>
public class LossesTests
{
    private const long Bound = 2;

    private static readonly Lazy<IReadOnlyList<BceRow>> s_rows = new(Load);

    private readonly ITestOutputHelper _output;

    public LossesTests(ITestOutputHelper output) => _output = output;

    /// <summary>One row: z, y (both exactly floats) and the exact loss and gradient as decimal strings.</summary>
    public sealed record BceRow(string Z, string Y, string Loss, string Gradient)
    {
        public double ZDouble => Parse.Double(Z);

        public double YDouble => Parse.Double(Y);

        public float ZSingle => Exact(Z);

        public float YSingle => Exact(Y);

        public string Label => $"z = {Z}, y = {Y}";

        /// <summary>
        /// dloss/dz. For a label of 1 and z ≥ 40 the file's column is σ(z) − 1 evaluated at 60
        /// digits, which keeps only about 60 − z/2.3 of them (none at all from z ≈ 138); there the
        /// exact derivative is taken from the loss instead: −σ(−z) = expm1(−softplus(−z)) =
        /// −L + L²/2 − ... with L the loss (L ≤ 4.3e-18, so two terms are exact to 35 digits).
        /// </summary>
        public string ExactGradient => YDouble == 1.0 && ZDouble >= 40 ? MinusExpm1OfMinus(Loss) : Gradient;

        private static float Exact(string s)
        {
            float v = Parse.Single(s);
            if (!double.IsNaN(v) && (double)v != Parse.Double(s))
            {
                throw new InvalidDataException($"{s} is not a float.");
            }

            return v;
        }
    }

    private static IReadOnlyList<BceRow> Rows => s_rows.Value;

    private static IReadOnlyList<BceRow> Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "reference", "bce_with_logits.csv");
        string[] lines = File.ReadAllLines(path);
        Assert.Equal("z,y,loss,dloss_dz", lines[0]);
        var rows = new List<BceRow>();
        foreach (string line in lines.Skip(1).Where(l => l.Length > 0))
        {
            string[] f = line.Split(',');
            if (f.Length != 4)
            {
                throw new InvalidDataException(line);
            }

            rows.Add(new BceRow(f[0], f[1], f[2], f[3]));
        }

        Assert.True(rows.Count > 1000, $"only {rows.Count} rows");
        return rows;
    }

    // ---------------------------------------------------------------------------------------------
    // Scalar
    // ---------------------------------------------------------------------------------------------

    [Fact]
    public void Scalar_loss_double_within_2_ulp()
    {
        var report = new UlpReport("Losses double scalar loss");
        foreach (BceRow row in Rows)
        {
            report.Add(row.Label, Parse.Double(row.Loss), Losses.BinaryCrossEntropyWithLogits(row.ZDouble, row.YDouble));
        }

        report.AssertAtMost(Bound, _output);
    }

    [Fact]
    public void Scalar_loss_float_within_2_ulp()
    {
        var report = new UlpReport("Losses float scalar loss");
        foreach (BceRow row in Rows)
        {
            report.Add(row.Label, Parse.Single(row.Loss), Losses.BinaryCrossEntropyWithLogits(row.ZSingle, row.YSingle));
        }

        report.AssertAtMost(Bound, _output);
    }

    [Fact]
    public void Scalar_gradient_double_within_2_ulp()
    {
        var report = new UlpReport("Losses double scalar gradient");
        foreach (BceRow row in Rows)
        {
            report.Add(row.Label, Parse.Double(row.ExactGradient), Losses.BinaryCrossEntropyWithLogitsGradient(row.ZDouble, row.YDouble));
        }

        report.AssertAtMost(Bound, _output);
    }

    [Fact]
    public void Scalar_gradient_float_within_2_ulp()
    {
        var report = new UlpReport("Losses float scalar gradient");
        foreach (BceRow row in Rows)
        {
            report.Add(row.Label, Parse.Single(row.ExactGradient), Losses.BinaryCrossEntropyWithLogitsGradient(row.ZSingle, row.YSingle));
        }

        report.AssertAtMost(Bound, _output);
    }

    /// <summary>w·y·softplus(−z) + (1 − y)·softplus(z) with w = 2 and 0.5: for binary targets, exactly w·loss (y = 1) or loss (y = 0).</summary>
    [Theory]
    [InlineData(2.0)]
    [InlineData(0.5)]
    public void Scalar_positive_weight_within_2_ulp(double w)
    {
        var loss = new UlpReport($"Losses weighted loss w = {w}");
        var gradient = new UlpReport($"Losses weighted gradient w = {w}");
        var lossF = new UlpReport($"Losses float weighted loss w = {w}");
        var gradientF = new UlpReport($"Losses float weighted gradient w = {w}");
        foreach (BceRow row in Rows.Where(r => r.YDouble is 0.0 or 1.0))
        {
            double scale = row.YDouble == 1.0 ? w : 1.0;
            loss.Add(row.Label, Parse.Double(row.Loss) * scale, Losses.BinaryCrossEntropyWithLogits(row.ZDouble, row.YDouble, w));
            gradient.Add(row.Label, Parse.Double(row.ExactGradient) * scale, Losses.BinaryCrossEntropyWithLogitsGradient(row.ZDouble, row.YDouble, w));
            lossF.Add(row.Label, Parse.Single(row.Loss) * (float)scale, Losses.BinaryCrossEntropyWithLogits(row.ZSingle, row.YSingle, (float)w));
            gradientF.Add(row.Label, Parse.Single(row.ExactGradient) * (float)scale, Losses.BinaryCrossEntropyWithLogitsGradient(row.ZSingle, row.YSingle, (float)w));
        }

        loss.AssertAtMost(Bound, _output);
        gradient.AssertAtMost(Bound, _output);
        lossF.AssertAtMost(Bound, _output);
        gradientF.AssertAtMost(Bound, _output);
    }

    [Fact]
    public void Unit_weight_is_the_unweighted_loss()
    {
        foreach (BceRow row in Rows)
        {
            Assert.Equal(Losses.BinaryCrossEntropyWithLogits(row.ZDouble, row.YDouble), Losses.BinaryCrossEntropyWithLogits(row.ZDouble, row.YDouble, 1.0));
            Assert.Equal(Losses.BinaryCrossEntropyWithLogitsGradient(row.ZDouble, row.YDouble), Losses.BinaryCrossEntropyWithLogitsGradient(row.ZDouble, row.YDouble, 1.0));
        }
    }

    [Fact]
    public void Special_values()
    {
        Assert.True(double.IsNaN(Losses.BinaryCrossEntropyWithLogits(double.NaN, 1.0)));
        Assert.True(double.IsNaN(Losses.BinaryCrossEntropyWithLogits(1.0, double.NaN)));
        Assert.True(float.IsNaN(Losses.BinaryCrossEntropyWithLogits(float.NaN, 0f)));
        Assert.True(double.IsNaN(Losses.BinaryCrossEntropyWithLogitsGradient(double.NaN, 0.3)));
        Assert.True(double.IsNaN(Losses.BinaryCrossEntropyWithLogitsGradient(double.NaN, 1.0)));

        // The right side of an infinite logit costs nothing; the wrong side is +∞.
        Assert.Equal(0.0, Losses.BinaryCrossEntropyWithLogits(double.PositiveInfinity, 1.0));
        Assert.Equal(0.0, Losses.BinaryCrossEntropyWithLogits(double.NegativeInfinity, 0.0));
        Assert.Equal(double.PositiveInfinity, Losses.BinaryCrossEntropyWithLogits(double.PositiveInfinity, 0.0));
        Assert.Equal(double.PositiveInfinity, Losses.BinaryCrossEntropyWithLogits(double.NegativeInfinity, 1.0));
        Assert.Equal(0f, Losses.BinaryCrossEntropyWithLogits(float.PositiveInfinity, 1f));
        Assert.Equal(1.0, Losses.BinaryCrossEntropyWithLogitsGradient(double.PositiveInfinity, 0.0));
        Assert.Equal(-1.0, Losses.BinaryCrossEntropyWithLogitsGradient(double.NegativeInfinity, 1.0));
        Assert.Equal(0.7, Losses.BinaryCrossEntropyWithLogitsGradient(double.PositiveInfinity, 0.3), 15);
        Assert.Equal(-0.3, Losses.BinaryCrossEntropyWithLogitsGradient(double.NegativeInfinity, 0.3), 15);

        // The numbers of the issue: float, label 0, logit 20 is 20 (not +∞); logit 40 is 40 (not 16.1).
        Assert.Equal(20f, Losses.BinaryCrossEntropyWithLogits(20f, 0f));
        Assert.Equal(40.0, Losses.BinaryCrossEntropyWithLogits(40.0, 0.0));
        Assert.Equal(1000.0, Losses.BinaryCrossEntropyWithLogits(-1000.0, 1.0));
    }

    // ---------------------------------------------------------------------------------------------
    // Span mean
    // ---------------------------------------------------------------------------------------------

    [Fact]
    public void Span_mean_of_one_element_within_2_ulp()
    {
        var report = new UlpReport("Losses double span mean (length 1)");
        var reportF = new UlpReport("Losses float span mean (length 1)");
        foreach (BceRow row in Rows)
        {
            report.Add(row.Label, Parse.Double(row.Loss), Losses.BinaryCrossEntropyWithLogits([row.ZDouble], [row.YDouble]));
            reportF.Add(row.Label, Parse.Single(row.Loss), Losses.BinaryCrossEntropyWithLogits([row.ZSingle], [row.YSingle]));
        }

        report.AssertAtMost(Bound, _output);
        reportF.AssertAtMost(Bound, _output);
    }

    /// <summary>n copies of one row: the mean is the row's loss, however long the span (no drift).</summary>
    [Theory]
    [InlineData(7)]
    [InlineData(64)]
    [InlineData(1001)]
    [InlineData(100_003)]
    public void Span_mean_of_copies_within_2_ulp(int n)
    {
        var report = new UlpReport($"Losses double span mean ({n} copies)");
        var reportF = new UlpReport($"Losses float span mean ({n} copies)");
        var random = new Random(n);
        double[] z = new double[n], y = new double[n];
        float[] zf = new float[n], yf = new float[n];
        foreach (BceRow row in Rows.Where((_, i) => i % (n > 10_000 ? 97 : 7) == 0))
        {
            Array.Fill(z, row.ZDouble);
            Array.Fill(y, row.YDouble);
            Array.Fill(zf, row.ZSingle);
            Array.Fill(yf, row.YSingle);
            report.Add(row.Label, Parse.Double(row.Loss), Losses.BinaryCrossEntropyWithLogits(z, y));
            reportF.Add(row.Label, Parse.Single(row.Loss), Losses.BinaryCrossEntropyWithLogits(zf, yf));
        }

        report.AssertAtMost(Bound, _output);
        reportF.AssertAtMost(Bound, _output);
    }

    /// <summary>The mean of many different rows, against the exact mean of the reference losses.</summary>
    [Fact]
    public void Span_mean_of_the_reference_within_2_ulp()
    {
        var report = new UlpReport("Losses double span mean (reference rows)");
        var reportF = new UlpReport("Losses float span mean (reference rows)");
        // (Losses below 1e-400 are left out of the whole-file mean: they are far below its ULP and
        // their exponents are too large for the exact arithmetic here.)
        BceRow[] all = Rows.Where(r => double.IsFinite(Parse.Double(r.Loss)) && (Parse.Double(r.Loss) > 1e-300 || r.Loss.Trim() is "0" or "0.0")).ToArray();

        // Windows of moderate magnitudes (the huge logits would dominate every mean) and the whole file.
        var windows = new List<BceRow[]> { all };
        BceRow[] moderate = all.Where(r => Math.Abs(r.ZDouble) < 50).ToArray();
        for (int start = 0; start + 37 <= moderate.Length; start += 37)
        {
            windows.Add(moderate.AsSpan(start, 37).ToArray());
        }

        windows.Add(moderate);
        foreach (BceRow[] window in windows)
        {
            string exact = ExactMean(window.Select(r => r.Loss));
            string label = $"{window.Length} rows from {window[0].Label}";
            report.Add(label, Parse.Double(exact), Losses.BinaryCrossEntropyWithLogits(window.Select(r => r.ZDouble).ToArray(), window.Select(r => r.YDouble).ToArray()));
            reportF.Add(label, Parse.Single(exact), Losses.BinaryCrossEntropyWithLogits(window.Select(r => r.ZSingle).ToArray(), window.Select(r => r.YSingle).ToArray()));
        }

        report.AssertAtMost(Bound, _output);
        reportF.AssertAtMost(Bound, _output);
    }

    [Fact]
    public void Span_mean_with_positive_weight()
    {
        BceRow[] binary = Rows.Where(r => r.YDouble is 0.0 or 1.0 && Math.Abs(r.ZDouble) < 50).ToArray();
        double[] z = binary.Select(r => r.ZDouble).ToArray();
        double[] y = binary.Select(r => r.YDouble).ToArray();
        string exact = ExactMean(binary.Select(r => r.YDouble == 1.0 ? Twice(r.Loss) : r.Loss));
        var report = new UlpReport("Losses span mean, w = 2");
        report.Add("binary rows", Parse.Double(exact), Losses.BinaryCrossEntropyWithLogits(z, y, 2.0));
        report.Add("binary rows (float)", Parse.Single(exact), Losses.BinaryCrossEntropyWithLogits(binary.Select(r => r.ZSingle).ToArray(), binary.Select(r => r.YSingle).ToArray(), 2f));
        report.AssertAtMost(Bound, _output);
        Assert.Equal(Losses.BinaryCrossEntropyWithLogits(z, y), Losses.BinaryCrossEntropyWithLogits(z, y, 1.0));
    }

    [Fact]
    public void Span_mean_special_values()
    {
        Assert.True(double.IsNaN(Losses.BinaryCrossEntropyWithLogits(ReadOnlySpan<double>.Empty, ReadOnlySpan<double>.Empty)));
        Assert.True(float.IsNaN(Losses.BinaryCrossEntropyWithLogits(ReadOnlySpan<float>.Empty, ReadOnlySpan<float>.Empty)));
        double[] z = Enumerable.Repeat(1.0, 40).ToArray();
        double[] y = Enumerable.Repeat(1.0, 40).ToArray();
        z[17] = double.NegativeInfinity;
        Assert.Equal(double.PositiveInfinity, Losses.BinaryCrossEntropyWithLogits(z, y));
        z[17] = double.NaN;
        Assert.True(double.IsNaN(Losses.BinaryCrossEntropyWithLogits(z, y)));
        z[17] = double.PositiveInfinity;
        Assert.True(double.IsFinite(Losses.BinaryCrossEntropyWithLogits(z, y)));
    }

    // ---------------------------------------------------------------------------------------------
    // Span gradient
    // ---------------------------------------------------------------------------------------------

    [Fact]
    public void Span_gradient_within_2_ulp_at_every_offset()
    {
        BceRow[] rows = Rows.ToArray();
        double[] z = rows.Select(r => r.ZDouble).ToArray();
        double[] y = rows.Select(r => r.YDouble).ToArray();
        float[] zf = rows.Select(r => r.ZSingle).ToArray();
        float[] yf = rows.Select(r => r.YSingle).ToArray();
        var report = new UlpReport("Losses double span gradient");
        var reportF = new UlpReport("Losses float span gradient");
        foreach (int offset in new[] { 0, 1, 3, 5 })
        {
            int n = rows.Length - offset;
            double[] g = new double[n];
            float[] gf = new float[n];
            Losses.BinaryCrossEntropyWithLogitsGradient(z.AsSpan(offset), y.AsSpan(offset), g);
            Losses.BinaryCrossEntropyWithLogitsGradient(zf.AsSpan(offset), yf.AsSpan(offset), gf);
            for (int i = 0; i < n; i++)
            {
                BceRow row = rows[offset + i];
                report.Add(row.Label, Parse.Double(row.ExactGradient), g[i]);
                reportF.Add(row.Label, Parse.Single(row.ExactGradient), gf[i]);
            }
        }

        report.AssertAtMost(Bound, _output);
        reportF.AssertAtMost(Bound, _output);
    }

    /// <summary>Binary targets only: the vector path (blocks of 0/1 labels) against the reference.</summary>
    [Fact]
    public void Span_gradient_binary_targets_within_2_ulp()
    {
        BceRow[] rows = Rows.Where(r => r.YDouble is 0.0 or 1.0).ToArray();
        double[] g = new double[rows.Length];
        float[] gf = new float[rows.Length];
        Losses.BinaryCrossEntropyWithLogitsGradient(rows.Select(r => r.ZDouble).ToArray(), rows.Select(r => r.YDouble).ToArray(), g);
        Losses.BinaryCrossEntropyWithLogitsGradient(rows.Select(r => r.ZSingle).ToArray(), rows.Select(r => r.YSingle).ToArray(), gf);
        var report = new UlpReport("Losses double span gradient (binary targets)");
        var reportF = new UlpReport("Losses float span gradient (binary targets)");
        for (int i = 0; i < rows.Length; i++)
        {
            report.Add(rows[i].Label, Parse.Double(rows[i].ExactGradient), g[i]);
            reportF.Add(rows[i].Label, Parse.Single(rows[i].ExactGradient), gf[i]);
        }

        report.AssertAtMost(Bound, _output);
        reportF.AssertAtMost(Bound, _output);
    }

    [Fact]
    public void Span_gradient_with_positive_weight()
    {
        BceRow[] rows = Rows.Where(r => r.YDouble is 0.0 or 1.0).ToArray();
        double[] g = new double[rows.Length];
        float[] gf = new float[rows.Length];
        Losses.BinaryCrossEntropyWithLogitsGradient(rows.Select(r => r.ZDouble).ToArray(), rows.Select(r => r.YDouble).ToArray(), 2.0, g);
        Losses.BinaryCrossEntropyWithLogitsGradient(rows.Select(r => r.ZSingle).ToArray(), rows.Select(r => r.YSingle).ToArray(), 2f, gf);
        var report = new UlpReport("Losses span gradient, w = 2");
        for (int i = 0; i < rows.Length; i++)
        {
            double scale = rows[i].YDouble == 1.0 ? 2.0 : 1.0;
            report.Add(rows[i].Label, Parse.Double(rows[i].ExactGradient) * scale, g[i]);
            report.Add(rows[i].Label + " (float)", Parse.Single(rows[i].ExactGradient) * (float)scale, gf[i]);
        }

        report.AssertAtMost(Bound, _output);
    }

    [Fact]
    public void Span_rules()
    {
        double[] z = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        double[] y = [0, 1, 0, 1, 0, 1, 0, 1, 0.5, 0.25];
        Assert.Throws<ArgumentException>(() => Losses.BinaryCrossEntropyWithLogits(z, y.AsSpan(1)));
        Assert.Throws<ArgumentException>(() => Losses.BinaryCrossEntropyWithLogits(z.Select(v => (float)v).ToArray(), new float[3]));
        Assert.Throws<ArgumentException>(() => Losses.BinaryCrossEntropyWithLogitsGradient(z, y.AsSpan(1), new double[10]));
        Assert.Throws<ArgumentException>(() => Losses.BinaryCrossEntropyWithLogitsGradient(z, y, new double[9]));
        Assert.Throws<ArgumentException>(() => Losses.BinaryCrossEntropyWithLogitsGradient(z.AsSpan(0, 9), y.AsSpan(0, 9), z.AsSpan(1)));
        Assert.Throws<ArgumentException>(() => Losses.BinaryCrossEntropyWithLogitsGradient(new float[4], new float[4], 2f, new float[3]));

        // In place over the logits or the targets: the same values as into fresh memory.
        double[] expected = new double[10];
        Losses.BinaryCrossEntropyWithLogitsGradient(z, y, expected);
        double[] inPlace = (double[])z.Clone();
        Losses.BinaryCrossEntropyWithLogitsGradient(inPlace, y, inPlace);
        Assert.Equal(expected, inPlace);
        double[] overTargets = (double[])y.Clone();
        Losses.BinaryCrossEntropyWithLogitsGradient(z, overTargets, overTargets);
        Assert.Equal(expected, overTargets);

        // A longer destination is written only as far as the logits go.
        double[] longer = Enumerable.Repeat(-7.0, 12).ToArray();
        Losses.BinaryCrossEntropyWithLogitsGradient(z, y, longer);
        Assert.Equal(-7.0, longer[10]);
        Assert.Equal(-7.0, longer[11]);
        for (int i = 0; i < 10; i++)
        {
            Assert.Equal(expected[i], Losses.BinaryCrossEntropyWithLogitsGradient(z[i], y[i]), 15);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Exact decimal arithmetic for the expected means
    // ---------------------------------------------------------------------------------------------

    // The exact mean of decimal strings, printed with 40 significant digits (parsing that rounds correctly).
    private static string ExactMean(IEnumerable<string> values)
    {
        var parsed = values.Select(Decimal).ToList();
        int scale = parsed.Max(p => p.Scale);
        BigInteger sum = BigInteger.Zero;
        foreach ((BigInteger mantissa, int s) in parsed)
        {
            sum += mantissa * BigInteger.Pow(10, scale - s);
        }

        // mean = sum / (count · 10^scale).
        return Format(sum, parsed.Count * BigInteger.Pow(10, scale));
    }

    // −L + L²/2 for L = mantissa · 10^−scale, to 45 digits.
    private static string MinusExpm1OfMinus(string loss)
    {
        if (Parse.Double(loss) < 1e-200)
        {
            // L² is below 1e-400: −L is exact to every digit given (and the exponent may not fit an int).
            return "-" + loss.Trim();
        }

        (BigInteger m, int s) = Decimal(loss);
        if (m.IsZero)
        {
            return "-0";
        }

        // (−2·m·10^s + m²) / (2·10^2s)
        BigInteger numerator = (m * m) - (2 * m * BigInteger.Pow(10, s));
        return Format(numerator, 2 * BigInteger.Pow(10, 2 * s));
    }

    // numerator / denominator as a decimal string with 45 significant digits (truncated).
    private static string Format(BigInteger numerator, BigInteger denominator)
    {
        if (numerator.IsZero)
        {
            return "0";
        }

        string sign = numerator.Sign < 0 ? "-" : string.Empty;
        numerator = BigInteger.Abs(numerator);
        int shift = 45 - (int)Math.Ceiling(BigInteger.Log10(numerator + 1) - BigInteger.Log10(denominator));
        BigInteger quotient = shift >= 0
            ? BigInteger.Divide(numerator * BigInteger.Pow(10, shift), denominator)
            : BigInteger.Divide(numerator, denominator * BigInteger.Pow(10, -shift));
        return sign + quotient.ToString(CultureInfo.InvariantCulture) + "e" + (-shift).ToString(CultureInfo.InvariantCulture);
    }

    // "1.25e-3" → (125, 5): value = mantissa · 10^−scale.
    private static (BigInteger Mantissa, int Scale) Decimal(string text)
    {
        text = text.Trim().ToLowerInvariant();
        int exponent = 0;
        int e = text.IndexOf('e');
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], CultureInfo.InvariantCulture);
            text = text[..e];
        }

        int dot = text.IndexOf('.');
        int fraction = dot < 0 ? 0 : text.Length - dot - 1;
        BigInteger mantissa = BigInteger.Parse(text.Replace(".", string.Empty), CultureInfo.InvariantCulture);
        int scale = fraction - exponent;
        return scale >= 0 ? (mantissa, scale) : (mantissa * BigInteger.Pow(10, -scale), 0);
    }

    private static string Twice(string value)
    {
        (BigInteger mantissa, int scale) = Decimal(value);
        return (mantissa * 2).ToString(CultureInfo.InvariantCulture) + "e" + (-scale).ToString(CultureInfo.InvariantCulture);
    }
}
