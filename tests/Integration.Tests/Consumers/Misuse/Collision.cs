using Activations;
namespace Misuse;
public static partial class Collision
{
    [Activation("sigmoid")]
    public static partial float Sigmoid(float x);

    public static float SigmoidDerivative(float x) => x;
}
