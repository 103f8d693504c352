using Activations.Generator.Model;

namespace Activations.Generator.Emit;

/// <summary>
/// The facts about one activation's generated members that emitters beyond the CPU one need.
/// The scalar members <c>Name(T)</c> and <c>NameDerivative(T)</c> always exist when this is handed out.
/// </summary>
/// <param name="Method">The model of the user's method (name, accessibility, containing types…).</param>
/// <param name="ElementType">"float" or "double".</param>
/// <param name="Cref">An XML doc <c>&lt;see cref&gt;</c> to the forward.</param>
/// <param name="UniquePrefix">A prefix unique to this method within its file (containing types and name), for helper type names.</param>
internal sealed record GeneratedActivation(ActivationMethod Method, string ElementType, string Cref, string UniquePrefix);
