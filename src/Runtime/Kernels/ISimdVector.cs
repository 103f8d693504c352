using System.ComponentModel;

namespace Activations.Kernels;

/// <summary>
/// One SIMD register of <typeparamref name="T"/> lanes (a wrapper over <c>Vector128/256/512</c>), with
/// the lane-wise operations and math primitives that generated activation code is written against.
/// Every implementation performs the same operations in the same order in every lane, so a
/// formula gives bit-identical results whatever the register width. Infrastructure for generated
/// code; not meant to be called directly.
/// </summary>
/// <typeparam name="TSelf">The implementing vector type.</typeparam>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface ISimdVector<TSelf, T>
    where TSelf : struct, ISimdVector<TSelf, T>
    where T : unmanaged
{
    /// <summary>Number of lanes.</summary>
    static abstract int Count { get; }

    /// <summary>All lanes set to <paramref name="value"/>.</summary>
    static abstract TSelf Create(T value);

    /// <summary>Loads <see cref="Count"/> elements starting at <paramref name="source"/> + <paramref name="index"/>.</summary>
    static abstract TSelf LoadUnsafe(ref T source, nuint index);

    /// <summary>Stores the lanes at <paramref name="destination"/> + <paramref name="index"/>.</summary>
    static abstract void StoreUnsafe(TSelf value, ref T destination, nuint index);

    /// <summary>Lane-wise sum.</summary>
    static abstract TSelf operator +(TSelf left, TSelf right);

    /// <summary>Lane-wise difference.</summary>
    static abstract TSelf operator -(TSelf left, TSelf right);

    /// <summary>Lane-wise product.</summary>
    static abstract TSelf operator *(TSelf left, TSelf right);

    /// <summary>Lane-wise quotient.</summary>
    static abstract TSelf operator /(TSelf left, TSelf right);

    /// <summary>Lane-wise negation (flips the sign bit, so -0 and NaN behave as in scalar code).</summary>
    static abstract TSelf operator -(TSelf value);

    /// <summary><paramref name="a"/>·<paramref name="b"/> + <paramref name="c"/>, fused (one rounding) where the hardware has FMA.</summary>
    static abstract TSelf MultiplyAdd(TSelf a, TSelf b, TSelf c);

    /// <summary>|x| (clears the sign bit).</summary>
    static abstract TSelf Abs(TSelf x);

    /// <summary>Square root, correctly rounded.</summary>
    static abstract TSelf Sqrt(TSelf x);

    /// <summary>Mask lanes (all bits set) where <paramref name="left"/> &lt; <paramref name="right"/>; false for NaN.</summary>
    static abstract TSelf LessThan(TSelf left, TSelf right);

    /// <summary>Mask lanes where <paramref name="left"/> &lt;= <paramref name="right"/>; false for NaN.</summary>
    static abstract TSelf LessThanOrEqual(TSelf left, TSelf right);

    /// <summary>Mask lanes where <paramref name="left"/> &gt; <paramref name="right"/>; false for NaN.</summary>
    static abstract TSelf GreaterThan(TSelf left, TSelf right);

    /// <summary>Mask lanes where <paramref name="left"/> &gt;= <paramref name="right"/>; false for NaN.</summary>
    static abstract TSelf GreaterThanOrEqual(TSelf left, TSelf right);

    /// <summary>Mask lanes where <paramref name="left"/> == <paramref name="right"/>; false for NaN.</summary>
    static abstract TSelf Equal(TSelf left, TSelf right);

    /// <summary>Bitwise and of two masks.</summary>
    static abstract TSelf And(TSelf left, TSelf right);

    /// <summary>Bitwise or of two masks.</summary>
    static abstract TSelf Or(TSelf left, TSelf right);

    /// <summary>Bitwise complement of a mask.</summary>
    static abstract TSelf Not(TSelf mask);

    /// <summary>Per lane: <paramref name="mask"/> set ? <paramref name="ifTrue"/> : <paramref name="ifFalse"/>.</summary>
    static abstract TSelf Select(TSelf mask, TSelf ifTrue, TSelf ifFalse);

    /// <summary>e^x. Accurate: within 1 ULP, subnormal results kept; overflow gives +∞, NaN stays NaN.</summary>
    static abstract TSelf Exp(TSelf x);

    /// <summary>e^x − 1, accurate near 0.</summary>
    static abstract TSelf Expm1(TSelf x);

    /// <summary>ln(1 + x), accurate near 0.</summary>
    static abstract TSelf Log1p(TSelf x);

    /// <summary>1 / (1 + e^−x): within 1 ULP (float) / 2 ULP (double), subnormal results kept.</summary>
    static abstract TSelf Sigmoid(TSelf x);

    /// <summary>σ'(x) = σ(x)·σ(−x), with full relative accuracy in both tails.</summary>
    static abstract TSelf SigmoidDerivative(TSelf x);

    /// <summary>σ(x) with the Fast precision's bounded error.</summary>
    static abstract TSelf SigmoidFast(TSelf x);

    /// <summary>ln σ(x) = −softplus(−x).</summary>
    static abstract TSelf LogSigmoid(TSelf x);

    /// <summary>ln(1 + e^x), exact everywhere (x for large x, e^x for very negative x).</summary>
    static abstract TSelf Softplus(TSelf x);

    /// <summary>tanh x: within 1 ULP (float, over all 2^32 inputs) / 2 ULP (double); ±0 kept, ±1 at ±∞, relative accuracy for tiny |x|.</summary>
    static abstract TSelf Tanh(TSelf x);

    /// <summary>tanh x with the Fast precision's bounded error: within 4 ULP, float (plain float lanes; 2 ULP over all 2^32 inputs) and double.</summary>
    static abstract TSelf TanhFast(TSelf x);

    /// <summary>tanh's derivative sech² x = 4e/(1 + e)², e = e^−2|x| (no cancellation): within 4 ULP, full relative accuracy in the tails, subnormal results kept.</summary>
    static abstract TSelf TanhDerivative(TSelf x);

    /// <summary>The standard normal distribution function Φ(x) = ½·erfc(−x/√2): within 1 ULP (float) / 2 ULP (double; 3 without FMA hardware), relative accuracy in the left tail, subnormal results kept.</summary>
    static abstract TSelf NormalCdf(TSelf x);

    /// <summary>The standard normal density φ(x) = e^(−x²/2)/√(2π): within 1 ULP (float) / 2 ULP (double), relative accuracy for large |x|, subnormal results kept.</summary>
    static abstract TSelf NormalPdf(TSelf x);

    /// <summary>fl(x·(high + low)): a kind's argument at β·x or x / T, the constant to twice double precision (float lanes: the product formed in double).</summary>
    static abstract TSelf ScaleArgument(TSelf x, double high, double low);

    /// <summary>x·(high + low) − <see cref="ScaleArgument"/>: the argument's rounding error, for the first-order correction f(u) + r·f'(u); 0 for NaN and ±∞.</summary>
    static abstract TSelf ScaleArgumentError(TSelf x, double high, double low);

    /// <summary>
    /// softplus(β·x)/β, a softplus kind at a β that is not a power of two: float lanes compute it in
    /// double lanes and round once (within 1 ULP; softplus(β·x) rounded to float and then divided
    /// would round twice), double lanes as <see cref="Softplus"/> of the rounded product, divided.
    /// </summary>
    static abstract TSelf ScaledSoftplus(TSelf x, double beta);

    /// <summary>selu(x) = λ·x for x &gt; 0, λα·(e^x − 1) otherwise (PyTorch's λ and α as double-doubles, the product rounded once): within 1 ULP; ±0 kept, −λα at −∞.</summary>
    static abstract TSelf Selu(TSelf x);

    /// <summary>silu(x) = x·σ(x): within 1 ULP (float) / 2 ULP (double), subnormal results kept; +∞ at +∞, −0 at −∞.</summary>
    static abstract TSelf Silu(TSelf x);

    /// <summary>silu'(x) = σ(x)·(1 + x·σ(−x)): within 4 ULP relative to max(|f'|, ε), the zero near −1.2785 included.</summary>
    static abstract TSelf SiluDerivative(TSelf x);

    /// <summary>gelu(x) = x·Φ(x): within 1 ULP (float) / 4 ULP (double).</summary>
    static abstract TSelf Gelu(TSelf x);

    /// <summary>gelu'(x) = Φ(x) + x·φ(x): within 8 ULP relative to max(|f'|, ε), the zero near −0.7518 included.</summary>
    static abstract TSelf GeluDerivative(TSelf x);

    /// <summary>PyTorch's gelu(approximate='tanh') as x·σ(u), u = 2√(2/π)·(x + 0.044715·x³) carried to twice double precision: within 1 ULP (float) / 2 ULP (double).</summary>
    static abstract TSelf GeluTanh(TSelf x);

    /// <summary>gelu_tanh's derivative σ(u)·(1 + x·u'·σ(−u)): within 8 ULP relative to max(|f'|, ε), the zero near −0.7525 included.</summary>
    static abstract TSelf GeluTanhDerivative(TSelf x);

    /// <summary>mish(x) = x·tanh(softplus(x)) from a ratio of exponentials that never cancels: within 1 ULP (float) / 2 ULP (double), subnormal results kept.</summary>
    static abstract TSelf Mish(TSelf x);

    /// <summary>mish's derivative: within 8 ULP relative to max(|f'|, ε), the zero near −1.1924 included.</summary>
    static abstract TSelf MishDerivative(TSelf x);
}
