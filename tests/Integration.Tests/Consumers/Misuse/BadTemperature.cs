using Activations;
namespace Misuse;
public static partial class BadTemperature
{
    [Activation("sigmoid", Temperature = 0)]
    public static partial double Sigmoid(double x);
}
