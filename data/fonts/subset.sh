#!/usr/bin/env bash
# Regenerates the Noto Sans CJK SC subsets that the social cards (dist/og/) are drawn
# with: every character of the report data and of the Rust sources, printable ASCII,
# full-width forms and CJK punctuation. See README.md.
#
#   data/fonts/subset.sh            (needs fonttools: pip install fonttools,
#                                    and Debian's fonts-noto-cjk)
set -euo pipefail
cd "$(dirname "$0")/../.."

src_dir=${NOTO_CJK_DIR:-/usr/share/fonts/opentype/noto}
out_dir=data/fonts
chars=$(mktemp)
trap 'rm -f "$chars"' EXIT

python3 - "$chars" <<'PY'
import glob, sys
chars = set()
for pattern in ("data/*.json", "src/**/*.rs"):
    for path in glob.glob(pattern, recursive=True):
        with open(path, encoding="utf-8") as f:
            chars |= set(f.read())
ranges = [
    (0x0020, 0x007E),  # printable ASCII
    (0x00B0, 0x00B1),  # ° ±
    (0x00B7, 0x00B7),  # ·
    (0x00D7, 0x00D7),  # ×
    (0x00F7, 0x00F7),  # ÷
    (0x2010, 0x2027),  # dashes, quotes, ellipsis
    (0x2030, 0x2030),  # ‰
    (0x2103, 0x2103),  # ℃
    (0x2212, 0x2212),  # minus
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0xFF01, 0xFF5E),  # full-width forms (digits, Latin, punctuation)
    (0xFFE0, 0xFFE6),  # full-width signs
]
for lo, hi in ranges:
    chars |= {chr(c) for c in range(lo, hi + 1)}
chars = sorted(c for c in chars if c.isprintable() or c == "\u3000")
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("".join(chars))
print(f"{len(chars)} characters", file=sys.stderr)
PY

for weight in Regular Bold; do
    ttc="$src_dir/NotoSansCJK-$weight.ttc"
    # The collection holds JP, KR, SC, TC, HK (and Mono); find SC by its PostScript name.
    index=$(python3 - "$ttc" "NotoSansCJKsc-$weight" <<'PY'
import sys
from fontTools.ttLib import TTCollection
for i, font in enumerate(TTCollection(sys.argv[1], lazy=True).fonts):
    if font["name"].getDebugName(6) == sys.argv[2]:
        print(i)
        break
else:
    sys.exit(f"{sys.argv[2]} not found in {sys.argv[1]}")
PY
)
    out="$out_dir/NotoSansCJKsc-$weight.subset.otf"
    # No hinting (the rasteriser ignores it), no layout tables (it does not shape),
    # the .notdef box kept (a character missing from the subset shows as a box, not as
    # nothing), every name record kept (the copyright and licence the OFL asks to
    # travel along).
    pyftsubset "$ttc" --font-number="$index" --text-file="$chars" \
        --output-file="$out" --no-hinting --layout-features= --notdef-outline --name-IDs='*' \
        --name-languages='*' --drop-tables+=BASE,VORG,vhea,vmtx
    echo "$out: $(stat -c %s "$out") bytes (collection index $index)"
done
