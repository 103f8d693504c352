// LogisticRegression: a two-feature, two-class model trained by batch gradient descent with the
// generated span sigmoid and the binary cross-entropy on logits from Losses.
// Usage: dotnet run --project samples/LogisticRegression -- [iterations]   (default 1000)
using System.Globalization;
using Activations.Samples.LogisticRegression;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
int iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
LogisticRegressionResult result = LogisticRegressionSample.Run(iterations, Console.Out);
return result.TestAccuracy >= 0.85 ? 0 : 1;
