#!/usr/bin/env bash
# Whole-process benchmarks: every Debatescore operation beside its plain-Jena twin, in the same run,
# each in a fresh JVM, median of REPS runs; peak memory is the process's maximum resident set size.
#
#   bench/run.sh                       # 100k contributions (~0.9M triples), 3 runs each
#   BENCH_SIZES="100000 1000000" bench/run.sh
#   REPS=5 HEAP=8g bench/run.sh
#   BENCH_ONLY=rdf4j BENCH_SIZES=140000 REPS=1 HEAP=6g bench/run.sh   # validation rows only
#   BENCH_RDF4J=0 bench/run.sh         # skip the RDF4J section (on by default)
#   RDF4J_TIMEOUT=600 bench/run.sh     # seconds per RDF4J operation before it is reported as a timeout
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
mkdir -p "$WORK"
OUT=$ROOT/bench/results/latest.md
ONLY=${BENCH_ONLY:-}            # "rdf4j": only the validation rows (Jena and RDF4J)
RDF4J=${BENCH_RDF4J:-1}         # RDF4J section on by default
RDF4J_TIMEOUT=${RDF4J_TIMEOUT:-0}  # 0: no limit
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

# run3 OP ARGS...: like run, plus the JVM's peak heap: "median_ms max_rss_mb max_heap_mb".
# A run that fails or exceeds RDF4J_TIMEOUT gives "timeout 0 0".
run3() {
  local times=() rss=0 heap=0
  for _ in $(seq "$REPS"); do
    local line
    if [ "$RDF4J_TIMEOUT" -gt 0 ]; then
      line=$(/usr/bin/time -f "RSS %M" timeout "$RDF4J_TIMEOUT" $JAVA org.debatescore.bench.Operation "$@" 2>"$WORK/time.txt") || true
    else
      line=$(/usr/bin/time -f "RSS %M" $JAVA org.debatescore.bench.Operation "$@" 2>"$WORK/time.txt") || true
    fi
    if ! grep -q ' ms=' <<<"$line"; then
      echo "timeout 0 0"
      return
    fi
    times+=("$(sed -n 's/.* ms=\([0-9]*\).*/\1/p' <<<"$line")")
    local r h
    r=$(sed -n 's/^RSS //p' "$WORK/time.txt")
    h=$(sed -n 's/.* peak_heap_mb=\([0-9]*\).*/\1/p' <<<"$line")
    [ "$r" -gt "$rss" ] && rss=$r
    [ "${h:-0}" -gt "$heap" ] && heap=$h
    echo "$line" >>"$WORK/rdf4j-details.txt"
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (REPS + 1) / 2 ))p")
  echo "$median $(( rss / 1024 )) $heap"
}

{
  echo "# Benchmark results"
  echo
  echo "Run $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(java -version 2>&1 | head -1), -Xmx$HEAP, median of $REPS fresh JVMs."
  echo "Command: \`BENCH_SIZES=\"$SIZES\" REPS=$REPS HEAP=$HEAP bench/run.sh\`"
  echo
  echo "| contributions | syntax | operation | Debatescore ms | plain Jena ms | ratio | target | Debatescore peak RSS MB | Jena peak RSS MB |"
  echo "|---|---|---|---|---|---|---|---|---|"
} >"$OUT"

RDF4J_ROWS=$WORK/rdf4j-rows.md
: >"$RDF4J_ROWS"
for n in $SIZES; do
  if [ "$ONLY" != "rdf4j" ]; then
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
  fi
  data="$WORK/debate-$n.nt"
  [ -f "$data" ] || java -cp "$CP" org.debatescore.bench.GenerateDebate "$n" "$data" >/dev/null
  if [ "$ONLY" != "rdf4j" ]; then
  read -r ours_ms ours_rss < <(run validate "$data")
  read -r jena_ms jena_rss < <(run shacl-raw "$data")
  echo "| $n | nt | validate (with source locations) vs Jena ShaclValidator | $ours_ms | $jena_ms | $(ratio "$ours_ms" "$jena_ms") | ≤ 1.2 | $ours_rss | $jena_rss |" >>"$OUT"
  # Whole processes, JVM start included: the real launcher against a plain-Jena SHACL process.
  read -r ours_ms ours_rss < <(wall "$ROOT/debatescore" validate --max-input 64g -f json -o "$WORK/report.json" "$data")
  read -r jena_ms jena_rss < <(wall $JAVA org.debatescore.bench.Operation shacl-raw "$data")
  echo "| $n | nt | \`debatescore validate\` process vs Jena SHACL process (wall) | $ours_ms | $jena_ms | $(ratio "$ours_ms" "$jena_ms") | ≤ 1.2 | $ours_rss | $jena_rss |" >>"$OUT"
  fi
  if [ "$RDF4J" = "1" ]; then
    # Same file, same run: every row against the Jena shacl-raw baseline measured here.
    triples=$(wc -l <"$data")
    read -r base_ms base_rss base_heap < <(run3 shacl-raw "$data")
    row() {  # row LABEL MS RSS HEAP
      if [ "$2" = "timeout" ]; then
        echo "| $n | $triples | $1 | > ${RDF4J_TIMEOUT}000 (stopped) | $base_ms | > $(ratio "${RDF4J_TIMEOUT}000" "$base_ms") | – | – | $base_rss | $base_heap |" >>"$RDF4J_ROWS"
      else
        echo "| $n | $triples | $1 | $2 | $base_ms | $(ratio "$2" "$base_ms") | $3 ($(ratio "$3" "$base_rss")×) | $4 ($(ratio "$4" "$base_heap")×) | $base_rss | $base_heap |" >>"$RDF4J_ROWS"
      fi
    }
    row "Jena shacl-raw (baseline)" "$base_ms" "$base_rss" "$base_heap"
    read -r m r h < <(run3 validate "$data"); row "Debatescore JenaShaclValidator (\`validate\`)" "$m" "$r" "$h"
    read -r m r h < <(run3 rdf4j-validate "$data"); row "Debatescore Rdf4jShaclValidator (\`rdf4j-validate\`)" "$m" "$r" "$h"
    read -r m r h < <(run3 rdf4j-shacl-raw "$data"); row "plain RDF4J ShaclSail, one commit (\`rdf4j-shacl-raw\`)" "$m" "$r" "$h"
    read -r m r h < <(run3 nativestore-load "$data" "$WORK/native-$n"); row "read + DebateRepository.nativeStore add, validation on (\`nativestore-load\`)" "$m" "$r" "$h"
    read -r m r h < <(run3 nativestore-bulk-load "$data" "$WORK/native-$n"); row "DebateRepository.nativeStore load (bulk validation, \`nativestore-bulk-load\`)" "$m" "$r" "$h"
    rm -rf "$WORK/native-$n"
  fi
done
if [ -s "$RDF4J_ROWS" ]; then
  {
    echo
    echo "## RDF4J: validation and NativeStore bulk load"
    echo
    echo "Ratios against the Jena \`shacl-raw\` baseline of the same run on the same N-Triples file. Peak heap: sum of the JVM heap pools' peak usage (an upper bound)."
    echo
    echo "| contributions | triples | operation | ms | Jena shacl-raw ms | time ratio | peak RSS MB (ratio) | peak heap MB (ratio) | Jena RSS MB | Jena heap MB |"
    echo "|---|---|---|---|---|---|---|---|---|---|"
    cat "$RDF4J_ROWS"
  } >>"$OUT"
fi
cat "$OUT"
