#!/usr/bin/env bash
# The site of many reports on the corpus (README, "A site of many reports"): the first
# build with an empty cache, the rebuild after one report's text changes (the median of
# SITE_REBUILDS runs, each changing another report), the size of the
# index page and of the register (indicators.csv), the indicators' pages. Works on a copy of the corpus (the corpus is never written to); skipped when
# the corpus is absent. Usage: tests/bench/site.sh NATIVE ASSETS CORPUS_DIR
set -eu -o pipefail
native=$1 assets=$2 corpus=$3
if [ ! -d "$corpus" ]; then
  echo "site bench: $corpus is absent, skipped"
  exit 0
fi
work=target/bench-site
rm -rf "$work"
mkdir -p "$work/data"
cp "$corpus"/*.txt "$work/data/"
cp "$corpus"/*.json "$work/data/" 2>/dev/null || true
# SITE_FLAGS (e.g. --no-images) are passed to the command and recorded.
flags=${SITE_FLAGS:-}
# Prints the run's wall time; its CPU time (user + system, every core) goes to $work/$1.cpu.
run() {
  local start end
  # As `make site` does: the site is written afresh, the cache kept.
  rm -rf "$work/dist"
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  /usr/bin/time -f '%U %S' -o "$work/$1.time" \
    "$native" site $flags --assets "$assets" --cache "$work/cache" "$work/data" "$work/dist" >"$work/$1.log"
  end=$(date +%s.%N)
  awk '{ print $1 + $2 }' "$work/$1.time" >"$work/$1.cpu"
  awk "BEGIN { print $end - $start }"
}
first=$(run first)
first_cpu=$(cat "$work/first.cpu")
# The rebuild after one change, SITE_REBUILDS times (default 3), each after another
# report's text changed: the median of the wall times and of the CPU times.
rebuilds=${SITE_REBUILDS:-3}
texts=("$work"/data/*.txt)
: >"$work/again.walls"
: >"$work/again.cpus"
for i in $(seq 1 "$rebuilds"); do
  printf '\n' >>"${texts[$(((i - 1) % ${#texts[@]}))]}"
  run "again$i" >>"$work/again.walls"
  cat "$work/again$i.cpu" >>"$work/again.cpus"
  cp "$work/again$i.log" "$work/again.log"
done
median() { sort -g "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
again=$(median "$work/again.walls")
again_cpu=$(median "$work/again.cpus")
reports=$(ls "$work"/dist/*/index.html | wc -l)
index=$(stat -c %s "$work/dist/index.html")
index_gz=$(gzip -9c "$work/dist/index.html" | wc -c)
size=$(du -sb "$work/dist" | cut -f1)
csv=$(stat -c %s "$work/dist/indicators.csv")
csv_gz=$(gzip -9c "$work/dist/indicators.csv" | wc -c)
rows=$(($(wc -l <"$work/dist/indicators.csv") - 1))
pages=$(ls "$work"/dist/indicators/*.html | grep -vc '\.en\.html$' || true)
cores=$(nproc)
load=$(cut -d' ' -f1 /proc/loadavg)
printf '{"reports": %s, "flags": "%s", "rebuilds": %s, "first_s": %.1f, "after_one_change_s": %.1f, "ratio": %.3f, "cpu_ratio": %.3f, "first_cpu_s": %.1f, "after_one_change_cpu_s": %.1f, "cpu_per_report_s": %.2f, "index_bytes": %s, "index_gzip_bytes": %s, "indicators_csv_bytes": %s, "indicators_csv_gzip_bytes": %s, "indicators_csv_rows": %s, "indicator_pages": %s, "site_bytes": %s, "cores": %s, "load_average": %s}\n' \
  "$reports" "$flags" "$rebuilds" "$first" "$again" "$(awk "BEGIN { print $again / $first }")" "$(awk "BEGIN { print $again_cpu / $first_cpu }")" "$first_cpu" "$again_cpu" \
  "$(awk "BEGIN { print $first_cpu / $reports }")" "$index" "$index_gz" "$csv" "$csv_gz" "$rows" "$pages" "$size" "$cores" "$load" \
  | tee "$work/bench-site.json"
printf 'site of %s reports%s: first build %.1f s (%.0f s CPU), after one change (median of %s) %.1f s (%.1f s CPU; %.0f%% of the first, %.0f%% of its CPU); index %s B (%s B gzip); indicators.csv %s B, %s rows; %s indicator pages\n' \
  "$reports" "${flags:+ ($flags)}" "$first" "$first_cpu" "$rebuilds" "$again" "$again_cpu" "$(awk "BEGIN { print 100 * $again / $first }")" "$(awk "BEGIN { print 100 * $again_cpu / $first_cpu }")" \
  "$index" "$index_gz" "$csv" "$rows" "$pages"
tail -1 "$work/again.log"
