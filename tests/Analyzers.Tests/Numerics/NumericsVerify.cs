using System.Collections.Immutable;
using Activations.Analyzers.Numerics;
using Activations.CodeFixes.Numerics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Activations.Analyzers.Tests.Numerics;

/// <summary>Runs <see cref="NumericsAnalyzer"/> and <see cref="NumericsCodeFixProvider"/> through Microsoft.CodeAnalysis.Testing.</summary>
internal static class NumericsVerify
{
    /// <summary>Wraps members in a static class with the usual usings (System, Linq, Activations).</summary>
    public static string InClass(string members) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using Activations;

        public static partial class Numerics
        {
        {{members}}
        }
        """;

    /// <summary>Like <see cref="InClass"/> without <c>using Activations;</c> (the fix must add it).</summary>
    public static string InClassNoActivations(string members) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        public static class Numerics
        {
        {{members}}
        }
        """;

    public static DiagnosticResult Diagnostic(string id) => new(NumericsDescriptors.Find(id) ?? throw new ArgumentException(id));

    /// <summary>The source must compile (compiler errors are checked); expected diagnostics are marked <c>{|ACT1001:...|}</c>.</summary>
    public static async Task AnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<NumericsAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = Verify.Net80,
            CompilerDiagnostics = CompilerDiagnostics.Errors,
        };
        test.TestState.AdditionalReferences.Add(Verify.Runtime);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>No ACT1xxx diagnostic at all (the source must compile).</summary>
    public static Task NoDiagnosticAsync(string source) => AnalyzerAsync(source);

    /// <summary>Applies the fix one diagnostic at a time and as fix-all; the fixed code must compile.</summary>
    public static async Task CodeFixAsync(string source, string fixedSource)
    {
        var test = new CSharpCodeFixTest<NumericsAnalyzer, NumericsCodeFixProvider, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = Verify.Net80,
            CompilerDiagnostics = CompilerDiagnostics.Errors,
        };
        test.TestState.AdditionalReferences.Add(Verify.Runtime);
        test.FixedState.AdditionalReferences.Add(Verify.Runtime);
        await test.RunAsync();
    }

    /// <summary>The diagnostic is reported but no fix is offered.</summary>
    public static async Task NoFixAsync(string source)
    {
        var test = new CSharpCodeFixTest<NumericsAnalyzer, NumericsCodeFixProvider, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = source,
            ReferenceAssemblies = Verify.Net80,
            CompilerDiagnostics = CompilerDiagnostics.Errors,
            NumberOfFixAllIterations = 0,
            NumberOfIncrementalIterations = 0,
        };
        test.TestState.AdditionalReferences.Add(Verify.Runtime);
        test.FixedState.AdditionalReferences.Add(Verify.Runtime);
        await test.RunAsync();
    }

    // The platform's System.* assemblies and the runtime, loaded once for every direct compilation.
    private static readonly Lazy<MetadataReference[]> s_references = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(Verify.Runtime)
            .ToArray());

    /// <summary>A compilation of one file against the platform and the runtime (as <see cref="Verify.Compile"/>, with cached references).</summary>
    public static CSharpCompilation Compile(string source) => CSharpCompilation.Create(
        "Numerics",
        new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "Test0.cs") },
        s_references.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));

    /// <summary>Diagnostics and analyzer exceptions of a compilation built directly (no harness), ACT1xxx only.</summary>
    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, List<Exception> Exceptions)> AnalyzeDirectlyAsync(string source)
    {
        CSharpCompilation compilation = Compile(source);
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, _, _) => { lock (exceptions) { exceptions.Add(exception); } },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        CompilationWithAnalyzers withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new NumericsAnalyzer()), options);
        ImmutableArray<Diagnostic> diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        return (diagnostics, exceptions);
    }
}
