using System.Globalization;

namespace Activations.Integration.Tests;

/// <summary>
/// Builds a fresh console project that references the packed package by version, with
/// TreatWarningsAsErrors, runs it, and checks what it prints against the exact values.
/// </summary>
[Collection(PackageCollection.Name)]
public class SigmoidPackageTests(PackageFixture package)
{
    [Fact]
    public void PackageHoldsRuntimeAndRoslynComponentsOnly()
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(package.PackagePath);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("lib/net8.0/Activations.dll", names);
        Assert.Contains("analyzers/dotnet/cs/Activations.Generator.dll", names);
        Assert.Contains("analyzers/dotnet/cs/Activations.Analyzers.dll", names);
        Assert.Contains("analyzers/dotnet/cs/Activations.CodeFixes.dll", names);
        Assert.DoesNotContain(names, n => n.Contains("Tests", StringComparison.Ordinal) || n.Contains("QuickStart", StringComparison.Ordinal));
        Assert.Equal("Activations." + package.Version + ".nupkg", Path.GetFileName(package.PackagePath));
    }

    [Fact]
    public void ConsumerBuildsWarningFreeAndMatchesExactValues()
    {
        string folder = package.CreateConsumer("Sigmoid");
        var build = PackageFixture.Run(folder, "dotnet", "build -c Release -nologo");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain("warning", build.Output.Replace("0 Warning(s)", string.Empty), StringComparison.OrdinalIgnoreCase);

        var run = PackageFixture.Run(folder, "dotnet", $"run -c Release --no-build -- \"{Reference.CsvPath}\"");
        Assert.True(run.ExitCode == 0, run.Output);
        var rows = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => l.Split(' ')).ToList();

        foreach (string rule in new[] { "destination-short", "gradient-length", "partial-overlap", "in-place", "offsets-identical" })
        {
            Assert.Contains(rows, r => r is ["rule", var name, "True"] && name == rule);
        }

        var exact = Reference.Rows("sigmoid");
        CheckSingle(rows, "float", exact, clip: 0);
        CheckSingle(rows, "float-clip", exact, clip: 500);
        CheckSingle(rows, "float-t2", exact, clip: 0, temperature: 2);
        CheckDouble(rows, "double", exact, clip: 0);
        CheckDouble(rows, "double-clip", exact, clip: 500);
        CheckDouble(rows, "double-t2", exact, clip: 1000, temperature: 2);
    }

    private static void CheckSingle(List<string[]> rows, string label, IReadOnlyList<(string X, string Y, string Dy)> exact, double clip, float temperature = 1)
    {
        var mine = rows.Where(r => r[0] == label).ToList();
        Assert.Equal(exact.Count, mine.Count);
        for (int i = 0; i < mine.Count; i++)
        {
            float[] v = mine[i].Skip(1).Select(s => float.Parse(s, CultureInfo.InvariantCulture)).ToArray();
            (float x, float f, float df, float fs, float dfs, float g, float back) = (v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
            string where = $"{label} x={x:R}";
            if (clip > 0 && Math.Abs(x) > clip)
            {
                Assert.True(df == 0 && dfs == 0, where + ": derivative outside the clip must be 0");
                continue;
            }

            // Temperature T evaluated at T·x is σ(x), derivative σ'(x)/T (exact for T = 2).
            string dyExact = exact[i].Dy;
            if (temperature != 1)
            {
                dyExact = (double.Parse(dyExact, CultureInfo.InvariantCulture) / temperature).ToString("R", CultureInfo.InvariantCulture);
            }

            Assert.True(Ulp.Single(f, exact[i].Y) <= 1, $"{where}: scalar forward {f:R} vs {exact[i].Y}");
            Assert.True(Ulp.Single(fs, exact[i].Y) <= 4, $"{where}: span forward {fs:R} vs {exact[i].Y}");
            Assert.True(Ulp.Single(df, dyExact) <= 4, $"{where}: scalar derivative {df:R} vs {dyExact}");
            Assert.True(Ulp.Single(dfs, dyExact) <= 4, $"{where}: span derivative {dfs:R} vs {dyExact}");
            Assert.True(Ulp.Between(back, g * dfs) <= 1, $"{where}: backward {back:R} vs {g * dfs:R}");
        }
    }

    private static void CheckDouble(List<string[]> rows, string label, IReadOnlyList<(string X, string Y, string Dy)> exact, double clip, double temperature = 1)
    {
        var mine = rows.Where(r => r[0] == label).ToList();
        Assert.Equal(exact.Count, mine.Count);
        for (int i = 0; i < mine.Count; i++)
        {
            double[] v = mine[i].Skip(1).Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
            (double x, double f, double df, double fs, double dfs, double g, double back) = (v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
            string where = $"{label} x={x:R}";
            if (clip > 0 && Math.Abs(x) > clip)
            {
                Assert.True(df == 0 && dfs == 0, where + ": derivative outside the clip must be 0");
                continue;
            }

            string dyExact = exact[i].Dy;
            double dyTolerance = 4;
            if (temperature != 1)
            {
                // Halving the decimal string in double is exact but for subnormal results.
                dyExact = (double.Parse(dyExact, CultureInfo.InvariantCulture) / temperature).ToString("R", CultureInfo.InvariantCulture);
                dyTolerance = 5;
            }

            Assert.True(Ulp.Double(f, exact[i].Y) <= 2, $"{where}: scalar forward {f:R} vs {exact[i].Y}");
            Assert.True(Ulp.Double(fs, exact[i].Y) <= 4, $"{where}: span forward {fs:R} vs {exact[i].Y}");
            Assert.True(Ulp.Double(df, dyExact) <= dyTolerance, $"{where}: scalar derivative {df:R} vs {dyExact}");
            Assert.True(Ulp.Double(dfs, dyExact) <= dyTolerance, $"{where}: span derivative {dfs:R} vs {dyExact}");
            Assert.True(Ulp.Between(back, g * dfs) <= 1, $"{where}: backward {back:R} vs {g * dfs:R}");
        }
    }
}
