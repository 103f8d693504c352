namespace Activations.Integration.Tests;

/// <summary>
/// A fresh consumer of the packed package that references ILGPU (the GPU issue's held-out check):
/// the generated launchers run on ILGPU's CPU accelerator and match the span members within 4 ULP
/// (forward, derivative, backward), and every generated kernel compiles to PTX for sm_80 offline,
/// without ILGPU.Algorithms.
/// </summary>
[Collection(PackageCollection.Name)]
public class GpuPackageTests(PackageFixture package)
{
    [Fact]
    public void LaunchersMatchTheSpansAndEveryKernelCompilesToPtx()
    {
        string folder = package.CreateConsumer("Gpu", extraItems: """<PackageReference Include="ILGPU" Version="1.5.3" />""");
        var build = PackageFixture.Run(folder, "dotnet", "build -c Release -nologo");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain("warning", build.Output.Replace("0 Warning(s)", string.Empty), StringComparison.OrdinalIgnoreCase);

        var run = PackageFixture.Run(folder, "dotnet", "run -c Release --no-build");
        string[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(run.ExitCode == 0, run.Output);

        // Six methods × forward, derivative, backward on the CPU accelerator.
        foreach (string method in new[] { "sigmoid", "tanh", "gelu", "mish", "silu-clip", "sigmoid-double" })
        {
            foreach (string member in new[] { "forward", "derivative", "backward" })
            {
                Assert.Contains(lines, l => l.StartsWith($"cpu {method}-{member} ", StringComparison.Ordinal) && l.EndsWith(" ok", StringComparison.Ordinal));
            }
        }

        // Three kernels per method (the float and double sigmoid share names): 18, all compiled.
        Assert.Equal(18, lines.Count(l => l.StartsWith("ptx ", StringComparison.Ordinal) && l.EndsWith(" ok", StringComparison.Ordinal)));
        Assert.Contains("failures 0", lines);
    }
}
