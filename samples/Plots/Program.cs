// Plots: the sigmoid and its derivative, every kind in a grid, vanishing gradients through a deep
// sigmoid network against ReLU, and the sigmoid's error in ULP, as PNG and SVG (ScottPlot 5).
// Usage: dotnet run --project samples/Plots -- [output folder]   (default ./activation-plots)
using System.Globalization;
using Activations.Samples.Plots;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
PlotsSample.Run(args.Length > 0 ? args[0] : Activations.Samples.Plotting.ActivationPlots.DefaultDirectory, Console.Out);
