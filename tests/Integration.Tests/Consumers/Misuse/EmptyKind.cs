using Activations;
namespace Misuse;
public static partial class EmptyKind
{
    [Activation("")]
    public static partial float Sigmoid(float x);
}
