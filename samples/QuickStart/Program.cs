// QuickStart: what [Activation("sigmoid")] generates, next to the naive formulas people write by hand
// at the inputs where those break; a small timing table; the generated GPU kernel (CUDA, OpenCL or
// ILGPU's CPU accelerator); and the pictures of samples/Plots.
// Usage: dotnet run --project samples/QuickStart -- [plot folder]   (default ./activation-plots)
using System.Globalization;
using Activations.Samples.Plotting;
using Activations.Samples.QuickStart;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
QuickStartSample.Run(args.Length > 0 ? args[0] : ActivationPlots.DefaultDirectory, Console.Out);
