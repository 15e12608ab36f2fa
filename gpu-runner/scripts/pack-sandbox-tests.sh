#!/usr/bin/env bash
# Packs the runner's sandbox test suites to run on another Linux host that has no JDK or Maven,
# e.g. a cgroup v2 machine with an NVIDIA GPU: a jlink'd Java 17 runtime (with javac, which the
# suites use to compile the hostile programs), the JUnit console launcher, this machine's bwrap,
# and the runner's classes and test classes. About 59 MB, in target/sandbox-tests/.
#
#   gpu-runner/scripts/pack-sandbox-tests.sh
#   # on the other host, as root, from gpu-runner/runner (some tests read repository files):
#   install -m 755 ../../target/sandbox-tests/bin/bwrap /usr/bin/bwrap   # where it has none
#   HOCSAU_RUNNER_TOKEN=hsr_fake_secret_for_env_leak_tests \
#     ../../target/sandbox-tests/run.sh --scan-class-path ../../target/sandbox-tests/test-classes
#
# The fake token is what surefire sets: the environment-leak test looks for it.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$ROOT/target/sandbox-tests"
JUNIT=1.11.4
JDK="${JDK17_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}"

mvn -B -q -f "$ROOT/gpu-runner/pom.xml" -pl runner -DskipTests package
rm -rf "$OUT"
mkdir -p "$OUT/bin"
"$JDK/bin/jlink" --output "$OUT/jre" --compress=2 --strip-debug --no-header-files \
  --no-man-pages --generate-cds-archive --add-modules \
  java.base,java.compiler,jdk.compiler,java.net.http,java.logging,java.management,java.xml,jdk.unsupported,java.naming,java.sql,jdk.zipfs,jdk.httpserver
# Keep it small enough to carry to a remote machine: javac's --release symbol table and the base
# archive for heaps over 32 GB are never used by the suites.
rm -f "$OUT/jre/lib/ct.sym" "$OUT/jre/lib/server/classes_nocoops.jsa"
mvn -B -q dependency:copy -DoutputDirectory="$OUT" \
  -Dartifact="org.junit.platform:junit-platform-console-standalone:$JUNIT"
cp "$(command -v bwrap)" "$OUT/bin/bwrap"
cp -r "$ROOT/gpu-runner/runner/target/classes" "$ROOT/gpu-runner/runner/target/test-classes" \
  "$ROOT/gpu-runner/runner/target/lib" "$OUT/"
cat > "$OUT/run.sh" <<RUN
#!/usr/bin/env bash
# Runs the packed suites with the packed runtime; arguments go to the JUnit console launcher.
D="\$(cd "\$(dirname "\$0")" && pwd)"
chmod -R a+rX "\$D"   # the slot UIDs must read the JDK and the compiled hostile programs
CP="\$D/classes:\$D/test-classes:\$(ls "\$D"/lib/*.jar | tr '\n' ':')"
exec "\$D/jre/bin/java" -jar "\$D/junit-platform-console-standalone-$JUNIT.jar" execute \
  --class-path "\$CP" --details=tree --disable-banner "\$@"
RUN
chmod +x "$OUT/run.sh"
du -sh "$OUT"
