#!/usr/bin/env python3
"""Say in the truth lists which changes are an average a year: 年均增长5.7%.

The data file's change has a key `yearly` (data/README.md, "Change"); the lists, written
before it, printed 年均 in their quotes only. Mechanical, the same reading as the draft's
(src/check/validate/periods.rs, `printed_yearly`): a figure's change becomes
`"yearly": true` when its sentence prints 年均 within 24 characters before the
change's number (read in the text, where the quote stands), with no ，。；,; between them,
unless 年均 opens a measure (年均浓度: the annual mean, not a change a year). Comparisons (`compare`) are left alone.

Usage: yearly_changes.py CORPUS_DIR LIST.json...  (rewrites in place, one object a line; prints per
list how many changes it marked, and for tune lists only, their quotes).
"""
import re
import sys

from truthlists import each_list, figure, relined, save

REACH = 24
# 年均 that opens a measure names it (PM2.5年均浓度下降7.4%): the draft's MEASURES.
MEASURES = ("浓度", "气温", "降水", "降雨", "值", "水平")


def number(v):
    return str(int(v)) if v == int(v) else repr(v)


def yearly(text, fig):
    change = fig["change"]
    at = -1
    for _ in range(fig.get("nth", 1)):
        at = text.find(fig["quote"], at + 1)
    if at < 0:
        return False
    printed = number(change["value"])
    for m in re.finditer(r"(?<![0-9.])" + re.escape(printed) + r"(?![0-9])", fig["quote"]):
        before = text[: at + m.start()][-REACH:]
        i = before.rfind("年均")
        after = before[i + 2:] if i >= 0 else ""
        if i >= 0 and not re.search("[，。；,;]", after) and not after.startswith(MEASURES):
            return True
    return False


def main():
    for path, raw, doc, text in each_list(sys.argv[1:], corpus=True):
        half = doc["half"]
        lines, marked = [], []
        for line in raw.split("\n"):
            fig = figure(line, "change")
            c = fig.get("change") if fig else None
            if c and not c.get("yearly") and yearly(text, fig):
                c["yearly"] = True
                line = relined(line, fig)
                marked.append(fig["quote"])
            lines.append(line)
        if marked:
            save(path, "\n".join(lines))
        print(f"{path}: {len(marked)}" + (f" {marked[:3]}…" if half == "tune" and marked else ""))


if __name__ == "__main__":
    main()
