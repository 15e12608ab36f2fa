#!/usr/bin/env bash
# Training throughput: the trainer's DSL networks on DL4J (stock layers, and the trainer's fused
# layers; oneDNN build by default, the plain build on request) vs PyTorch, one thread each, on the
# same Fashion-MNIST subset, with test accuracy. Not part of any test suite. Usage:
# bench/training/run.sh
# Needs: apt-get install dataset-fashion-mnist python3-torch libopenblas0-pthread
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DATA="${FASHION_MNIST:-/usr/share/datasets/fashion-mnist}"
N_MLP="${N_MLP:-20000}"
N_CNN="${N_CNN:-5000}"
LIB="$ROOT/gpu-runner/trainer/target/trainer-dist/lib"
OPENBLAS="/usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3"

if [ ! -d "$LIB" ]; then
  mvn -B -q -f "$ROOT/gpu-runner/pom.xml" -DskipTests package
fi
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
OUT="$(mktemp)"
trap 'rm -f "$OUT"' EXIT
# One CPU for every contender, as a one-CPU job gets in the sandbox: pinned with taskset, and the
# trainer JVM with the flag the runner gives one-CPU jobs (C1 only; C2's threads would take the
# job's only CPU), and JavaCPP's resident-size check off and the trainer's own once-a-batch check
# on (at 4 GiB) as the runner has them (JvmFlags).
# CPU=<n> picks the CPU; CPU=any leaves scheduling to the kernel (one thread each all the same).
# MODES lists native build:layers pairs; "onednn:stock" is DL4J's own layers (the path before the
# fused layers), "onednn:fused" what jobs run now; add "default:stock" for the plain build.
# A third field "op" runs Adam on libnd4j's op instead of the trainer's native kernel; "plain" turns
# off every native kernel and the reused batch buffers (what DSL jobs ran before 2026-12-07, 7th
# session): MODES="onednn:fused:plain onednn:fused" compares the two.
# JFR=<dir> records each DL4J run with Java Flight Recorder into that folder (JFR_SETTINGS: a .jfc).
if [ "${CPU:-1}" = any ]; then PIN=(); else PIN=(taskset -c "${CPU:-1}"); fi

for triple in ${MODES:-onednn:stock onednn:fused}; do
  IFS=: read -r mode layers adam <<<"$triple"
  case "${adam:-}" in
    "") ADAM=() VARIANT="" ;;
    op) ADAM=(-Dhocsau.native-adam=false) VARIANT="-nd4j-adam" ;;
    plain) ADAM=(-Dhocsau.kernels=off -Dbench.reuse=false) VARIANT="-plain" ;;
    *) echo "unknown third field: $adam (op or plain)" >&2; exit 2 ;;
  esac
  JFR_FLAG=()
  if [ -n "${JFR:-}" ]; then
    JFR_FLAG=("-XX:StartFlightRecording=filename=$JFR/$mode-$layers${VARIANT}.jfr,settings=${JFR_SETTINGS:-profile}")
  fi
  "${PIN[@]}" java -XX:TieredStopAtLevel=1 "${ADAM[@]}" -Dbench.variant="$VARIANT" \
    -Dorg.bytedeco.javacpp.maxphysicalbytes=0 \
    -Dhocsau.gc-at-bytes=4294967296 -Dhocsau.threads=1 "${JFR_FLAG[@]}" -cp "$LIB/*" \
    "$ROOT/bench/training/TrainingBench.java" \
    "$DATA" "$mode" "$layers" "$N_MLP" "$N_CNN" 2>/dev/null | grep '^RESULT' | tee -a "$OUT"
done
# Debian's torch links the generic libblas.so.3; preload OpenBLAS so the baseline is honest.
LD_PRELOAD="$OPENBLAS" "${PIN[@]}" /usr/bin/python3 "$ROOT/bench/training/torch_bench.py" \
  "$DATA" "$N_MLP" "$N_CNN" | tee -a "$OUT"

/usr/bin/python3 - "$OUT" "$N_MLP" "$N_CNN" <<'PY'
import sys
rows, acc = {}, {}
for line in open(sys.argv[1]):
    parts = line.split()
    if parts[0] == "RESULT":
        rows.setdefault(parts[2], {})[parts[1]] = float(parts[3])
        for p in parts[4:]:
            if p.startswith("accuracy="):
                acc.setdefault(parts[2], {})[parts[1]] = p.split("=")[1]
sizes = {"mlp": sys.argv[2], "cnn": sys.argv[3]}
columns = [c for c in ("dl4j-default", "dl4j-onednn", "dl4j-onednn-fused-plain",
                       "dl4j-onednn-fused-nd4j-adam", "dl4j-onednn-fused")
           if any(c in r for r in rows.values())]
print()
print("| network | examples | " + " | ".join(f"{c} ex/s" for c in columns) + " | PyTorch ex/s | "
      + " | ".join(f"{c} / PyTorch" for c in columns) + " | test accuracy (" + ", ".join(columns) + ") |")
print("| --- " * (3 + 2 * len(columns)) + "| --- |")
for net in ("mlp", "cnn"):
    r = rows.get(net, {})
    p = r.get("pytorch", 0)
    ratio = lambda a: f"{a / p:.2f}x" if p else "n/a"
    print(f"| {net} | {sizes[net]} | " + " | ".join(f"{r.get(c, 0):,.0f}" for c in columns)
          + f" | {p:,.0f} | " + " | ".join(ratio(r.get(c, 0)) for c in columns)
          + " | " + ", ".join(acc.get(net, {}).get(c, "n/a") for c in columns) + " |")
PY
