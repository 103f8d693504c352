using System;

namespace Activations.Generator.Model;

/// <summary>
/// The names of the built-in kinds of CONTRACT.md, matched case-insensitively (<c>swish</c> is an
/// alias of <c>silu</c>). Shared by the generator and the analyzers so they never disagree.
/// </summary>
internal static class KnownKinds
{
    /// <summary>Canonical names, in the contract's order.</summary>
    public static readonly string[] Names =
    {
        "sigmoid", "hard_sigmoid", "log_sigmoid", "tanh", "relu", "leaky_relu", "elu", "selu",
        "gelu", "gelu_tanh", "silu", "softplus", "mish", "softsign",
    };

    /// <summary>Maps a user's spelling to the canonical name, or returns <see langword="null"/>.</summary>
    public static string? Normalize(string? kind)
    {
        if (kind is null)
        {
            return null;
        }

        string trimmed = kind.Trim();
        if (string.Equals(trimmed, "swish", StringComparison.OrdinalIgnoreCase))
        {
            return "silu";
        }

        foreach (string name in Names)
        {
            if (string.Equals(trimmed, name, StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The known name nearest to <paramref name="kind"/> (edit distance), or null when none is close.</summary>
    public static string? Suggest(string kind)
    {
        string lowered = kind.Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string name in Names)
        {
            int distance = EditDistance(lowered, name);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = name;
            }
        }

        int swishDistance = EditDistance(lowered, "swish");
        if (swishDistance < bestDistance)
        {
            bestDistance = swishDistance;
            best = "swish";
        }

        // Suggest only when the name is plausibly a typo: at most a third of it differs.
        return bestDistance <= Math.Max(2, lowered.Length / 3) ? best : null;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
