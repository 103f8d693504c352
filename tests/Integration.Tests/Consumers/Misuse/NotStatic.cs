using Activations;
namespace Misuse;
public partial class NotStatic
{
    [Activation("sigmoid")]
    public partial float Sigmoid(float x);
}
