using Activations.Samples.CustomActivations;
using Activations.Samples.LogisticRegression;
using Activations.Samples.Lstm;
using Activations.Samples.Plots;
using Activations.Samples.Plotting;
using Activations.Samples.QuickStart;

namespace Activations.Samples.Tests;

public class LogisticRegressionSampleTests
{
    [Fact]
    public void LearnsTheSyntheticDataToAtLeast85PercentTestAccuracy()
    {
        var output = new StringWriter();
        LogisticRegressionResult result = LogisticRegressionSample.Run(1000, output);

        Assert.True(result.TestAccuracy >= 0.85, $"test accuracy {result.TestAccuracy}");
        Assert.True(result.TrainAccuracy >= 0.85, $"train accuracy {result.TrainAccuracy}");

        // The cost is printed every 100 iterations, starts at ln 2 (all weights 0) and only goes down.
        Assert.Equal(11, result.Costs.Count);
        Assert.Equal(MathF.Log(2), result.Costs[0].Cost, 5);
        for (int i = 1; i < result.Costs.Count; i++)
        {
            Assert.True(result.Costs[i].Cost <= result.Costs[i - 1].Cost, $"cost went up at iteration {result.Costs[i].Iteration}");
        }

        string text = output.ToString();
        Assert.Contains("[##########..........]  50% iteration   500", text, StringComparison.Ordinal);
        Assert.Contains("Test accuracy:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void DataSplitIs80To20AndBalanced()
    {
        (Dataset train, Dataset test) = SyntheticData.Create();
        Assert.Equal(800, train.Count);
        Assert.Equal(200, test.Count);
        Assert.Equal(500, train.Labels.Sum() + test.Labels.Sum());
    }

    [Fact]
    public void ProgressBarFillsInProportion()
    {
        Assert.Equal("[....................]   0%", LogisticRegressionSample.ProgressBar(0, 1000));
        Assert.Equal("[#####...............]  25%", LogisticRegressionSample.ProgressBar(250, 1000));
        Assert.Equal("[####################] 100%", LogisticRegressionSample.ProgressBar(1000, 1000));
    }
}

public class CustomActivationsSampleTests
{
    [Fact]
    public void LearnableSigmoidRecoversTheGeneratingParameters()
    {
        LearnableSigmoidFit fit = CustomActivationsSample.FitLearnableSigmoid(TextWriter.Null, iterations: 600, samples: 2000);

        Assert.InRange(fit.Alpha, fit.TrueAlpha - 0.1f, fit.TrueAlpha + 0.1f);
        Assert.InRange(fit.Beta, fit.TrueBeta - 0.1f, fit.TrueBeta + 0.1f);

        // Down to the noise floor (0.05² = 0.0025), from ten times that.
        Assert.True(fit.InitialLoss > 0.02f, $"initial loss {fit.InitialLoss}");
        Assert.InRange(fit.FinalLoss, 0.002f, 0.003f);
    }

    [Fact]
    public void ParameterGradientsOfTheTemperatureAndRangeScaledSigmoidsAreExact()
    {
        var output = new StringWriter();
        CustomActivationsResult result = CustomActivationsSample.Run(output, iterations: 100, samples: 200);

        Assert.True(result.TemperatureGradientError < 1e-5, $"temperature gradient relative error {result.TemperatureGradientError}");
        Assert.True(result.RangeGradientError < 1e-5, $"range gradients relative error {result.RangeGradientError}");

        // The run-time temperature and the attribute's Temperature = 2 agree exactly.
        Assert.Contains("max |difference| = 0", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void GeneratedCodeIsStableWhereTheFormulaAsWrittenUnderflows()
    {
        float[] x = [-100f];
        float[] y = new float[1];
        Formulas.LearnableSigmoid(x, 1, 0, y);
        Assert.Equal(0f, Formulas.LearnableSigmoid(-100f, 1, 0));
        Assert.Equal(3.78350585E-44f, y[0]);
    }
}

public class LstmSampleTests
{
    [Fact]
    public void SpanCellMatchesTheScalarReference()
    {
        LstmResult result = LstmSample.Run(20, TextWriter.Null);

        Assert.True(result.StepMaxDifference < 1e-5, $"one step: {result.StepMaxDifference}");
        Assert.True(result.SequenceMaxDifference < 1e-5, $"sequence: {result.SequenceMaxDifference}");
        Assert.Equal(LstmSample.HiddenSize, result.FinalHidden.Length);
        Assert.All(result.FinalHidden, h => Assert.InRange(h, -1f, 1f));
        Assert.Contains(result.FinalHidden, h => Math.Abs(h) > 1e-3);
    }

    [Fact]
    public void CellUpdatesInPlaceAndKeepsStateBetweenSteps()
    {
        var cell = new LstmCell(LstmSample.InputSize, LstmSample.HiddenSize, seed: 5);
        float[] x = Enumerable.Range(0, LstmSample.InputSize).Select(i => (i - 5) * 0.3f).ToArray();
        float[] h = new float[LstmSample.HiddenSize];
        float[] c = new float[LstmSample.HiddenSize];
        double[] hReference = new double[LstmSample.HiddenSize];
        double[] cReference = new double[LstmSample.HiddenSize];
        for (int step = 0; step < 5; step++)
        {
            cell.Step(x, h, c);
            ScalarLstm.Step(cell, x, hReference, cReference);
        }

        for (int j = 0; j < h.Length; j++)
        {
            Assert.Equal(hReference[j], h[j], 1e-5);
            Assert.Equal(cReference[j], c[j], 1e-5);
        }
    }
}

public class PlotsSampleTests
{
    [Fact]
    public void WritesEveryPictureAsANonTrivialPngAndSvg()
    {
        using var directory = new TempDirectory();
        var output = new StringWriter();
        PlotReport report = PlotsSample.Run(directory.Path, output);

        string[] names = ["sigmoid-and-derivative", "activation-kinds", "vanishing-gradients", "sigmoid-ulp-error"];
        Assert.Equal(names.Length * 2, report.Files.Count);
        foreach (string name in names)
        {
            PictureAssert.IsNonTrivialPng(Path.Combine(directory.Path, name + ".png"));
            PictureAssert.IsNonTrivialSvg(Path.Combine(directory.Path, name + ".svg"));
            Assert.Contains(name + ".png", output.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void UlpChartShowsTheGeneratedSigmoidWithin1UlpAndTheNaiveFormulaFlushingToZero()
    {
        using var directory = new TempDirectory();
        UlpReport report = ActivationPlots.SigmoidUlpError(directory.Path, points: 20_001);

        UlpSeries generated = report.Series.Single(s => s.Name.StartsWith("generated", StringComparison.Ordinal));
        UlpSeries naive = report.Series.Single(s => s.Name.StartsWith("naive", StringComparison.Ordinal));
        Assert.True(generated.MaxUlp <= 1, $"generated sigmoid: {generated.MaxUlp} ULP at {generated.WorstX}");
        Assert.True(naive.MaxUlp > 1_000_000, $"naive sigmoid: {naive.MaxUlp} ULP");
        Assert.True(naive.WorstX < -88, $"naive worst at {naive.WorstX}");
        PictureAssert.IsNonTrivialPng(Path.Combine(directory.Path, "sigmoid-ulp-error.png"));
    }

    [Fact]
    public void GradientsVanishThroughTheSigmoidStackButNotThroughReLU()
    {
        using var directory = new TempDirectory();
        VanishingGradientReport report = ActivationPlots.VanishingGradients(directory.Path);

        Assert.Equal(10, report.Sigmoid.Length);
        Assert.True(report.Sigmoid[0] < report.Sigmoid[^1] * 1e-4, $"sigmoid: {report.Sigmoid[0]} at layer 1, {report.Sigmoid[^1]} at layer 10");
        Assert.True(report.Relu[0] > report.Relu[^1] * 0.1, $"ReLU: {report.Relu[0]} at layer 1, {report.Relu[^1]} at layer 10");
    }

    [Fact]
    public void KindGridFindsEveryDeclaredKind()
    {
        IReadOnlyList<ActivationKind> kinds = Kinds.All;
        Assert.True(kinds.Count >= 10, $"{kinds.Count} kinds");
        Assert.Equal(kinds.Count, kinds.Select(k => k.Label).Distinct().Count());
        Assert.Equal("sigmoid", kinds[0].Label);

        float[] x = [0f];
        float[] y = new float[1];
        kinds[0].Forward(x, y);
        Assert.Equal(0.5f, y[0]);
        kinds[0].Derivative(x, y);
        Assert.Equal(0.25f, y[0]);
    }
}

public class QuickStartSampleTests
{
    [Fact]
    public void PrintsTheTablesTimesTheImplementationsAndWritesThePlots()
    {
        using var directory = new TempDirectory();
        var output = new StringWriter();
        QuickStartResult result = QuickStartSample.Run(directory.Path, output, timingLength: 4096, repetitions: 3, gpuElements: 4096);

        string text = output.ToString();
        string[] lines = text.Split('\n');

        // exp(x)/(1+exp(x)) is NaN at 89 where the generated sigmoid is 1.
        string at89 = lines.First(l => l.TrimStart().StartsWith("89 |", StringComparison.Ordinal));
        Assert.Contains("NaN", at89, StringComparison.Ordinal);
        Assert.EndsWith("1", at89.TrimEnd());

        // σ(1 − σ) is 0 at 30, the generated derivative is not.
        string at30 = lines.Last(l => l.TrimStart().StartsWith("30 |", StringComparison.Ordinal));
        Assert.Contains("9.35762291E-14", at30, StringComparison.Ordinal);

        Assert.Equal(3, result.Timings.Count);
        Assert.All(result.Timings, row => Assert.True(row.MedianMilliseconds > 0));
        Assert.Contains("TensorPrimitives.Sigmoid", text, StringComparison.Ordinal);

        // The generated ILGPU launchers ran (the CPU accelerator in CI) and match the span members.
        Assert.Equal(4096, result.Gpu.Elements);
        Assert.InRange(result.Gpu.MaxUlpVersusSpan, 0, 4);
        Assert.Contains("GPU: Gates.Sigmoid(accelerator, x, y)", text, StringComparison.Ordinal);

        Assert.Contains(directory.Path, text, StringComparison.Ordinal);
        PictureAssert.IsNonTrivialPng(Path.Combine(directory.Path, "sigmoid-and-derivative.png"));
        Assert.Equal(8, result.Plots.Files.Count);
        Assert.All(result.Plots.Files, f => Assert.True(File.Exists(f), f));
    }
}

/// <summary>Tests that replace <see cref="Console.Out"/> run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}

[Collection(ConsoleCollection.Name)]
public class GpuSampleTests
{
    [Fact]
    public void RunsEveryKernelOnTheBestAcceleratorAndMatchesTheSpanCode()
    {
        // samples/Gpu is a top-level program: run its entry point with a small size (CI has no GPU:
        // it picks ILGPU's CPU accelerator).
        System.Reflection.MethodInfo entry = System.Reflection.Assembly.Load("Activations.Samples.Gpu").EntryPoint!;
        var output = new StringWriter();
        TextWriter console = Console.Out;
        Console.SetOut(output);
        int exitCode;
        try
        {
            exitCode = (int)entry.Invoke(null, [new[] { "2048" }])!;
        }
        finally
        {
            Console.SetOut(console);
        }

        string text = output.ToString();
        Assert.True(exitCode == 0, text);
        Assert.Contains("Device: ", text, StringComparison.Ordinal);
        Assert.Contains("Size: 2,048 elements", text, StringComparison.Ordinal);
        Assert.Contains("All kernels match the span code within 4 ULP.", text, StringComparison.Ordinal);
        Assert.Equal(4, text.Split('\n').Count(l => l.Contains("max ULP vs span", StringComparison.Ordinal)));
    }
}
