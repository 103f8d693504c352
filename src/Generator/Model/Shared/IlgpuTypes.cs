using Microsoft.CodeAnalysis;

namespace Activations.Generator.Model;

/// <summary>
/// Whether the consuming project can use ILGPU, decided by the presence of the types the GPU
/// members use (not by a package or assembly name).
/// </summary>
internal static class IlgpuTypes
{
    public const string Accelerator = "ILGPU.Runtime.Accelerator";
    public const string Index1D = "ILGPU.Index1D";
    public const string ArrayView = "ILGPU.ArrayView`1";

    public static bool AreAvailable(Compilation compilation)
        => compilation.GetTypeByMetadataName(Accelerator) is not null
            && compilation.GetTypeByMetadataName(Index1D) is not null
            && compilation.GetTypeByMetadataName(ArrayView) is not null;
}
