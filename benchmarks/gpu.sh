#!/usr/bin/env bash
# Publishes benchmarks/Activations.Gpu.Benchmarks self-contained for linux-x64 into .gpu/bench.tar.xz
# (about 28 MB: the .NET runtime, ILGPU, the program and the reference values), for a CUDA machine
# that has the NVIDIA driver and nothing else. There:
#
#   mkdir b && tar -C b -xJf bench.tar.xz && b/Activations.Gpu.Benchmarks all --markdown=results.md
#
# "check" runs every kind's forward, derivative and backward kernels over the reference points
# (max ULP against the exact values and against the CPU span code), "bandwidth" times the forward
# kernels on 256M floats against a plain copy kernel, "ptx" prints each kernel's PTX instruction
# mix (no GPU needed). Results of runs on an H100 are in benchmarks/gpu/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
dotnet publish "$root/benchmarks/Activations.Gpu.Benchmarks" -c Release -r linux-x64 --self-contained -o "$out" >/dev/null
mkdir -p "$root/.gpu"
tar -C "$out" -cf - . | xz -T0 -6 > "$root/.gpu/bench.tar.xz"
ls -l "$root/.gpu/bench.tar.xz"
