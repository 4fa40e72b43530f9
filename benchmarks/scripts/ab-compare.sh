#!/bin/bash
# Two builds of h1proof, interleaved on one JDK: which is faster, per input, on a machine whose speed
# drifts while it runs.
#
# Each argument is a git revision (built into benchmarks.jar in a scratch worktree) or a
# benchmarks.jar. The script runs every build once per round, round after round, with short JMH
# runs, and prints per input the median of each build over the rounds, their range, and B ÷ A. On a
# shared VM the same build can measure 5 to 10 % apart from one minute to the next; a single
# back-to-back run of two builds cannot resolve a change of that size, interleaved medians can.
# Run it with nothing else on the machine.
#
# Usage: benchmarks/scripts/ab-compare.sh A B [OUT_DIR]   (default OUT_DIR: benchmarks/target/ab-compare)
#        e.g. ab-compare.sh main HEAD;  ab-compare.sh /tmp/old.jar benchmarks/target/benchmarks.jar
# Env:   JAVA     the java to run (default /usr/lib/jvm/temurin-25-jdk-amd64/bin/java, else java)
#        ROUNDS   rounds (default 5)
#        BENCH    JMH benchmark regex (default 'HeadBenchmark.h1proofHead$')
#        PARAMS   JMH parameters (default: the four small pico inputs)
#        JMH_OPTS JMH options of one run (default "-f 1 -wi 2 -w 1s -i 4 -r 1s")
#        MVN      how to build a revision (default "mvn -B -q"; add -o to build offline)
#        MODE     jmh (default): the above; paired: both builds in one JVM, timed in alternating
#                 batches of about 50 ms by PairedCompare (HeadBenchmark's work), which resolves a
#                 few per cent on a machine whose speed drifts by more than that from one JMH run to
#                 the next. It screens; publish JMH figures.
#        FORKS    paired: JVMs, one after the other (default 3); PAIRS batches per input (default 60)
#        INPUTS   paired: corpus inputs (default the four small pico inputs)
# Exit:  0 compared; 2 bad arguments, a revision that does not build, a failed run.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
usage() { echo "usage: ab-compare.sh A B [OUT_DIR]  (A, B: git revisions or benchmarks.jar files)" >&2; exit 2; }
[ $# -ge 2 ] && [ $# -le 3 ] || usage
out="${3:-$root/benchmarks/target/ab-compare}"
default_java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
[ -x "$default_java" ] || default_java=java
java="${JAVA:-$default_java}"
rounds="${ROUNDS:-5}"
bench="${BENCH:-HeadBenchmark.h1proofHead\$}"
params="${PARAMS:--p input=techempower-plaintext,chrome-cookies-430,classic-703,browser-get-chrome}"
opts="${JMH_OPTS:--f 1 -wi 2 -w 1s -i 4 -r 1s}"
mvn="${MVN:-mvn -B -q}"

command -v "$java" >/dev/null || { echo "ab-compare: no java at $java" >&2; exit 2; }
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "ab-compare: ROUNDS must be a positive number, not $rounds" >&2; exit 2; }
mkdir -p "$out" 2>/dev/null || { echo "ab-compare: cannot create $out" >&2; exit 2; }
out="$(cd "$out" && pwd)"

# A jar as given, or a revision built in a worktree of its own (removed on exit).
scratch="$(mktemp -d)"
trap 'for w in "$scratch"/wt-*; do [ -d "$w" ] && git -C "$root" worktree remove --force "$w" >/dev/null 2>&1; done; rm -rf "$scratch"' EXIT
jar_of() {
  local what="$1" label="$2"
  if [ -f "$what" ]; then
    cp "$what" "$out/$label.jar"
    return
  fi
  local rev
  rev="$(git -C "$root" rev-parse --verify --quiet "$what^{commit}")" \
    || { echo "ab-compare: $what is neither a file nor a git revision" >&2; exit 2; }
  local wt="$scratch/wt-$label"
  git -C "$root" worktree add --detach --quiet "$wt" "$rev" \
    || { echo "ab-compare: cannot check out $what" >&2; exit 2; }
  # shellcheck disable=SC2086
  (cd "$wt" && $mvn -pl benchmarks -am package -DskipTests -Dspotless.skip=true >"$out/build-$label.log" 2>&1) \
    || { echo "ab-compare: $what does not build; see $out/build-$label.log" >&2; exit 2; }
  cp "$wt/benchmarks/target/benchmarks.jar" "$out/$label.jar"
  echo "$what = $rev" >>"$out/machine.txt"
}

# Results of an earlier comparison in the same directory would be read as more rounds of this one.
rm -f "$out"/A-*.json "$out"/B-*.json "$out"/A-*.log "$out"/B-*.log
: >"$out/machine.txt"
jar_of "$1" A
jar_of "$2" B
{
  echo "A: $1"
  echo "B: $2"
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cpu: $(lscpu | sed -n 's/^Model name:[[:space:]]*//p' | head -1), $(nproc) CPUs"
  echo "java: $("$java" -version 2>&1 | head -1)"
  echo "bench: $bench $params; $rounds rounds of: $opts"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} >>"$out/machine.txt"

if [ "${MODE:-jmh}" = paired ]; then
  forks="${FORKS:-3}"
  pairs="${PAIRS:-60}"
  inputs="${INPUTS:-techempower-plaintext chrome-cookies-430 classic-703 browser-get-chrome}"
  [[ "$forks" =~ ^[1-9][0-9]*$ ]] || { echo "ab-compare: FORKS must be a positive number, not $forks" >&2; exit 2; }
  echo "paired: $forks JVMs, $pairs pairs per input: $inputs" >>"$out/machine.txt"
  rm -f "$out"/paired-*.txt
  # The comparison runs from whichever build has it (B first), and its driver goes after each
  # build's jar on that build's class path: a revision older than the driver uses the newer copy,
  # which calls that revision's parser.
  tool=""
  for v in B A; do
    if python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).getinfo(sys.argv[2])' \
      "$out/$v.jar" dev/h1proof/benchmarks/PairedCompare.class 2>/dev/null; then
      tool="$out/$v.jar"
      break
    fi
  done
  [ -n "$tool" ] || { echo "ab-compare: MODE=paired needs PairedCompare in A or B (benchmarks since 2c4a96c)" >&2; exit 2; }
  rm -rf "$out/driver"
  python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract(sys.argv[2], sys.argv[3])' \
    "$tool" dev/h1proof/benchmarks/PairedDriver.class "$out/driver"
  for f in $(seq "$forks"); do
    # shellcheck disable=SC2086
    "$java" --add-modules jdk.incubator.vector -cp "$tool" dev.h1proof.benchmarks.PairedCompare \
      "$out/A.jar:$out/driver" "$out/B.jar:$out/driver" --pairs "$pairs" $inputs \
      >"$out/paired-$f.txt" 2>"$out/paired-$f.log" \
      || { echo "ab-compare: paired run $f failed; see $out/paired-$f.log" >&2; exit 2; }
  done
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$out/machine.txt"
  cat "$out/machine.txt"
  python3 - "$out" "$forks" <<'PY'
import statistics, sys
out, forks = sys.argv[1], int(sys.argv[2])
rows = {}
for f in range(1, forks + 1):
    lines = open(f"{out}/paired-{f}.txt").read().splitlines()
    print(f"JVM {f}:")
    print("\n".join("  " + l for l in lines))
    for l in lines[1:]:
        c = l.split()
        won, of = c[-1].split("/")
        rows.setdefault(c[0], []).append((float(c[1]), float(c[2]), float(c[3]), int(won), int(of)))
print("over all JVMs: input, median A and B ns/op, B ÷ A (median of the JVMs' medians), pairs B was faster")
for k, v in rows.items():
    print(f"  {k:<24} {statistics.median(x[0] for x in v):8.1f} {statistics.median(x[1] for x in v):8.1f}"
          f" {statistics.median(x[2] for x in v):7.3f}  {sum(x[3] for x in v)}/{sum(x[4] for x in v)}")
PY
  exit 0
fi

for r in $(seq "$rounds"); do
  for v in A B; do
    # shellcheck disable=SC2086
    "$java" -jar "$out/$v.jar" "$bench" $params $opts -rf json -rff "$out/$v-$r.json" >"$out/$v-$r.log" 2>&1 \
      || { echo "ab-compare: run $v, round $r failed; see $out/$v-$r.log" >&2; exit 2; }
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$out/machine.txt"

python3 "$root/benchmarks/scripts/ab-table.py" "$out"
