namespace Activations.Generator.Model;

/// <summary>
/// Everything the emitter needs about one <c>[Activation]</c> method, as plain equatable data
/// (no symbols, syntax or locations), so an unrelated edit leaves the pipeline cached.
/// </summary>
/// <param name="HintName">Unique file name of the generated source.</param>
/// <param name="Namespace">The containing namespace, or null for the global namespace.</param>
/// <param name="ContainingTypes">Outermost first.</param>
/// <param name="Name">The method's name.</param>
/// <param name="Accessibility">The method's accessibility keywords ("public", "internal", …).</param>
/// <param name="ElementType">"float" or "double" (meaningful only when <see cref="IsValid"/>).</param>
/// <param name="Options">The attribute's values.</param>
/// <param name="IsValid">True when no ACT0xxx error applies: everything is generated.</param>
/// <param name="UserDocumented">The user's declaration has its own XML doc comment (the implementation part then adds none, so the user's text is what IntelliSense shows).</param>
/// <param name="CustomFormula">For <c>[Activation]</c> without a kind: the method's own formula, read and stabilized; null for a built-in kind.</param>
/// <param name="Parameters">For a custom formula: the names of the parameters after x, in order.</param>
/// <param name="Stub">
/// For an invalid method that is a <c>partial</c> declaration without body inside partial types:
/// the signature of a throwing implementation, so the compiler's CS8795 does not hide the ACT0xxx
/// error that explains the problem. Null otherwise.
/// </param>
internal sealed record ActivationMethod(
    string HintName,
    string? Namespace,
    EquatableArray<ContainingType> ContainingTypes,
    string Name,
    string Accessibility,
    string ElementType,
    ActivationOptions Options,
    bool IsValid,
    bool UserDocumented,
    Ir.Expr? CustomFormula,
    EquatableArray<string> Parameters,
    string? Stub);

/// <summary>A type that contains the method: "partial {Keyword} {Name}{TypeParameters}".</summary>
internal sealed record ContainingType(string Keyword, string Name, string TypeParameters);
