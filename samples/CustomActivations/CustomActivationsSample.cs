using System.Globalization;

namespace Activations.Samples.CustomActivations;

/// <summary>The learnable sigmoid's fit: the generating parameters, the learned ones, and the loss before and after.</summary>
public sealed record LearnableSigmoidFit(float TrueAlpha, float TrueBeta, float Alpha, float Beta, float InitialLoss, float FinalLoss);

/// <summary>What the sample found: the fit, and the largest relative error of the generated parameter gradients against exact ones.</summary>
public sealed record CustomActivationsResult(LearnableSigmoidFit Fit, double TemperatureGradientError, double RangeGradientError);

/// <summary>
/// Custom <c>[Activation]</c> formulas with parameters: the generator gives each a derivative, SIMD
/// span code and a backward that also returns the gradient of every parameter.
/// </summary>
public static class CustomActivationsSample
{
    /// <summary>Runs the three demonstrations and prints them to <paramref name="writer"/>.</summary>
    public static CustomActivationsResult Run(TextWriter writer, int iterations = 1000, int samples = 2000, int seed = 3)
    {
        LearnableSigmoidFit fit = FitLearnableSigmoid(writer, iterations, samples, seed);
        writer.WriteLine();
        double temperatureError = Temperature(writer);
        writer.WriteLine();
        double rangeError = RangeScaled(writer);
        return new CustomActivationsResult(fit, temperatureError, rangeError);
    }

    /// <summary>
    /// Fits σ(α·x + β) to noisy observations of σ(2.5·x − 1.5) by gradient descent on the mean squared
    /// error, with α and β's gradients from the generated <c>LearnableSigmoidBackward</c>.
    /// </summary>
    public static LearnableSigmoidFit FitLearnableSigmoid(TextWriter writer, int iterations = 1000, int samples = 2000, int seed = 3)
    {
        IFormatProvider c = CultureInfo.InvariantCulture;
        const float trueAlpha = 2.5f, trueBeta = -1.5f, noise = 0.05f;
        var random = new Random(seed);
        float[] x = new float[samples];
        float[] y = new float[samples];
        for (int i = 0; i < samples; i++)
        {
            x[i] = (float)((random.NextDouble() * 8) - 4);
            y[i] = Formulas.LearnableSigmoid(x[i], trueAlpha, trueBeta) + (noise * (float)Gaussian(random));
        }

        writer.WriteLine("Learnable sigmoid σ(α·x + β): [Activation] on the user's formula 1 / (1 + MathF.Exp(-(alpha * x + beta)))");
        writer.WriteLine(string.Format(c, "  data: {0} points y = σ({1}·x {2} {3}) + N(0, {4}²) noise, x uniform in [-4, 4]", samples, trueAlpha, trueBeta < 0 ? "-" : "+", Math.Abs(trueBeta), noise));
        writer.WriteLine(string.Format(c, "  gradient descent on the mean squared error, {0} iterations, from α = 1, β = 0", iterations));

        float alpha = 1, beta = 0;
        const float learningRate = 4f;
        float[] prediction = new float[samples];
        float[] upstream = new float[samples];
        float[] inputGradient = new float[samples];
        float initialLoss = 0, loss = 0;
        for (int iteration = 0; iteration <= iterations; iteration++)
        {
            Formulas.LearnableSigmoid(x, alpha, beta, prediction);
            loss = 0;
            for (int i = 0; i < samples; i++)
            {
                float error = prediction[i] - y[i];
                loss += error * error / samples;
                upstream[i] = 2 * error / samples;     // ∂loss/∂prediction
            }

            initialLoss = iteration == 0 ? loss : initialLoss;
            if (iteration % Math.Max(1, iterations / 5) == 0 || iteration == iterations)
            {
                writer.WriteLine(string.Format(c, "    iteration {0,5}  loss {1:F6}  α = {2,7:F4}  β = {3,7:F4}", iteration, loss, alpha, beta));
            }

            if (iteration == iterations)
            {
                break;
            }

            // One call: ∂loss/∂x per element (unused here) and ∂loss/∂α, ∂loss/∂β summed over the span.
            Formulas.LearnableSigmoidBackward(x, alpha, beta, upstream, inputGradient, out float alphaGradient, out float betaGradient);
            alpha -= learningRate * alphaGradient;
            beta -= learningRate * betaGradient;
        }

        writer.WriteLine(string.Format(c, "  learned α = {0:F4} (true {1}), β = {2:F4} (true {3}); the noise floor of the loss is {4:F6}", alpha, trueAlpha, beta, trueBeta, noise * noise));

        // The generated code is stable where the formula as written is not: e^100 overflows float.
        float[] far = [-100f];
        float[] generated = new float[1];
        Formulas.LearnableSigmoid(far, 1, 0, generated);
        writer.WriteLine(string.Format(c, "  at α·x + β = -100 the formula as written gives {0:G7} (e^100 overflows float); the generated span code gives {1:G7}", Formulas.LearnableSigmoid(-100f, 1, 0), generated[0]));
        return new LearnableSigmoidFit(trueAlpha, trueBeta, alpha, beta, initialLoss, loss);
    }

    /// <summary>
    /// The temperature sigmoid σ(x / T) at a few temperatures; the run-time T = 2 against the attribute's
    /// <c>Temperature = 2</c>; ∂/∂T from the generated backward against the exact derivative. Returns
    /// that gradient's relative error.
    /// </summary>
    public static double Temperature(TextWriter writer)
    {
        IFormatProvider c = CultureInfo.InvariantCulture;
        float[] x = [-4, -1, 0, 1, 4];
        float[] temperatures = [0.25f, 0.5f, 1, 2, 4];
        writer.WriteLine("Temperature sigmoid σ(x / T): small T sharpens it towards a step, large T flattens it");
        writer.WriteLine("      T | " + string.Join(" ", x.Select(v => string.Format(c, "{0,9}", "x = " + v))));
        float[] values = new float[x.Length];
        foreach (float t in temperatures)
        {
            Formulas.TemperatureSigmoid(x, t, values);
            writer.WriteLine(string.Format(c, "  {0,5} | ", t) + string.Join(" ", values.Select(v => v.ToString("F5", c).PadLeft(9))));
        }

        // The run-time parameter and the compile-time attribute compute the same function.
        float[] grid = Enumerable.Range(-400, 801).Select(i => i * 0.05f).ToArray();
        float[] runtime = new float[grid.Length];
        float[] attribute = new float[grid.Length];
        Formulas.TemperatureSigmoid(grid, 2f, runtime);
        Formulas.SigmoidT2(grid, attribute);
        float difference = runtime.Zip(attribute, (a, b) => Math.Abs(a - b)).Max();
        writer.WriteLine(string.Format(c, "  TemperatureSigmoid(x, 2) vs [Activation(\"sigmoid\", Temperature = 2)] over x in [-20, 20]: max |difference| = {0:G3}", difference));

        // ∂/∂T of Σ σ(x/T) = Σ σ'(x/T)·(−x/T²), from the backward with a unit upstream gradient, over
        // inputs in [−5, 15] (a symmetric range would sum to 0).
        float[] inputs = Enumerable.Range(-100, 401).Select(i => i * 0.05f).ToArray();
        float[] ones = Enumerable.Repeat(1f, inputs.Length).ToArray();
        float[] inputGradient = new float[inputs.Length];
        const float temperature = 1.5f;
        Formulas.TemperatureSigmoidBackward(inputs, temperature, ones, inputGradient, out float temperatureGradient);
        double exact = inputs.Sum(v => ExactSigmoidDerivative(v / (double)temperature) * (-v / (temperature * (double)temperature)));
        double relative = Math.Abs(temperatureGradient - exact) / Math.Abs(exact);
        writer.WriteLine(string.Format(c, "  ∂/∂T of Σ σ(x/T) over {0} points in [-5, 15] at T = {1}: backward {2:G7}, exact {3:G7} (relative error {4:G2})", inputs.Length, temperature, temperatureGradient, exact, relative));
        return relative;
    }

    /// <summary>
    /// The range-scaled sigmoid low + (high − low)·σ(x) mapping onto [−1, 3], with ∂/∂low and ∂/∂high
    /// from the generated backward against the exact Σ(1 − σ) and Σσ. Returns their larger relative error.
    /// </summary>
    public static double RangeScaled(TextWriter writer)
    {
        IFormatProvider c = CultureInfo.InvariantCulture;
        const float low = -1, high = 3;
        float[] x = [-20, -2, 0, 2, 20];
        float[] values = new float[x.Length];
        float[] derivatives = new float[x.Length];
        Formulas.RangeSigmoid(x, low, high, values);
        Formulas.RangeSigmoidDerivative(x, low, high, derivatives);
        writer.WriteLine(string.Format(c, "Range-scaled sigmoid low + (high - low)·σ(x) with low = {0}, high = {1}", low, high));
        writer.WriteLine("         x | " + string.Join(" ", x.Select(v => v.ToString(c).PadLeft(10))));
        writer.WriteLine("      f(x) | " + string.Join(" ", values.Select(v => v.ToString("G6", c).PadLeft(10))));
        writer.WriteLine("     f'(x) | " + string.Join(" ", derivatives.Select(v => v.ToString("G4", c).PadLeft(10))));

        // With a unit upstream gradient, ∂/∂low sums 1 − σ(x) and ∂/∂high sums σ(x).
        float[] grid = Enumerable.Range(-100, 401).Select(i => i * 0.05f).ToArray();
        float[] ones = Enumerable.Repeat(1f, grid.Length).ToArray();
        float[] inputGradient = new float[grid.Length];
        Formulas.RangeSigmoidBackward(grid, low, high, ones, inputGradient, out float lowGradient, out float highGradient);
        double exactHigh = grid.Sum(v => ExactSigmoid(v));
        double exactLow = grid.Sum(v => ExactSigmoid(-v));
        double error = Math.Max(Math.Abs(lowGradient - exactLow) / exactLow, Math.Abs(highGradient - exactHigh) / exactHigh);
        writer.WriteLine(string.Format(c, "  backward over {0} points in [-5, 15]: ∂/∂low = {1:G7} (exact Σ(1-σ) = {2:G7}), ∂/∂high = {3:G7} (exact Σσ = {4:G7})", grid.Length, lowGradient, exactLow, highGradient, exactHigh));
        return error;
    }

    private static double ExactSigmoid(double x) => x >= 0 ? 1 / (1 + Math.Exp(-x)) : Math.Exp(x) / (1 + Math.Exp(x));

    private static double ExactSigmoidDerivative(double x) => ExactSigmoid(x) * ExactSigmoid(-x);

    private static double Gaussian(Random random)
    {
        // Box–Muller.
        double u = 1 - random.NextDouble();
        double v = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }
}
