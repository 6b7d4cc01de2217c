#!/usr/bin/env bash
# The benchmark harness in one command: builds the benchmarks, makes sure a cheap loopback server is at hand
# (installs nginx when it is missing and we are root; otherwise the harness falls back to its own tiny server in a
# separate JVM and says so), then runs io.github.omneoid.benchmarks.Harness, which starts the server, runs the cold
# starts (client vs raw OkHttp + Moshi, child JVMs) and the interleaved JMH forks (client, rawTyped, rawDefaults) on
# the small and the demo body at 1, 16 and 64 threads, stops the server and prints the tables (docs/performance.md),
# with a block ready to paste into the README.
#
#   benchmarks/run.sh            the real run, about 30 minutes on 2 cores: run it on a quiet machine
#   benchmarks/run.sh --quick    a smoke run, about 4 minutes: checks the harness, proves nothing
#
# The real run's length: 3 rounds x 2 bodies x 3 thread counts x 3 sides = 54 forks, plus the settings A/B at 16
# threads (5 forks x 2 bodies x 1 round = 10), each fork about 25 s (JVM start and setup ~3 s, 7 x 2 s warm-up --
# on 2 cores the JIT is still at work after 6 s, and its CPU would count against whichever side has more code to
# compile -- 4 x 2 s measured): ~27 min; 11 cold-start pairs ~0.5 min; the token benchmarks (4 stale-token forks
# and the refresh storm) ~2.5 min; the build ~1 min.
#
# Other options (passed to the harness): --rounds N (default 3), --extra-rounds N (default 1), --cold-starts N
# (default 10 pairs, 3 with --quick, 0 skips them), --threads 1,16,64, --server auto|nginx|java, --out DIR,
# --no-extras, --no-tokens, --jfr (a JFR recording of every fork's measurement, in DIR/jfr); --no-build skips the
# Maven build.
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) args+=("$arg") ;;
  esac
done

if [ "$build" = 1 ]; then
  echo "Building the benchmarks (./mvnw -q -pl benchmarks -am package -DskipTests)..."
  ./mvnw -q -pl benchmarks -am package -DskipTests
fi

wants_java=0
for arg in "${args[@]+"${args[@]}"}"; do [ "$arg" = java ] && wants_java=1; done
if [ "$wants_java" = 0 ] && ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "nginx is not installed: installing it (apt-get install -y nginx); the harness starts its own instance on a"
    echo "free loopback port with a generated configuration and stops it afterwards."
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q nginx >/dev/null \
      || { apt-get update -q >/dev/null && apt-get install -y -q nginx >/dev/null; } \
      || echo "Could not install nginx: the harness will use its fallback server."
  else
    echo "nginx is not installed and this is not a root shell with apt-get: the harness will use its fallback server"
    echo "(a tiny HTTP server in a separate JVM). Install nginx for the figures the README reports."
  fi
fi

out_dir=""
prev=""
for arg in "${args[@]+"${args[@]}"}"; do
  [ "$prev" = --out ] && out_dir="$arg"
  prev="$arg"
done
if [ -z "$out_dir" ]; then
  out_dir="benchmarks/target/bench-$(date +%Y%m%d-%H%M%S)"
  args+=(--out "$out_dir")
fi

# Whatever happens to the harness, its server does not outlive this script.
stop_server() {
  local pid_file
  for pid_file in "$out_dir/server/nginx.pid" "$out_dir/server/server.pid"; do
    if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
      kill "$(cat "$pid_file")" 2>/dev/null || true
    fi
  done
}
trap stop_server EXIT

java -Xmx512m -cp benchmarks/target/benchmarks.jar io.github.omneoid.benchmarks.Harness "${args[@]+"${args[@]}"}"
