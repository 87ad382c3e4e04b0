#!/usr/bin/env python3
"""One convention for a mark passed, then the level reached: 地区生产总值迈上6万亿元台阶，
达到62661亿元; 地方一般公共预算收入突破4000亿元、达到4211亿元.

The lists disagreed: hubei wrote the mark as a `label` skip, guizhou (突破2万亿元、达到
23562亿元) and xinjiang (首次突破2万元、达到20793元) as a figure beside the level. The
convention (tests/truth/README.md) is the skip: where the level reached follows the mark
in the next clause, the mark only says which round number the level passed, and the
level is the figure. A mark alone (迈上300亿斤台阶, no level after it) stays a figure in
the unit as printed; a count of marks (连续迈上4个万亿元台阶) is marks_passed.py's.

Mechanical, the draft's own test (src/draft/levels.rs, `mark_before_level`): a figure with
a value, no change, whose number in the text follows 突破/迈上/跨上/跨越/站上 and whose
unit is followed, after an optional 大关/台阶/关口/大台阶/新台阶, by ， or 、, an optional
adverb (稳步, 首次, 历史性, 进一步, 顺利, 已, 再) and 达到 or 达 and a digit, becomes
{"quote", "number", "reason": "label"} in `skips`.

Reads the report's text (whitespace removed, as quotes are).
Usage: marks_before_levels.py CORPUS LIST.json...  (rewrites each list in place; prints
per list how many figures it converted, with the quotes for tune lists only).
"""
import re
import sys

from truthlists import figures_to_skips, value_places

PASSES = ("突破", "迈上", "跨上", "跨越", "站上")
MARKS = ("大关", "台阶", "关口", "大台阶", "新台阶")
ADVERBS = ("稳步", "首次", "历史性", "进一步", "顺利", "已", "再")


def level_follows(after):
    for m in MARKS:
        if after.startswith(m):
            after = after[len(m):]
            break
    if not after[:1] in ("，", "、", ","):
        return False
    r = after[1:]
    for a in ADVERBS:
        if r.startswith(a):
            r = r[len(a):]
            break
    return bool(re.match(r"(?:达到|达)\d", r))


def converts(fig, text):
    for num, start, end in value_places(fig, text):
        if text[:start].endswith(PASSES) and level_follows(text[end:]):
            return {"quote": fig["quote"], "number": num, "reason": "label"}
    return None


def main():
    figures_to_skips(sys.argv[1:], converts)


if __name__ == "__main__":
    main()
