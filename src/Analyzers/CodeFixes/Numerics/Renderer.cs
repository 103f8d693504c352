using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Activations.Analyzers.Numerics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Activations.CodeFixes.Numerics;

/// <summary>A piece of rendered C#: its text, how tightly it binds, and its type.</summary>
internal sealed class Rendered
{
    public Rendered(string text, int precedence, SpecialType type)
    {
        Text = text;
        Precedence = precedence;
        Type = type;
    }

    public string Text { get; }

    public int Precedence { get; }

    public SpecialType Type { get; }
}

/// <summary>
/// Writes a <see cref="Rx"/> as C# text at a position of a document: names the runtime classes
/// as they resolve there (adding <c>using Activations;</c> when they do not resolve at all),
/// parenthesizes by precedence, and keeps float code in float (a float argument of a double
/// computation is cast, a double result in a float position is cast back).
/// </summary>
internal sealed class Renderer
{
    public const int Primary = 3;
    public const int Unary = 2;
    public const int Multiplicative = 1;
    public const int Additive = 0;
    public const int Lowest = -20;

    private readonly SemanticModel _model;
    private readonly int _position;
    private readonly CancellationToken _ct;

    public Renderer(SemanticModel model, int position, CancellationToken ct)
    {
        _model = model;
        _position = position;
        _ct = ct;
    }

    /// <summary>The Activations namespace is not imported here: the fix must add the using.</summary>
    public bool NeedsUsing { get; private set; }

    /// <summary>A runtime class is missing from the compilation (no fix then).</summary>
    public bool Failed { get; private set; }

    public static int BinaryPrecedence(SyntaxKind kind) => kind switch
    {
        SyntaxKind.MultiplyExpression or SyntaxKind.DivideExpression or SyntaxKind.ModuloExpression => Multiplicative,
        SyntaxKind.AddExpression or SyntaxKind.SubtractExpression => Additive,
        SyntaxKind.LeftShiftExpression or SyntaxKind.RightShiftExpression => -1,
        SyntaxKind.LessThanExpression or SyntaxKind.GreaterThanExpression or SyntaxKind.LessThanOrEqualExpression or SyntaxKind.GreaterThanOrEqualExpression or SyntaxKind.IsExpression or SyntaxKind.AsExpression => -2,
        SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression => -3,
        SyntaxKind.BitwiseAndExpression => -4,
        SyntaxKind.ExclusiveOrExpression => -5,
        SyntaxKind.BitwiseOrExpression => -6,
        SyntaxKind.LogicalAndExpression => -7,
        SyntaxKind.LogicalOrExpression => -8,
        SyntaxKind.CoalesceExpression => -9,
        _ => Lowest,
    };

    public Rendered? Render(Rx rx, SpecialType desired)
    {
        switch (rx)
        {
            case RxOperation operation:
                return Operation(operation.Operation);
            case RxLogit logit:
                return Logit(logit.Logit);
            case RxNegate negate:
                Rendered? inner = Render(negate.Inner, desired);
                return inner is null ? null : new Rendered("-" + Wrap(inner, Unary, noSign: true), Unary, inner.Type);
            case RxProduct product:
                var factors = new List<Rendered>();
                foreach (Rx factor in product.Factors)
                {
                    Rendered? f = Render(factor, desired);
                    if (f is null)
                    {
                        return null;
                    }

                    factors.Add(f);
                }

                string text = string.Join(" * ", factors.Select((f, i) => Wrap(f, i == 0 ? Multiplicative : Unary)));
                return new Rendered(text, Multiplicative, Widest(factors.Select(f => f.Type)));
            case RxSum sum:
                var terms = new List<string>();
                var types = new List<SpecialType>();
                for (int i = 0; i < sum.Terms.Count; i++)
                {
                    Rendered? t = Render(sum.Terms[i].Term, desired);
                    if (t is null)
                    {
                        return null;
                    }

                    types.Add(t.Type);
                    bool negative = sum.Terms[i].Negative;
                    terms.Add(i == 0
                        ? (negative ? "-" + Wrap(t, Unary, noSign: true) : Wrap(t, Additive))
                        : (negative ? " - " : " + ") + Wrap(t, Multiplicative));
                }

                return new Rendered(string.Concat(terms), Additive, Widest(types));
            case RxCall call:
                return Call(call, desired);
            case RxConditional conditional:
                Rendered condition = Operation(conditional.Condition);
                Rendered? whenTrue = Render(conditional.WhenTrue, desired);
                Rendered? whenFalse = Render(conditional.WhenFalse, desired);
                return whenTrue is null || whenFalse is null
                    ? null
                    : new Rendered(Wrap(condition, -9) + " ? " + whenTrue.Text + " : " + whenFalse.Text, Lowest, Widest(new[] { whenTrue.Type, whenFalse.Type }));
            default:
                return null;
        }
    }

    private Rendered? Call(RxCall call, SpecialType desired)
    {
        var arguments = new List<Rendered>();
        foreach (Rx argument in call.Arguments)
        {
            Rendered? a = Render(argument, desired);
            if (a is null)
            {
                return null;
            }

            arguments.Add(a);
        }

        // Computed in the type it replaces; in double when a double argument is involved.
        SpecialType computed = desired == SpecialType.System_Single && arguments.All(a => a.Type != SpecialType.System_Double)
            ? SpecialType.System_Single
            : SpecialType.System_Double;
        IEnumerable<string> texts = arguments.Select(a => computed == SpecialType.System_Double && a.Type == SpecialType.System_Single
            ? "(double)" + Wrap(a, Unary)
            : a.Text);

        string target;
        bool castResult = computed == SpecialType.System_Double && desired == SpecialType.System_Single;
        switch (call.Container)
        {
            case RuntimeClass.ActivationMath:
                target = Runtime("ActivationMath");
                break;
            case RuntimeClass.Losses:
                target = Runtime("Losses");
                break;
            default:
                if (computed == SpecialType.System_Single && _model.Compilation.GetTypeByMetadataName("System.MathF") is not null)
                {
                    target = SystemType("MathF");
                }
                else
                {
                    target = SystemType("Math");
                    castResult = desired == SpecialType.System_Single;
                    if (castResult && computed == SpecialType.System_Single)
                    {
                        computed = SpecialType.System_Double;
                    }
                }

                break;
        }

        string text = target + "." + call.Name + "(" + string.Join(", ", texts) + ")";
        return castResult
            ? new Rendered("(float)" + text, Unary, SpecialType.System_Single)
            : new Rendered(text, Primary, computed);
    }

    private Rendered Operation(IOperation operation)
    {
        SyntaxNode syntax = operation.Syntax;
        if (syntax is ArgumentSyntax argument)
        {
            syntax = argument.Expression;
        }

        SpecialType type = syntax is ExpressionSyntax expression
            ? _model.GetTypeInfo(expression, _ct).Type?.SpecialType ?? SpecialType.None
            : SpecialType.None;
        if (type == SpecialType.None)
        {
            type = operation.Type?.SpecialType ?? SpecialType.None;
        }

        return new Rendered(syntax.WithoutTrivia().ToFullString(), Precedence(syntax), type);
    }

    private Rendered Logit(Logit logit)
    {
        Rendered @base = Operation(logit.Base);
        double factor = logit.HasTransform ? logit.Factor : logit.Factor * logit.Sign;
        Rendered linear = factor switch
        {
            1 => @base,
            -1 => new Rendered("-" + Wrap(@base, Unary, noSign: true), Unary, @base.Type),
            0.5 => new Rendered(Wrap(@base, Multiplicative) + " / 2", Multiplicative, @base.Type),
            -0.5 => new Rendered("-" + Wrap(@base, Unary, noSign: true) + " / 2", Multiplicative, @base.Type),
            _ => new Rendered(Literal(factor, @base.Type) + " * " + Wrap(@base, Unary), Multiplicative, @base.Type),
        };
        if (!logit.HasTransform)
        {
            return linear;
        }

        SpecialType type = logit.TransformType?.SpecialType ?? SpecialType.System_Double;
        Rendered result = linear;
        if (logit.Clip > 0)
        {
            result = new Rendered(
                SystemType("Math") + ".Clamp(" + linear.Text + ", " + Literal(-logit.Clip, type) + ", " + Literal(logit.Clip, type) + ")",
                Primary,
                type);
        }

        if (logit.Temperature != 1)
        {
            result = new Rendered(Wrap(result, Multiplicative) + " / " + Literal(logit.Temperature, type), Multiplicative, type);
        }

        return logit.Sign < 0 ? new Rendered("-" + Wrap(result, Unary, noSign: true), Unary, type) : result;
    }

    private static string Literal(double value, SpecialType type)
    {
        string text = value == System.Math.Floor(value) && System.Math.Abs(value) < 1e15
            ? value.ToString("0", CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);
        if (type == SpecialType.System_Single)
        {
            return text + "f";
        }

        return text.IndexOf('.') >= 0 || text.IndexOf('E') >= 0 || text.IndexOf('e') >= 0 ? text : text + ".0";
    }

    private static string Wrap(Rendered rendered, int precedence, bool noSign = false)
    {
        bool signed = noSign && (rendered.Text.StartsWith("-", System.StringComparison.Ordinal) || rendered.Text.StartsWith("+", System.StringComparison.Ordinal));
        return rendered.Precedence < precedence || signed ? "(" + rendered.Text + ")" : rendered.Text;
    }

    private static SpecialType Widest(IEnumerable<SpecialType> types)
        => types.Any(t => t == SpecialType.System_Double) ? SpecialType.System_Double
            : types.Any(t => t == SpecialType.System_Single) ? SpecialType.System_Single
            : SpecialType.System_Double;

    private static int Precedence(SyntaxNode syntax) => syntax switch
    {
        IdentifierNameSyntax or GenericNameSyntax or LiteralExpressionSyntax or InvocationExpressionSyntax or MemberAccessExpressionSyntax
            or ElementAccessExpressionSyntax or ParenthesizedExpressionSyntax or ThisExpressionSyntax or PostfixUnaryExpressionSyntax
            or ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax or QualifiedNameSyntax or PredefinedTypeSyntax => Primary,
        PrefixUnaryExpressionSyntax or CastExpressionSyntax => Unary,
        BinaryExpressionSyntax binary => BinaryPrecedence(binary.Kind()),
        _ => Lowest,
    };

    // ActivationMath / Losses as they resolve at the position: the simple name when it already
    // means ours, the simple name plus a using when nothing by that name is in scope, else global::.
    private string Runtime(string name)
    {
        INamedTypeSymbol? type = _model.Compilation.GetTypeByMetadataName("Activations." + name);
        if (type is null)
        {
            Failed = true;
            return name;
        }

        var found = _model.LookupNamespacesAndTypes(_position, name: name);
        if (found.Length == 1 && SymbolEqualityComparer.Default.Equals(found[0], type))
        {
            return name;
        }

        if (found.Length == 0)
        {
            NeedsUsing = true;
            return name;
        }

        return "global::Activations." + name;
    }

    private string SystemType(string name)
    {
        INamedTypeSymbol? type = _model.Compilation.GetTypeByMetadataName("System." + name);
        var found = _model.LookupNamespacesAndTypes(_position, name: name);
        if (type is not null && found.Length == 1 && SymbolEqualityComparer.Default.Equals(found[0], type))
        {
            return name;
        }

        var system = _model.LookupNamespacesAndTypes(_position, name: "System");
        return system.Length == 1 && system[0] is INamespaceSymbol { ContainingNamespace.IsGlobalNamespace: true }
            ? "System." + name
            : "global::System." + name;
    }
}
