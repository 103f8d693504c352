using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Activations.Kernels;

/// <summary>
/// The primitives a generated span member can apply directly, when its whole formula is one
/// primitive of x (or, for the backward, the gradient times one): see
/// <see cref="SpanKernels.Apply(SpanPrimitive, ReadOnlySpan{float}, Span{float})"/>. Each has the
/// name of its <see cref="ISimdVector{TSelf, T}"/> member and gives the bits of that member.
/// Infrastructure for generated code; not meant to be used directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum SpanPrimitive
{
    /// <summary><see cref="ISimdVector{TSelf, T}.Sigmoid"/>.</summary>
    Sigmoid,

    /// <summary><see cref="ISimdVector{TSelf, T}.SigmoidFast"/>.</summary>
    SigmoidFast,

    /// <summary><see cref="ISimdVector{TSelf, T}.SigmoidDerivative"/>.</summary>
    SigmoidDerivative,

    /// <summary><see cref="ISimdVector{TSelf, T}.LogSigmoid"/>.</summary>
    LogSigmoid,

    /// <summary><see cref="ISimdVector{TSelf, T}.Softplus"/>.</summary>
    Softplus,

    /// <summary><see cref="ISimdVector{TSelf, T}.Tanh"/>.</summary>
    Tanh,

    /// <summary><see cref="ISimdVector{TSelf, T}.TanhFast"/>.</summary>
    TanhFast,

    /// <summary><see cref="ISimdVector{TSelf, T}.TanhDerivative"/>.</summary>
    TanhDerivative,

    /// <summary><see cref="ISimdVector{TSelf, T}.Silu"/>.</summary>
    Silu,
}

// The span members of single primitives. An operator's Invoke calls the primitive through its
// vector type, where it is a method of its own (NoInlining: composite formulas call several, and
// inlined together they would exceed the JIT's budget of tracked locals); with Vector512x4 that
// call passes 256 bytes through the stack each way, about 0.1 ns per element. Here the primitive
// is inlined into a loop of its own that loads and stores the spans directly: the same generic
// math instantiated on the same lanes, so the bits are those of the operator path.
public static partial class SpanKernels
{
    /// <summary>destination[i] = <paramref name="primitive"/>(x[i]) for every i &lt; x.Length.</summary>
    /// <param name="primitive">The function.</param>
    /// <param name="x">The input.</param>
    /// <param name="destination">The output; at least as long as <paramref name="x"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short or partially overlaps <paramref name="x"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="primitive"/> is not a <see cref="SpanPrimitive"/>.</exception>
    public static unsafe void Apply(SpanPrimitive primitive, ReadOnlySpan<float> x, Span<float> destination)
    {
        Validate(x, destination);
        fixed (float* px = x, pd = destination)
        {
            Dispatch(primitive, new SingleUnaryLoop(px, pd, (nuint)x.Length));
        }
    }

    /// <summary>destination[i] = <paramref name="primitive"/>(x[i]) for every i &lt; x.Length.</summary>
    /// <param name="primitive">The function.</param>
    /// <param name="x">The input.</param>
    /// <param name="destination">The output; at least as long as <paramref name="x"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short or partially overlaps <paramref name="x"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="primitive"/> is not a <see cref="SpanPrimitive"/>.</exception>
    public static unsafe void Apply(SpanPrimitive primitive, ReadOnlySpan<double> x, Span<double> destination)
    {
        Validate(x, destination);
        fixed (double* px = x, pd = destination)
        {
            Dispatch(primitive, new DoubleUnaryLoop(px, pd, (nuint)x.Length));
        }
    }

    /// <summary>destination[i] = gradient[i]·<paramref name="derivative"/>(x[i]) for every i &lt; x.Length (one rounding of the product).</summary>
    /// <param name="derivative">The function the gradient multiplies (a derivative).</param>
    /// <param name="x">The input.</param>
    /// <param name="gradient">The loss gradient; as long as <paramref name="x"/>.</param>
    /// <param name="destination">The output; at least as long as <paramref name="x"/>.</param>
    /// <exception cref="ArgumentException">The lengths do not match, or <paramref name="destination"/> partially overlaps an input.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="derivative"/> is not a <see cref="SpanPrimitive"/>.</exception>
    public static unsafe void ApplyBackward(SpanPrimitive derivative, ReadOnlySpan<float> x, ReadOnlySpan<float> gradient, Span<float> destination)
    {
        Validate(x, gradient, destination);
        fixed (float* px = x, pg = gradient, pd = destination)
        {
            Dispatch(derivative, new SingleBackwardLoop(px, pg, pd, (nuint)x.Length));
        }
    }

    /// <summary>destination[i] = gradient[i]·<paramref name="derivative"/>(x[i]) for every i &lt; x.Length (one rounding of the product).</summary>
    /// <param name="derivative">The function the gradient multiplies (a derivative).</param>
    /// <param name="x">The input.</param>
    /// <param name="gradient">The loss gradient; as long as <paramref name="x"/>.</param>
    /// <param name="destination">The output; at least as long as <paramref name="x"/>.</param>
    /// <exception cref="ArgumentException">The lengths do not match, or <paramref name="destination"/> partially overlaps an input.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="derivative"/> is not a <see cref="SpanPrimitive"/>.</exception>
    public static unsafe void ApplyBackward(SpanPrimitive derivative, ReadOnlySpan<double> x, ReadOnlySpan<double> gradient, Span<double> destination)
    {
        Validate(x, gradient, destination);
        fixed (double* px = x, pg = gradient, pd = destination)
        {
            Dispatch(derivative, new DoubleBackwardLoop(px, pg, pd, (nuint)x.Length));
        }
    }

    /// <summary>Runs <paramref name="loop"/> with the kernel of <paramref name="primitive"/>.</summary>
    private static void Dispatch<TLoop>(SpanPrimitive primitive, TLoop loop)
        where TLoop : struct, ILoop
    {
        switch (primitive)
        {
            case SpanPrimitive.Sigmoid: loop.Run<SigmoidKernel>(); break;
            case SpanPrimitive.SigmoidFast: loop.Run<SigmoidFastKernel>(); break;
            case SpanPrimitive.SigmoidDerivative: loop.Run<SigmoidDerivativeKernel>(); break;
            case SpanPrimitive.LogSigmoid: loop.Run<LogSigmoidKernel>(); break;
            case SpanPrimitive.Softplus: loop.Run<SoftplusKernel>(); break;
            case SpanPrimitive.Tanh: loop.Run<TanhKernel>(); break;
            case SpanPrimitive.TanhFast: loop.Run<TanhFastKernel>(); break;
            case SpanPrimitive.TanhDerivative: loop.Run<TanhDerivativeKernel>(); break;
            case SpanPrimitive.Silu: loop.Run<SiluKernel>(); break;
            default: throw new ArgumentOutOfRangeException(nameof(primitive), primitive, "Not a SpanPrimitive.");
        }
    }

    // ---- the kernels ------------------------------------------------------------------------------

    /// <summary>One primitive over float and double lanes, inlined into the loops below.</summary>
    private interface IKernel
    {
        /// <summary>
        /// Whether the float primitive runs over four 512-bit registers at once (as
        /// <see cref="Vector512x4Single"/>'s member does); otherwise two, where four would spill.
        /// </summary>
        static abstract bool FourRegisters { get; }

        static abstract TF Invoke<TF, TD>(TF x)
            where TF : struct, ISimdSingle<TF, TD>
            where TD : struct, ISimdDouble<TD>;

        static abstract TV Invoke<TV>(TV x)
            where TV : struct, ISimdDouble<TV>;
    }

    private readonly struct SigmoidKernel : IKernel
    {
        public static bool FourRegisters => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static TF Invoke<TF, TD>(TF x) where TF : struct, ISimdSingle<TF, TD> where TD : struct, ISimdDouble<TD> => SingleMath.Sigmoid<TF, TD>(x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static TV Invoke<TV>(TV x) where TV : struct, ISimdDouble<TV> => DoubleMath.Sigmoid(x);
    }

    private readonly struct SigmoidFastKernel : IKernel
    {
        public static bool FourRegisters => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static TF Invoke<TF, TD>(TF x) where TF : struct, ISimdSingle<TF, TD> where TD : struct, ISimdDouble<TD> => SingleMath.SigmoidFast<TF, TD>(x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static TV Invoke<TV>(TV x) where TV : struct, ISimdDouble<TV> => DoubleMath.SigmoidFast(x);
    }

    private readonly struct SigmoidDerivativeKernel : IKernel
    {
        public static bool FourRegisters => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static TF Invoke<TF, TD>(TF x) where TF : struct, ISimdSingle<TF, TD> where TD : struct, ISimdDouble<TD> => SingleMath.SigmoidDerivative<TF, TD>(x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static TV Invoke<TV>(TV x) where TV : struct, ISimdDouble<TV> => DoubleMath.SigmoidDerivative(x);
    }

    private readonly struct LogSigmoidKernel : IKernel
    {
        public static bool FourRegisters => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static TF Invoke<TF, TD>(TF x) where TF : struct, ISimdSingle<TF, TD> where TD : struct, ISimdDouble<TD> => SingleMath.LogSigmoid<TF, TD>(x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static TV Invoke<TV>(TV x) where TV : struct, ISimdDouble<TV> => DoubleMath.LogSigmoid(x);
    }

    private readonly struct SoftplusKernel : IKernel
    {
        public static bool FourRegisters => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static TF Invoke<TF, TD>(TF x) where TF : struct, ISimdSingle<TF, TD> where TD : struct, ISimdDouble<TD> => SingleMath.Softplus<TF, TD>(x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static TV Invoke<TV>(TV x) where TV : struct, ISimdDouble<TV> => DoubleMath.Softplus(x);
    }

    private readonly struct TanhKernel : IKernel
    {
        public static bool FourRegisters => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static TF Invoke<TF, TD>(TF x) where TF : struct, ISimdSingle<TF, TD> where TD : struct, ISimdDouble<TD> => SingleMath.Tanh<TF, TD>(x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static TV Invoke<TV>(TV x) where TV : struct, ISimdDouble<TV> => DoubleMath.Tanh(x);
    }

    private readonly struct TanhFastKernel : IKernel
    {
        public static bool FourRegisters => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static TF Invoke<TF, TD>(TF x) where TF : struct, ISimdSingle<TF, TD> where TD : struct, ISimdDouble<TD> => SingleMath.TanhFast<TF, TD>(x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static TV Invoke<TV>(TV x) where TV : struct, ISimdDouble<TV> => DoubleMath.TanhFast(x);
    }

    private readonly struct TanhDerivativeKernel : IKernel
    {
        public static bool FourRegisters => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static TF Invoke<TF, TD>(TF x) where TF : struct, ISimdSingle<TF, TD> where TD : struct, ISimdDouble<TD> => SingleMath.TanhDerivative<TF, TD>(x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static TV Invoke<TV>(TV x) where TV : struct, ISimdDouble<TV> => DoubleMath.TanhDerivative(x);
    }

    private readonly struct SiluKernel : IKernel
    {
        public static bool FourRegisters => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static TF Invoke<TF, TD>(TF x) where TF : struct, ISimdSingle<TF, TD> where TD : struct, ISimdDouble<TD> => GatedMath.Silu<TF, TD>(x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static TV Invoke<TV>(TV x) where TV : struct, ISimdDouble<TV> => GatedMath.Silu(x);
    }

    // ---- the loops: one method per kernel and register type, the kernel inlined --------------------

    /// <summary>A span loop, run with the kernel the dispatch picks (the spans are pinned by the caller).</summary>
    private interface ILoop
    {
        void Run<TKernel>()
            where TKernel : struct, IKernel;
    }

    private readonly unsafe struct SingleUnaryLoop(float* x, float* destination, nuint length) : ILoop
    {
        public void Run<TKernel>()
            where TKernel : struct, IKernel
        {
            if (Vector512.IsHardwareAccelerated && TKernel.FourRegisters)
            {
                InlinedUnary<SingleLanes<TKernel, Vector512x4Single, Vector512x4Double>, Vector512x4Single, float>(ref *x, ref *destination, length);
            }
            else if (Vector512.IsHardwareAccelerated)
            {
                InlinedUnary<SingleLanes<TKernel, Vector512x2Single, Vector512x2Double>, Vector512x2Single, float>(ref *x, ref *destination, length);
            }
            else if (Vector256.IsHardwareAccelerated)
            {
                InlinedUnary<SingleLanes<TKernel, Vector256Single, Vector256Double>, Vector256Single, float>(ref *x, ref *destination, length);
            }
            else
            {
                InlinedUnary<SingleLanes<TKernel, Vector128Single, Vector128Double>, Vector128Single, float>(ref *x, ref *destination, length);
            }
        }
    }

    private readonly unsafe struct DoubleUnaryLoop(double* x, double* destination, nuint length) : ILoop
    {
        public void Run<TKernel>()
            where TKernel : struct, IKernel
        {
            if (Vector512.IsHardwareAccelerated)
            {
                InlinedUnary<DoubleLanes<TKernel, Vector512x2Double>, Vector512x2Double, double>(ref *x, ref *destination, length);
            }
            else if (Vector256.IsHardwareAccelerated)
            {
                InlinedUnary<DoubleLanes<TKernel, Vector256Double>, Vector256Double, double>(ref *x, ref *destination, length);
            }
            else
            {
                InlinedUnary<DoubleLanes<TKernel, Vector128Double>, Vector128Double, double>(ref *x, ref *destination, length);
            }
        }
    }

    private readonly unsafe struct SingleBackwardLoop(float* x, float* gradient, float* destination, nuint length) : ILoop
    {
        public void Run<TKernel>()
            where TKernel : struct, IKernel
        {
            if (Vector512.IsHardwareAccelerated && TKernel.FourRegisters)
            {
                InlinedBackward<SingleLanes<TKernel, Vector512x4Single, Vector512x4Double>, Vector512x4Single, float>(ref *x, ref *gradient, ref *destination, length);
            }
            else if (Vector512.IsHardwareAccelerated)
            {
                InlinedBackward<SingleLanes<TKernel, Vector512x2Single, Vector512x2Double>, Vector512x2Single, float>(ref *x, ref *gradient, ref *destination, length);
            }
            else if (Vector256.IsHardwareAccelerated)
            {
                InlinedBackward<SingleLanes<TKernel, Vector256Single, Vector256Double>, Vector256Single, float>(ref *x, ref *gradient, ref *destination, length);
            }
            else
            {
                InlinedBackward<SingleLanes<TKernel, Vector128Single, Vector128Double>, Vector128Single, float>(ref *x, ref *gradient, ref *destination, length);
            }
        }
    }

    private readonly unsafe struct DoubleBackwardLoop(double* x, double* gradient, double* destination, nuint length) : ILoop
    {
        public void Run<TKernel>()
            where TKernel : struct, IKernel
        {
            if (Vector512.IsHardwareAccelerated)
            {
                InlinedBackward<DoubleLanes<TKernel, Vector512x2Double>, Vector512x2Double, double>(ref *x, ref *gradient, ref *destination, length);
            }
            else if (Vector256.IsHardwareAccelerated)
            {
                InlinedBackward<DoubleLanes<TKernel, Vector256Double>, Vector256Double, double>(ref *x, ref *gradient, ref *destination, length);
            }
            else
            {
                InlinedBackward<DoubleLanes<TKernel, Vector128Double>, Vector128Double, double>(ref *x, ref *gradient, ref *destination, length);
            }
        }
    }

    /// <summary>A kernel on one register type.</summary>
    private interface IVectorFunction<TVector>
    {
        static abstract TVector Apply(TVector x);
    }

    private readonly struct SingleLanes<TKernel, TF, TD> : IVectorFunction<TF>
        where TKernel : struct, IKernel
        where TF : struct, ISimdSingle<TF, TD>
        where TD : struct, ISimdDouble<TD>
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static TF Apply(TF x) => TKernel.Invoke<TF, TD>(x);
    }

    private readonly struct DoubleLanes<TKernel, TV> : IVectorFunction<TV>
        where TKernel : struct, IKernel
        where TV : struct, ISimdDouble<TV>
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static TV Apply(TV x) => TKernel.Invoke(x);
    }

    // One register per iteration: the kernel already carries two or four independent registers, and
    // a second inlined copy would exceed the JIT's budget of tracked locals. The remainder runs the
    // same code on a zero-padded register (UnaryTail). Fully optimized from the first call (no
    // tiering: a long span would otherwise run the loop as unoptimized or on-stack-replaced code).
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void InlinedUnary<TFunction, TVector, T>(ref T x, ref T destination, nuint length)
        where TFunction : struct, IVectorFunction<TVector>
        where TVector : struct, ISimdVector<TVector, T>
        where T : unmanaged
    {
        nuint count = (nuint)TVector.Count;
        nuint i = 0;
        for (; i + count <= length; i += count)
        {
            TVector.StoreUnsafe(TFunction.Apply(TVector.LoadUnsafe(ref x, i)), ref destination, i);
        }

        if (i < length)
        {
            UnaryTail(default(FunctionBlock<TFunction, TVector, T>), ref Unsafe.Add(ref x, i), ref Unsafe.Add(ref destination, i), length - i);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void InlinedBackward<TFunction, TVector, T>(ref T x, ref T gradient, ref T destination, nuint length)
        where TFunction : struct, IVectorFunction<TVector>
        where TVector : struct, ISimdVector<TVector, T>
        where T : unmanaged
    {
        nuint count = (nuint)TVector.Count;
        nuint i = 0;
        for (; i + count <= length; i += count)
        {
            TVector.StoreUnsafe(TVector.LoadUnsafe(ref gradient, i) * TFunction.Apply(TVector.LoadUnsafe(ref x, i)), ref destination, i);
        }

        if (i < length)
        {
            BinaryTail(default(FunctionBlock<TFunction, TVector, T>), ref Unsafe.Add(ref x, i), ref Unsafe.Add(ref gradient, i), ref Unsafe.Add(ref destination, i), length - i);
        }
    }

    /// <summary>One register of the inlined loops: f(x), or gradient·f(x).</summary>
    private readonly struct FunctionBlock<TFunction, TVector, T> : IUnaryBlock<T>, IBinaryBlock<T>
        where TFunction : struct, IVectorFunction<TVector>
        where TVector : struct, ISimdVector<TVector, T>
        where T : unmanaged
    {
        public void Run(ref T x, ref T destination)
            => TVector.StoreUnsafe(TFunction.Apply(TVector.LoadUnsafe(ref x, 0)), ref destination, 0);

        public void Run(ref T x, ref T gradient, ref T destination)
            => TVector.StoreUnsafe(TVector.LoadUnsafe(ref gradient, 0) * TFunction.Apply(TVector.LoadUnsafe(ref x, 0)), ref destination, 0);
    }
}
