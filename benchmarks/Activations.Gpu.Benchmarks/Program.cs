using System.Globalization;
using Activations.Gpu.Benchmarks;
using ILGPU;
using ILGPU.Runtime;

// Usage: Activations.Gpu.Benchmarks [check|bandwidth|all|ptx] [--cpu] [--elements=N] [--iterations=N] [--markdown=FILE]
//   check      every kind's forward, derivative and backward kernels over the reference points:
//              max ULP against the exact values and against the CPU span code (exit code 1 when a
//              kernel differs from the span code by more than 4 ULP)
//   bandwidth  forward kernels on N floats (default 256M on a GPU, 1M on the CPU accelerator), GB/s
//              counting bytes read and written, against a plain copy kernel
//   ptx        every kernel's PTX instruction mix (ILGPU's PTX backend, sm_90; no GPU needed)
string mode = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
if (mode is not ("check" or "bandwidth" or "all" or "ptx"))
{
    Console.Error.WriteLine("usage: Activations.Gpu.Benchmarks [check|bandwidth|all|ptx] [--cpu] [--elements=N] [--iterations=N] [--markdown=FILE]");
    return 2;
}

if (mode == "ptx")
{
    using Context ptxContext = Context.Create(builder => builder.Default());
    var ptxReport = new Report();
    PtxReport.Run(ptxContext, ptxReport);
    return 0;
}

bool forceCpu = args.Contains("--cpu");
string? markdown = Option("--markdown");

// No EnableAlgorithms: the generated kernels compute e^x and ln x in software (ActivationMath).
using Context context = Context.Create(builder => builder.Default());
Device device = forceCpu
    ? context.Devices.First(d => d.AcceleratorType == AcceleratorType.CPU)
    : context.Devices.FirstOrDefault(d => d.AcceleratorType == AcceleratorType.Cuda)
      ?? context.Devices.FirstOrDefault(d => d.AcceleratorType == AcceleratorType.OpenCL)
      ?? context.Devices.First(d => d.AcceleratorType == AcceleratorType.CPU);
using Accelerator accelerator = device.CreateAccelerator(context);
bool cpu = accelerator.AcceleratorType == AcceleratorType.CPU;
long elements = long.Parse(Option("--elements") ?? (cpu ? "1048576" : "268435456"), CultureInfo.InvariantCulture);
int iterations = int.Parse(Option("--iterations") ?? (cpu ? "3" : "25"), CultureInfo.InvariantCulture);

var report = new Report();
report.Line($"Device: {accelerator.Name} ({accelerator.AcceleratorType}, {accelerator.MemorySize / (1 << 20):N0} MiB"
    + (accelerator is ILGPU.Runtime.Cuda.CudaAccelerator cuda ? $", {cuda.Architecture}, driver {cuda.DriverVersion}" : string.Empty) + ")");
report.Line($"Runtime: .NET {Environment.Version}, ILGPU {typeof(Context).Assembly.GetName().Version}, {Environment.ProcessorCount} CPU cores");
report.Line();

int failures = 0;
if (mode is "check" or "all")
{
    failures += AccuracyCheck.Run(accelerator, report);
}

if (mode is "bandwidth" or "all")
{
    Bandwidth.Run(accelerator, elements, iterations, report);
}

if (markdown is not null)
{
    File.WriteAllText(markdown, report.ToString());
}

Console.WriteLine(failures == 0 ? "OK" : $"FAILED: {failures} kernel(s) differ from the span code by more than 4 ULP");
return failures == 0 ? 0 : 1;

string? Option(string name) =>
    args.Where(a => a.StartsWith(name + "=", StringComparison.Ordinal)).Select(a => a[(name.Length + 1)..]).LastOrDefault();
