#!/usr/bin/env bash
# Importer benchmarks: a generated Decidim-style export (COMMENTS proposal comments) and a Pol.is
# export (VOTES votes), each imported to N-Triples in a fresh JVM with a fixed heap, beside plain
# Jena writing the same number of statements in the same run. Peak heap from the JVM's pools,
# peak RSS from /usr/bin/time.
#
#   bench/import.sh                               # 1M comments, 10M votes, -Xmx512m
#   COMMENTS=100000 VOTES=1000000 bench/import.sh
#
# Needs the project built: mvn -B -q install -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
COMMENTS=${COMMENTS:-1000000}
VOTES=${VOTES:-10000000}
HEAP=${HEAP:-512m}
WORK=${BENCH_WORK:-$(mktemp -d)}
OUT=$ROOT/bench/results/import-latest.md
mkdir -p "$ROOT/bench/results"
if [ ! -f bench/target/classpath.txt ]; then
  echo "bench: build first: mvn -B -q install -DskipTests" >&2
  exit 2
fi
CP="$ROOT/bench/target/classes:$(cat bench/target/classpath.txt)"

# op ARGS...: prints the Operation line plus " rss_mb=N".
op() {
  local line rss
  line=$(/usr/bin/time -f "RSS %M" -o "$WORK/time.txt" java -Xmx$HEAP -cp "$CP" org.debatescore.bench.ImportBench "$@")
  rss=$(sed -n 's/^RSS //p' "$WORK/time.txt")
  echo "$line rss_mb=$(( rss / 1024 ))"
}
field() { sed -n "s/.* $1=\([0-9]*\).*/\1/p" <<<"$2"; }

java -cp "$CP" org.debatescore.bench.ImportBench gen-decidim "$COMMENTS" "$WORK/decidim" >/dev/null
java -cp "$CP" org.debatescore.bench.ImportBench gen-polis "$VOTES" "$WORK/polis" >/dev/null

{
  echo "# Import benchmark"
  echo
  echo "Run $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(java -version 2>&1 | sed -n 1p), -Xmx$HEAP for every JVM."
  echo "Command: \`COMMENTS=$COMMENTS VOTES=$VOTES HEAP=$HEAP bench/import.sh\`"
  echo
  echo "| source | records | statements | import ms | records/s | peak heap MB | peak RSS MB | plain Jena writing as many statements, ms | ratio |"
  echo "|---|---|---|---|---|---|---|---|---|"
} >"$OUT"
for src in decidim polis; do
  line=$(op import "$src" "$WORK/$src" "$WORK/$src.nt")
  ms=$(field ms "$line"); recs=$(field records "$line"); triples=$(field triples "$line")
  heap=$(field peak_heap_mb "$line"); rss=$(field rss_mb "$line")
  base=$(op jena-write "$triples" "$WORK/$src-jena.nt"); bms=$(field ms "$base")
  rate=$(awk -v r="$recs" -v m="$ms" 'BEGIN { printf "%d", r * 1000 / m }')
  ratio=$(awk -v a="$ms" -v b="$bms" 'BEGIN { printf "%.2f", a / b }')
  echo "| $src | $recs | $triples | $ms | $rate | $heap | $rss | $bms | $ratio |" >>"$OUT"
done
cat "$OUT"
