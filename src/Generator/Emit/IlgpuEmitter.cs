namespace Activations.Generator.Emit;

/// <summary>
/// The ILGPU members of CONTRACT.md (kernels and launchers), emitted only when the compilation has
/// ILGPU's types. The kernels call the same scalar formulas as the CPU members.
/// </summary>
/// <remarks>
/// <para>Everything is written inside the user's type, so it works whatever the type's accessibility
/// (a private nested type included): a launcher in another type could not name the kernel. The
/// per-accelerator kernel cache lives in a private nested static class whose name is derived from
/// the containing types, the method's name and the element type, so methods of one type (and the
/// float and double overloads of one name) never clash; inside a generic type it is per
/// instantiation, as the kernels are.</para>
/// <para>The cache is a <c>ConditionalWeakTable</c> keyed by the accelerator: an entry (and the
/// loaded kernel, which the accelerator owns and disposes) goes away with the accelerator. Loading
/// is double-checked under a lock, so a kernel is compiled once per accelerator, and a failed load
/// is not cached.</para>
/// <para>The generated code calls no ILGPU API annotated for trimming or AOT (ILGPU 1.5.3 has no such
/// annotations) and uses no reflection of its own, so it adds no IL2xxx/IL3xxx warning.</para>
/// </remarks>
internal static class IlgpuEmitter
{
    private const string Index = "global::ILGPU.Index1D";
    private const string AcceleratorType = "global::ILGPU.Runtime.Accelerator";
    private const string Stream = "global::ILGPU.Runtime.AcceleratorStream";
    private const string Loaders = "global::ILGPU.Runtime.KernelLoaders";

    private const string AlgorithmsHint =
        "The kernel needs no ILGPU.Algorithms: e^x and ln x come from <c>ActivationMath</c>'s software implementation (range reduction and a polynomial), "
        + "so CUDA evaluates the same formula as the CPU, without <c>ex2.approx</c> or <c>lg2.approx</c>; a plain <c>Context.Create(b =&gt; b.Default())</c> works on CUDA, OpenCL and the CPU accelerator.";

    private const string Asynchronous =
        "The launch is asynchronous, on <c>accelerator.DefaultStream</c>: synchronize (<c>accelerator.Synchronize()</c>) or copy the result back before reading it on the host. "
        + "The kernel is compiled on the first call for each accelerator and cached for the accelerator's lifetime (thread-safe; the cache does not keep a disposed accelerator alive).";

    /// <summary>Writes the kernel and launcher members inside the user's type.</summary>
    /// <remarks>
    /// Nothing is written for a custom formula with parameters: CONTRACT.md gives its backward the
    /// parameters' gradients summed over the input, which a per-element kernel cannot return.
    /// </remarks>
    public static void WriteMembers(SourceWriter writer, GeneratedActivation activation)
    {
        if (activation.Method.Parameters.Count > 0)
        {
            return;
        }

        new Members(activation).Write(writer);
    }

    private sealed class Members
    {
        private readonly GeneratedActivation activation;
        private readonly string t;
        private readonly string view;
        private readonly string cache;
        private readonly string unaryLauncher;
        private readonly string binaryLauncher;

        public Members(GeneratedActivation activation)
        {
            this.activation = activation;
            t = activation.ElementType;
            view = "global::ILGPU.ArrayView<" + t + ">";
            cache = "__ActivationsIlgpu_" + activation.UniquePrefix.Replace("@", string.Empty) + "_" + t;
            unaryLauncher = "global::System.Action<" + Stream + ", " + Index + ", " + view + ", " + view + ">";
            binaryLauncher = "global::System.Action<" + Stream + ", " + Index + ", " + view + ", " + view + ", " + view + ">";
        }

        private string Name => activation.Method.Name;

        private string Access => activation.Method.Accessibility;

        private string Cref => activation.Cref;

        private string ViewCref => "global::ILGPU.ArrayView{" + t + "}";

        private string KernelCref(string suffix, bool binary) =>
            "<see cref=\"" + Name + suffix + "Kernel(global::ILGPU.Index1D, " + ViewCref + ", " + ViewCref + (binary ? ", " + ViewCref : string.Empty) + ")\"/>";

        public void Write(SourceWriter w)
        {
            WriteKernels(w);
            w.Line();
            WriteLaunchers(w);
            w.Line();
            WriteCache(w);
        }

        private void WriteKernels(SourceWriter w)
        {
            string remarks = "<remarks>An ILGPU kernel (implicitly grouped, one thread per element) for your own launches; the launcher that takes an accelerator loads and caches it for you. "
                + AlgorithmsHint + "</remarks>\n<param name=\"i\">The index of the element.</param>\n";

            w.Doc("<summary>\nComputes one element of " + Cref + " on an accelerator: <c>destination[i] = f(x[i])</c>.\n</summary>\n" + remarks
                + "<param name=\"x\">The inputs.</param>\n<param name=\"destination\">Receives f(x).</param>");
            w.Line(ActivationEmitter.GeneratedCode);
            using (w.Block(Access + " static void " + Name + "Kernel(" + Index + " i, " + view + " x, " + view + " destination)"))
            {
                w.Line("destination[i] = " + Name + "(x[i]);");
            }

            w.Line();
            w.Doc("<summary>\nComputes one element of the derivative of " + Cref + " on an accelerator: <c>destination[i] = f'(x[i])</c>.\n</summary>\n" + remarks
                + "<param name=\"x\">The inputs.</param>\n<param name=\"destination\">Receives f'(x).</param>");
            w.Line(ActivationEmitter.GeneratedCode);
            using (w.Block(Access + " static void " + Name + "DerivativeKernel(" + Index + " i, " + view + " x, " + view + " destination)"))
            {
                w.Line("destination[i] = " + Name + "Derivative(x[i]);");
            }

            w.Line();
            w.Doc("<summary>\nBackpropagates one element through " + Cref + " on an accelerator: <c>destination[i] = gradient[i]·f'(x[i])</c>.\n</summary>\n" + remarks
                + "<param name=\"x\">The inputs the forward pass saw.</param>\n<param name=\"gradient\">The loss gradient with respect to f(x).</param>\n<param name=\"destination\">Receives the loss gradient with respect to x.</param>");
            w.Line(ActivationEmitter.GeneratedCode);
            using (w.Block(Access + " static void " + Name + "BackwardKernel(" + Index + " i, " + view + " x, " + view + " gradient, " + view + " destination)"))
            {
                w.Line("destination[i] = gradient[i] * " + Name + "Derivative(x[i]);");
            }
        }

        private void WriteLaunchers(SourceWriter w)
        {
            string remarks = "<remarks>\n" + Asynchronous + "\n" + AlgorithmsHint + "\n</remarks>\n";
            string accelerator = "<param name=\"accelerator\">The accelerator that owns the views.</param>\n";
            string exceptions =
                "<exception cref=\"global::System.ArgumentNullException\"><paramref name=\"accelerator\"/> is null.</exception>\n"
                + "<exception cref=\"global::System.InvalidOperationException\">The backend cannot compile the kernel because it lacks an intrinsic the kernel uses; the message names <c>EnableAlgorithms()</c>, which provides the missing ones.</exception>";
            string shorter = "<exception cref=\"global::System.ArgumentException\"><paramref name=\"destination\"/> is shorter than <paramref name=\"x\"/>.</exception>\n";

            w.Doc("<summary>\nLaunches " + KernelCref(string.Empty, binary: false) + " on <paramref name=\"accelerator\"/>: <c>destination[i] = f(x[i])</c> of " + Cref + " for each element of <paramref name=\"x\"/>.\n</summary>\n"
                + remarks + accelerator
                + "<param name=\"x\">The inputs.</param>\n<param name=\"destination\">Receives f(x); at least as long as <paramref name=\"x\"/>; may be the very same view as <paramref name=\"x\"/> (in place).</param>\n"
                + shorter + exceptions);
            w.Line(ActivationEmitter.GeneratedCode);
            w.Line(Access + " static void " + Name + "(" + AcceleratorType + " accelerator, " + view + " x, " + view + " destination)");
            w.Line("    => " + cache + ".Forward(accelerator, x, destination);");
            w.Line();

            w.Doc("<summary>\nLaunches " + KernelCref("Derivative", binary: false) + " on <paramref name=\"accelerator\"/>: <c>destination[i] = f'(x[i])</c> of " + Cref + " for each element of <paramref name=\"x\"/>.\n</summary>\n"
                + remarks + accelerator
                + "<param name=\"x\">The inputs.</param>\n<param name=\"destination\">Receives f'(x); at least as long as <paramref name=\"x\"/>; may be the very same view as <paramref name=\"x\"/> (in place).</param>\n"
                + shorter + exceptions);
            w.Line(ActivationEmitter.GeneratedCode);
            w.Line(Access + " static void " + Name + "Derivative(" + AcceleratorType + " accelerator, " + view + " x, " + view + " destination)");
            w.Line("    => " + cache + ".Derivative(accelerator, x, destination);");
            w.Line();

            w.Doc("<summary>\nLaunches " + KernelCref("Backward", binary: true) + " on <paramref name=\"accelerator\"/>: <c>destination[i] = gradient[i]·f'(x[i])</c> of " + Cref + " for each element of <paramref name=\"x\"/>.\n</summary>\n"
                + remarks + accelerator
                + "<param name=\"x\">The inputs the forward pass saw.</param>\n<param name=\"gradient\">The loss gradient with respect to f(x); as long as <paramref name=\"x\"/>.</param>\n"
                + "<param name=\"destination\">Receives the loss gradient with respect to x; at least as long as <paramref name=\"x\"/>; may be the very same view as an input (in place).</param>\n"
                + "<exception cref=\"global::System.ArgumentException\"><paramref name=\"gradient\"/> and <paramref name=\"x\"/> differ in length, or <paramref name=\"destination\"/> is shorter.</exception>\n"
                + exceptions);
            w.Line(ActivationEmitter.GeneratedCode);
            w.Line(Access + " static void " + Name + "Backward(" + AcceleratorType + " accelerator, " + view + " x, " + view + " gradient, " + view + " destination)");
            w.Line("    => " + cache + ".Backward(accelerator, x, gradient, destination);");
        }

        private void WriteCache(SourceWriter w)
        {
            const string Cwt = "global::System.Runtime.CompilerServices.ConditionalWeakTable";
            string unaryTable = Cwt + "<" + AcceleratorType + ", " + unaryLauncher + ">";
            string binaryTable = Cwt + "<" + AcceleratorType + ", " + binaryLauncher + ">";
            string loadPrefix = "static target => " + Loaders + ".LoadAutoGroupedKernel<" + Index + ", " + view + ", " + view;

            w.Doc("<summary>The ILGPU kernels of " + Cref + ", loaded once per accelerator, and their launches.</summary>");
            w.Line(ActivationEmitter.GeneratedCode);
            using (w.Block("private static class " + cache))
            {
                w.Line("private static readonly " + unaryTable + " forward = new();");
                w.Line("private static readonly " + unaryTable + " derivative = new();");
                w.Line("private static readonly " + binaryTable + " backward = new();");
                w.Line();

                w.Doc("<summary>Checks the arguments, then launches the forward kernel on the default stream.</summary>");
                using (w.Block("public static void Forward(" + AcceleratorType + " accelerator, " + view + " x, " + view + " destination)"))
                {
                    WriteUnaryLaunch(w, "forward", Name + "Kernel", loadPrefix + ">(target, " + Name + "Kernel)");
                }

                w.Line();
                w.Doc("<summary>Checks the arguments, then launches the derivative kernel on the default stream.</summary>");
                using (w.Block("public static void Derivative(" + AcceleratorType + " accelerator, " + view + " x, " + view + " destination)"))
                {
                    WriteUnaryLaunch(w, "derivative", Name + "DerivativeKernel", loadPrefix + ">(target, " + Name + "DerivativeKernel)");
                }

                w.Line();
                w.Doc("<summary>Checks the arguments, then launches the backward kernel on the default stream.</summary>");
                using (w.Block("public static void Backward(" + AcceleratorType + " accelerator, " + view + " x, " + view + " gradient, " + view + " destination)"))
                {
                    WriteNullCheck(w);
                    using (w.Block("if (gradient.Length != x.Length)"))
                    {
                        w.Line("throw new global::System.ArgumentException(\"The gradient must be as long as the inputs.\", nameof(gradient));");
                    }

                    WriteLengthCheck(w);
                    w.Line(binaryLauncher + " kernel = Load(backward, accelerator, \"" + Name + "BackwardKernel\", " + loadPrefix + ", " + view + ">(target, " + Name + "BackwardKernel));");
                    WriteChunks(w, "kernel(accelerator.DefaultStream, count, x.SubView(offset, count), gradient.SubView(offset, count), destination.SubView(offset, count));");
                }

                w.Line();
                WriteLoad(w);
                w.Line();
                WriteLacksAlgorithms(w);
            }
        }

        private void WriteUnaryLaunch(SourceWriter w, string table, string kernelName, string load)
        {
            WriteNullCheck(w);
            WriteLengthCheck(w);
            w.Line(unaryLauncher + " kernel = Load(" + table + ", accelerator, \"" + kernelName + "\", " + load + ");");
            WriteChunks(w, "kernel(accelerator.DefaultStream, count, x.SubView(offset, count), destination.SubView(offset, count));");
        }

        private static void WriteNullCheck(SourceWriter w)
        {
            using (w.Block("if (accelerator is null)"))
            {
                w.Line("throw new global::System.ArgumentNullException(nameof(accelerator));");
            }
        }

        private static void WriteLengthCheck(SourceWriter w)
        {
            using (w.Block("if (destination.Length < x.Length)"))
            {
                w.Line("throw new global::System.ArgumentException(\"The destination is shorter than the inputs.\", nameof(destination));");
            }

            w.Line();
            using (w.Block("if (x.Length == 0)"))
            {
                w.Line("return;");
            }

            w.Line();
        }

        /// <summary>One launch per 2^31 − 1 elements: a 1D ILGPU grid is indexed by an int.</summary>
        private static void WriteChunks(SourceWriter w, string launch)
        {
            using (w.Block("for (long offset = 0; offset < x.Length; offset += int.MaxValue)"))
            {
                w.Line("int count = (int)global::System.Math.Min(x.Length - offset, int.MaxValue);");
                w.Line(launch);
            }
        }

        private static void WriteLoad(SourceWriter w)
        {
            w.Doc("<summary>The kernel loaded for <paramref name=\"accelerator\"/>, compiling it on first use (once: double-checked under a lock; a failure is not cached).</summary>");
            w.Line("private static TLauncher Load<TLauncher>(global::System.Runtime.CompilerServices.ConditionalWeakTable<" + AcceleratorType + ", TLauncher> loaded, " + AcceleratorType + " accelerator, string kernel, global::System.Func<" + AcceleratorType + ", TLauncher> load)");
            w.Line("    where TLauncher : class");
            using (w.Block())
            {
                using (w.Block("if (loaded.TryGetValue(accelerator, out TLauncher? launcher))"))
                {
                    w.Line("return launcher;");
                }

                w.Line();
                using (w.Block("lock (loaded)"))
                {
                    using (w.Block("if (!loaded.TryGetValue(accelerator, out launcher))"))
                    {
                        using (w.Block("try"))
                        {
                            w.Line("launcher = load(accelerator);");
                        }

                        using (w.Block("catch (global::System.Exception e) when (LacksAlgorithms(e))"))
                        {
                            w.Line("throw new global::System.InvalidOperationException(");
                            w.Line("    \"The ILGPU kernel \" + kernel + \" cannot be compiled for the accelerator '\" + accelerator.Name + \"': a math function it uses (Math.Exp, Math.Log, ...) has no implementation on this backend. \"");
                            w.Line("    + \"Create the context with ILGPU.Algorithms enabled: Context.Create(b => b.Default().EnableAlgorithms()) (package ILGPU.Algorithms, namespace ILGPU.Algorithms).\",");
                            w.Line("    e);");
                        }

                        w.Line();
                        w.Line("loaded.Add(accelerator, launcher);");
                    }

                    w.Line();
                    w.Line("return launcher;");
                }
            }
        }

        private static void WriteLacksAlgorithms(SourceWriter w)
        {
            w.Doc("<summary>Whether a load failed because the backend has no implementation of an intrinsic (ILGPU.Algorithms not enabled).</summary>");
            using (w.Block("private static bool LacksAlgorithms(global::System.Exception? exception)"))
            {
                using (w.Block("for (global::System.Exception? e = exception; e is not null; e = e.InnerException)"))
                {
                    using (w.Block("if (e is global::ILGPU.Backends.NotSupportedIntrinsicException)"))
                    {
                        w.Line("return true;");
                    }

                    w.Line();
                    using (w.Block("if (e is global::System.AggregateException aggregate)"))
                    {
                        using (w.Block("foreach (global::System.Exception inner in aggregate.InnerExceptions)"))
                        {
                            using (w.Block("if (LacksAlgorithms(inner))"))
                            {
                                w.Line("return true;");
                            }
                        }
                    }
                }

                w.Line();
                w.Line("return false;");
            }
        }
    }
}
