namespace Activations.Samples.Plotting;

/// <summary>Distances in units in the last place (ULP) between floats.</summary>
public static class Ulp
{
    /// <summary>
    /// How many representable floats lie between <paramref name="value"/> and <paramref name="reference"/>
    /// (0 when equal, +0 and −0 equal, subnormals counted one by one); <see cref="long.MaxValue"/> when
    /// exactly one is NaN.
    /// </summary>
    public static long Distance(float value, float reference)
    {
        if (float.IsNaN(value) || float.IsNaN(reference))
        {
            return float.IsNaN(value) && float.IsNaN(reference) ? 0 : long.MaxValue;
        }

        return Math.Abs(Ordered(value) - Ordered(reference));
    }

    // Maps the float bit patterns onto integers that increase with the value: the ULP distance is their difference.
    private static long Ordered(float value)
    {
        int bits = BitConverter.SingleToInt32Bits(value);
        return bits < 0 ? int.MinValue - (long)bits : bits;
    }
}
