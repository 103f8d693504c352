using System.Text.RegularExpressions;

namespace Activations.Integration.Tests;

/// <summary>
/// A command-line <c>dotnet build</c> of each misuse shows the ACT0xxx error that explains it, in
/// that misuse's own file, and never AD0001 (analyzer crash), CS8785 (generator crash) or CS8795
/// (a missing implementation that would hide our error).
/// </summary>
[Collection(PackageCollection.Name)]
public partial class MisusePackageTests(PackageFixture package)
{
    [Fact]
    public void EveryMisuseShowsItsActErrorInItsOwnFile()
    {
        string folder = package.CreateConsumer("Misuse");
        var build = PackageFixture.Run(folder, "dotnet", "build -nologo -clp:NoSummary");
        Assert.NotEqual(0, build.ExitCode);
        Assert.DoesNotMatch("AD0001|CS8785|CS8795", build.Output);

        var errors = ActError().Matches(build.Output).Select(m => (File: m.Groups["file"].Value, Id: m.Groups["id"].Value)).Distinct().ToList();
        foreach (string file in new[] { "NotStatic.cs", "HasBody.cs", "BadSignature.cs", "UnknownKind.cs", "EmptyKind.cs", "BadClip.cs", "BadTemperature.cs", "Collision.cs" })
        {
            Assert.True(errors.Any(e => e.File == file), $"no ACT error in {file}:\n{build.Output}");
        }

        // Three bad signatures in BadSignature.cs: each reported.
        Assert.Contains("did you mean 'sigmoid'", build.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void MethodInNonPartialTypeIsExplained()
    {
        string folder = package.CreateConsumer("NonPartialType");
        var build = PackageFixture.Run(folder, "dotnet", "build -nologo -clp:NoSummary");
        Assert.NotEqual(0, build.ExitCode);
        Assert.DoesNotMatch("AD0001|CS8785", build.Output);
        Assert.Matches("ACT0\\d{3}|CS0751", build.Output);
    }

    [GeneratedRegex(@"(?<file>[A-Za-z]+\.cs)\(\d+,\d+\): error (?<id>ACT0\d{3})")]
    private static partial Regex ActError();
}
