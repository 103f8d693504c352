using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Activations.Kernels;

/// <summary>
/// Applies a lane-wise operator over spans with the widest accelerated register (512, 256 or
/// 128 bits; with 512-bit registers four at a time, <see cref="Vector512x4Single"/> and
/// <see cref="Vector512x4Double"/>, so that every primitive call carries four independent
/// dependency chains and its fixed call overhead is spread over 64 floats or 32 doubles), or sums its results. The remainder that does not fill a register goes through the same vector code via a
/// one-register stack buffer, so every element gets bit-identical results whatever the span's
/// length, offset or the register width. Infrastructure for generated code; not meant to be called
/// directly.
/// </summary>
/// <remarks>
/// Span rules, as in <c>System.Numerics.Tensors.TensorPrimitives</c>: a destination shorter than
/// the input, or a second input (the gradient) of another length, throws
/// <see cref="ArgumentException"/>; the destination may be the very same memory as an input (in
/// place); a partial overlap throws <see cref="ArgumentException"/>.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class SpanKernels
{
    // ×2 only: the math primitives are calls (see the wrappers), so a longer unroll gains nothing
    // and multiplies the inlined operator code against the JIT's per-method budget of locals.
    private const int Unroll = 2;

    /// <summary>destination[i] = op(x[i]) for every i &lt; x.Length.</summary>
    /// <typeparam name="TOperator">The lane-wise function.</typeparam>
    /// <param name="op">The operator (its state, if any, is passed to every call).</param>
    /// <param name="x">The input.</param>
    /// <param name="destination">The output; at least as long as <paramref name="x"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short or partially overlaps <paramref name="x"/>.</exception>
    public static void Apply<TOperator>(TOperator op, ReadOnlySpan<float> x, Span<float> destination)
        where TOperator : struct, IUnaryOperator<float>
    {
        Validate(x, destination);
        ref float xRef = ref MemoryMarshal.GetReference(x);
        ref float dRef = ref MemoryMarshal.GetReference(destination);
        nuint length = (nuint)x.Length;
        if (Vector512.IsHardwareAccelerated)
        {
            Unary<TOperator, Vector512x4Single, float>(op, ref xRef, ref dRef, length);
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            Unary<TOperator, Vector256Single, float>(op, ref xRef, ref dRef, length);
        }
        else
        {
            Unary<TOperator, Vector128Single, float>(op, ref xRef, ref dRef, length);
        }
    }

    /// <summary>destination[i] = op(x[i]) for every i &lt; x.Length.</summary>
    /// <typeparam name="TOperator">The lane-wise function.</typeparam>
    /// <param name="op">The operator (its state, if any, is passed to every call).</param>
    /// <param name="x">The input.</param>
    /// <param name="destination">The output; at least as long as <paramref name="x"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short or partially overlaps <paramref name="x"/>.</exception>
    public static void Apply<TOperator>(TOperator op, ReadOnlySpan<double> x, Span<double> destination)
        where TOperator : struct, IUnaryOperator<double>
    {
        Validate(x, destination);
        ref double xRef = ref MemoryMarshal.GetReference(x);
        ref double dRef = ref MemoryMarshal.GetReference(destination);
        nuint length = (nuint)x.Length;
        if (Vector512.IsHardwareAccelerated)
        {
            Unary<TOperator, Vector512x4Double, double>(op, ref xRef, ref dRef, length);
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            Unary<TOperator, Vector256Double, double>(op, ref xRef, ref dRef, length);
        }
        else
        {
            Unary<TOperator, Vector128Double, double>(op, ref xRef, ref dRef, length);
        }
    }

    /// <summary>destination[i] = op(x[i], y[i]) for every i &lt; x.Length.</summary>
    /// <typeparam name="TOperator">The lane-wise function.</typeparam>
    /// <param name="op">The operator (its state, if any, is passed to every call).</param>
    /// <param name="x">The first input.</param>
    /// <param name="y">The second input (the backward's gradient); as long as <paramref name="x"/>.</param>
    /// <param name="destination">The output; at least as long as <paramref name="x"/>.</param>
    /// <exception cref="ArgumentException">The lengths do not match, or <paramref name="destination"/> partially overlaps an input.</exception>
    public static void Apply<TOperator>(TOperator op, ReadOnlySpan<float> x, ReadOnlySpan<float> y, Span<float> destination)
        where TOperator : struct, IBinaryOperator<float>
    {
        Validate(x, y, destination);
        ref float xRef = ref MemoryMarshal.GetReference(x);
        ref float yRef = ref MemoryMarshal.GetReference(y);
        ref float dRef = ref MemoryMarshal.GetReference(destination);
        nuint length = (nuint)x.Length;
        if (Vector512.IsHardwareAccelerated)
        {
            Binary<TOperator, Vector512x4Single, float>(op, ref xRef, ref yRef, ref dRef, length);
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            Binary<TOperator, Vector256Single, float>(op, ref xRef, ref yRef, ref dRef, length);
        }
        else
        {
            Binary<TOperator, Vector128Single, float>(op, ref xRef, ref yRef, ref dRef, length);
        }
    }

    /// <summary>destination[i] = op(x[i], y[i]) for every i &lt; x.Length.</summary>
    /// <typeparam name="TOperator">The lane-wise function.</typeparam>
    /// <param name="op">The operator (its state, if any, is passed to every call).</param>
    /// <param name="x">The first input.</param>
    /// <param name="y">The second input (the backward's gradient); as long as <paramref name="x"/>.</param>
    /// <param name="destination">The output; at least as long as <paramref name="x"/>.</param>
    /// <exception cref="ArgumentException">The lengths do not match, or <paramref name="destination"/> partially overlaps an input.</exception>
    public static void Apply<TOperator>(TOperator op, ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> destination)
        where TOperator : struct, IBinaryOperator<double>
    {
        Validate(x, y, destination);
        ref double xRef = ref MemoryMarshal.GetReference(x);
        ref double yRef = ref MemoryMarshal.GetReference(y);
        ref double dRef = ref MemoryMarshal.GetReference(destination);
        nuint length = (nuint)x.Length;
        if (Vector512.IsHardwareAccelerated)
        {
            Binary<TOperator, Vector512x4Double, double>(op, ref xRef, ref yRef, ref dRef, length);
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            Binary<TOperator, Vector256Double, double>(op, ref xRef, ref yRef, ref dRef, length);
        }
        else
        {
            Binary<TOperator, Vector128Double, double>(op, ref xRef, ref yRef, ref dRef, length);
        }
    }

    /// <summary>
    /// Σ op(x[i], y[i]) over the span (for example a parameter's gradient, gradient[i]·∂f/∂p(x[i])),
    /// accumulated in double with compensation and rounded once. The terms are those
    /// <see cref="Apply{TOperator}(TOperator, ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float})"/>
    /// computes and the order of accumulation is fixed, so the result does not depend on the register width.
    /// </summary>
    /// <typeparam name="TOperator">The lane-wise function.</typeparam>
    /// <param name="op">The operator (its state, if any, is passed to every call).</param>
    /// <param name="x">The first input.</param>
    /// <param name="y">The second input (the backward's gradient); as long as <paramref name="x"/>.</param>
    /// <returns>The sum; 0 for empty spans.</returns>
    /// <exception cref="ArgumentException">The lengths do not match.</exception>
    public static float Sum<TOperator>(TOperator op, ReadOnlySpan<float> x, ReadOnlySpan<float> y)
        where TOperator : struct, IBinaryOperator<float>
    {
        if (y.Length != x.Length)
        {
            ThrowLengthMismatch();
        }

        Span<float> terms = stackalloc float[SumChunk];
        double sum = 0.0, compensation = 0.0;
        for (int i = 0; i < x.Length; i += SumChunk)
        {
            int n = Math.Min(SumChunk, x.Length - i);
            Apply(op, x.Slice(i, n), y.Slice(i, n), terms);
            for (int j = 0; j < n; j++)
            {
                Accumulate(ref sum, ref compensation, terms[j]);
            }
        }

        return (float)Total(sum, compensation);
    }

    /// <summary>
    /// Σ op(x[i], y[i]) over the span (for example a parameter's gradient, gradient[i]·∂f/∂p(x[i])),
    /// with compensated (Neumaier) accumulation. The terms are those
    /// <see cref="Apply{TOperator}(TOperator, ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double})"/>
    /// computes and the order of accumulation is fixed, so the result does not depend on the register width.
    /// </summary>
    /// <typeparam name="TOperator">The lane-wise function.</typeparam>
    /// <param name="op">The operator (its state, if any, is passed to every call).</param>
    /// <param name="x">The first input.</param>
    /// <param name="y">The second input (the backward's gradient); as long as <paramref name="x"/>.</param>
    /// <returns>The sum; 0 for empty spans.</returns>
    /// <exception cref="ArgumentException">The lengths do not match.</exception>
    public static double Sum<TOperator>(TOperator op, ReadOnlySpan<double> x, ReadOnlySpan<double> y)
        where TOperator : struct, IBinaryOperator<double>
    {
        if (y.Length != x.Length)
        {
            ThrowLengthMismatch();
        }

        Span<double> terms = stackalloc double[SumChunk];
        double sum = 0.0, compensation = 0.0;
        for (int i = 0; i < x.Length; i += SumChunk)
        {
            int n = Math.Min(SumChunk, x.Length - i);
            Apply(op, x.Slice(i, n), y.Slice(i, n), terms);
            for (int j = 0; j < n; j++)
            {
                Accumulate(ref sum, ref compensation, terms[j]);
            }
        }

        return Total(sum, compensation);
    }

    private const int SumChunk = 256;

    // Neumaier's compensated summation: sum + compensation carries the running total to about
    // twice the working precision.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Accumulate(ref double sum, ref double compensation, double term)
    {
        double t = sum + term;
        compensation += Math.Abs(sum) >= Math.Abs(term) ? (sum - t) + term : (term - t) + sum;
        sum = t;
    }

    // An infinite or NaN running sum makes the compensation NaN: the sum itself is the answer then.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Total(double sum, double compensation) => double.IsFinite(sum) ? sum + compensation : sum;

    // ---- loops ----------------------------------------------------------------------------------

    // Fully optimized from the first call (no tiering: a long span would otherwise run the loop as
    // unoptimized or on-stack-replaced code until the method is recompiled).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Unary<TOperator, TVector, T>(TOperator op, ref T x, ref T destination, nuint length)
        where TOperator : struct, IUnaryOperator<T>
        where TVector : struct, ISimdVector<TVector, T>
        where T : unmanaged
    {
        nuint count = (nuint)TVector.Count;
        nuint i = 0;

        // In place is safe: every block is loaded before it is stored, and blocks never overlap.
        if (length >= Unroll * count)
        {
            nuint last = length - (Unroll * count);
            for (; i <= last; i += Unroll * count)
            {
                TVector a0 = TVector.LoadUnsafe(ref x, i);
                TVector a1 = TVector.LoadUnsafe(ref x, i + count);
                TVector.StoreUnsafe(op.Invoke(a0), ref destination, i);
                TVector.StoreUnsafe(op.Invoke(a1), ref destination, i + count);
            }
        }

        for (; i + count <= length; i += count)
        {
            TVector.StoreUnsafe(op.Invoke(TVector.LoadUnsafe(ref x, i)), ref destination, i);
        }

        if (i < length)
        {
            UnaryTail(new UnaryOperatorBlock<TOperator, TVector, T>(op), ref Unsafe.Add(ref x, i), ref Unsafe.Add(ref destination, i), length - i);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Binary<TOperator, TVector, T>(TOperator op, ref T x, ref T y, ref T destination, nuint length)
        where TOperator : struct, IBinaryOperator<T>
        where TVector : struct, ISimdVector<TVector, T>
        where T : unmanaged
    {
        nuint count = (nuint)TVector.Count;
        nuint i = 0;

        if (length >= Unroll * count)
        {
            nuint last = length - (Unroll * count);
            for (; i <= last; i += Unroll * count)
            {
                TVector a0 = TVector.LoadUnsafe(ref x, i);
                TVector a1 = TVector.LoadUnsafe(ref x, i + count);
                TVector b0 = TVector.LoadUnsafe(ref y, i);
                TVector b1 = TVector.LoadUnsafe(ref y, i + count);
                TVector.StoreUnsafe(op.Invoke(a0, b0), ref destination, i);
                TVector.StoreUnsafe(op.Invoke(a1, b1), ref destination, i + count);
            }
        }

        for (; i + count <= length; i += count)
        {
            TVector.StoreUnsafe(op.Invoke(TVector.LoadUnsafe(ref x, i), TVector.LoadUnsafe(ref y, i)), ref destination, i);
        }

        if (i < length)
        {
            BinaryTail(new BinaryOperatorBlock<TOperator, TVector, T>(op), ref Unsafe.Add(ref x, i), ref Unsafe.Add(ref y, i), ref Unsafe.Add(ref destination, i), length - i);
        }
    }

    // The remainder (fewer than Count elements) is copied into a zeroed one-register buffer,
    // computed by the same vector code and copied back: identical results to a full register.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void UnaryTail<TBlock, T>(TBlock block, ref T x, ref T destination, nuint remaining)
        where TBlock : struct, IUnaryBlock<T>
        where T : unmanaged
    {
        Register buffer = default;
        ref T b = ref Unsafe.As<Register, T>(ref buffer);
        int n = (int)remaining;
        MemoryMarshal.CreateReadOnlySpan(ref x, n).CopyTo(MemoryMarshal.CreateSpan(ref b, n));
        block.Run(ref b, ref b);
        MemoryMarshal.CreateReadOnlySpan(ref b, n).CopyTo(MemoryMarshal.CreateSpan(ref destination, n));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void BinaryTail<TBlock, T>(TBlock block, ref T x, ref T y, ref T destination, nuint remaining)
        where TBlock : struct, IBinaryBlock<T>
        where T : unmanaged
    {
        Register bufferX = default;
        Register bufferY = default;
        ref T bx = ref Unsafe.As<Register, T>(ref bufferX);
        ref T by = ref Unsafe.As<Register, T>(ref bufferY);
        int n = (int)remaining;
        MemoryMarshal.CreateReadOnlySpan(ref x, n).CopyTo(MemoryMarshal.CreateSpan(ref bx, n));
        MemoryMarshal.CreateReadOnlySpan(ref y, n).CopyTo(MemoryMarshal.CreateSpan(ref by, n));
        block.Run(ref bx, ref by, ref bx);
        MemoryMarshal.CreateReadOnlySpan(ref bx, n).CopyTo(MemoryMarshal.CreateSpan(ref destination, n));
    }

    /// <summary>One full register of a unary loop, from memory to memory (the remainder's buffer).</summary>
    private interface IUnaryBlock<T>
    {
        void Run(ref T x, ref T destination);
    }

    /// <summary>One full register of a binary loop, from memory to memory (the remainder's buffers).</summary>
    private interface IBinaryBlock<T>
    {
        void Run(ref T x, ref T y, ref T destination);
    }

    /// <summary>One register of a unary operator.</summary>
    private readonly struct UnaryOperatorBlock<TOperator, TVector, T>(TOperator op) : IUnaryBlock<T>
        where TOperator : struct, IUnaryOperator<T>
        where TVector : struct, ISimdVector<TVector, T>
        where T : unmanaged
    {
        public void Run(ref T x, ref T destination)
            => TVector.StoreUnsafe(op.Invoke(TVector.LoadUnsafe(ref x, 0)), ref destination, 0);
    }

    /// <summary>One register of a binary operator.</summary>
    private readonly struct BinaryOperatorBlock<TOperator, TVector, T>(TOperator op) : IBinaryBlock<T>
        where TOperator : struct, IBinaryOperator<T>
        where TVector : struct, ISimdVector<TVector, T>
        where T : unmanaged
    {
        public void Run(ref T x, ref T y, ref T destination)
            => TVector.StoreUnsafe(op.Invoke(TVector.LoadUnsafe(ref x, 0), TVector.LoadUnsafe(ref y, 0)), ref destination, 0);
    }

    /// <summary>256 bytes: one vector of the widest type (four 512-bit registers).</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct Register
    {
        private Vector512<byte> _bytes0;
        private Vector512<byte> _bytes1;
        private Vector512<byte> _bytes2;
        private Vector512<byte> _bytes3;
    }

    // ---- validation -------------------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Validate<T>(ReadOnlySpan<T> x, Span<T> destination)
    {
        if (destination.Length < x.Length)
        {
            ThrowDestinationTooShort();
        }

        ValidateNoPartialOverlap(x, destination);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Validate<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y, Span<T> destination)
    {
        if (y.Length != x.Length)
        {
            ThrowLengthMismatch();
        }

        if (destination.Length < x.Length)
        {
            ThrowDestinationTooShort();
        }

        ValidateNoPartialOverlap(x, destination);
        ValidateNoPartialOverlap(y, destination);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ValidateNoPartialOverlap<T>(ReadOnlySpan<T> input, Span<T> destination)
    {
        // Only the first input.Length elements of destination are written.
        if (!Unsafe.AreSame(ref MemoryMarshal.GetReference(input), ref MemoryMarshal.GetReference(destination))
            && input.Overlaps(destination.Slice(0, input.Length)))
        {
            ThrowPartialOverlap();
        }
    }

    [DoesNotReturn]
    private static void ThrowDestinationTooShort()
        => throw new ArgumentException("Destination is too short.", "destination");

    [DoesNotReturn]
    private static void ThrowLengthMismatch()
        => throw new ArgumentException("The gradient must have the same length as the input.", "gradient");

    [DoesNotReturn]
    private static void ThrowPartialOverlap()
        => throw new ArgumentException("The destination span may overlap an input only if both start at the same element.", "destination");
}
