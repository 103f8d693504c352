using Activations;
namespace Misuse;
public static partial class BadSignature
{
    [Activation("sigmoid")]
    public static partial int Sigmoid(int x);

    [Activation("sigmoid")]
    public static partial T Generic<T>(T x) where T : struct;

    [Activation("sigmoid")]
    public static partial float TwoInputs(float x, float y);
}
