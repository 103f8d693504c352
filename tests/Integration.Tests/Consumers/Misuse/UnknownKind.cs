using Activations;
namespace Misuse;
public static partial class UnknownKind
{
    [Activation("sigmod")]
    public static partial float Sigmoid(float x);
}
