// Lstm: an LSTM cell (input 10, hidden 20) whose gates use the generated span sigmoid and tanh, for one
// step and over a sequence, checked against a plain scalar implementation in double.
// Usage: dotnet run --project samples/Lstm -- [sequence length]   (default 50)
using System.Globalization;
using Activations.Samples.Lstm;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
int length = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
LstmResult result = LstmSample.Run(length, Console.Out);

// float against double: a few float ULPs of values below 1, far below this bound.
const double tolerance = 1e-5;
bool ok = result.StepMaxDifference < tolerance && result.SequenceMaxDifference < tolerance;
Console.WriteLine(ok ? $"OK: the span cell matches the scalar reference within {tolerance:G}." : $"MISMATCH: above {tolerance:G}.");
return ok ? 0 : 1;
