using System.Text.RegularExpressions;
using Activations.Analyzers.Numerics;
using Microsoft.CodeAnalysis;

namespace Activations.Analyzers.Tests.Numerics;

/// <summary>Every ACT1xxx rule has a help page whose examples do what the page says, and a release-tracking entry.</summary>
public partial class NumericsDocsTests
{
    private static readonly string Root = FindRoot();

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (DiagnosticDescriptor descriptor in NumericsDescriptors.All)
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task HelpPageExamples(string id)
    {
        DiagnosticDescriptor descriptor = NumericsDescriptors.Find(id)!;
        string page = Path.Combine(Root, "docs", "diagnostics", id + ".md");
        Assert.True(File.Exists(page), page);
        Assert.Equal($"https://github.com/activations-dotnet/activations/blob/main/docs/diagnostics/{id}.md", descriptor.HelpLinkUri);
        Assert.Equal(NumericsDescriptors.Category, descriptor.Category);
        string text = File.ReadAllText(page);
        Assert.StartsWith($"# {id}: {descriptor.Title}", text, StringComparison.Ordinal);
        Assert.Contains($"| Severity | {descriptor.DefaultSeverity} |", text, StringComparison.Ordinal);

        string[] examples = CodeBlock().Matches(text).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(2, examples.Length);

        (var bad, List<Exception> badExceptions) = await NumericsVerify.AnalyzeDirectlyAsync(examples[0]);
        Assert.Empty(badExceptions);
        Assert.Contains(bad, d => d.Id == id);

        (var good, List<Exception> goodExceptions) = await NumericsVerify.AnalyzeDirectlyAsync(examples[1]);
        Assert.Empty(goodExceptions);
        Assert.DoesNotContain(good, d => d.Id.StartsWith("ACT", StringComparison.Ordinal));

        foreach (string example in examples)
        {
            Assert.Empty(NumericsVerify.Compile(example).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void ReleaseTracking(string id)
    {
        DiagnosticDescriptor descriptor = NumericsDescriptors.Find(id)!;
        string unshipped = File.ReadAllText(Path.Combine(Root, "src", "Analyzers", "Analyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains($"{id} | {NumericsDescriptors.Category} | {descriptor.DefaultSeverity} | NumericsAnalyzer,", unshipped, StringComparison.Ordinal);
    }

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    internal static string FindRoot()
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
