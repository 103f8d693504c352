using System.Reflection;
using System.Text.RegularExpressions;
using Activations.Kinds.Tests;
using ILGPU;
using ILGPU.Backends;
using ILGPU.Backends.EntryPoints;
using ILGPU.Backends.PTX;
using ILGPU.Runtime;
using ILGPU.Runtime.Cuda;

namespace Activations.Gpu.Benchmarks;

/// <summary>
/// The PTX that ILGPU's backend makes of every generated kernel (sm_90, no GPU needed), as an
/// instruction mix: what a kernel costs before it is timed. Double divisions and square roots are
/// long instruction sequences on NVIDIA GPUs; float kernels that evaluate in double pay the FP64 rate.
/// </summary>
internal static partial class PtxReport
{
    public static void Run(Context context, Report report)
    {
        using var backend = new PTXBackend(context, CudaArchitecture.SM_90, CudaInstructionSet.ISA_80, nvvmAPI: null!);
        report.Line("## PTX of the generated kernels (ILGPU, sm_90)");
        report.Line();
        report.Line("| kernel | instructions | f64 arithmetic | f32 arithmetic | div | fma | approx |");
        report.Line("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (Type type in new[] { typeof(F), typeof(D) })
        {
            foreach (MethodInfo kernel in type.GetMethods(BindingFlags.Public | BindingFlags.Static)
                .Where(m => m.Name.EndsWith("Kernel", StringComparison.Ordinal) && m.GetParameters()[0].ParameterType == typeof(Index1D))
                .OrderBy(m => m.Name, StringComparer.Ordinal))
            {
                CompiledKernel compiled = backend.Compile(EntryPointDescription.FromImplicitlyGroupedKernel(kernel), default(KernelSpecialization));
                string ptx = ((PTXCompiledKernel)compiled).PTXAssembly;
                string[] instructions = ptx.Split('\n')
                    .Select(l => l.Trim())
                    .Where(l => l.Length > 0 && l.EndsWith(';') && !l.StartsWith('.') && !l.StartsWith("//", StringComparison.Ordinal))
                    .ToArray();
                int Count(Func<string, bool> predicate) => instructions.Count(predicate);
                string approx = string.Join(" ", Approximation().Matches(ptx).Select(m => m.Value).Distinct());
                report.Line($"| {type.Name}.{kernel.Name} | {instructions.Length} | {Count(i => Arithmetic(i) && i.Contains(".f64", StringComparison.Ordinal))} "
                    + $"| {Count(i => Arithmetic(i) && i.Contains(".f32", StringComparison.Ordinal))} | {Count(i => i.StartsWith("div.", StringComparison.Ordinal))} "
                    + $"| {Count(i => i.StartsWith("fma.", StringComparison.Ordinal))} | {(approx.Length == 0 ? "–" : approx)} |");
            }
        }

        report.Line();
    }

    private static bool Arithmetic(string instruction) =>
        instruction.StartsWith("add.", StringComparison.Ordinal) || instruction.StartsWith("sub.", StringComparison.Ordinal)
        || instruction.StartsWith("mul.", StringComparison.Ordinal) || instruction.StartsWith("fma.", StringComparison.Ordinal)
        || instruction.StartsWith("div.", StringComparison.Ordinal) || instruction.StartsWith("sqrt.", StringComparison.Ordinal);

    [GeneratedRegex(@"\b(ex2|lg2|tanh|sin|cos|rcp|sqrt|rsqrt)\.approx(\.[a-z0-9]+)+")]
    private static partial Regex Approximation();
}
