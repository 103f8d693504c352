using Activations;
System.Console.WriteLine("unreachable");
namespace Misuse
{
    public static class NotPartialType
    {
        [Activation("sigmoid")]
        public static partial float Sigmoid(float x);
    }
}
