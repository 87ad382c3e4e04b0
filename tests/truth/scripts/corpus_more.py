#!/usr/bin/env python3
"""Writes the seven 2026 provincial work reports that gzbg-2026 lacks, as that corpus
writes its texts, into OUT/gzbg-2026-more/ (a folder beside the repository, never in it).

They come from the same public repository and commit as gzbg-2026 (its README, "Where each
text came from"): johncodes404/china-provincial-gov-reports-2026 at ad4c815, one row per
file output/2026_raw_text/2026_<province>_政府工作报告.csv. Each text is the row's `title`,
one blank line, then its `full_text` exactly as stored (no trailing newline added).

Usage: corpus_more.py CLONE OUT   (CLONE: a git clone of that repository, any checkout)

The texts were held out of every rule of the draft: their truth lists (tests/truth/
gzbg-2026-more/) were written blind to the draft, and their half is `fresh`
(tests/truth/README.md, "Halves").
"""
import csv
import io
import os
import subprocess
import sys

from corpus_text import write_new

COMMIT = "ad4c815c4acefe47240a3afaece74e1eb2011dd3"
TEXTS = {
    "tianjin": "天津市", "heilongjiang": "黑龙江省", "gansu": "甘肃省", "jiangxi": "江西省",
    "zhejiang": "浙江省", "sichuan": "四川省", "guangdong": "广东省",
}


def row(clone, province):
    path = f"output/2026_raw_text/2026_{province}_政府工作报告.csv"
    raw = subprocess.run(["git", "-C", clone, "show", f"{COMMIT}:{path}"],
                         capture_output=True, check=True).stdout.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    if len(rows) != 1:
        sys.exit(f"{path}: {len(rows)} rows, not one")
    return rows[0]


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    clone, out = sys.argv[1], os.path.join(sys.argv[2], "gzbg-2026-more")
    os.makedirs(out, exist_ok=True)
    for slug, province in TEXTS.items():
        r = row(clone, province)
        target = os.path.join(out, f"{slug}.txt")
        text = r["title"] + "\n\n" + r["full_text"]
        if write_new(target, text):
            print(f"wrote {target} ({len(r['full_text'])} characters, published {r['publish_date']})")


if __name__ == "__main__":
    main()
