using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Activations.Generator.Model;

/// <summary>The IDs of the <c>[Activation]</c> misuse rules (CONTRACT.md, "Diagnostics": ACT0xxx).</summary>
internal static class DiagnosticIds
{
    /// <summary>The method is not static.</summary>
    public const string MethodNotStatic = "ACT0001";

    /// <summary>A built-in kind on a method that is not a partial declaration without a body.</summary>
    public const string BuiltInKindNeedsPartialDeclaration = "ACT0002";

    /// <summary>The containing type, or an enclosing type, is not partial.</summary>
    public const string ContainingTypeNotPartial = "ACT0003";

    /// <summary>The signature is not <c>T Name(T x)</c> (custom: <c>T Name(T x, T p1, ...)</c>) with T float or double.</summary>
    public const string UnsupportedSignature = "ACT0004";

    /// <summary>The kind is null, empty or whitespace.</summary>
    public const string EmptyKind = "ACT0005";

    /// <summary>The kind is not a built-in kind.</summary>
    public const string UnknownKind = "ACT0006";

    /// <summary>Clip is explicitly set to 0, a negative number, NaN or an infinity.</summary>
    public const string InvalidClip = "ACT0007";

    /// <summary>Temperature is not a positive finite number.</summary>
    public const string InvalidTemperature = "ACT0008";

    /// <summary>Alpha, Beta or Threshold is set on a kind that does not use it (warning).</summary>
    public const string ParameterHasNoEffect = "ACT0009";

    /// <summary>Alpha, Beta or Threshold has a value the kind cannot use (warning).</summary>
    public const string InvalidParameterValue = "ACT0010";

    /// <summary>A member the generator adds collides with an existing member of the type.</summary>
    public const string GeneratedMemberCollision = "ACT0011";

    /// <summary>A custom formula (<c>[Activation]</c> without a kind) has no body.</summary>
    public const string CustomFormulaNeedsBody = "ACT0012";

    /// <summary>A custom formula uses a construct the generator cannot differentiate (reported with the construct's span).</summary>
    public const string UnsupportedFormula = "ACT0013";

    /// <summary>The key, in a diagnostic's properties, of the suggested kind for <see cref="UnknownKind"/>.</summary>
    public const string SuggestionProperty = "Suggestion";
}

/// <summary>Where, in the user's code, a <see cref="UsageProblem"/> belongs.</summary>
internal enum UsageTarget
{
    /// <summary>The method's identifier.</summary>
    MethodName,

    /// <summary>
    /// The identifier of a non-partial declaration of a containing type;
    /// <see cref="UsageProblem.Index"/> is the nesting depth (0 = the method's own type).
    /// </summary>
    ContainingTypeName,

    /// <summary>The method's type parameter list (<c>&lt;T&gt;</c>).</summary>
    TypeParameterList,

    /// <summary>The method's return type.</summary>
    ReturnType,

    /// <summary>The method's whole parameter list, <c>(...)</c> (used when it is empty).</summary>
    ParameterList,

    /// <summary>The parameter at <see cref="UsageProblem.Index"/>.</summary>
    Parameter,

    /// <summary>The parameters from <see cref="UsageProblem.Index"/> to the last one (extra parameters).</summary>
    ParametersFrom,

    /// <summary>The kind argument: <c>"sigmoid"</c> in <c>[Activation("sigmoid")]</c>.</summary>
    KindArgument,

    /// <summary>The <c>Clip = …</c> argument.</summary>
    ClipArgument,

    /// <summary>The <c>Temperature = …</c> argument.</summary>
    TemperatureArgument,

    /// <summary>The <c>Alpha = …</c> argument.</summary>
    AlphaArgument,

    /// <summary>The <c>Beta = …</c> argument.</summary>
    BetaArgument,

    /// <summary>The <c>Threshold = …</c> argument.</summary>
    ThresholdArgument,
}

/// <summary>One problem with an <c>[Activation]</c> method, free of Roslyn objects.</summary>
/// <param name="Id">One of <see cref="DiagnosticIds"/>.</param>
/// <param name="Target">Where to report it.</param>
/// <param name="MessageArgs">The arguments of the rule's message format.</param>
/// <param name="Index">For <see cref="UsageTarget.ContainingTypeName"/>: the nesting depth; for the parameter targets: the parameter index; otherwise -1.</param>
/// <param name="Suggestion">For <see cref="DiagnosticIds.UnknownKind"/>: the nearest known kind, if any.</param>
internal sealed record UsageProblem(string Id, UsageTarget Target, string[] MessageArgs, int Index = -1, string? Suggestion = null)
{
    /// <summary>False for the two warnings (<see cref="DiagnosticIds.ParameterHasNoEffect"/>, <see cref="DiagnosticIds.InvalidParameterValue"/>): the generator still emits code.</summary>
    public bool IsError => Id is not (DiagnosticIds.ParameterHasNoEffect or DiagnosticIds.InvalidParameterValue);
}

/// <summary>
/// What <c>[Activation]</c> accepts. The generator and the analyzer both call this, so they never
/// disagree on what is valid. Never throws on half-typed code: a rule whose inputs do not bind
/// (an incomplete attribute, error types) reports nothing.
/// </summary>
internal static class ActivationUsage
{
    /// <summary>The tool name the generator writes in <c>[GeneratedCode]</c> and the folder of its generated files.</summary>
    public const string GeneratorName = "Activations.Generator";

    private const string Custom = "a custom formula";

    /// <summary><c>SigmoidDerivative(float)</c>, <c>SigmoidBackward</c>.</summary>
    private static readonly SymbolDisplayFormat MemberFormat = new(
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeParameters,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeParamsRefOut,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    /// <summary>
    /// Every problem with this <c>[Activation]</c> method. Empty: valid, the generator emits everything.
    /// Only <see cref="UsageProblem.IsError"/> problems stop the generator (see <see cref="CanGenerate"/>).
    /// </summary>
    /// <param name="method">The method; a partial implementation part is analysed as its definition.</param>
    /// <param name="attribute">Its <c>[Activation]</c> attribute.</param>
    /// <param name="ct">Cancellation.</param>
    public static List<UsageProblem> Validate(IMethodSymbol method, AttributeData attribute, CancellationToken ct)
    {
        var problems = new List<UsageProblem>();
        if (method.PartialDefinitionPart is { } definition)
        {
            method = definition;
        }

        string name = method.Name;

        // Independent of the attribute's arguments.
        if (!method.IsStatic)
        {
            problems.Add(new UsageProblem(DiagnosticIds.MethodNotStatic, UsageTarget.MethodName, new[] { name }));
        }

        int depth = 0;
        for (INamedTypeSymbol? type = method.ContainingType; type is not null; type = type.ContainingType, depth++)
        {
            ct.ThrowIfCancellationRequested();
            if (type.TypeKind != TypeKind.Error && !IsPartial(type, ct))
            {
                problems.Add(new UsageProblem(
                    DiagnosticIds.ContainingTypeNotPartial, UsageTarget.ContainingTypeName, new[] { type.Name, name }, depth));
            }
        }

        // Everything else depends on the attribute: while it is half-typed, say nothing more.
        ActivationOptions options = ActivationOptions.Read(attribute);
        if (!options.IsComplete)
        {
            return problems;
        }

        bool builtIn = options.HasKindArgument;
        string? canonical = options.CanonicalKind;
        ValidateKind(options, name, problems);
        ValidateNumbers(attribute, name, canonical, builtIn, problems);

        // A signature with missing types is being typed (`static partial Sigmoid(float x)` even
        // parses `partial` as the return type): say nothing about the declaration itself.
        if (HasErrorTypes(method))
        {
            return problems;
        }

        ValidateBody(method, options, builtIn, problems, ct);
        ITypeSymbol? t = ValidateSignature(method, builtIn, problems);
        if (t is not null)
        {
            ValidateCollisions(method, t, builtIn, problems, ct);
        }

        return problems;
    }

    /// <summary>
    /// True when the generator should emit code for this method: the attribute is complete, the
    /// signature binds (no error types) and <see cref="Validate"/> finds no error (warnings allowed).
    /// </summary>
    public static bool CanGenerate(IMethodSymbol method, AttributeData attribute, CancellationToken ct)
    {
        if (!ActivationOptions.Read(attribute).IsComplete || HasErrorTypes(method.PartialDefinitionPart ?? method))
        {
            return false;
        }

        foreach (UsageProblem problem in Validate(method, attribute, ct))
        {
            if (problem.IsError)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The names of the members the generator adds for a method called <paramref name="name"/>:
    /// Name (span overload), NameDerivative, NameBackward, and with ILGPU the kernels and launchers.
    /// </summary>
    public static string[] GeneratedMemberNames(string name, bool ilgpu)
    {
        return ilgpu
            ? new[] { name, name + "Derivative", name + "Backward", name + "Kernel", name + "DerivativeKernel", name + "BackwardKernel" }
            : new[] { name, name + "Derivative", name + "Backward" };
    }

    /// <summary>
    /// True when every declaration of <paramref name="symbol"/> was written by the Activations
    /// generator: it lies in that generator's output files, or the same file applies
    /// <c>[GeneratedCode("Activations.Generator", …)]</c> to it. Per declaration, because a partial
    /// method's attributes merge: a user's definition shows the generated implementation's attribute.
    /// </summary>
    public static bool IsGeneratedByActivations(ISymbol symbol)
    {
        List<SyntaxTree>? marked = null;
        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "GeneratedCodeAttribute" } attributeClass
                && attributeClass.ContainingNamespace?.ToDisplayString() == "System.CodeDom.Compiler"
                && attribute.ConstructorArguments.Length > 0
                && attribute.ConstructorArguments[0].Value is string tool
                && tool == GeneratorName
                && attribute.ApplicationSyntaxReference is { } application)
            {
                (marked ??= new List<SyntaxTree>()).Add(application.SyntaxTree);
            }
        }

        bool any = false;
        foreach (SyntaxReference reference in symbol.DeclaringSyntaxReferences)
        {
            any = true;
            if (!IsGeneratorPath(reference.SyntaxTree.FilePath) && (marked is null || !marked.Contains(reference.SyntaxTree)))
            {
                return false;
            }
        }

        return any;
    }

    private static bool IsGeneratorPath(string? path)
    {
        if (path is null || path.Length == 0)
        {
            return false;
        }

        foreach (string segment in path.Split('/', '\\'))
        {
            if (segment == GeneratorName)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPartial(INamedTypeSymbol type, CancellationToken ct)
    {
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(ct) is TypeDeclarationSyntax declaration
                && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the user wrote a body: for a partial definition, a non-generated implementation part.</summary>
    private static bool HasUserBody(IMethodSymbol method, CancellationToken ct)
    {
        if (method.IsPartialDefinition)
        {
            return method.PartialImplementationPart is { } implementation && !IsGeneratedByActivations(implementation);
        }

        foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(ct) is BaseMethodDeclarationSyntax { Body: not null } or BaseMethodDeclarationSyntax { ExpressionBody: not null })
            {
                return true;
            }
        }

        return false;
    }

    private static void ValidateBody(IMethodSymbol method, ActivationOptions options, bool builtIn, List<UsageProblem> problems, CancellationToken ct)
    {
        bool hasBody = HasUserBody(method, ct);
        if (builtIn)
        {
            if (!method.IsPartialDefinition || hasBody)
            {
                string kind = options.CanonicalKind ?? options.Kind ?? string.Empty;
                problems.Add(new UsageProblem(
                    DiagnosticIds.BuiltInKindNeedsPartialDeclaration, UsageTarget.MethodName, new[] { method.Name, kind }));
            }
        }
        else if (!hasBody)
        {
            problems.Add(new UsageProblem(DiagnosticIds.CustomFormulaNeedsBody, UsageTarget.MethodName, new[] { method.Name }));
        }
    }

    private static void ValidateKind(ActivationOptions options, string name, List<UsageProblem> problems)
    {
        if (!options.HasKindArgument)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(options.Kind))
        {
            problems.Add(new UsageProblem(DiagnosticIds.EmptyKind, UsageTarget.KindArgument, new[] { name }));
            return;
        }

        if (options.CanonicalKind is null)
        {
            string kind = options.Kind!;
            string? suggestion = KnownKinds.Suggest(kind);
            string hint = suggestion is not null
                ? "Did you mean '" + suggestion + "'?"
                : "Use one of: " + string.Join(", ", KnownKinds.Names) + ", swish.";
            problems.Add(new UsageProblem(DiagnosticIds.UnknownKind, UsageTarget.KindArgument, new[] { kind, hint }, Suggestion: suggestion));
        }
    }

    private static void ValidateNumbers(AttributeData attribute, string name, string? canonical, bool builtIn, List<UsageProblem> problems)
    {
        foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
        {
            if (argument.Value.Kind == TypedConstantKind.Error || argument.Value.Value is null)
            {
                continue;
            }

            double value;
            try
            {
                value = Convert.ToDouble(argument.Value.Value, CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
            {
                continue;
            }

            string shown = Show(value);
            switch (argument.Key)
            {
                case "Clip":
                    if (!(value > 0) || IsInfinite(value))
                    {
                        problems.Add(new UsageProblem(DiagnosticIds.InvalidClip, UsageTarget.ClipArgument, new[] { shown, name }));
                    }

                    break;
                case "Temperature":
                    if (!(value > 0) || IsInfinite(value))
                    {
                        problems.Add(new UsageProblem(DiagnosticIds.InvalidTemperature, UsageTarget.TemperatureArgument, new[] { shown, name }));
                    }

                    break;
                case "Alpha":
                    ValidateParameter("Alpha", UsageTarget.AlphaArgument, value, shown, name, canonical, builtIn, problems);
                    break;
                case "Beta":
                    ValidateParameter("Beta", UsageTarget.BetaArgument, value, shown, name, canonical, builtIn, problems);
                    break;
                case "Threshold":
                    ValidateParameter("Threshold", UsageTarget.ThresholdArgument, value, shown, name, canonical, builtIn, problems);
                    break;
            }
        }
    }

    private static void ValidateParameter(
        string parameter, UsageTarget target, double value, string shown, string name, string? canonical, bool builtIn, List<UsageProblem> problems)
    {
        if (builtIn && canonical is null)
        {
            return; // Unknown or empty kind: that is reported already, and whether the parameter is used is unknowable.
        }

        if (!builtIn || !Uses(canonical!, parameter))
        {
            string reason = builtIn ? "kind '" + canonical + "' " + UsedParameters(canonical!) : Custom + " takes its parameters from its signature";
            problems.Add(new UsageProblem(DiagnosticIds.ParameterHasNoEffect, target, new[] { parameter, name, reason }));
            return;
        }

        string? rule = parameter switch
        {
            "Beta" when !(value > 0) || IsInfinite(value) => "Beta must be a positive finite number; remove it for the default of 1",
            "Alpha" when double.IsNaN(value) || IsInfinite(value) => "Alpha must be a finite number; remove it for the kind's default",
            "Threshold" when double.IsNaN(value) || IsInfinite(value) => "Threshold must be a finite number; remove it for no threshold",
            _ => null,
        };
        if (rule is not null)
        {
            problems.Add(new UsageProblem(DiagnosticIds.InvalidParameterValue, target, new[] { parameter, shown, name, rule }));
        }
    }

    private static bool Uses(string canonical, string parameter) => parameter switch
    {
        "Alpha" => canonical is "leaky_relu" or "elu",
        "Beta" => canonical is "silu" or "softplus",
        "Threshold" => canonical is "softplus",
        _ => false,
    };

    private static string UsedParameters(string canonical) => canonical switch
    {
        "leaky_relu" or "elu" => "uses only Alpha",
        "silu" => "uses only Beta",
        "softplus" => "uses only Beta and Threshold",
        _ => "takes no parameter",
    };

    /// <summary>Checks the signature; returns T when it is valid, else null.</summary>
    private static ITypeSymbol? ValidateSignature(IMethodSymbol method, bool builtIn, List<UsageProblem> problems)
    {
        string name = method.Name;
        string expected = builtIn
            ? "'float " + name + "(float x)' or 'double " + name + "(double x)'"
            : "'T " + name + "(T x, T p1, ...)' with T float or double (zero or more extra parameters)";
        bool valid = true;

        void Add(UsageTarget target, string reason, int index = -1)
        {
            valid = false;
            problems.Add(new UsageProblem(DiagnosticIds.UnsupportedSignature, target, new[] { name, reason, expected }, index));
        }

        if (method.IsGenericMethod)
        {
            Add(UsageTarget.TypeParameterList, "it is generic");
        }

        ITypeSymbol returnType = method.ReturnType;
        bool returnOk = !method.ReturnsByRef && !method.ReturnsByRefReadonly && IsFloatOrDouble(returnType);
        if (!returnOk)
        {
            string shown = (method.ReturnsByRefReadonly ? "ref readonly " : method.ReturnsByRef ? "ref " : string.Empty) + Display(returnType);
            Add(UsageTarget.ReturnType, "it returns '" + shown + "' instead of float or double");
        }

        var parameters = method.Parameters;
        if (method.IsVararg)
        {
            Add(UsageTarget.ParameterList, "it takes '__arglist'");
        }
        else if (parameters.Length == 0)
        {
            Add(UsageTarget.ParameterList, "it takes no parameter");
        }
        else if (builtIn && parameters.Length > 1)
        {
            Add(UsageTarget.ParametersFrom, "a built-in kind takes exactly one parameter, but it takes " + parameters.Length.ToString(CultureInfo.InvariantCulture), 1);
        }

        int checkedCount = builtIn ? Math.Min(1, parameters.Length) : parameters.Length;
        for (int i = 0; i < checkedCount; i++)
        {
            IParameterSymbol parameter = parameters[i];
            if (parameter.RefKind != RefKind.None)
            {
                Add(UsageTarget.Parameter, "parameter '" + parameter.Name + "' is passed by reference ('" + RefKindText(parameter.RefKind) + "'); take it by value", i);
            }
            else if (parameter.IsParams)
            {
                Add(UsageTarget.Parameter, "parameter '" + parameter.Name + "' is a params array", i);
            }
            else if (!IsFloatOrDouble(parameter.Type))
            {
                Add(UsageTarget.Parameter, "parameter '" + parameter.Name + "' has type '" + Display(parameter.Type) + "' instead of float or double", i);
            }
            else if (returnOk && !SymbolEqualityComparer.Default.Equals(parameter.Type, returnType))
            {
                Add(UsageTarget.Parameter, "parameter '" + parameter.Name + "' has type '" + Display(parameter.Type) + "' but the method returns '" + Display(returnType) + "'", i);
            }
        }

        return valid ? returnType : null;
    }

    private static void ValidateCollisions(IMethodSymbol method, ITypeSymbol t, bool builtIn, List<UsageProblem> problems, CancellationToken ct)
    {
        INamedTypeSymbol? type = method.ContainingType;
        if (type is null)
        {
            return;
        }

        int k = builtIn ? 0 : method.Parameters.Length - 1;
        bool ilgpu = ReferencesIlgpu(method);
        string name = method.Name;
        string extra = new string('T', k);

        // What the generator adds: name and parameter-type signature (T scalar, R ReadOnlySpan<T>,
        // S Span<T>, I Index1D, A ArrayView<T>, C Accelerator). The scalar forward is the method itself.
        var generated = new List<(string Name, string Signature)>
        {
            (name, "R" + extra + "S"),
            (name + "Derivative", "T" + extra),
            (name + "Derivative", "R" + extra + "S"),
            (name + "Backward", "R" + extra + "RS" + extra),
        };
        if (ilgpu)
        {
            generated.Add((name + "Kernel", "IA" + extra + "A"));
            generated.Add((name + "DerivativeKernel", "IA" + extra + "A"));
            generated.Add((name + "BackwardKernel", "IA" + extra + "AA"));
            generated.Add((name, "CA" + extra + "A"));
            generated.Add((name + "Derivative", "CA" + extra + "A"));
            generated.Add((name + "Backward", "CA" + extra + "AA"));
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (string memberName in GeneratedMemberNames(name, ilgpu))
        {
            ct.ThrowIfCancellationRequested();
            if (memberName != name && memberName == type.Name)
            {
                problems.Add(new UsageProblem(
                    DiagnosticIds.GeneratedMemberCollision, UsageTarget.MethodName, new[] { name, memberName, type.Name, "its own name" }));
            }

            foreach (ISymbol existing in type.GetMembers(memberName))
            {
                if (existing.IsImplicitlyDeclared || IsSelf(existing, method) || IsGeneratedByActivations(existing))
                {
                    continue;
                }

                string? clash = null;
                if (existing is IMethodSymbol other)
                {
                    if (other.MethodKind == MethodKind.Ordinary && other.Arity == 0)
                    {
                        string signature = Signature(other, t);
                        foreach ((string Name, string Signature) member in generated)
                        {
                            if (member.Name == memberName && member.Signature == signature)
                            {
                                clash = memberName + "(" + DisplaySignature(member.Signature, t) + ")";
                                break;
                            }
                        }
                    }
                }
                else if (memberName != name)
                {
                    // A field, property, event or nested type of a name the generator uses for methods.
                    clash = memberName;
                }

                if (clash is not null)
                {
                    string existingText = existing.ToDisplayString(MemberFormat);
                    if (reported.Add(clash + "|" + existingText))
                    {
                        problems.Add(new UsageProblem(
                            DiagnosticIds.GeneratedMemberCollision, UsageTarget.MethodName, new[] { name, clash, type.Name, "'" + existingText + "'" }));
                    }
                }
            }
        }
    }

    private static bool IsSelf(ISymbol existing, IMethodSymbol method)
    {
        var comparer = SymbolEqualityComparer.Default;
        return comparer.Equals(existing, method)
            || comparer.Equals(existing, method.PartialImplementationPart)
            || comparer.Equals(existing, method.PartialDefinitionPart);
    }

    private static string Signature(IMethodSymbol method, ITypeSymbol t)
    {
        var builder = new StringBuilder(method.Parameters.Length);
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            builder.Append(Classify(parameter.Type, t));
        }

        return builder.ToString();
    }

    private static char Classify(ITypeSymbol type, ITypeSymbol t)
    {
        if (SymbolEqualityComparer.Default.Equals(type, t))
        {
            return 'T';
        }

        if (type is not INamedTypeSymbol named)
        {
            return 'X';
        }

        string? ns = named.ContainingNamespace?.ToDisplayString();
        if (named.Arity == 1 && SymbolEqualityComparer.Default.Equals(named.TypeArguments[0], t))
        {
            switch (named.Name)
            {
                case "ReadOnlySpan" when ns == "System":
                    return 'R';
                case "Span" when ns == "System":
                    return 'S';
                case "ArrayView" when ns == "ILGPU":
                    return 'A';
            }
        }
        else if (named.Arity == 0)
        {
            switch (named.Name)
            {
                case "Index1D" when ns == "ILGPU":
                    return 'I';
                case "Accelerator" when ns == "ILGPU.Runtime":
                    return 'C';
            }
        }

        return 'X';
    }

    private static string DisplaySignature(string signature, ITypeSymbol t)
    {
        string tt = Display(t);
        var parts = new List<string>(signature.Length);
        foreach (char c in signature)
        {
            parts.Add(c switch
            {
                'T' => tt,
                'R' => "ReadOnlySpan<" + tt + ">",
                'S' => "Span<" + tt + ">",
                'I' => "Index1D",
                'A' => "ArrayView<" + tt + ">",
                'C' => "Accelerator",
                _ => "?",
            });
        }

        return string.Join(", ", parts);
    }

    private static bool ReferencesIlgpu(IMethodSymbol method)
        => method.ContainingAssembly is ISourceAssemblySymbol source && IlgpuTypes.AreAvailable(source.Compilation);

    private static bool HasErrorTypes(IMethodSymbol method)
    {
        if (IsError(method.ReturnType))
        {
            return true;
        }

        foreach (IParameterSymbol parameter in method.Parameters)
        {
            if (IsError(parameter.Type))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsError(ITypeSymbol? type) => type is null or { TypeKind: TypeKind.Error };

    private static bool IsFloatOrDouble(ITypeSymbol type) => type.SpecialType is SpecialType.System_Single or SpecialType.System_Double;

    private static bool IsInfinite(double value) => double.IsInfinity(value);

    private static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);

    private static string RefKindText(RefKind kind) => kind switch
    {
        RefKind.Ref => "ref",
        RefKind.Out => "out",
        RefKind.In => "in",
        _ => "ref readonly",
    };

    private static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
