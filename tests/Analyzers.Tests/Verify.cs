using System.Collections.Immutable;
using Activations.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Activations.Analyzers.Tests;

/// <summary>Runs <see cref="ActivationUsageAnalyzer"/> and the code fixes through Microsoft.CodeAnalysis.Testing.</summary>
internal static class Verify
{
    /// <summary>
    /// .NET 8 reference assemblies. <c>ReferenceAssemblies.Net.Net80</c> pins Microsoft.NETCore.App.Ref
    /// 8.0.0, which the package feed here does not carry; any 8.0.x has the same API surface.
    /// </summary>
    public static readonly ReferenceAssemblies Net80 = new(
        "net8.0",
        new PackageIdentity("Microsoft.NETCore.App.Ref", "8.0.31"),
        Path.Combine("ref", "net8.0"));

    public static MetadataReference Runtime { get; } = MetadataReference.CreateFromFile(typeof(ActivationAttribute).Assembly.Location);

    /// <summary>Wraps members in <c>public static partial class Gates</c> in namespace Demo.</summary>
    public static string InGates(string members) => $$"""
        using System;
        using Activations;

        namespace Demo;

        public static partial class Gates
        {
        {{members}}
        }
        """;

    public static DiagnosticResult Diagnostic(string id) => new(Descriptors.Find(id) ?? throw new ArgumentException(id));

    /// <summary>Compiler diagnostics are ignored: the harness runs no generator, so partial definitions lack implementations.</summary>
    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected)
        => AnalyzerAsync(source, CompilerDiagnostics.None, expected);

    /// <summary>With <see cref="CompilerDiagnostics.Errors"/>, the source must compile except where marked (e.g. <c>{|CS8795:Sigmoid|}</c>).</summary>
    public static async Task AnalyzerAsync(string source, CompilerDiagnostics compiler, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<ActivationUsageAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = Net80,
            CompilerDiagnostics = compiler,
        };
        test.TestState.AdditionalReferences.Add(Runtime);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>Several files: (path, content).</summary>
    public static async Task AnalyzerAsync((string Path, string Source)[] sources, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<ActivationUsageAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = Net80,
            CompilerDiagnostics = CompilerDiagnostics.Errors,
        };
        foreach ((string path, string source) in sources)
        {
            test.TestState.Sources.Add((path, source));
        }

        test.TestState.AdditionalReferences.Add(Runtime);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>Runs the fix one diagnostic at a time and as fix-all; <paramref name="noFix"/>: the fix must not be offered.</summary>
    public static async Task CodeFixAsync<TCodeFix>(string source, string fixedSource, bool noFix = false)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<ActivationUsageAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = Net80,
            CompilerDiagnostics = CompilerDiagnostics.None,
        };
        if (noFix)
        {
            test.NumberOfFixAllIterations = 0;
            test.NumberOfIncrementalIterations = 0;
        }

        test.TestState.AdditionalReferences.Add(Runtime);
        test.FixedState.AdditionalReferences.Add(Runtime);
        await test.RunAsync();
    }

    /// <summary>Diagnostics and analyzer exceptions of a compilation built directly (no test harness), for broken code.</summary>
    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, List<Exception> Exceptions, Compilation Compilation)> AnalyzeDirectlyAsync(
        string source, bool runGenerator = false)
    {
        CSharpCompilation compilation = Compile(source);
        if (runGenerator)
        {
            var driver = CSharpGeneratorDriver.Create(new Activations.Generator.ActivationGenerator());
            driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation updated, out _);
            compilation = (CSharpCompilation)updated;
        }

        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, _, _) => { lock (exceptions) { exceptions.Add(exception); } },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        CompilationWithAnalyzers withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new ActivationUsageAnalyzer()), options);
        ImmutableArray<Diagnostic> diagnostics = await withAnalyzers.GetAllDiagnosticsAsync();
        return (diagnostics, exceptions, compilation);
    }

    public static CSharpCompilation Compile(string source)
    {
        string[] platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = platform
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(Runtime);
        return CSharpCompilation.Create(
            "Broken",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "Test0.cs") },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
    }
}
