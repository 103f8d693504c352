using System.Runtime.InteropServices;

namespace Activations.Benchmarks;

/// <summary>
/// Native buffers at fixed addresses modulo 4 KiB: each buffer starts 4 KiB-aligned plus its own
/// offset, so an input and a destination never alias in the low 12 address bits (4K aliasing
/// makes loads wait on unrelated stores and would add placement noise of up to 2× between runs,
/// to both sides of a comparison). Never freed: a benchmark process is short-lived.
/// </summary>
internal static unsafe class Buffers
{
    public static T* Allocate<T>(int length, int offsetBytes)
        where T : unmanaged
    {
        byte* raw = (byte*)NativeMemory.AlignedAlloc((nuint)((length * sizeof(T)) + offsetBytes + 64), 4096);
        return (T*)(raw + offsetBytes);
    }
}
