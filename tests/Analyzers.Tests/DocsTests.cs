using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace Activations.Analyzers.Tests;

/// <summary>Every rule has a help page whose examples do what the page says, and a release-tracking entry.</summary>
public partial class DocsTests
{
    private static readonly string Root = FindRoot();

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (DiagnosticDescriptor descriptor in Descriptors.All)
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task HelpPageExamples(string id)
    {
        DiagnosticDescriptor descriptor = Descriptors.Find(id)!;
        string page = Path.Combine(Root, "docs", "diagnostics", id + ".md");
        Assert.True(File.Exists(page), page);
        Assert.Equal($"https://github.com/activations-dotnet/activations/blob/main/docs/diagnostics/{id}.md", descriptor.HelpLinkUri);
        Assert.Equal("Usage", descriptor.Category);

        string[] examples = CodeBlock().Matches(File.ReadAllText(page)).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(2, examples.Length);

        (var bad, List<Exception> badExceptions, _) = await Verify.AnalyzeDirectlyAsync(examples[0]);
        Assert.Empty(badExceptions);
        Assert.Contains(bad, d => d.Id == id);

        (var good, List<Exception> goodExceptions, _) = await Verify.AnalyzeDirectlyAsync(examples[1]);
        Assert.Empty(goodExceptions);
        Assert.DoesNotContain(good, d => d.Id.StartsWith("ACT", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void ReleaseTracking(string id)
    {
        DiagnosticDescriptor descriptor = Descriptors.Find(id)!;
        string unshipped = File.ReadAllText(Path.Combine(Root, "src", "Analyzers", "Analyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains($"{id} | Usage | {descriptor.DefaultSeverity} |", unshipped, StringComparison.Ordinal);
    }

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    private static string FindRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, "docs", "diagnostics")) && Directory.Exists(Path.Combine(directory.FullName, "src", "Analyzers")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("repository root");
    }
}
