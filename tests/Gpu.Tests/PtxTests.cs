using System.Reflection;
using System.Text.RegularExpressions;
using ILGPU;
using ILGPU.Algorithms;
using ILGPU.Backends;
using ILGPU.Backends.EntryPoints;
using ILGPU.Backends.PTX;
using ILGPU.Runtime;
using ILGPU.Runtime.CPU;
using ILGPU.Runtime.Cuda;
using Xunit.Abstractions;

namespace Activations.Gpu.Tests;

/// <summary>ILGPU's PTX backend for sm_80, with and without ILGPU.Algorithms; no GPU or driver needed.</summary>
public sealed class PtxFixture : IDisposable
{
    private readonly object gate = new();

    public PtxFixture()
    {
        WithAlgorithms = Context.Create(builder => builder.Default().EnableAlgorithms());
        WithoutAlgorithms = Context.Create(builder => builder.Default());
        Backend = new PTXBackend(WithAlgorithms, CudaArchitecture.SM_80, CudaInstructionSet.ISA_80, nvvmAPI: null!);
        BackendWithoutAlgorithms = new PTXBackend(WithoutAlgorithms, CudaArchitecture.SM_80, CudaInstructionSet.ISA_80, nvvmAPI: null!);
    }

    public Context WithAlgorithms { get; }

    public Context WithoutAlgorithms { get; }

    public PTXBackend Backend { get; }

    public PTXBackend BackendWithoutAlgorithms { get; }

    /// <summary>The PTX of an implicitly grouped kernel (serialized: one backend for all tests).</summary>
    public string Compile(MethodInfo kernel, bool algorithms = true)
    {
        lock (gate)
        {
            EntryPointDescription entry = EntryPointDescription.FromImplicitlyGroupedKernel(kernel);
            CompiledKernel compiled = (algorithms ? Backend : BackendWithoutAlgorithms).Compile(entry, default(KernelSpecialization));
            return ((PTXCompiledKernel)compiled).PTXAssembly;
        }
    }

    public void Dispose()
    {
        Backend.Dispose();
        BackendWithoutAlgorithms.Dispose();
        WithAlgorithms.Dispose();
        WithoutAlgorithms.Dispose();
    }
}

/// <summary>
/// Every generated kernel compiles to PTX for sm_80 (the CPU accelerator alone accepts kernels the
/// CUDA backend rejects), with or without <c>EnableAlgorithms</c>.
/// </summary>
public sealed class PtxTests(PtxFixture ptx, ITestOutputHelper output) : IClassFixture<PtxFixture>
{
    /// <summary>
    /// Every kernel compiles for sm_80 with and without ILGPU.Algorithms (e^x and ln x are
    /// ActivationMath's software routines), and its PTX holds no hardware approximation
    /// (<c>ex2.approx</c>, <c>lg2.approx</c>, <c>tanh.approx</c>…): Accurate kernels compute on CUDA
    /// what they compute on the CPU.
    /// </summary>
    [Theory]
    [MemberData(nameof(GpuCases.Kernels), MemberType = typeof(GpuCases))]
    public void EveryKernelCompilesToPtxForSm80(string name, string kernel)
    {
        MethodInfo method = GpuCases.Get(name).Type.GetMethod(kernel)!;
        foreach (bool algorithms in new[] { true, false })
        {
            string assembly = ptx.Compile(method, algorithms);
            Assert.Contains(".target sm_80", assembly, StringComparison.Ordinal);
            Assert.Contains(".visible .entry", assembly, StringComparison.Ordinal);

            string approximations = string.Join(" ", Regex.Matches(assembly, @"\b(ex2|lg2|tanh|sin|cos|rcp|sqrt|rsqrt)\.approx(\.[a-z0-9]+)+").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal));
            output.WriteLine($"{name}.{kernel} (algorithms: {algorithms}): {assembly.Length} characters of PTX; approximations: [{approximations}]");
            Assert.Equal(string.Empty, approximations);
        }
    }

    /// <summary>
    /// ILGPU's optimizer folds two constants added or subtracted in a row, (x − c1) − c2 into
    /// x − (c1 + c2), which is not the same in floating point: the gated derivatives' zeros are
    /// x0 = high + low, and the folded form drops low (measured on an H100: 110 ULP in silu' next
    /// to its zero). The low part of each zero must reach the PTX.
    /// </summary>
    [Theory]
    [InlineData(typeof(SiluBeta), "0dBC9F8D74BC9AC154")] // -1.0946994183093437e-16
    [InlineData(typeof(GeluDouble), "0d3C713E74C58CADA8")] // 1.4956759177009883e-17
    [InlineData(typeof(GeluTanh), "0d3C84F523ED77DBDC")] // 3.635560509207687e-17
    [InlineData(typeof(MishDouble), "0dBC8BF319154DA210")] // -4.8484829848031044e-17
    public void TheLowPartOfEachDerivativeZeroSurvivesIlgpusOptimizer(Type type, string lowConstant)
    {
        string assembly = ptx.Compile(type.GetMethod("FDerivativeKernel")!);
        Assert.Contains(lowConstant, assembly, StringComparison.Ordinal);
    }

    [Fact]
    public void PrivateAndGenericKernelsCompileToPtx()
    {
        MethodInfo hidden = typeof(Hidden).GetNestedType("Inner", BindingFlags.NonPublic)!.GetMethod("GateKernel", BindingFlags.NonPublic | BindingFlags.Static)!;
        Assert.Contains(".visible .entry", ptx.Compile(hidden), StringComparison.Ordinal);
        MethodInfo generic = typeof(Generic<int>).GetMethod("ReluBackwardKernel", BindingFlags.NonPublic | BindingFlags.Static)!;
        Assert.Contains(".visible .entry", ptx.Compile(generic), StringComparison.Ordinal);
    }

    /// <summary>A hand-written kernel over Math.Exp: what the generated kernels avoid.</summary>
    internal static void MathExpKernel(Index1D i, ArrayView<double> x, ArrayView<double> destination) => destination[i] = Math.Exp(x[i]);

    [Fact]
    public void WithoutAlgorithmsAMathExpKernelFailsOnPtx()
    {
        Exception error = Assert.ThrowsAny<Exception>(() => ptx.Compile(typeof(PtxTests).GetMethod(nameof(MathExpKernel), BindingFlags.NonPublic | BindingFlags.Static)!, algorithms: false));
        output.WriteLine(error.ToString());
        Assert.Contains(Flatten(error), e => e is NotSupportedIntrinsicException);
    }

    /// <summary>
    /// The launcher's path for a backend that lacks an intrinsic (defensive: the generated kernels
    /// need none). A CUDA or OpenCL accelerator is needed to reach it through a real load, so the
    /// generated loader is driven directly with the exception the PTX backend really throws for
    /// Math.Exp without EnableAlgorithms (CPU accelerator as the cache key).
    /// </summary>
    [Fact]
    public void TheLauncherExplainsAMissingEnableAlgorithms()
    {
        Exception real = Assert.ThrowsAny<Exception>(() => ptx.Compile(typeof(PtxTests).GetMethod(nameof(MathExpKernel), BindingFlags.NonPublic | BindingFlags.Static)!, algorithms: false));

        Type cache = typeof(Sigmoid).GetNestedTypes(BindingFlags.NonPublic).Single(t => t.Name.StartsWith("__ActivationsIlgpu_", StringComparison.Ordinal));
        MethodInfo load = cache.GetMethod("Load", BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(typeof(Action<AcceleratorStream, Index1D, ArrayView<float>, ArrayView<float>>));
        var table = new System.Runtime.CompilerServices.ConditionalWeakTable<Accelerator, Action<AcceleratorStream, Index1D, ArrayView<float>, ArrayView<float>>>();
        Func<Accelerator, Action<AcceleratorStream, Index1D, ArrayView<float>, ArrayView<float>>> failing = _ => throw real;

        using var context = Context.Create(builder => builder.CPU());
        using Accelerator accelerator = context.CreateCPUAccelerator(0);
        var thrown = Assert.Throws<TargetInvocationException>(() => load.Invoke(null, new object[] { table, accelerator, "SigmoidKernel", failing }));
        var message = Assert.IsType<InvalidOperationException>(thrown.InnerException);
        output.WriteLine(message.Message);
        Assert.Contains("Context.Create(b => b.Default().EnableAlgorithms())", message.Message, StringComparison.Ordinal);
        Assert.Contains("SigmoidKernel", message.Message, StringComparison.Ordinal);
        Assert.Same(real, message.InnerException);
        Assert.False(table.TryGetValue(accelerator, out _), "a failed load is not cached");

        // Any other failure goes through unchanged.
        var other = new NotSupportedException("something else");
        Func<Accelerator, Action<AcceleratorStream, Index1D, ArrayView<float>, ArrayView<float>>> otherFailure = _ => throw other;
        thrown = Assert.Throws<TargetInvocationException>(() => load.Invoke(null, new object[] { table, accelerator, "SigmoidKernel", otherFailure }));
        Assert.Same(other, thrown.InnerException);
    }

    private static IEnumerable<Exception> Flatten(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (Exception inner in aggregate.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }
}
