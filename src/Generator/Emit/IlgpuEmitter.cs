namespace Activations.Generator.Emit;

/// <summary>
/// The ILGPU members of CONTRACT.md (kernels and launchers), emitted only when the compilation has
/// ILGPU's types. The kernels call the same scalar formulas as the CPU members.
/// </summary>
internal static class IlgpuEmitter
{
    /// <summary>Writes the kernel and launcher members inside the user's type.</summary>
    public static void WriteMembers(SourceWriter writer, GeneratedActivation activation)
    {
        // Filled in by the GPU issue.
        _ = writer;
        _ = activation;
    }
}
