#!/usr/bin/env bash
# Builds matrix-servers-jdk21 (Helidon 4 SE, Ktor CIO) on JDK 25, apart from the JDK 17 reactor.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jdk=""
for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
  [[ -x $candidate/bin/java ]] && jdk=$candidate && break
done
if [[ -z $jdk ]]; then
  echo "build-jdk21: no JDK 21 or 25 under /usr/lib/jvm (Helidon needs one)" >&2
  exit 1
fi
JAVA_HOME="$jdk" PATH="$jdk/bin:$PATH" mvn -B -q -f "$root/matrix-servers-jdk21/pom.xml" package -DskipTests
echo "$jdk"
