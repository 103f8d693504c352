using System.ComponentModel;

namespace Activations.Kernels;

/// <summary>
/// A lane-wise function of one input, written once over <see cref="ISimdVector{TSelf, T}"/> so it
/// runs unchanged at every register width. Generated code implements it; infrastructure only.
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IUnaryOperator<T>
    where T : unmanaged
{
    /// <summary>Computes the function in every lane of <paramref name="x"/>.</summary>
    TVector Invoke<TVector>(TVector x)
        where TVector : struct, ISimdVector<TVector, T>;
}

/// <summary>
/// A lane-wise function of two inputs (for example a backward: gradient·f'(x)). Generated code
/// implements it; infrastructure only.
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IBinaryOperator<T>
    where T : unmanaged
{
    /// <summary>Computes the function in every lane of <paramref name="x"/> and <paramref name="y"/>.</summary>
    TVector Invoke<TVector>(TVector x, TVector y)
        where TVector : struct, ISimdVector<TVector, T>;
}
