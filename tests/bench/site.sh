#!/usr/bin/env bash
# The site of many reports on the corpus (README, "A site of many reports"): the first
# build with an empty cache, the rebuild after one report's text changes, the size of the
# index page. Works on a copy of the corpus (the corpus is never written to); skipped when
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
run() {
  local start end
  start=$(date +%s.%N)
  "$native" site --assets "$assets" --cache "$work/cache" "$work/data" "$work/dist" >"$work/$1.log"
  end=$(date +%s.%N)
  awk "BEGIN { print $end - $start }"
}
first=$(run first)
one=$(ls "$work"/data/*.txt | head -1)
printf '\n' >>"$one"
again=$(run again)
reports=$(ls -d "$work"/dist/*/ | wc -l)
index=$(stat -c %s "$work/dist/index.html")
index_gz=$(gzip -9c "$work/dist/index.html" | wc -c)
size=$(du -sb "$work/dist" | cut -f1)
printf '{"reports": %s, "first_s": %.1f, "after_one_change_s": %.1f, "index_bytes": %s, "index_gzip_bytes": %s, "site_bytes": %s}\n' \
  "$reports" "$first" "$again" "$index" "$index_gz" "$size" | tee "$work/bench-site.json"
tail -1 "$work/again.log"
