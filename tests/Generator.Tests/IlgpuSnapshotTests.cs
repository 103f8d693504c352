using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace Activations.Generator.Tests;

/// <summary>
/// The generated source when the compilation references ILGPU: the kernels, launchers and kernel
/// cache of CONTRACT.md, byte for byte, compiled against ILGPU and the runtime with no warning.
/// Run with UPDATE_SNAPSHOTS=1 to accept a deliberate change, then review the diff.
/// </summary>
public class IlgpuSnapshotTests
{
    private static readonly ReferenceAssemblies Net80 = new("net8.0", new PackageIdentity("Microsoft.NETCore.App.Ref", "8.0.31"), Path.Combine("ref", "net8.0"));

    public static TheoryData<string, string> Cases => new()
    {
        {
            "IlgpuFloatSigmoidClip",
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
            "IlgpuPrivateNestedDoubleAndFloatOverloads",
            """
            using Activations;

            namespace MyApp;

            internal partial class Outer
            {
                private partial struct Inner<T>
                {
                    [Activation("softplus", Beta = 2)]
                    private static partial double Smooth(double x);

                    [Activation("softplus", Beta = 2)]
                    private static partial float Smooth(float x);
                }
            }
            """
        },
        {
            "IlgpuGlobalNamespaceInternal",
            """
            using Activations;

            partial class Layer
            {
                [Activation("elu", Clip = 30)]
                internal static partial float Gate(float x);
            }
            """
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task GeneratedSourceMatchesSnapshotAndCompiles(string name, string source)
    {
        string folder = Path.Combine(Snapshots.Directory(), name);
        Compilation compilation = GeneratorHarness.Compile(source).AddReferences(MetadataReference.CreateFromFile(typeof(ILGPU.Context).Assembly.Location));
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out _, out _);
        var generated = driver.GetRunResult().Results.Single().GeneratedSources;
        Assert.NotEmpty(generated);
        Assert.All(generated, file => Assert.Contains("ArrayView<", file.SourceText.ToString(), StringComparison.Ordinal));
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
        test.TestState.AdditionalReferences.Add(typeof(ILGPU.Context).Assembly);
        string[] snapshotFiles = System.IO.Directory.Exists(folder) ? System.IO.Directory.GetFiles(folder) : Array.Empty<string>();
        Assert.NotEmpty(snapshotFiles);
        foreach (string file in snapshotFiles.OrderBy(f => f, StringComparer.Ordinal))
        {
            test.TestState.GeneratedSources.Add((typeof(ActivationGenerator), Path.GetFileName(file), SourceText.From(File.ReadAllText(file), Encoding.UTF8)));
        }

        await test.RunAsync();
    }

    [Fact]
    public void WithoutIlgpuNoIlgpuCodeIsGenerated()
    {
        var (_, result) = GeneratorHarness.Run("""
            using Activations;
            public static partial class Gates
            {
                [Activation("sigmoid")]
                public static partial float Sigmoid(float x);
            }
            """);
        string text = result.Results.Single().GeneratedSources.Single().SourceText.ToString();
        Assert.DoesNotContain("ILGPU", text, StringComparison.Ordinal);
    }
}
