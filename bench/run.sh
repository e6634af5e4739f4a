#!/usr/bin/env bash
# Whole-process benchmarks: every Debatescore operation beside its plain-Jena twin, in the same run,
# each in a fresh JVM, median of REPS runs; peak memory is the process's maximum resident set size.
#
#   bench/run.sh                       # 100k contributions (~0.9M triples), 3 runs each
#   BENCH_SIZES="100000 1000000" bench/run.sh
#   REPS=5 HEAP=8g bench/run.sh
#
# Needs the project built: mvn -B -q install -DskipTests
# Writes bench/results/latest.md (and prints it).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SIZES=${BENCH_SIZES:-100000}
REPS=${REPS:-3}
HEAP=${HEAP:-4g}
WORK=${BENCH_WORK:-$(mktemp -d)}
OUT=$ROOT/bench/results/latest.md
mkdir -p "$ROOT/bench/results"

if [ ! -f bench/target/classpath.txt ]; then
  echo "bench: build first: mvn -B -q install -DskipTests" >&2
  exit 2
fi
CP="$ROOT/bench/target/classes:$(cat bench/target/classpath.txt)"
JAVA="java -Xmx$HEAP -cp $CP"
export DEBATESCORE_JAVA_OPTS="-Xmx$HEAP"  # the launcher gets the same heap

# run OP ARGS...: prints "median_ms max_rss_mb" over REPS fresh JVMs.
run() {
  local times=() rss=0
  for _ in $(seq "$REPS"); do
    local line
    line=$(/usr/bin/time -f "RSS %M" $JAVA org.debatescore.bench.Operation "$@" 2>"$WORK/time.txt")
    times+=("$(sed -n 's/.* ms=\([0-9]*\).*/\1/p' <<<"$line")")
    local r
    r=$(sed -n 's/^RSS //p' "$WORK/time.txt")
    [ "$r" -gt "$rss" ] && rss=$r
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (REPS + 1) / 2 ))p")
  echo "$median $(( rss / 1024 ))"
}

# wall CMD...: "median_wall_ms max_rss_mb" of a whole command over REPS runs (exit code 1 allowed).
wall() {
  local times=() rss=0
  for _ in $(seq "$REPS"); do
    /usr/bin/time -f "WALL %e RSS %M" -o "$WORK/time.txt" "$@" >/dev/null 2>&1 || true
    times+=("$(awk '/WALL/ { printf "%d", $2 * 1000 }' "$WORK/time.txt")")
    local r
    r=$(awk '/WALL/ { print $4 }' "$WORK/time.txt")
    [ "$r" -gt "$rss" ] && rss=$r
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (REPS + 1) / 2 ))p")
  echo "$median $(( rss / 1024 ))"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

{
  echo "# Benchmark results"
  echo
  echo "Run $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(java -version 2>&1 | head -1), -Xmx$HEAP, median of $REPS fresh JVMs."
  echo "Command: \`BENCH_SIZES=\"$SIZES\" REPS=$REPS HEAP=$HEAP bench/run.sh\`"
  echo
  echo "| contributions | syntax | operation | Debatescore ms | plain Jena ms | ratio | target | Debatescore peak RSS MB | Jena peak RSS MB |"
  echo "|---|---|---|---|---|---|---|---|---|"
} >"$OUT"

for n in $SIZES; do
  for ext in nt ttl; do
    data="$WORK/debate-$n.$ext"
    java -cp "$CP" org.debatescore.bench.GenerateDebate "$n" "$data" >/dev/null
    read -r ours_ms ours_rss < <(run model-read "$data")
    read -r jena_ms jena_rss < <(run riot-parse "$data")
    echo "| $n | $ext | read into model vs RIOT parse into graph | $ours_ms | $jena_ms | $(ratio "$ours_ms" "$jena_ms") | ≤ 2.0 | $ours_rss | $jena_rss |" >>"$OUT"
    read -r ours_ms ours_rss < <(run model-write "$data" "$WORK/out-ours.$ext")
    read -r jena_ms jena_rss < <(run riot-write "$data" "$WORK/out-jena.$ext")
    echo "| $n | $ext | write model vs RIOT write graph | $ours_ms | $jena_ms | $(ratio "$ours_ms" "$jena_ms") | ≤ 1.5 | $ours_rss | $jena_rss |" >>"$OUT"
  done
  data="$WORK/debate-$n.nt"
  read -r ours_ms ours_rss < <(run validate "$data")
  read -r jena_ms jena_rss < <(run shacl-raw "$data")
  echo "| $n | nt | validate (with source locations) vs Jena ShaclValidator | $ours_ms | $jena_ms | $(ratio "$ours_ms" "$jena_ms") | ≤ 1.2 | $ours_rss | $jena_rss |" >>"$OUT"
  # Whole processes, JVM start included: the real launcher against a plain-Jena SHACL process.
  read -r ours_ms ours_rss < <(wall "$ROOT/debatescore" validate --max-input 64g -f json -o "$WORK/report.json" "$data")
  read -r jena_ms jena_rss < <(wall $JAVA org.debatescore.bench.Operation shacl-raw "$data")
  echo "| $n | nt | \`debatescore validate\` process vs Jena SHACL process (wall) | $ours_ms | $jena_ms | $(ratio "$ours_ms" "$jena_ms") | ≤ 1.2 | $ours_rss | $jena_rss |" >>"$OUT"
done
cat "$OUT"
