#!/usr/bin/env python3
"""Writes the State Council's government work reports of 2016-2025 (none for 2020 in the
source), as real texts of another register, into OUT/gwr-cn/, those of 2011-2015 into
OUT/gwr-cn-more/, those of 2006-2010 into OUT/gwr-cn-early/ and those of 2001-2005 into
OUT/gwr-cn-early-more/ (folders beside the repository, never in it).

They come from a public repository that scraped them from Wikisource (public domain there:
each text ends with Wikisource's licence furniture, kept as web-page leftovers):
aldohemsn/chinese-political-corpora at 99bc4b0, file government_work_reports.jsonl, one JSON
object per line with `title`, `url`, `content`, `year`. Each text is the object's `title`, one
blank line, then its `content` exactly as stored (no trailing newline added).

Usage: corpus_national.py CLONE OUT   (CLONE: a git clone of that repository, any checkout)

Their truth lists were written blind to the draft (tests/truth/README.md, "Halves"). Those
of gwr-cn/ and gwr-cn-early/ are `tune` texts: their first score was taken before anyone
read their misses (tests/truth/ROUNDS.md), and rules are written from them since. Those of
gwr-cn-more/ and gwr-cn-early-more/ are `fresh`: their misses are not read, so that they
measure whether what was learnt from some years of the register holds on others. The early
folders are a decade older: the same register in the words of another government (十一五,
九五/十五), so that rules are learnt from more than one decade's habits.
"""
import json
import os
import subprocess
import sys

from corpus_text import write_new

COMMIT = "99bc4b01d11c2b884a83ecc8f966d97e17cd450e"
FILE = "government_work_reports.jsonl"
FOLDERS = {
    "gwr-cn": [2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025],
    "gwr-cn-more": [2011, 2012, 2013, 2014, 2015],
    "gwr-cn-early": [2006, 2007, 2008, 2009, 2010],
    "gwr-cn-early-more": [2001, 2002, 2003, 2004, 2005],
}


def reports(clone):
    raw = subprocess.run(["git", "-C", clone, "show", f"{COMMIT}:{FILE}"],
                         capture_output=True, check=True).stdout.decode("utf-8")
    by_year = {}
    for line in raw.splitlines():
        report = json.loads(line) if line.strip() else {}
        # A few early reports carry no year; none of them is wanted here.
        if report.get("year"):
            by_year.setdefault(int(report["year"]), []).append(report)
    return by_year


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    clone = sys.argv[1]
    by_year = reports(clone)
    for folder, years in FOLDERS.items():
        write(by_year, os.path.join(sys.argv[2], folder), years)


def write(by_year, out, years):
    os.makedirs(out, exist_ok=True)
    for year in years:
        found = by_year.get(year, [])
        if len(found) != 1:
            sys.exit(f"{FILE}: {len(found)} reports of {year}, not one")
        report = found[0]
        target = os.path.join(out, f"guowuyuan-{year}.txt")
        text = report["title"] + "\n\n" + report["content"]
        if write_new(target, text):
            print(f"wrote {target} ({len(report['content'])} characters)")


if __name__ == "__main__":
    main()
