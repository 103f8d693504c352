using System.Reflection;
using System.Runtime.CompilerServices;
using ILGPU;
using ILGPU.Runtime;
using ILGPU.Runtime.CPU;

namespace Activations.Gpu.Tests;

/// <summary>The launchers' kernel cache: one load per accelerator, nothing kept after disposal.</summary>
public sealed class CacheTests
{
    [Fact]
    public void AKernelIsLoadedOncePerAccelerator()
    {
        using var context = Context.Create(builder => builder.CPU());
        using Accelerator first = context.CreateCPUAccelerator(0);
        using Accelerator second = context.CreateCPUAccelerator(0);
        using var x = first.Allocate1D(new float[] { 1, 2 });
        using var y = second.Allocate1D(new float[] { 1, 2 });

        LeakyRelu.F(first, x.View, x.View);
        object? loaded = Loaded(first);
        LeakyRelu.F(first, x.View, x.View);
        Assert.Same(loaded, Loaded(first));
        LeakyRelu.F(second, y.View, y.View);
        Assert.NotSame(loaded, Loaded(second));
    }

    [Fact]
    public void ADisposedAcceleratorIsNotKeptAlive()
    {
        using var context = Context.Create(builder => builder.CPU());
        WeakReference accelerator = LaunchAndDispose(context);
        for (int i = 0; i < 10 && accelerator.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(accelerator.IsAlive);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference LaunchAndDispose(Context context)
    {
        Accelerator accelerator = context.CreateCPUAccelerator(0);
        using (var x = accelerator.Allocate1D(new float[] { -1, 1 }))
        {
            LeakyRelu.FBackward(accelerator, x.View, x.View, x.View);
            accelerator.Synchronize();
        }

        Assert.NotNull(Loaded(accelerator, "backward"));
        accelerator.Dispose();
        return new WeakReference(accelerator);
    }

    /// <summary>The cached launcher of <see cref="LeakyRelu"/> for an accelerator, read from the generated cache.</summary>
    private static object? Loaded(Accelerator accelerator, string table = "forward")
    {
        Type cache = typeof(LeakyRelu).GetNestedTypes(BindingFlags.NonPublic).Single(t => t.Name.StartsWith("__ActivationsIlgpu_", StringComparison.Ordinal));
        object weakTable = cache.GetField(table, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        object?[] arguments = { accelerator, null };
        bool found = (bool)weakTable.GetType().GetMethod("TryGetValue")!.Invoke(weakTable, arguments)!;
        return found ? arguments[1] : null;
    }
}

/// <summary>Which methods get ILGPU members.</summary>
public sealed class SurfaceTests
{
    [Fact]
    public void ACustomFormulaWithParametersGetsNoIlgpuMembers()
    {
        Assert.DoesNotContain(typeof(CustomWithParameter).GetMethods(), m => m.GetParameters().Any(p => p.ParameterType == typeof(Accelerator)));
        Assert.DoesNotContain(typeof(CustomWithParameter).GetMethods(), m => m.Name.EndsWith("Kernel", StringComparison.Ordinal));
        Assert.NotNull(typeof(CustomWithParameter).GetMethod("ScaledDerivative", new[] { typeof(double), typeof(double) }));
    }
}
