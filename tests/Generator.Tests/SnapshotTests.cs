using System.Text;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace Activations.Generator.Tests;

/// <summary>
/// The generated source, byte for byte, for representative declarations. The testing library
/// also compiles each snapshot against the runtime and fails on any compiler warning or error.
/// Run with UPDATE_SNAPSHOTS=1 to accept a deliberate change, then review the diff.
/// </summary>
public class SnapshotTests
{
    // ReferenceAssemblies.Net.Net80 pins Microsoft.NETCore.App.Ref 8.0.0, which the registry mirror
    // lacks; every 8.0.x has the same API surface.
    private static readonly ReferenceAssemblies Net80 = new("net8.0", new PackageIdentity("Microsoft.NETCore.App.Ref", "8.0.31"), Path.Combine("ref", "net8.0"));

    public static TheoryData<string, string> Cases => new()
    {
        {
            "FloatSigmoidClip",
            """
            using Activations;

            namespace MyApp.Nn;

            public static partial class Gates
            {
                [Activation("sigmoid", Clip = 500)]
                public static partial float Sigmoid(float x);
            }
            """
        },
        {
            "DoubleSigmoidTemperatureNestedInternal",
            """
            using Activations;

            namespace MyApp;

            internal partial class Outer
            {
                internal static partial class Inner
                {
                    [Activation("Sigmoid", Temperature = 2)]
                    internal static partial double Smooth(double x);
                }
            }
            """
        },
        {
            "GlobalNamespaceClipAndTemperature",
            """
            using Activations;

            partial struct Layer
            {
                [Activation("SIGMOID", Clip = 30, Temperature = 3)]
                private static partial float Gate(float x);
            }
            """
        },
        {
            "GatedKindsFloatAndDouble",
            """
            using Activations;

            namespace MyApp.Transformer;

            public static partial class Mlp
            {
                [Activation("gelu")]
                public static partial float Gelu(float x);

                [Activation("swish", Beta = 1.5)]
                public static partial double Swish(double x);
            }
            """
        },
        {
            // Each member is one primitive of x: the span members call the runtime's loops for
            // that primitive (SpanPrimitive) and no operator struct is emitted.
            "SinglePrimitiveKinds",
            """
            using Activations;

            namespace MyApp.Rnn;

            public static partial class Cell
            {
                [Activation("tanh")]
                public static partial float Tanh(float x);

                [Activation("sigmoid")]
                public static partial double Sigmoid(double x);
            }
            """
        },
        {
            // β = 1.5 is not a power of two: in float, softplus(β·x)/β is one runtime call computed
            // in double (ScaledSoftplus); the derivative σ(β·x) takes the scaled-argument correction.
            "FloatSoftplusBeta",
            """
            using Activations;

            namespace MyApp.Nn;

            public static partial class Smooth
            {
                [Activation("softplus", Beta = 1.5)]
                public static partial float Softplus(float x);
            }
            """
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task GeneratedSourceMatchesSnapshotAndCompiles(string name, string source)
    {
        string folder = Path.Combine(Snapshots.Directory(), name);
        var (_, result) = GeneratorHarness.Run(source);
        var generated = result.Results.Single().GeneratedSources;
        Assert.NotEmpty(generated);
        if (Snapshots.Updating)
        {
            System.IO.Directory.CreateDirectory(folder);
            foreach (var file in generated)
            {
                File.WriteAllText(Path.Combine(folder, file.HintName), file.SourceText.ToString());
            }
        }

        var test = new CSharpSourceGeneratorTest<ActivationGenerator, DefaultVerifier>
        {
            ReferenceAssemblies = Net80,
            TestState = { Sources = { source } },
        };
        test.TestState.AdditionalReferences.Add(typeof(ActivationAttribute).Assembly);
        string[] snapshotFiles = System.IO.Directory.Exists(folder) ? System.IO.Directory.GetFiles(folder) : Array.Empty<string>();
        Assert.NotEmpty(snapshotFiles);
        foreach (string file in snapshotFiles.OrderBy(f => f, StringComparer.Ordinal))
        {
            test.TestState.GeneratedSources.Add((typeof(ActivationGenerator), Path.GetFileName(file), SourceText.From(File.ReadAllText(file), Encoding.UTF8)));
        }

        await test.RunAsync();
    }
}
