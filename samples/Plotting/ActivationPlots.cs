using System.Globalization;
using System.Numerics.Tensors;
using ScottPlot;
using SkiaSharp;

namespace Activations.Samples.Plotting;

/// <summary>
/// The pictures of samples/Plots (and samples/QuickStart), drawn with ScottPlot 5 from the generated
/// code: each method writes <c>name.png</c> and <c>name.svg</c> into a folder and returns what it found.
/// </summary>
public static class ActivationPlots
{
    /// <summary>The folder the samples write into when none is given.</summary>
    public const string DefaultDirectory = "activation-plots";

    private const int Width = 1000;
    private const int Height = 620;

    private static readonly Color Blue = Color.FromHex("#1f77b4");
    private static readonly Color Orange = Color.FromHex("#ff7f0e");
    private static readonly Color Red = Color.FromHex("#d62728");
    private static readonly Color Guide = Color.FromHex("#888888");

    static ActivationPlots()
    {
        // ScottPlot's default family can resolve to a serif face on Linux; prefer an installed sans-serif one.
        string? sans = new[] { "DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial", "Helvetica", "Segoe UI" }
            .FirstOrDefault(name => SKFontManager.Default.MatchFamily(name) is { } face && face.FamilyName == name);
        if (sans is not null)
        {
            Fonts.Default = sans;
        }
    }

    /// <summary>Writes every picture into <paramref name="directory"/> (created if missing).</summary>
    public static PlotReport WriteAll(string directory)
    {
        Directory.CreateDirectory(directory);
        var files = new List<string>();
        files.AddRange(SigmoidAndDerivative(directory));
        files.AddRange(KindGrid(directory));
        VanishingGradientReport gradients = VanishingGradients(directory);
        files.AddRange(gradients.Files);
        UlpReport ulp = SigmoidUlpError(directory);
        files.AddRange(ulp.Files);
        return new PlotReport(Path.GetFullPath(directory), files, gradients, ulp);
    }

    /// <summary>σ(x) and σ'(x) on one chart, x in [−10, 10].</summary>
    public static IReadOnlyList<string> SigmoidAndDerivative(string directory)
    {
        float[] x = Range(-10, 10, 801);
        float[] y = new float[x.Length];
        float[] dy = new float[x.Length];
        Kinds.Sigmoid(x, y);
        Kinds.SigmoidDerivative(x, dy);

        Plot plot = NewPlot("The sigmoid and its derivative (generated span code, float)", "x", "σ(x) and σ′(x)");
        AddGuides(plot, horizontal: [0, 0.5, 1], vertical: [0]);
        AddLine(plot, x, y, Blue, "σ(x) = 1 / (1 + e⁻ˣ)");
        AddLine(plot, x, dy, Orange, "σ′(x): SigmoidDerivative, peak 0.25 at x = 0", dashed: true);
        plot.Axes.SetLimits(-10, 10, -0.05, 1.05);
        plot.ShowLegend(Alignment.UpperLeft);
        return Save(plot, directory, "sigmoid-and-derivative");
    }

    /// <summary>Every kind of <see cref="Kinds"/> with its derivative, one cell each, x in [−5, 5].</summary>
    public static IReadOnlyList<string> KindGrid(string directory)
    {
        IReadOnlyList<ActivationKind> kinds = Kinds.All;
        int columns = Math.Min(4, kinds.Count);
        int rows = (kinds.Count + columns - 1) / columns;
        float[] x = Range(-5, 5, 401);

        var multiplot = new Multiplot();
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Grid(rows, columns);
        while (multiplot.Count() < kinds.Count)
        {
            multiplot.AddPlot();
        }

        for (int i = 0; i < kinds.Count; i++)
        {
            ActivationKind kind = kinds[i];
            float[] y = new float[x.Length];
            float[] dy = new float[x.Length];
            kind.Forward(x, y);
            kind.Derivative(x, dy);

            Plot plot = multiplot.GetPlot(i);
            Style(plot, kind.Label, i >= kinds.Count - columns ? "x" : "", "", titleSize: 22);
            AddGuides(plot, horizontal: [0], vertical: [0]);
            AddLine(plot, x, y, Blue, "f(x)");
            AddLine(plot, x, dy, Orange, "f′(x)", dashed: true, jumpAbove: 0.1f);
            plot.Axes.SetLimitsX(-5, 5);
            plot.Axes.AutoScaleY();
            plot.Axes.MarginsY(0.08);
            if (i == 0)
            {
                // One legend for the whole grid, where the first cell has room for it.
                plot.ShowLegend(Alignment.UpperLeft);
            }
            else
            {
                plot.HideLegend();
            }
        }

        return SaveFigure(
            multiplot,
            directory,
            "activation-kinds",
            columns * 440,
            rows * 350,
            "Every built-in kind: f(x) and f′(x) from the generated span code (float)",
            ["Derivatives are drawn broken where they jump (at a kink they take PyTorch's value)."]);
    }

    /// <summary>
    /// The gradient reaching each layer of a <paramref name="depth"/>-layer fully connected network
    /// (width <paramref name="width"/>, no bias) with sigmoid activations, and the same with ReLU:
    /// forward and backward through the generated span code, log scale.
    /// </summary>
    public static VanishingGradientReport VanishingGradients(string directory, int depth = 10, int width = 32, int batch = 64, int seed = 7)
    {
        // Each network with the initialisation its activation is used with: Glorot for sigmoid, He for ReLU.
        double[] sigmoid = GradientNorms(Kinds.Sigmoid, Kinds.SigmoidBackward, depth, width, batch, Math.Sqrt(1.0 / width), seed);
        double[] relu = GradientNorms(Kinds.Relu, Kinds.ReluBackward, depth, width, batch, Math.Sqrt(2.0 / width), seed);

        double[] layers = Enumerable.Range(1, depth).Select(i => (double)i).ToArray();
        Plot plot = NewPlot(
            $"Vanishing gradients: {depth} sigmoid layers vs {depth} ReLU layers",
            $"layer (1 = input side, {depth} = output side)",
            "‖∂L/∂z‖ at the layer (log scale)");
        AddSeries(plot, layers, sigmoid.Select(Math.Log10).ToArray(), Blue, "sigmoid (Glorot init)", MarkerShape.FilledCircle);
        AddSeries(plot, layers, relu.Select(Math.Log10).ToArray(), Orange, "ReLU (He init)", MarkerShape.FilledSquare);

        // Two spare decades at the bottom hold the note and the legend.
        double low = Math.Floor(Math.Log10(Math.Min(sigmoid.Min(), relu.Min()))) - 2;
        double high = Math.Ceiling(Math.Log10(Math.Max(sigmoid.Max(), relu.Max())));
        LogAxis(plot, low, high);
        plot.Axes.SetLimits(0.5, depth + 0.5, low, high);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(1);
        plot.ShowLegend(Alignment.LowerRight);
        Note(
            plot,
            $"Layers of width {width}, no bias; mean over {batch} Gaussian inputs; L = Σ outputs / {batch}.\n"
            + "Backward pass: the generated SigmoidBackward and ReluBackward.",
            Alignment.LowerLeft);
        return new VanishingGradientReport(Save(plot, directory, "vanishing-gradients"), sigmoid, relu);
    }

    /// <summary>
    /// The error in ULP over x in [−100, 100] of the generated span sigmoid, TensorPrimitives.Sigmoid
    /// and the float formula 1 / (1 + e⁻ˣ), against σ computed in double with the stable formula and
    /// rounded to float.
    /// </summary>
    public static UlpReport SigmoidUlpError(string directory, int points = 200_001)
    {
        float[] x = Range(-100, 100, points);
        float[] reference = x.Select(v => (float)StableSigmoid(v)).ToArray();

        float[] generated = new float[x.Length];
        Kinds.Sigmoid(x, generated);
        float[] tensorPrimitives = new float[x.Length];
        TensorPrimitives.Sigmoid(x, tensorPrimitives);
        float[] naive = x.Select(v => 1f / (1f + MathF.Exp(-v))).ToArray();

        UlpSeries[] series =
        [
            Measure("generated Sigmoid (span)", x, generated, reference),
            Measure("TensorPrimitives.Sigmoid", x, tensorPrimitives, reference),
            Measure("naive 1f / (1f + MathF.Exp(-x))", x, naive, reference),
        ];

        // One panel per implementation, the same axes in each: the worst error in each 0.5-wide bin
        // of x, on an axis linear up to 1 ULP and logarithmic above (UlpScale).
        const double bin = 0.5;
        int bins = (int)(200 / bin);
        var multiplot = new Multiplot();
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Rows();
        while (multiplot.Count() < series.Length)
        {
            multiplot.AddPlot();
        }

        Color[] colors = [Blue, Orange, Red];
        const double top = 7;
        for (int s = 0; s < series.Length; s++)
        {
            double[] worst = new double[bins];
            for (int i = 0; i < x.Length; i++)
            {
                int b = Math.Min(bins - 1, (int)((x[i] + 100) / bin));
                worst[b] = Math.Max(worst[b], series[s].Errors[i]);
            }

            // A step line: each bin's value held across its width.
            double[] stepX = new double[2 * bins];
            double[] stepY = new double[2 * bins];
            for (int b = 0; b < bins; b++)
            {
                stepX[2 * b] = -100 + (b * bin);
                stepX[(2 * b) + 1] = -100 + ((b + 1) * bin);
                stepY[2 * b] = stepY[(2 * b) + 1] = UlpScale(worst[b]);
            }

            Plot plot = multiplot.GetPlot(s);
            UlpSeries measured = series[s];
            Style(
                plot,
                string.Create(CultureInfo.InvariantCulture, $"{measured.Name}: max {measured.MaxUlp:N0} ULP, exact at {measured.ExactFraction:P2} of the x"),
                s == series.Length - 1 ? string.Create(CultureInfo.InvariantCulture, $"x ({x.Length:N0} evenly spaced floats)") : "",
                "error in ULP",
                titleSize: 18);
            var line = plot.Add.ScatterLine(stepX, stepY, colors[s]);
            line.LineWidth = 2;
            line.FillY = true;
            line.FillYValue = 0;
            line.FillYColor = colors[s].WithAlpha(0.25);
            UlpAxis(plot, top);
            plot.Axes.SetLimits(-100, 100, 0, UlpScale(Math.Pow(10, top)) + 0.1);
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(10);
        }

        IReadOnlyList<string> files = SaveFigure(
            multiplot,
            directory,
            "sigmoid-ulp-error",
            1100,
            3 * 300,
            "Sigmoid error in ULP (float), worst per 0.5-wide bin of x; log scale above 1 ULP",
            [
                "Reference: σ(x) in double with the stable formula (x ≥ 0: 1/(1+e⁻ˣ), x < 0: eˣ/(1+eˣ)), rounded to float.",
                "Below x ≈ −88.7, e⁻ˣ overflows float: 1/(1+∞) = 0 where σ(x) is a subnormal float (up to 2·10⁶ ULP away).",
            ]);
        return new UlpReport(files, series);
    }

    /// <summary>σ(x) in double: 1 / (1 + e^−x) for x ≥ 0 and e^x / (1 + e^x) below, so e never overflows.</summary>
    public static double StableSigmoid(double x)
    {
        if (x >= 0)
        {
            return 1 / (1 + Math.Exp(-x));
        }

        double e = Math.Exp(x);
        return e / (1 + e);
    }

    private static UlpSeries Measure(string name, float[] x, float[] values, float[] reference)
    {
        long[] errors = new long[x.Length];
        long max = 0;
        float worstX = 0;
        long exact = 0;
        for (int i = 0; i < x.Length; i++)
        {
            errors[i] = Ulp.Distance(values[i], reference[i]);
            exact += errors[i] == 0 ? 1 : 0;
            if (errors[i] > max)
            {
                max = errors[i];
                worstX = x[i];
            }
        }

        return new UlpSeries(name, errors, max, worstX, (double)exact / x.Length);
    }

    private static double[] GradientNorms(SpanFunction forward, SpanBackward backward, int depth, int width, int batch, double weightScale, int seed)
    {
        var random = new Random(seed);
        float[][] weights = new float[depth][];
        for (int l = 0; l < depth; l++)
        {
            weights[l] = new float[width * width];
            for (int i = 0; i < weights[l].Length; i++)
            {
                weights[l][i] = (float)(Gaussian(random) * weightScale);
            }
        }

        // Activations are stored column per sample: a[l][b * width + j].
        float[][] activations = new float[depth + 1][];
        float[][] preActivations = new float[depth][];
        activations[0] = new float[width * batch];
        for (int i = 0; i < activations[0].Length; i++)
        {
            activations[0][i] = (float)Gaussian(random);
        }

        for (int l = 0; l < depth; l++)
        {
            preActivations[l] = new float[width * batch];
            for (int b = 0; b < batch; b++)
            {
                ReadOnlySpan<float> input = activations[l].AsSpan(b * width, width);
                for (int j = 0; j < width; j++)
                {
                    preActivations[l][(b * width) + j] = TensorPrimitives.Dot(weights[l].AsSpan(j * width, width), input);
                }
            }

            activations[l + 1] = new float[width * batch];
            forward(preActivations[l], activations[l + 1]);
        }

        // L = mean over the batch of the sum of the outputs: ∂L/∂a = 1 / batch.
        double[] norms = new double[depth];
        float[] upstream = Enumerable.Repeat(1f / batch, width * batch).ToArray();
        float[] delta = new float[width * batch];
        for (int l = depth - 1; l >= 0; l--)
        {
            backward(preActivations[l], upstream, delta);
            double total = 0;
            for (int b = 0; b < batch; b++)
            {
                total += TensorPrimitives.Norm(delta.AsSpan(b * width, width));
            }

            norms[l] = total / batch;

            // ∂L/∂a of the layer below = Wᵀ·δ.
            Array.Clear(upstream);
            for (int b = 0; b < batch; b++)
            {
                Span<float> target = upstream.AsSpan(b * width, width);
                for (int j = 0; j < width; j++)
                {
                    TensorPrimitives.MultiplyAdd(weights[l].AsSpan(j * width, width), delta[(b * width) + j], target, target);
                }
            }
        }

        return norms;
    }

    private static double Gaussian(Random random)
    {
        // Box–Muller.
        double u = 1 - random.NextDouble();
        double v = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }

    private static float[] Range(float from, float to, int count)
    {
        float[] values = new float[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = (float)(from + ((to - (double)from) * i / (count - 1)));
        }

        return values;
    }

    private static Plot NewPlot(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        Style(plot, title, xLabel, yLabel, titleSize: 20);
        return plot;
    }

    private static void Style(Plot plot, string title, string xLabel, string yLabel, float titleSize)
    {
        plot.Title(title);
        plot.Axes.Title.Label.FontSize = titleSize;
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        plot.Axes.Bottom.Label.FontSize = 17;
        plot.Axes.Left.Label.FontSize = 17;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 15;
        plot.Axes.Left.TickLabelStyle.FontSize = 15;
        plot.Legend.FontSize = 15;
    }

    private static void AddGuides(Plot plot, double[] horizontal, double[] vertical)
    {
        foreach (double y in horizontal)
        {
            var line = plot.Add.HorizontalLine(y, 1, Guide, LinePattern.Dotted);
            line.ExcludeFromLegend = true;
        }

        foreach (double x in vertical)
        {
            var line = plot.Add.VerticalLine(x, 1, Guide, LinePattern.Dotted);
            line.ExcludeFromLegend = true;
        }
    }

    // A line through (x, y); with jumpAbove, broken wherever y jumps by more than that between
    // neighbouring points (a derivative's discontinuity), instead of drawing a vertical segment.
    private static void AddLine(Plot plot, float[] x, float[] y, Color color, string label, bool dashed = false, float jumpAbove = float.PositiveInfinity)
    {
        int start = 0;
        for (int i = 1; i <= x.Length; i++)
        {
            if (i < x.Length && Math.Abs(y[i] - y[i - 1]) <= jumpAbove)
            {
                continue;
            }

            var line = plot.Add.ScatterLine(
                x[start..i].Select(v => (double)v).ToArray(),
                y[start..i].Select(v => (double)v).ToArray(),
                color);
            line.LineWidth = 3;
            line.LegendText = start == 0 ? label : "";
            if (dashed)
            {
                line.LinePattern = LinePattern.Dashed;
            }

            start = i;
        }
    }

    private static void AddSeries(Plot plot, double[] x, double[] y, Color color, string label, MarkerShape marker)
    {
        var scatter = plot.Add.Scatter(x, y, color);
        scatter.LineWidth = 3;
        scatter.MarkerSize = 11;
        scatter.MarkerShape = marker;
        scatter.LegendText = label;
    }

    private static void Note(Plot plot, string text, Alignment alignment)
    {
        var note = plot.Add.Annotation(text, alignment);
        note.LabelFontSize = 14;
        note.LabelBackgroundColor = Colors.White.WithAlpha(0.9);
        note.LabelBorderColor = Guide;
        note.LabelBorderWidth = 1;
        note.LabelShadowColor = Colors.Transparent;
    }

    // A log10 axis: the data are log10 values, ticks at the powers of ten.
    private static void LogAxis(Plot plot, double low, double high)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (int p = (int)low; p <= (int)high; p++)
        {
            ticks.AddMajor(p, PowerOfTen(p));
        }

        plot.Axes.Left.TickGenerator = ticks;
    }

    // The ULP axis: y = log10(1 + 9·ULP) puts 0 ULP at 0 and 1 ULP at 1, and is logarithmic above
    // (10 ULP ≈ 2, 100 ULP ≈ 3, ...), so that exact results, 1-ULP errors and millions of ULP all show.
    private static double UlpScale(double ulp) => Math.Log10(1 + (9 * ulp));

    private static void UlpAxis(Plot plot, double top)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        ticks.AddMajor(0, "0");
        ticks.AddMajor(UlpScale(1), "1");
        for (int p = 1; p <= (int)top; p++)
        {
            ticks.AddMajor(UlpScale(Math.Pow(10, p)), PowerOfTen(p));
        }

        plot.Axes.Left.TickGenerator = ticks;
    }

    private static string PowerOfTen(int exponent)
    {
        const string superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        string digits = Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
        string power = (exponent < 0 ? "⁻" : "") + string.Concat(digits.Select(d => superscripts[d - '0']));
        return "10" + power;
    }

    // The subplots of a multiplot, laid out in width × panelsHeight under a centred title and
    // subtitle lines, on white, as PNG and SVG. Each subplot is rendered on its own without clearing
    // the canvas first: the multiplot's own render clears it to transparent, which SVG shows as black.
    private static IReadOnlyList<string> SaveFigure(Multiplot multiplot, string directory, string name, int width, int panelsHeight, string title, string[] subtitles)
    {
        Directory.CreateDirectory(directory);
        int header = 50 + (26 * subtitles.Length);
        int height = header + panelsHeight;
        void Draw(SKCanvas canvas)
        {
            using var paint = new SKPaint { Color = SKColors.White, IsAntialias = true };
            canvas.DrawRect(0, 0, width, height, paint);
            PixelRect[] cells = multiplot.Layout.GetSubplotRectangles(multiplot.Subplots, new PixelRect(0, width, panelsHeight, 0));
            for (int i = 0; i < cells.Length; i++)
            {
                Plot plot = multiplot.Subplots.GetPlot(i);
                plot.RenderManager.ClearCanvasBeforeEachRender = false;
                canvas.Save();
                canvas.Translate(0, header);
                canvas.ClipRect(new SKRect(cells[i].Left, cells[i].Top, cells[i].Right, cells[i].Bottom));
                plot.Render(canvas, cells[i]);
                canvas.Restore();
            }

            paint.Color = SKColors.Black;
            using var titleFont = new SKFont(SKTypeface.FromFamilyName(Fonts.Default, SKFontStyle.Bold), 24);
            canvas.DrawText(title, width / 2f, 34, SKTextAlign.Center, titleFont, paint);
            using var subtitleFont = new SKFont(SKTypeface.FromFamilyName(Fonts.Default), 16);
            paint.Color = new SKColor(0x44, 0x44, 0x44);
            for (int i = 0; i < subtitles.Length; i++)
            {
                canvas.DrawText(subtitles[i], width / 2f, 62 + (24 * i), SKTextAlign.Center, subtitleFont, paint);
            }
        }

        string png = Path.Combine(directory, name + ".png");
        using (SKSurface surface = SKSurface.Create(new SKImageInfo(width, height)))
        {
            Draw(surface.Canvas);
            using SKImage image = surface.Snapshot();
            using SKData data = image.Encode(SKEncodedImageFormat.Png, 100);
            File.WriteAllBytes(png, data.ToArray());
        }

        string svg = Path.Combine(directory, name + ".svg");
        using (FileStream stream = File.Create(svg))
        {
            using SKCanvas canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, height), stream);
            Draw(canvas);
        }

        return [png, svg];
    }

    private static IReadOnlyList<string> Save(Plot plot, string directory, string name)
    {
        Directory.CreateDirectory(directory);
        string png = Path.Combine(directory, name + ".png");
        string svg = Path.Combine(directory, name + ".svg");
        plot.SavePng(png, Width, Height);
        plot.SaveSvg(svg, Width, Height);
        return [png, svg];
    }
}

/// <summary>A span backward of the generated code: <c>destination[i] = gradient[i]·f'(x[i])</c>.</summary>
public delegate void SpanBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> gradient, Span<float> destination);

/// <summary>What <see cref="ActivationPlots.WriteAll"/> wrote and measured.</summary>
public sealed record PlotReport(string Directory, IReadOnlyList<string> Files, VanishingGradientReport Gradients, UlpReport Ulp);

/// <summary>The mean gradient norm reaching each layer (index 0 = input side) for sigmoid and ReLU.</summary>
public sealed record VanishingGradientReport(IReadOnlyList<string> Files, double[] Sigmoid, double[] Relu);

/// <summary>The ULP errors of each sigmoid implementation.</summary>
public sealed record UlpReport(IReadOnlyList<string> Files, IReadOnlyList<UlpSeries> Series);

/// <summary>One implementation's error in ULP at every x, its maximum and where, and the share of exact results.</summary>
public sealed record UlpSeries(string Name, long[] Errors, long MaxUlp, float WorstX, double ExactFraction);
