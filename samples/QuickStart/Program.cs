// QuickStart: what [Activation("sigmoid")] generates, next to the naive formulas people write by
// hand, at the inputs where those formulas break.
using System.Globalization;
using Activations.Samples;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

Console.WriteLine("Activations QuickStart: [Activation(\"sigmoid\", Clip = 500)] on a float method");
Console.WriteLine();
Console.WriteLine("Forward, float. Naive formulas fail in the tails:");
Console.WriteLine($"{"x",8} | {"exp(x)/(1+exp(x))",18} | {"1/(1+exp(-x))",14} | {"generated",14}");
foreach (float x in new[] { -100f, -90f, -20f, 0f, 20f, 88f, 89f, 1000f, float.NaN })
{
    Console.WriteLine($"{x,8} | {Naive.RatioSigmoid(x),18:G9} | {Naive.Sigmoid(x),14:G9} | {Gates.Sigmoid(x),14:G9}");
}

Console.WriteLine();
Console.WriteLine("Derivative, float. The textbook σ(1-σ) returns 0 once σ rounds to 1:");
Console.WriteLine($"{"x",8} | {"s*(1-s)",14} | {"generated",14}");
foreach (float x in new[] { -30f, -10f, 0f, 10f, 17f, 30f, 80f })
{
    Console.WriteLine($"{x,8} | {Naive.SigmoidDerivative(x),14:G9} | {Gates.SigmoidDerivative(x),14:G9}");
}

Console.WriteLine();
Console.WriteLine("Double precision, with Temperature = 2 (σ(x/2)):");
foreach (double x in new[] { -1500.0, -1490.0, 0.0, 80.0 })
{
    Console.WriteLine($"  Smooth({x}) = {Gates.Smooth(x):R}   SmoothDerivative({x}) = {Gates.SmoothDerivative(x):R}");
}

// Spans: SIMD forward, derivative and the chain-rule backward of a training step.
float[] logits = Enumerable.Range(-4, 9).Select(i => i * 2.5f).ToArray();
float[] activations = new float[logits.Length];
float[] upstream = Enumerable.Repeat(1f, logits.Length).ToArray();
float[] gradient = new float[logits.Length];
Gates.Sigmoid(logits, activations);
Gates.SigmoidBackward(logits, upstream, gradient);
Console.WriteLine();
Console.WriteLine("Spans (SIMD):");
Console.WriteLine("  x        = " + string.Join(", ", logits.Select(v => v.ToString("G4"))));
Console.WriteLine("  σ(x)     = " + string.Join(", ", activations.Select(v => v.ToString("G4"))));
Console.WriteLine("  backward = " + string.Join(", ", gradient.Select(v => v.ToString("G4"))));

namespace Activations.Samples
{
    /// <summary>Activations declared the way a consumer declares them.</summary>
    public static partial class Gates
    {
        /// <summary>The logistic sigmoid, input clamped to [-500, 500].</summary>
        [Activation("sigmoid", Clip = 500)]
        public static partial float Sigmoid(float x);

        /// <summary>σ(x / 2), in double.</summary>
        [Activation("sigmoid", Temperature = 2)]
        public static partial double Smooth(double x);
    }

    /// <summary>The formulas found in tutorials, kept here only to show where they fail.</summary>
    internal static class Naive
    {
#pragma warning disable ACT1001 // shown on purpose: the exp ratio that turns NaN above x = 88.7
        public static float RatioSigmoid(float x) => MathF.Exp(x) / (1 + MathF.Exp(x));
#pragma warning restore ACT1001

        public static float Sigmoid(float x) => 1 / (1 + MathF.Exp(-x));

        public static float SigmoidDerivative(float x)
        {
            float s = Sigmoid(x);
            return s * (1 - s);
        }
    }
}
