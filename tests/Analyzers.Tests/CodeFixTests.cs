using Activations.CodeFixes;
using static Activations.Analyzers.Tests.Verify;

namespace Activations.Analyzers.Tests;

public class CodeFixTests
{
    [Fact]
    public Task UnknownKind_UsesSuggestion() => CodeFixAsync<UseSuggestedKindCodeFixProvider>(
        InGates("""
            [Activation({|ACT0006:"sigmod"|}, Clip = 500)]
            public static partial float Sigmoid(float x);
        """),
        InGates("""
            [Activation("sigmoid", Clip = 500)]
            public static partial float Sigmoid(float x);
        """));

    [Fact]
    public Task UnknownKind_NamedArgument() => CodeFixAsync<UseSuggestedKindCodeFixProvider>(
        InGates("""
            [Activation(kind: {|ACT0006:"gelu-tanh"|})]
            public static partial double Gelu(double x);
        """),
        InGates("""
            [Activation(kind: "gelu_tanh")]
            public static partial double Gelu(double x);
        """));

    [Fact]
    public Task UnknownKind_FixAll() => CodeFixAsync<UseSuggestedKindCodeFixProvider>(
        InGates("""
            [Activation({|ACT0006:"sigmod"|})]
            public static partial float Sigmoid(float x);

            [Activation({|ACT0006:"lerky_relu"|}, Alpha = 0.1)]
            public static partial float Leaky(float x);

            [Activation({|ACT0006:"swsh"|})]
            public static partial double Swish(double x);
        """),
        InGates("""
            [Activation("sigmoid")]
            public static partial float Sigmoid(float x);

            [Activation("leaky_relu", Alpha = 0.1)]
            public static partial float Leaky(float x);

            [Activation("swish")]
            public static partial double Swish(double x);
        """));

    [Fact]
    public Task UnknownKind_NoSuggestionNoFix()
    {
        string source = InGates("""
                [Activation({|ACT0006:"banana"|})]
                public static partial float Banana(float x);
            """);
        return CodeFixAsync<UseSuggestedKindCodeFixProvider>(source, source, noFix: true);
    }

    [Fact]
    public Task UnknownKind_ConstantIsNotRewritten()
    {
        string source = InGates("""
                private const string Kind = "sigmod";

                [Activation({|ACT0006:Kind|})]
                public static partial float Sigmoid(float x);
            """);
        return CodeFixAsync<UseSuggestedKindCodeFixProvider>(source, source, noFix: true);
    }

    [Fact]
    public Task NotStatic_AddsStatic() => CodeFixAsync<MakeMethodStaticCodeFixProvider>(
        """
        using Activations;

        public partial class Gates
        {
            [Activation("sigmoid")]
            public partial float {|ACT0001:Sigmoid|}(float x);

            [Activation]
            internal float {|ACT0001:Soft|}(float x) => x / (1 + System.Math.Abs(x));

            // Comment kept.
            [Activation("relu")]
            private unsafe partial double {|ACT0001:Relu|}(double x);
        }
        """,
        """
        using Activations;

        public partial class Gates
        {
            [Activation("sigmoid")]
            public static partial float Sigmoid(float x);

            [Activation]
            internal static float Soft(float x) => x / (1 + System.Math.Abs(x));

            // Comment kept.
            [Activation("relu")]
            private static unsafe partial double Relu(double x);
        }
        """);

    [Fact]
    public Task NotStatic_NoModifiers() => CodeFixAsync<MakeMethodStaticCodeFixProvider>(
        """
        using Activations;

        public partial class Gates
        {
            [Activation]
            float {|ACT0001:Soft|}(float x) => x;
        }
        """,
        """
        using Activations;

        public partial class Gates
        {
            [Activation]
            static float Soft(float x) => x;
        }
        """);

    [Fact]
    public Task NotPartial_AddsPartial() => CodeFixAsync<MakeTypePartialCodeFixProvider>(
        """
        using Activations;

        public static class {|ACT0003:Gates|}
        {
            [Activation("sigmoid")]
            public static partial float Sigmoid(float x);
        }
        """,
        """
        using Activations;

        public static partial class Gates
        {
            [Activation("sigmoid")]
            public static partial float Sigmoid(float x);
        }
        """);

    [Fact]
    public Task NotPartial_FixAllNested() => CodeFixAsync<MakeTypePartialCodeFixProvider>(
        """
        using Activations;

        namespace Demo
        {
            internal sealed class {|ACT0003:Outer|}
            {
                private struct {|ACT0003:Inner|}
                {
                    [Activation("tanh")]
                    internal static partial double Tanh(double x);
                }

                record {|ACT0003:Rec|}
                {
                    [Activation("relu")]
                    public static partial float Relu(float x);
                }
            }
        }
        """,
        """
        using Activations;

        namespace Demo
        {
            internal sealed partial class Outer
            {
                private partial struct Inner
                {
                    [Activation("tanh")]
                    internal static partial double Tanh(double x);
                }

                partial record Rec
                {
                    [Activation("relu")]
                    public static partial float Relu(float x);
                }
            }
        }
        """);
}
