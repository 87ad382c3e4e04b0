#!/usr/bin/env python3
"""One convention for a count that restates the names listed right before it.

长白山、三江、吉光3个省实验室: the 3 says no more than the three names do. The lists'
writers disagreed (a figure in most lists, a `label` skip in others); the convention
(tests/truth/README.md, "Restated counts") is a skip with reason `label`.

Mechanical, the same test as the draft's (src/draft/inside.rs, `restated_count`): a
figure with a value, no change, a count unit, and a clause before its number that is a
list of exactly that many items (split at 、, plus one for 和/及/与 in the last item,
the last not ending in 的,
a trailing 等 allowed, no digit in any item). Such a figure becomes
{"quote", "number", "reason": "label"} in `skips`; nothing else changes.

Usage: restated_counts.py CORPUS_DIR LIST.json...  (rewrites each list in place; prints
per list how many figures it converted, with the quotes for tune lists only, so that the
test half's texts are never read by a person).
"""
import re
import sys

from truthlists import figures_to_skips

COUNT_UNITS = {"个", "家", "座", "条", "件", "项", "所", "支", "处", "种", "只", "名", "位"}
BOUNDS = "，；。：！？,;:（("


def clause_before(text, at):
    i = at
    while i > 0:
        c = text[i - 1]
        if c in BOUNDS:
            break
        # “省市共建、一室一策”支持…: a closing quote ends a clause unless an item ends there.
        if c in "”》）)" and i < len(text) and text[i] != "、" and i != at:
            break
        i -= 1
    return text[i:at]


def restated(lead, value):
    if value != int(value) or value < 2:
        return False
    lead = lead[:-1] if lead.endswith("等") else lead
    items = lead.split("、")
    if any(re.search(r"[0-9]", it) for it in items) or any(not it for it in items):
        return False
    # 规模最大、技术领先的2座: words that describe, not names.
    if items[-1].endswith("的"):
        return False
    k = len(items)
    if re.search("[和及与]", items[-1]):
        k += 1
    return k >= 2 and k == int(value) and all(len(it) <= 16 for it in items[1:])


def find_nth(hay, needle, n):
    at = -1
    for _ in range(n):
        at = hay.find(needle, at + 1)
        if at < 0:
            return -1
    return at


def converts(text, fig):
    if fig.get("change") or fig.get("value") is None or fig.get("unit") not in COUNT_UNITS:
        return None
    if fig.get("to") is not None:
        return None
    at = find_nth(text, fig["quote"], fig.get("nth", 1))
    if at < 0:
        return None
    v = fig["value"]
    num = str(int(v)) if v == int(v) else str(v)
    m = re.search(r"(?<![0-9.])" + re.escape(num) + re.escape(fig["unit"]), fig["quote"])
    if not m:
        return None
    pos = at + m.start()
    if not restated(clause_before(text, pos), v):
        return None
    return {"quote": fig["quote"], "number": num, "reason": "label"}


def main():
    figures_to_skips(sys.argv[1:], lambda fig, text: converts(text, fig))


if __name__ == "__main__":
    main()
