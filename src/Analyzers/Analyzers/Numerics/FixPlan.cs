using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Activations.Analyzers.Numerics;

/// <summary>A replacement expression, described over operations of the analysed code (rendered by the code fix).</summary>
internal abstract class Rx
{
}

/// <summary>Where a called function lives.</summary>
internal enum RuntimeClass
{
    /// <summary>Activations.ActivationMath.</summary>
    ActivationMath,

    /// <summary>Activations.Losses.</summary>
    Losses,

    /// <summary>System.Math (System.MathF in float).</summary>
    Math,
}

/// <summary>A call to a runtime function; float or double follows the type it replaces.</summary>
internal sealed class RxCall : Rx
{
    public RxCall(RuntimeClass container, string name, params Rx[] arguments)
    {
        Container = container;
        Name = name;
        Arguments = arguments;
    }

    public RuntimeClass Container { get; }

    public string Name { get; }

    public IReadOnlyList<Rx> Arguments { get; }
}

/// <summary>A logit, written from its base operation.</summary>
internal sealed class RxLogit : Rx
{
    public RxLogit(Logit logit) => Logit = logit;

    public Logit Logit { get; }
}

/// <summary>An operation of the analysed code, written as it is.</summary>
internal sealed class RxOperation : Rx
{
    public RxOperation(IOperation operation) => Operation = operation;

    public IOperation Operation { get; }
}

/// <summary>−inner.</summary>
internal sealed class RxNegate : Rx
{
    public RxNegate(Rx inner) => Inner = inner;

    public Rx Inner { get; }
}

/// <summary>f1 · f2 · ...</summary>
internal sealed class RxProduct : Rx
{
    public RxProduct(IReadOnlyList<Rx> factors) => Factors = factors;

    public IReadOnlyList<Rx> Factors { get; }
}

/// <summary>±t1 ± t2 ...</summary>
internal sealed class RxSum : Rx
{
    public RxSum(IReadOnlyList<(bool Negative, Rx Term)> terms) => Terms = terms;

    public IReadOnlyList<(bool Negative, Rx Term)> Terms { get; }
}

/// <summary>condition ? whenTrue : whenFalse, the condition written as it is.</summary>
internal sealed class RxConditional : Rx
{
    public RxConditional(IOperation condition, Rx whenTrue, Rx whenFalse)
    {
        Condition = condition;
        WhenTrue = whenTrue;
        WhenFalse = whenFalse;
    }

    public IOperation Condition { get; }

    public Rx WhenTrue { get; }

    public Rx WhenFalse { get; }
}

/// <summary>How to fix one finding: replace <see cref="Target"/> with <see cref="Replacement"/>.</summary>
internal sealed class FixPlan
{
    public FixPlan(IOperation target, Rx replacement, string title)
    {
        Target = target;
        Replacement = replacement;
        Title = title;
    }

    public IOperation Target { get; }

    public Rx Replacement { get; }

    public string Title { get; }
}

/// <summary>One diagnostic to report, with its fix when there is one.</summary>
internal sealed class Finding
{
    public Finding(DiagnosticDescriptor descriptor, IOperation location, FixPlan? fix, params object[] arguments)
    {
        Descriptor = descriptor;
        Location = location;
        Fix = fix;
        Arguments = arguments;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public IOperation Location { get; }

    public FixPlan? Fix { get; }

    public object[] Arguments { get; }
}
