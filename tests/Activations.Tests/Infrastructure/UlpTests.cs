namespace Activations.Tests.Infrastructure;

public class UlpTests
{
    [Fact]
    public void Distance_counts_representable_values()
    {
        Assert.Equal(0, Ulp.Distance(1.0, 1.0));
        Assert.Equal(1, Ulp.Distance(1.0, Math.BitIncrement(1.0)));
        Assert.Equal(1, Ulp.Distance(1.0, Math.BitDecrement(1.0)));
        Assert.Equal(2, Ulp.Distance(1f, MathF.BitIncrement(MathF.BitIncrement(1f))));
        Assert.Equal(0, Ulp.Distance(0.0, -0.0));
        Assert.Equal(2, Ulp.Distance(double.Epsilon, -double.Epsilon));
        Assert.Equal(1, Ulp.Distance(float.MaxValue, float.PositiveInfinity));
        Assert.Equal(3, Ulp.Distance(0f, 3 * float.Epsilon)); // subnormals in units of the smallest one
    }

    [Fact]
    public void Distance_treats_NaN_as_a_value_of_its_own()
    {
        Assert.Equal(0, Ulp.Distance(double.NaN, double.NaN));
        Assert.Equal(long.MaxValue, Ulp.Distance(double.NaN, 0.0));
        Assert.Equal(long.MaxValue, Ulp.Distance(1f, float.NaN));
    }

    [Fact]
    public void Reference_files_load_and_rows_parse()
    {
        var sigmoid = ReferenceData.Activation("sigmoid");
        Assert.Contains(sigmoid, r => double.IsNaN(r.XDouble));
        Assert.All(sigmoid, r => _ = r.XSingle); // every x is a float
        var row = sigmoid.First(r => r.XDouble == 1.0);
        Assert.Equal(0.7310585786300049, row.YDouble);
        Assert.Equal(0.19661193f, row.DySingle);
        Assert.True(ReferenceData.ElementaryFunction("log1p").Count > 1000);
    }
}
