// CustomActivations: [Activation] on your own formula. A learnable sigmoid σ(α·x + β) fitted to data by
// gradient descent (α and β's gradients come from the generated backward), a temperature sigmoid and a
// range-scaled sigmoid.
// Usage: dotnet run --project samples/CustomActivations -- [iterations]   (default 1000)
using System.Globalization;
using Activations.Samples.CustomActivations;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
int iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
CustomActivationsSample.Run(Console.Out, iterations);
