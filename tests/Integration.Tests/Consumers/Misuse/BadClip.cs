using Activations;
namespace Misuse;
public static partial class BadClip
{
    [Activation("sigmoid", Clip = -5)]
    public static partial float Sigmoid(float x);
}
