#!/bin/bash
# h1proof against picohttpparser (C, lenient) and against Netty, back to back on this machine.
#
# Runs, in this order: pico (built with and without SSE4.2) on the five head files, HeadBenchmark
# (pico's work: one head, no sink) and ParserBenchmark h1proof/netty (the whole message) on JDK 25
# and on JDK 17, then pico again; prints one Markdown table per JDK with h1proof ÷ pico and
# h1proof's speed-up over Netty. Run it with nothing else on the machine.
#
# Usage: benchmarks/scripts/pico-compare.sh [OUT_DIR]     (default: benchmarks/target/pico-compare)
# Env:   JDK25=/path/to/java (default /usr/lib/jvm/temurin-25-jdk-amd64/bin/java)
#        JDK17=/path/to/java (default: java on PATH)
#        JMH_OPTS (default "-f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc")
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:-$root/benchmarks/target/pico-compare}"
jdk25="${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
jdk17="${JDK17:-java}"
opts="${JMH_OPTS:--f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc}"
jar="$root/benchmarks/target/benchmarks.jar"
pico="$root/../shared/anchors/picohttpparser/run.sh"
inputs=(techempower-plaintext chrome-cookies-430 classic-703 browser-get-chrome large-headers-16k)

for tool in "$jdk25" "$jdk17"; do
  command -v "$tool" >/dev/null || { echo "pico-compare: no java at $tool" >&2; exit 2; }
done
[ -x "$pico" ] || [ -f "$pico" ] || { echo "pico-compare: picohttpparser anchor not found at $pico" >&2; exit 2; }
mkdir -p "$out" || { echo "pico-compare: cannot create $out" >&2; exit 2; }
if [ ! -f "$jar" ]; then
  (cd "$root" && mvn -B -q -pl benchmarks -am package -DskipTests)
fi
files=()
for i in "${inputs[@]}"; do files+=("$root/corpus/valid/$i.http"); done

{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cpu: $(lscpu | sed -n 's/^Model name:[[:space:]]*//p' | head -1), $(nproc) CPUs, flags:$(grep -o -w -E 'avx2|avx512f|avx512bw|sse4_2' /proc/cpuinfo | sort -u | tr '\n' ' ')"
  echo "jdk25: $("$jdk25" -version 2>&1 | head -1)"
  echo "jdk17: $("$jdk17" -version 2>&1 | head -1)"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$out/machine.txt"

bash "$pico" "${files[@]}" > "$out/pico-1.txt"
for v in 25 17; do
  java="jdk$v"; java="${!java}"
  # shellcheck disable=SC2086
  "$java" -jar "$jar" 'HeadBenchmark' $opts -rf json -rff "$out/head-jdk$v.json" > "$out/head-jdk$v.log"
  # shellcheck disable=SC2086
  "$java" -jar "$jar" 'ParserBenchmark.(h1proof|netty)$' $opts -rf json -rff "$out/message-jdk$v.json" > "$out/message-jdk$v.log"
done
bash "$pico" "${files[@]}" > "$out/pico-2.txt"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/machine.txt"

python3 "$root/benchmarks/scripts/pico-table.py" "$out"
