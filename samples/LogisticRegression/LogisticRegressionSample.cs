using System.Globalization;
using System.Numerics.Tensors;

namespace Activations.Samples.LogisticRegression;

/// <summary>The activation of the model, generated.</summary>
public static partial class Model
{
    /// <summary>The logistic sigmoid: logits to probabilities.</summary>
    [Activation("sigmoid")]
    public static partial float Sigmoid(float x);
}

/// <summary>Two features and a 0/1 label per sample, stored column by column for the span code.</summary>
public sealed record Dataset(float[] Feature1, float[] Feature2, float[] Labels)
{
    /// <summary>The number of samples.</summary>
    public int Count => Labels.Length;
}

/// <summary>Two Gaussian clouds in the plane, one per class.</summary>
public static class SyntheticData
{
    /// <summary>
    /// <paramref name="samples"/> points, half of each class (class 0 around (−1, −1), class 1 around
    /// (1.2, 1), unit variance), shuffled with a fixed seed and split into train and test.
    /// </summary>
    public static (Dataset Train, Dataset Test) Create(int samples = 1000, double testFraction = 0.2, int seed = 42)
    {
        var random = new Random(seed);
        var points = new (float X1, float X2, float Label)[samples];
        for (int i = 0; i < samples; i++)
        {
            bool positive = i % 2 == 1;
            points[i] = positive
                ? ((float)(1.2 + Gaussian(random)), (float)(1.0 + Gaussian(random)), 1f)
                : ((float)(-1.0 + Gaussian(random)), (float)(-1.0 + Gaussian(random)), 0f);
        }

        random.Shuffle(points);
        int testCount = (int)Math.Round(samples * testFraction);
        return (Columns(points[testCount..]), Columns(points[..testCount]));
    }

    private static Dataset Columns((float X1, float X2, float Label)[] points) =>
        new(points.Select(p => p.X1).ToArray(), points.Select(p => p.X2).ToArray(), points.Select(p => p.Label).ToArray());

    private static double Gaussian(Random random)
    {
        // Box–Muller.
        double u = 1 - random.NextDouble();
        double v = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }
}

/// <summary>What training produced.</summary>
public sealed record LogisticRegressionResult(
    float Weight1,
    float Weight2,
    float Bias,
    IReadOnlyList<(int Iteration, float Cost)> Costs,
    double TrainAccuracy,
    double TestAccuracy);

/// <summary>
/// Logistic regression, p = σ(w₁·x₁ + w₂·x₂ + b), trained by batch gradient descent on the mean binary
/// cross-entropy. The loss and its gradient take the logits (<see cref="Losses"/>), never the
/// probabilities, so they stay exact however confident the model gets; the generated span sigmoid turns
/// logits into probabilities for prediction.
/// </summary>
public static class LogisticRegressionSample
{
    /// <summary>Trains for <paramref name="iterations"/> steps, printing the cost every 100, and evaluates on the test split.</summary>
    public static LogisticRegressionResult Run(int iterations, TextWriter writer, float learningRate = 0.1f, int samples = 1000, int seed = 42)
    {
        IFormatProvider c = CultureInfo.InvariantCulture;
        (Dataset train, Dataset test) = SyntheticData.Create(samples, 0.2, seed);
        writer.WriteLine(string.Format(c, "Synthetic data: {0} samples, 2 features, 2 classes; {1} to train, {2} to test (seed {3})", samples, train.Count, test.Count, seed));
        writer.WriteLine(string.Format(c, "Batch gradient descent, learning rate {0}, {1} iterations", learningRate, iterations));
        writer.WriteLine();

        int n = train.Count;
        float w1 = 0, w2 = 0, b = 0;
        float[] logits = new float[n];
        float[] gradient = new float[n];
        var costs = new List<(int, float)>();
        for (int iteration = 0; iteration <= iterations; iteration++)
        {
            Logits(train, w1, w2, b, logits);
            if (iteration % 100 == 0 || iteration == iterations)
            {
                // Mean of y·softplus(−z) + (1 − y)·softplus(z): exact for any logit.
                float cost = Losses.BinaryCrossEntropyWithLogits(logits, train.Labels);
                costs.Add((iteration, cost));
                writer.WriteLine(string.Format(c, "  {0} iteration {1,5}  cost {2:F6}", ProgressBar(iteration, iterations), iteration, cost));
            }

            if (iteration == iterations)
            {
                break;
            }

            // ∂(sum of losses)/∂zᵢ = σ(zᵢ) − yᵢ; the chain rule through z = w₁x₁ + w₂x₂ + b does the rest.
            Losses.BinaryCrossEntropyWithLogitsGradient(logits, train.Labels, gradient);
            w1 -= learningRate * TensorPrimitives.Dot(gradient, train.Feature1) / n;
            w2 -= learningRate * TensorPrimitives.Dot(gradient, train.Feature2) / n;
            b -= learningRate * TensorPrimitives.Sum(gradient) / n;
        }

        double trainAccuracy = Accuracy(train, w1, w2, b);
        double testAccuracy = Accuracy(test, w1, w2, b);
        writer.WriteLine();
        writer.WriteLine(string.Format(c, "Model: p = σ({0:F4}·x1 + {1:F4}·x2 {2} {3:F4})", w1, w2, b < 0 ? "-" : "+", Math.Abs(b)));
        writer.WriteLine(string.Format(c, "Train accuracy: {0:F4}", trainAccuracy));
        writer.WriteLine(string.Format(c, "Test accuracy:  {0:F4}", testAccuracy));

        writer.WriteLine();
        writer.WriteLine("First test samples:");
        writer.WriteLine("      x1       x2 |    logit  σ(logit) | predicted  label");
        float[] testLogits = new float[test.Count];
        float[] probabilities = new float[test.Count];
        Logits(test, w1, w2, b, testLogits);
        Model.Sigmoid(testLogits, probabilities);
        for (int i = 0; i < Math.Min(5, test.Count); i++)
        {
            writer.WriteLine(string.Format(
                c,
                "{0,8:F3} {1,8:F3} | {2,8:F3} {3,9:F4} | {4,9} {5,6}",
                test.Feature1[i],
                test.Feature2[i],
                testLogits[i],
                probabilities[i],
                probabilities[i] >= 0.5f ? 1 : 0,
                test.Labels[i]));
        }

        return new LogisticRegressionResult(w1, w2, b, costs, trainAccuracy, testAccuracy);
    }

    /// <summary>z = w₁·x₁ + w₂·x₂ + b for every sample.</summary>
    public static void Logits(Dataset data, float w1, float w2, float b, Span<float> destination)
    {
        TensorPrimitives.Multiply(data.Feature1, w1, destination);
        TensorPrimitives.MultiplyAdd(data.Feature2, w2, destination, destination);
        TensorPrimitives.Add(destination, b, destination);
    }

    /// <summary>The share of samples whose predicted class (σ(z) ≥ 0.5) is the label.</summary>
    public static double Accuracy(Dataset data, float w1, float w2, float b)
    {
        float[] probabilities = new float[data.Count];
        Logits(data, w1, w2, b, probabilities);
        Model.Sigmoid(probabilities, probabilities);
        int correct = 0;
        for (int i = 0; i < data.Count; i++)
        {
            correct += (probabilities[i] >= 0.5f ? 1f : 0f) == data.Labels[i] ? 1 : 0;
        }

        return (double)correct / data.Count;
    }

    /// <summary>A text progress bar: <c>[########............]  40%</c>.</summary>
    public static string ProgressBar(int done, int total, int width = 20)
    {
        int filled = total == 0 ? width : (int)((long)done * width / total);
        int percent = total == 0 ? 100 : (int)((long)done * 100 / total);
        return "[" + new string('#', filled) + new string('.', width - filled) + "] " + percent.ToString(CultureInfo.InvariantCulture).PadLeft(3) + "%";
    }
}
