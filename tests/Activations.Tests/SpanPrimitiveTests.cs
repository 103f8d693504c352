using System.Reflection;
using Activations.Kernels;

namespace Activations.Tests;

/// <summary>
/// The span loops of single primitives (<see cref="SpanPrimitive"/>, what generated span members
/// call when their formula is one primitive of x) give the bits of the operator path, which calls
/// the <see cref="ISimdVector{TSelf, T}"/> member one register at a time, for every length and
/// offset (full registers, the remainder, in place), and keep the span rules.
/// </summary>
public class SpanPrimitiveTests
{
    public static TheoryData<SpanPrimitive> Primitives => new(Enum.GetValues<SpanPrimitive>());

    private static double[] Inputs(int count)
    {
        var random = new Random(2026);
        double[] specials = [double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.0, -0.0, 1e-45, -1e-45, 1e-310, -1e-310, 16, -16, 16.5, -16.5, 20, -20, 88, -88, 104, -104, 710, -710, 745, -745, 800, -800];
        return Enumerable.Range(0, count).Select(i => i % 5 == 0
            ? specials[random.Next(specials.Length)]
            : i % 5 == 1 ? (random.NextDouble() - 0.5) * 240 : (random.NextDouble() - 0.5) * 24).ToArray();
    }

    [Theory]
    [MemberData(nameof(Primitives))]
    public void Forward_gives_the_bits_of_the_operator_path_at_every_length_and_offset(SpanPrimitive primitive)
    {
        const int MaxLength = 150, MaxOffset = 9;
        double[] xd = Inputs(MaxLength + MaxOffset);
        float[] xf = xd.Select(v => (float)v).ToArray();
        var op = new PrimitiveOp(primitive);
        for (int offset = 0; offset <= MaxOffset; offset++)
        {
            for (int length = 0; length <= MaxLength; length += offset == 0 ? 1 : 7)
            {
                float[] expectedF = new float[length], actualF = new float[length + 1];
                double[] expectedD = new double[length], actualD = new double[length + 1];
                SpanKernels.Apply(op, xf.AsSpan(offset, length), expectedF);
                SpanKernels.Apply(op, xd.AsSpan(offset, length), expectedD);
                actualF[length] = float.MinValue;
                actualD[length] = double.MinValue;
                SpanKernels.Apply(primitive, xf.AsSpan(offset, length), actualF);
                SpanKernels.Apply(primitive, xd.AsSpan(offset, length), actualD);
                AssertBits(primitive + " float", expectedF, actualF, xf, offset);
                AssertBits(primitive + " double", expectedD, actualD, xd, offset);
                Assert.Equal(float.MinValue, actualF[length]); // nothing written past the input's length
                Assert.Equal(double.MinValue, actualD[length]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Primitives))]
    public void Backward_gives_the_bits_of_gradient_times_the_operator_path(SpanPrimitive primitive)
    {
        const int MaxLength = 150;
        double[] xd = Inputs(MaxLength);
        double[] gd = Inputs(MaxLength + 1).Skip(1).Select(v => double.IsFinite(v) ? v / 7 : v).ToArray();
        float[] xf = xd.Select(v => (float)v).ToArray();
        float[] gf = gd.Select(v => (float)v).ToArray();
        var op = new PrimitiveOp(primitive);
        for (int length = 0; length <= MaxLength; length++)
        {
            float[] expectedF = new float[length], actualF = new float[length];
            double[] expectedD = new double[length], actualD = new double[length];
            SpanKernels.Apply(op, xf.AsSpan(0, length), gf.AsSpan(0, length), expectedF);
            SpanKernels.Apply(op, xd.AsSpan(0, length), gd.AsSpan(0, length), expectedD);
            SpanKernels.ApplyBackward(primitive, xf.AsSpan(0, length), gf.AsSpan(0, length), actualF);
            SpanKernels.ApplyBackward(primitive, xd.AsSpan(0, length), gd.AsSpan(0, length), actualD);
            AssertBits(primitive + " backward float", expectedF, actualF, xf, 0);
            AssertBits(primitive + " backward double", expectedD, actualD, xd, 0);
        }
    }

    [Theory]
    [MemberData(nameof(Primitives))]
    public void In_place_equals_out_of_place(SpanPrimitive primitive)
    {
        float[] x = Inputs(203).Select(v => (float)v).ToArray();
        float[] g = x.Reverse().Select(v => v / 3).ToArray();
        float[] expected = new float[x.Length], expectedBackward = new float[x.Length];
        SpanKernels.Apply(primitive, x, expected);
        SpanKernels.ApplyBackward(primitive, x, g, expectedBackward);

        float[] inPlace = (float[])x.Clone();
        SpanKernels.Apply(primitive, inPlace, inPlace);
        Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), inPlace.Select(BitConverter.SingleToInt32Bits));

        float[] overX = (float[])x.Clone(), overGradient = (float[])g.Clone();
        SpanKernels.ApplyBackward(primitive, overX, g, overX);
        SpanKernels.ApplyBackward(primitive, x, overGradient, overGradient);
        Assert.Equal(expectedBackward.Select(BitConverter.SingleToInt32Bits), overX.Select(BitConverter.SingleToInt32Bits));
        Assert.Equal(expectedBackward.Select(BitConverter.SingleToInt32Bits), overGradient.Select(BitConverter.SingleToInt32Bits));
    }

    [Fact]
    public void Span_rules_are_those_of_the_operator_path()
    {
        float[] x = new float[10], g = new float[10];
        double[] xd = new double[10];
        Assert.Throws<ArgumentException>(() => SpanKernels.Apply(SpanPrimitive.Sigmoid, x, new float[9]));
        Assert.Throws<ArgumentException>(() => SpanKernels.Apply(SpanPrimitive.Sigmoid, xd, new double[9]));
        Assert.Throws<ArgumentException>(() => SpanKernels.ApplyBackward(SpanPrimitive.Sigmoid, x, new float[9], new float[10]));
        Assert.Throws<ArgumentException>(() => SpanKernels.ApplyBackward(SpanPrimitive.Sigmoid, x, g, new float[9]));
        Assert.Throws<ArgumentException>(() => SpanKernels.Apply(SpanPrimitive.Sigmoid, x.AsSpan(0, 8), x.AsSpan(1, 8)));
        Assert.Throws<ArgumentException>(() => SpanKernels.ApplyBackward(SpanPrimitive.Sigmoid, x.AsSpan(0, 8), g.AsSpan(0, 8), g.AsSpan(2, 8)));
        Assert.Throws<ArgumentOutOfRangeException>(() => SpanKernels.Apply((SpanPrimitive)(-1), x, g));
        Assert.Throws<ArgumentOutOfRangeException>(() => SpanKernels.ApplyBackward((SpanPrimitive)999, xd, xd, xd));
        SpanKernels.Apply(SpanPrimitive.Tanh, ReadOnlySpan<float>.Empty, Span<float>.Empty);
    }

    [Fact]
    public void Every_span_primitive_names_a_vector_member()
    {
        // The generator writes SpanPrimitive.<name> for the IR primitive of the same name.
        var members = typeof(ISimdVector<,>).GetMethods(BindingFlags.Public | BindingFlags.Static).Select(m => m.Name).ToHashSet();
        foreach (SpanPrimitive primitive in Enum.GetValues<SpanPrimitive>())
        {
            Assert.Contains(primitive.ToString(), members);
        }
    }

    private static void AssertBits<T>(string what, T[] expected, T[] actual, T[] x, int offset)
        where T : unmanaged
    {
        for (int i = 0; i < expected.Length; i++)
        {
            if (!Bits(expected[i]).Equals(Bits(actual[i])))
            {
                Assert.Fail($"{what}: element {i} of {expected.Length} (offset {offset}, x = {x[offset + i]}) is {actual[i]}, the operator path gives {expected[i]}.");
            }
        }
    }

    private static long Bits<T>(T value) => value switch
    {
        float f => BitConverter.SingleToInt32Bits(f),
        double d => BitConverter.DoubleToInt64Bits(d),
        _ => throw new ArgumentException("float or double"),
    };

    /// <summary>The primitive through ISimdVector, one register at a time (as a generated operator calls it).</summary>
    private readonly struct PrimitiveOp(SpanPrimitive primitive) : IUnaryOperator<float>, IUnaryOperator<double>, IBinaryOperator<float>, IBinaryOperator<double>
    {
        public TV Invoke<TV>(TV x) where TV : struct, ISimdVector<TV, float> => Apply<TV, float>(x);

        TV IUnaryOperator<double>.Invoke<TV>(TV x) => Apply<TV, double>(x);

        public TV Invoke<TV>(TV x, TV gradient) where TV : struct, ISimdVector<TV, float> => gradient * Apply<TV, float>(x);

        TV IBinaryOperator<double>.Invoke<TV>(TV x, TV gradient) => gradient * Apply<TV, double>(x);

        private TV Apply<TV, T>(TV x) where TV : struct, ISimdVector<TV, T> where T : unmanaged => primitive switch
        {
            SpanPrimitive.Sigmoid => TV.Sigmoid(x),
            SpanPrimitive.SigmoidFast => TV.SigmoidFast(x),
            SpanPrimitive.SigmoidDerivative => TV.SigmoidDerivative(x),
            SpanPrimitive.LogSigmoid => TV.LogSigmoid(x),
            SpanPrimitive.Softplus => TV.Softplus(x),
            SpanPrimitive.Tanh => TV.Tanh(x),
            SpanPrimitive.TanhFast => TV.TanhFast(x),
            SpanPrimitive.TanhDerivative => TV.TanhDerivative(x),
            SpanPrimitive.Silu => TV.Silu(x),
            _ => throw new ArgumentOutOfRangeException(nameof(primitive)),
        };
    }
}
