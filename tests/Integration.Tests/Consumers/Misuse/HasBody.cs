using Activations;
namespace Misuse;
public static partial class HasBody
{
    [Activation("sigmoid")]
    public static float Sigmoid(float x) => x;
}
