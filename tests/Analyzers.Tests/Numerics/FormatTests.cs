using System.Diagnostics;
using System.Globalization;
using System.Text;
using Activations.Analyzers.Numerics;
using Activations.CodeFixes.Numerics;

namespace Activations.Analyzers.Tests.Numerics;

/// <summary>
/// The whole loop a user runs: a project with unstable code (FormatSample/Program.cs.template,
/// where every fixable rule fires); <c>dotnet format analyzers</c> applies the code fixes; the fixed
/// project builds without those warnings, runs, and every value it prints at extreme inputs is
/// finite and equal to the runtime's exact functions.
/// </summary>
public class FormatTests
{
    private static readonly string[] Fixable = ["ACT1001", "ACT1002", "ACT1003", "ACT1004", "ACT1005", "ACT1008", "ACT1009"];

    [Fact]
    public async Task DotnetFormatFixesTheSample_ThenItBuildsAndIsExact()
    {
        string sample = Path.Combine(NumericsDocsTests.FindRoot(), "tests", "Analyzers.Tests", "FormatSample");
        string directory = Path.Combine(Path.GetTempPath(), "activations-format-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            string framework = "net" + Environment.Version.Major + ".0";
            string project = File.ReadAllText(Path.Combine(sample, "Sample.csproj.template"))
                .Replace("$TFM$", framework, StringComparison.Ordinal)
                .Replace("$RUNTIME$", typeof(ActivationMath).Assembly.Location, StringComparison.Ordinal)
                .Replace("$ANALYZERS$", typeof(NumericsAnalyzer).Assembly.Location, StringComparison.Ordinal)
                .Replace("$CODEFIXES$", typeof(NumericsCodeFixProvider).Assembly.Location, StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(directory, "Sample.csproj"), project);
            string source = Path.Combine(directory, "Program.cs");
            File.Copy(Path.Combine(sample, "Program.cs.template"), source);
            string program = Path.Combine(directory, "bin", "Debug", framework, "Sample.dll");

            // As written: the analyzer reports every fixable rule on it.
            (var before, var exceptions) = await NumericsVerify.AnalyzeDirectlyAsync(File.ReadAllText(source));
            Assert.Empty(exceptions);
            foreach (string id in Fixable)
            {
                Assert.Contains(before, d => d.Id == id);
            }

            (int code, string output) = await DotnetAsync(directory, "restore", "Sample.csproj", "-nologo", "-v:q");
            Assert.True(code == 0, output);

            // The fixes.
            var format = new List<string> { "format", "analyzers", "Sample.csproj", "--severity", "info", "--no-restore", "--diagnostics" };
            format.AddRange(Fixable);
            (code, output) = await DotnetAsync(directory, format.ToArray());
            Assert.True(code == 0, output);
            string fixedSource = File.ReadAllText(source);
            Assert.Contains("using Activations;", fixedSource, StringComparison.Ordinal);

            // Fixed: it builds (warnings as errors: no ACT1xxx warning left, no unused ε) and every
            // value is finite and exact.
            (code, output) = await DotnetAsync(directory, "build", "Sample.csproj", "-nologo", "-v:q", "--no-restore", "-nodeReuse:false", "--disable-build-servers", "-p:UseSharedCompilation=false");
            Assert.True(code == 0, output + "\n" + fixedSource);
            foreach (string id in Fixable)
            {
                Assert.False(output.Contains("warning " + id, StringComparison.Ordinal), id + " left after the fix:\n" + output + "\n" + fixedSource);
            }

            (code, output) = await DotnetAsync(directory, program);
            Assert.True(code == 0, output);
            var values = Parse(output);
            Assert.True(values.Count > 200, output);
            var wrong = new StringBuilder();
            foreach ((string name, double x, double value) in values)
            {
                double? expected = Expected(name, x);
                if (!double.IsFinite(value) || (expected is { } e && BitConverter.DoubleToInt64Bits(e) != BitConverter.DoubleToInt64Bits(value)))
                {
                    wrong.AppendLine(CultureInfo.InvariantCulture, $"{name}({x:R}) = {value:R}, expected {expected:R}");
                }
            }

            Assert.True(wrong.Length == 0, wrong + "\n" + fixedSource);
        }
        finally
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    // What the fixed functions compute: the runtime's exact functions, in the same precision.
    private static double? Expected(string name, double x) => name switch
    {
        "sigmoid" => ActivationMath.Sigmoid(x),
        "sigmoidf" => ActivationMath.Sigmoid((float)x),
        "silu" => x * ActivationMath.Sigmoid(x),
        "softplus" => ActivationMath.Softplus(x),
        "softplusf" => ActivationMath.Softplus((float)x),
        "mish" => x * Math.Tanh(ActivationMath.Softplus(x)),
        "tanh" or "tanh2" => Math.Tanh(x),
        "logsigmoid" => ActivationMath.LogSigmoid(x),
        "log1msigmoid" => ActivationMath.LogSigmoid(-x),
        "sigmoidprime" => ActivationMath.SigmoidDerivative(-x),
        "sigmoidprime2" => ActivationMath.SigmoidDerivative(x),
        "bce0" or "bceeps0" => Losses.BinaryCrossEntropyWithLogits(x, 0.0),
        "bce1" or "bceeps1" => Losses.BinaryCrossEntropyWithLogits(x, 1.0),
        "bcef0" => Losses.BinaryCrossEntropyWithLogits((float)x, 0f),
        "bcef1" => Losses.BinaryCrossEntropyWithLogits((float)x, 1f),
        "loglik0" => -Losses.BinaryCrossEntropyWithLogits(x, 0.0),
        "loglik1" => -Losses.BinaryCrossEntropyWithLogits(x, 1.0),
        "meanloss" => MeanLoss(),
        _ => null, // finite is all that is asked of the code that was already stable
    };

    private static double MeanLoss()
    {
        double[] z = [-1000, -750, -100, -40, -20, -0.5, 0, 0.5, 20, 40, 100, 750, 1000];
        double loss = 0;
        for (int i = 0; i < z.Length; i++)
        {
            loss += Losses.BinaryCrossEntropyWithLogits(z[i], i % 2);
        }

        return loss / z.Length;
    }

    private static List<(string Name, double X, double Value)> Parse(string output)
    {
        var values = new List<(string, double, double)>();
        foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string[] parts = line.Split(' ');
            if (parts.Length == 3
                && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double x)
                && double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            {
                values.Add((parts[0], x, value));
            }
        }

        return values;
    }

    private static async Task<(int ExitCode, string Output)> DotnetAsync(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's MSBuild settings must not leak into the child builds.
        foreach (string name in new[] { "MSBUILD_EXE_PATH", "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBuildLoadMicrosoftTargetsReadOnly", "VSTEST_HOST_DEBUG" })
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";

        using var process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
