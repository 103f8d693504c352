using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace Activations.Integration.Tests;

/// <summary>
/// Packs the repository's one package (id Activations) into a temporary folder feed, once per
/// test run, and creates consumer projects that reference it by version, as a user would.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "activations-it-" + Guid.NewGuid().ToString("N")[..8]);
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);
        Version = "0.0.0-it." + DateTime.UtcNow.ToString("yyyyMMddHHmmss");
        string repo = typeof(PackageFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

        // Pack from a copy of the sources, so this build never writes into the outputs that the
        // other test projects, running in parallel, load their assemblies from.
        string sources = Path.Combine(Root, "src-copy");
        CopySources(repo, sources);
        var pack = Run(sources, "dotnet", $"pack \"{Path.Combine(sources, "src", "Runtime", "Activations.csproj")}\" -c Release -o \"{Feed}\" -p:Version={Version} -nologo");
        Assert.True(pack.ExitCode == 0, "dotnet pack failed:\n" + pack.Output);
        PackagePath = Directory.GetFiles(Feed, "*.nupkg").Single();
    }

    public string Root { get; }

    private static void CopySources(string repo, string destination)
    {
        foreach (string file in new[] { "Directory.Build.props", "Directory.Packages.props", "README.md" })
        {
            Directory.CreateDirectory(destination);
            File.Copy(Path.Combine(repo, file), Path.Combine(destination, file));
        }

        string source = Path.Combine(repo, "src");
        foreach (string file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(source, file);
            string[] parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Contains("bin") || parts.Contains("obj"))
            {
                continue;
            }

            string target = Path.Combine(destination, "src", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Feed { get; }

    public string Packages { get; }

    public string Version { get; }

    public string PackagePath { get; }

    /// <summary>Copies Consumers/<paramref name="name"/> into a fresh folder with a csproj referencing the package.</summary>
    public string CreateConsumer(string name, string extraProperties = "", string extraItems = "")
    {
        string folder = Path.Combine(Root, name + "-" + Guid.NewGuid().ToString("N")[..6]);
        Directory.CreateDirectory(folder);
        foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Consumers", name)))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local"><package pattern="Activations" /></packageSource>
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
              <config><add key="globalPackagesFolder" value="{Packages}" /></config>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <AnalysisLevel>latest-recommended</AnalysisLevel>
                <IsAotCompatible>true</IsAotCompatible>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <NoWarn>$(NoWarn);CS1591;CA1515;CA1812</NoWarn>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Activations" Version="{Version}" />
                {extraItems}
              </ItemGroup>
            </Project>
            """);
        return folder;
    }

    public static (int ExitCode, string Output) Run(string directory, string file, string arguments, int timeoutSeconds = 300)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            return (-1, output + "\n(timed out)");
        }

        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "package";
}
