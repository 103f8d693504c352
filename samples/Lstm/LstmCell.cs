using System.Numerics.Tensors;

namespace Activations.Samples.Lstm;

/// <summary>The gate activations, generated.</summary>
public static partial class Gates
{
    /// <summary>The logistic sigmoid of the input, forget and output gates.</summary>
    [Activation("sigmoid")]
    public static partial float Sigmoid(float x);

    /// <summary>The hyperbolic tangent of the candidate and of the cell state.</summary>
    [Activation("tanh")]
    public static partial float Tanh(float x);
}

/// <summary>
/// One LSTM cell: with z = W·[x; h] + b split into the input gate i, forget gate f, output gate o and
/// candidate g, c' = σ(f)⊙c + σ(i)⊙tanh(g) and h' = σ(o)⊙tanh(c'). The three sigmoid gates are stored
/// next to each other so one SIMD call computes them all.
/// </summary>
public sealed class LstmCell
{
    private readonly float[] _combined;
    private readonly float[] _preActivations;
    private readonly float[] _gates;

    /// <summary>A cell with PyTorch's initialisation, every weight and bias uniform in ±1/√hidden, from a fixed seed.</summary>
    public LstmCell(int inputSize, int hiddenSize, int seed = 1)
    {
        InputSize = inputSize;
        HiddenSize = hiddenSize;
        Weights = new float[4 * hiddenSize * (inputSize + hiddenSize)];
        Bias = new float[4 * hiddenSize];
        var random = new Random(seed);
        float bound = 1 / MathF.Sqrt(hiddenSize);
        foreach (float[] values in new[] { Weights, Bias })
        {
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = (float)(((random.NextDouble() * 2) - 1) * bound);
            }
        }

        _combined = new float[inputSize + hiddenSize];
        _preActivations = new float[4 * hiddenSize];
        _gates = new float[4 * hiddenSize];
    }

    /// <summary>The size of x.</summary>
    public int InputSize { get; }

    /// <summary>The size of h and c.</summary>
    public int HiddenSize { get; }

    /// <summary>
    /// W, row-major, 4·hidden rows of input + hidden columns: rows [0, H) the input gate, [H, 2H) the
    /// forget gate, [2H, 3H) the output gate, [3H, 4H) the candidate.
    /// </summary>
    public float[] Weights { get; }

    /// <summary>b, in the same row order as <see cref="Weights"/>.</summary>
    public float[] Bias { get; }

    /// <summary>One step: reads <paramref name="x"/>, updates <paramref name="hidden"/> and <paramref name="cell"/> in place.</summary>
    public void Step(ReadOnlySpan<float> x, Span<float> hidden, Span<float> cell)
    {
        int h = HiddenSize;
        int columns = InputSize + h;
        x.CopyTo(_combined);
        hidden.CopyTo(_combined.AsSpan(InputSize));
        for (int row = 0; row < 4 * h; row++)
        {
            _preActivations[row] = TensorPrimitives.Dot(Weights.AsSpan(row * columns, columns), _combined) + Bias[row];
        }

        // i, f, o in one SIMD sigmoid over 3H values; the candidate g through the SIMD tanh.
        Gates.Sigmoid(_preActivations.AsSpan(0, 3 * h), _gates.AsSpan(0, 3 * h));
        Gates.Tanh(_preActivations.AsSpan(3 * h, h), _gates.AsSpan(3 * h, h));
        ReadOnlySpan<float> input = _gates.AsSpan(0, h);
        ReadOnlySpan<float> forget = _gates.AsSpan(h, h);
        ReadOnlySpan<float> output = _gates.AsSpan(2 * h, h);
        ReadOnlySpan<float> candidate = _gates.AsSpan(3 * h, h);

        // c' = f⊙c + i⊙g;  h' = o⊙tanh(c').
        TensorPrimitives.Multiply(forget, cell, cell);
        TensorPrimitives.MultiplyAdd(input, candidate, cell, cell);
        Gates.Tanh(cell, hidden);
        TensorPrimitives.Multiply(output, hidden, hidden);
    }
}

/// <summary>The same cell written as plain scalar loops in double: the reference the span code is checked against.</summary>
public static class ScalarLstm
{
    /// <summary>One step of <paramref name="cell"/>'s LSTM in double precision, updating <paramref name="hidden"/> and <paramref name="state"/> in place.</summary>
    public static void Step(LstmCell cell, ReadOnlySpan<float> x, double[] hidden, double[] state)
    {
        int h = cell.HiddenSize;
        int columns = cell.InputSize + h;
        double[] z = new double[4 * h];
        for (int row = 0; row < 4 * h; row++)
        {
            double sum = cell.Bias[row];
            for (int k = 0; k < cell.InputSize; k++)
            {
                sum += cell.Weights[(row * columns) + k] * (double)x[k];
            }

            for (int k = 0; k < h; k++)
            {
                sum += cell.Weights[(row * columns) + cell.InputSize + k] * hidden[k];
            }

            z[row] = sum;
        }

        for (int j = 0; j < h; j++)
        {
            double input = Sigmoid(z[j]);
            double forget = Sigmoid(z[h + j]);
            double output = Sigmoid(z[(2 * h) + j]);
            double candidate = Math.Tanh(z[(3 * h) + j]);
            state[j] = (forget * state[j]) + (input * candidate);
            hidden[j] = output * Math.Tanh(state[j]);
        }
    }

    // In double the textbook formula is exact enough for gate pre-activations of a few units.
    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
}
