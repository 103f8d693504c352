using System;

namespace Activations.Analyzers.Numerics;

/// <summary>
/// A closed range [Lo, Hi] that contains every value an expression can take (NaN aside).
/// Infinite ends mean "unbounded on that side"; <see cref="Unknown"/> is (−∞, +∞).
/// </summary>
internal readonly struct Interval : IEquatable<Interval>
{
    public Interval(double lo, double hi)
    {
        Lo = double.IsNaN(lo) ? double.NegativeInfinity : lo;
        Hi = double.IsNaN(hi) ? double.PositiveInfinity : hi;
    }

    public static Interval Unknown => new(double.NegativeInfinity, double.PositiveInfinity);

    public double Lo { get; }

    public double Hi { get; }

    public static Interval Point(double value) => double.IsNaN(value) ? Unknown : new(value, value);

    public static Interval AtMost(double hi) => new(double.NegativeInfinity, hi);

    public static Interval AtLeast(double lo) => new(lo, double.PositiveInfinity);

    public Interval Negate() => new(-Hi, -Lo);

    public Interval Intersect(Interval other)
    {
        double lo = Math.Max(Lo, other.Lo);
        double hi = Math.Min(Hi, other.Hi);

        // Contradictory facts (dead code, or a guard we misread): keep what we had.
        return lo <= hi ? new Interval(lo, hi) : this;
    }

    public Interval Union(Interval other) => new(Math.Min(Lo, other.Lo), Math.Max(Hi, other.Hi));

    public static Interval operator +(Interval a, Interval b) => new(Sum(a.Lo, b.Lo, double.NegativeInfinity), Sum(a.Hi, b.Hi, double.PositiveInfinity));

    public static Interval operator -(Interval a, Interval b) => a + b.Negate();

    public static Interval operator *(Interval a, Interval b)
    {
        double p1 = Product(a.Lo, b.Lo), p2 = Product(a.Lo, b.Hi), p3 = Product(a.Hi, b.Lo), p4 = Product(a.Hi, b.Hi);
        return new Interval(Math.Min(Math.Min(p1, p2), Math.Min(p3, p4)), Math.Max(Math.Max(p1, p2), Math.Max(p3, p4)));
    }

    public static Interval operator /(Interval a, Interval b)
    {
        if (b.Lo <= 0 && b.Hi >= 0)
        {
            return Unknown;
        }

        return a * new Interval(1 / b.Hi, 1 / b.Lo);
    }

    public Interval Abs()
    {
        if (Lo >= 0)
        {
            return this;
        }

        if (Hi <= 0)
        {
            return Negate();
        }

        return new Interval(0, Math.Max(-Lo, Hi));
    }

    public static Interval Min(Interval a, Interval b) => new(Math.Min(a.Lo, b.Lo), Math.Min(a.Hi, b.Hi));

    public static Interval Max(Interval a, Interval b) => new(Math.Max(a.Lo, b.Lo), Math.Max(a.Hi, b.Hi));

    public Interval Map(Func<double, double> increasing) => new(increasing(Lo), increasing(Hi));

    public bool Equals(Interval other) => Lo.Equals(other.Lo) && Hi.Equals(other.Hi);

    public override bool Equals(object? obj) => obj is Interval other && Equals(other);

    public override int GetHashCode() => (Lo.GetHashCode() * 397) ^ Hi.GetHashCode();

    public override string ToString() => "[" + Lo.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + ", " + Hi.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "]";

    // ∞ + (−∞) cannot happen for a sum of two lower (or two upper) ends unless one is already
    // unbounded the other way; then the end is unbounded.
    private static double Sum(double a, double b, double unbounded)
    {
        double s = a + b;
        return double.IsNaN(s) ? unbounded : s;
    }

    // 0 · ∞ = 0 here: an end that is exactly 0 bounds the product.
    private static double Product(double a, double b) => a == 0 || b == 0 ? 0 : a * b;
}
