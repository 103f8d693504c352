using System.Globalization;

namespace Activations.Tests.Infrastructure;

/// <summary>One row of a reference file: x and the exact values printed as decimal strings.</summary>
public sealed record ReferenceRow(string Function, string X, string Y, string? Dy)
{
    public double XDouble => Parse.Double(X);

    public float XSingle
    {
        get
        {
            float x = Parse.Single(X);
            // Every reference x is exactly a float, so the same rows serve float and double.
            if (!double.IsNaN(x) && (double)x != XDouble)
            {
                throw new InvalidDataException($"x = {X} is not a float.");
            }

            return x;
        }
    }

    /// <summary>The exact y rounded to double (a decimal parse is correctly rounded).</summary>
    public double YDouble => Parse.Double(Y);

    /// <summary>The exact y rounded to float directly from the decimal (no double rounding).</summary>
    public float YSingle => Parse.Single(Y);

    public double DyDouble => Parse.Double(Dy ?? throw new InvalidOperationException("no dy column"));

    public float DySingle => Parse.Single(Dy ?? throw new InvalidOperationException("no dy column"));
}

/// <summary>Loads the csv files copied next to the test assembly (tests/reference and Data).</summary>
public static class ReferenceData
{
    private static readonly Lazy<IReadOnlyList<ReferenceRow>> s_activations =
        new(() => Load(Path.Combine("reference", "activations.csv"), hasDy: true));

    private static readonly Lazy<IReadOnlyList<ReferenceRow>> s_elementary =
        new(() => Load(Path.Combine("Data", "elementary.csv"), hasDy: false));

    private static readonly Lazy<IReadOnlyList<ReferenceRow>> s_special =
        new(() => Load(Path.Combine("Data", "special.csv"), hasDy: false));

    /// <summary>tests/reference/activations.csv: function,x,y,dy.</summary>
    public static IReadOnlyList<ReferenceRow> Activations => s_activations.Value;

    /// <summary>Data/elementary.csv: function,x,y for exp, expm1 and log1p.</summary>
    public static IReadOnlyList<ReferenceRow> Elementary => s_elementary.Value;

    /// <summary>
    /// Data/special.csv: function,x,y for tanh, tanh', normal_cdf, normal_pdf, gelu, gelu', gelu_tanh,
    /// gelu_tanh', mish and mish' (mpmath, Data/generate_special.py). Rows of "f" have float x; rows of
    /// "f:double" have x that are doubles but not floats.
    /// </summary>
    public static IReadOnlyList<ReferenceRow> Special => s_special.Value;

    /// <summary>The float-x rows of one function of special.csv, and with <paramref name="doubles"/> its double-only rows too.</summary>
    public static IReadOnlyList<ReferenceRow> SpecialFunction(string function, bool doubles = false)
    {
        var rows = Select(Special, function);
        return doubles ? rows.Concat(Select(Special, function + ":double")).ToArray() : rows;
    }

    /// <summary>The rows of one function of activations.csv (throws if there are none).</summary>
    public static IReadOnlyList<ReferenceRow> Activation(string function) => Select(Activations, function);

    /// <summary>The rows of one function of elementary.csv (throws if there are none).</summary>
    public static IReadOnlyList<ReferenceRow> ElementaryFunction(string function) => Select(Elementary, function);

    private static IReadOnlyList<ReferenceRow> Select(IReadOnlyList<ReferenceRow> rows, string function)
    {
        ReferenceRow[] selected = rows.Where(r => r.Function == function).ToArray();
        if (selected.Length < 100)
        {
            throw new InvalidDataException($"Only {selected.Length} reference rows for '{function}'.");
        }

        return selected;
    }

    private static IReadOnlyList<ReferenceRow> Load(string relativePath, bool hasDy)
    {
        string path = Path.Combine(AppContext.BaseDirectory, relativePath);
        string[] lines = File.ReadAllLines(path);
        var rows = new List<ReferenceRow>(lines.Length);
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            string[] f = lines[i].Split(',');
            if (f.Length != (hasDy ? 4 : 3))
            {
                throw new InvalidDataException($"{relativePath}:{i + 1}: {lines[i]}");
            }

            rows.Add(new ReferenceRow(f[0], f[1], f[2], hasDy ? f[3] : null));
        }

        return rows;
    }
}

/// <summary>Parses the reference numbers, including nan / inf spellings.</summary>
public static class Parse
{
    public static double Double(string s) => s.Trim().ToLowerInvariant() switch
    {
        "nan" or "-nan" => double.NaN,
        "inf" or "+inf" or "infinity" => double.PositiveInfinity,
        "-inf" or "-infinity" => double.NegativeInfinity,
        string t => double.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    public static float Single(string s) => s.Trim().ToLowerInvariant() switch
    {
        "nan" or "-nan" => float.NaN,
        "inf" or "+inf" or "infinity" => float.PositiveInfinity,
        "-inf" or "-infinity" => float.NegativeInfinity,
        string t => float.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture),
    };
}
