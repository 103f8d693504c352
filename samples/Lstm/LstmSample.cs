using System.Globalization;
using System.Numerics.Tensors;

namespace Activations.Samples.Lstm;

/// <summary>The largest |span − scalar reference| over h and c after one step and over a whole sequence, and the final h.</summary>
public sealed record LstmResult(double StepMaxDifference, double SequenceMaxDifference, float[] FinalHidden);

/// <summary>An LSTM cell (input 10, hidden 20) run for one step and over a sequence, against the scalar reference.</summary>
public static class LstmSample
{
    /// <summary>The sizes of the sample.</summary>
    public const int InputSize = 10, HiddenSize = 20;

    /// <summary>Runs one step and a sequence of <paramref name="sequenceLength"/> steps, printing to <paramref name="writer"/>.</summary>
    public static LstmResult Run(int sequenceLength, TextWriter writer, int seed = 1)
    {
        IFormatProvider c = CultureInfo.InvariantCulture;
        var cell = new LstmCell(InputSize, HiddenSize, seed);
        var random = new Random(seed + 1);
        float[][] sequence = Enumerable.Range(0, sequenceLength)
            .Select(_ => Enumerable.Range(0, InputSize).Select(_ => (float)Gaussian(random)).ToArray())
            .ToArray();
        writer.WriteLine(string.Format(c, "LSTM cell: input {0}, hidden {1}, {2} weights; gates through the generated span Sigmoid and Tanh", InputSize, HiddenSize, cell.Weights.Length + cell.Bias.Length));

        // One step from h = c = 0.
        float[] hidden = new float[HiddenSize];
        float[] state = new float[HiddenSize];
        double[] hiddenReference = new double[HiddenSize];
        double[] stateReference = new double[HiddenSize];
        cell.Step(sequence[0], hidden, state);
        ScalarLstm.Step(cell, sequence[0], hiddenReference, stateReference);
        double stepDifference = Math.Max(MaxDifference(hidden, hiddenReference), MaxDifference(state, stateReference));
        writer.WriteLine();
        writer.WriteLine("One step from h = c = 0:");
        writer.WriteLine("  h[0..5]  = " + string.Join(", ", hidden.Take(6).Select(v => v.ToString("F6", c))));
        writer.WriteLine("  c[0..5]  = " + string.Join(", ", state.Take(6).Select(v => v.ToString("F6", c))));
        writer.WriteLine(string.Format(c, "  max |span - scalar double reference| over h and c: {0:E2}", stepDifference));

        // The sequence, carrying h and c from step to step in both implementations.
        Array.Clear(hidden);
        Array.Clear(state);
        Array.Clear(hiddenReference);
        Array.Clear(stateReference);
        double sequenceDifference = 0;
        writer.WriteLine();
        writer.WriteLine(string.Format(c, "A sequence of {0} steps (inputs N(0, 1), seed {1}):", sequenceLength, seed + 1));
        for (int t = 0; t < sequenceLength; t++)
        {
            cell.Step(sequence[t], hidden, state);
            ScalarLstm.Step(cell, sequence[t], hiddenReference, stateReference);
            double difference = Math.Max(MaxDifference(hidden, hiddenReference), MaxDifference(state, stateReference));
            sequenceDifference = Math.Max(sequenceDifference, difference);
            if (t < 3 || t == sequenceLength - 1 || (t + 1) % 10 == 0)
            {
                writer.WriteLine(string.Format(c, "  step {0,3}: ‖h‖ = {1:F5}  ‖c‖ = {2:F5}  max |span - scalar| = {3:E2}", t + 1, TensorPrimitives.Norm(hidden), TensorPrimitives.Norm(state), difference));
            }
        }

        writer.WriteLine(string.Format(c, "  max |span - scalar double reference| over every step: {0:E2}", sequenceDifference));
        return new LstmResult(stepDifference, sequenceDifference, hidden);
    }

    private static double MaxDifference(float[] values, double[] reference)
    {
        double max = 0;
        for (int i = 0; i < values.Length; i++)
        {
            max = Math.Max(max, Math.Abs(values[i] - reference[i]));
        }

        return max;
    }

    private static double Gaussian(Random random)
    {
        // Box–Muller.
        double u = 1 - random.NextDouble();
        double v = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }
}
