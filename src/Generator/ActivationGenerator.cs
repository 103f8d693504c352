using System;
using Activations.Generator.Emit;
using Activations.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Activations.Generator;

/// <summary>
/// Turns every <c>[Activation]</c> method into its forward, derivative, SIMD span and backward
/// members. Never reports diagnostics (the analyzers do) and never throws: a method it cannot
/// handle gets, at most, a throwing stub so the analyzer's ACT0xxx error is the one the user reads.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ActivationGenerator : IIncrementalGenerator
{
    /// <summary>Names of the pipeline steps, for incrementality tests.</summary>
    public static class Steps
    {
        /// <summary>The equatable model of each [Activation] method.</summary>
        public const string Methods = "ActivationMethods";

        /// <summary>Whether the compilation has ILGPU's types (a bool: cached across edits).</summary>
        public const string Ilgpu = "IlgpuAvailable";

        /// <summary>Each method paired with the ILGPU flag: what the output step consumes.</summary>
        public const string MethodsWithIlgpu = "ActivationMethodsWithIlgpu";
    }

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<ActivationMethod> methods = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                ActivationOptions.AttributeMetadataName,
                static (node, _) => node is MethodDeclarationSyntax,
                static (context, cancellationToken) => SafeBuild(context, cancellationToken))
            .Where(static method => method is not null)
            .Select(static (method, _) => method!)
            .WithTrackingName(Steps.Methods);

        IncrementalValueProvider<bool> ilgpu = context.CompilationProvider
            .Select(static (compilation, _) => IlgpuTypes.AreAvailable(compilation))
            .WithTrackingName(Steps.Ilgpu);

        IncrementalValuesProvider<(ActivationMethod Method, bool Ilgpu)> work = methods
            .Combine(ilgpu)
            .WithTrackingName(Steps.MethodsWithIlgpu);

        context.RegisterSourceOutput(work, static (output, item) =>
        {
            (ActivationMethod method, bool gpu) = item;
            string? source = SafeEmit(method, gpu);
            if (source is not null)
            {
                output.AddSource(method.HintName, SourceText.From(source, System.Text.Encoding.UTF8));
            }
        });
    }

    private static ActivationMethod? SafeBuild(GeneratorAttributeSyntaxContext context, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            return ModelBuilder.Build(context, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Half-typed code can surprise any symbol walk; the analyzers explain the problem.
            return null;
        }
    }

    private static string? SafeEmit(ActivationMethod method, bool ilgpu)
    {
        try
        {
            return ActivationEmitter.Emit(method, ilgpu);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null;
        }
    }
}
