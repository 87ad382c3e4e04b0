#!/usr/bin/env python3
"""One convention for the count of indicators a plan sets: 规划共设置26项指标.

The lists' writers disagreed (a `label` or `target` skip in some lists, a figure in
others). The convention (tests/truth/README.md) is a `label` skip: how the plan is
written, as 6个方面 is. Mechanical, the draft's own test (src/draft/inside.rs,
`plan_indicators`): a figure in 项 with no change whose quote prints its number right
after 设置/设置了/提出/共计/设立 and right before (主要|核心|约束性|预期性|量化)?指标
becomes {"quote", "number", "reason": "label"} in `skips`.

Usage: plan_indicators.py LIST.json...  (rewrites each list in place; prints per list how
many figures it converted, with the quotes for tune lists only).
"""
import re
import sys

from truthlists import each_list, figure, save_with_skips

SHAPE = r"(?:设置了?|提出|共计|设立)({num})项(?:主要|核心|约束性|预期性|量化)?指标"


def converts(fig):
    if fig.get("change") or fig.get("value") is None or fig.get("unit") != "项":
        return None
    v = fig["value"]
    num = str(int(v)) if v == int(v) else str(v)
    if not re.search(SHAPE.format(num=re.escape(num)), fig["quote"]):
        return None
    return {"quote": fig["quote"], "number": num, "reason": "label"}


def main():
    for path, raw, doc, _ in each_list(sys.argv[1:]):
        out, moved = [], []
        for line in raw.split("\n"):
            fig = figure(line, "label", "value")
            skip = converts(fig) if fig else None
            if skip:
                moved.append(skip)
                continue
            out.append(line)
        if not moved:
            print(f"{path}: 0")
            continue
        save_with_skips(path, out, moved)
        shown = [s["quote"] for s in moved] if doc["half"] == "tune" else "(test list)"
        print(f"{path}: {len(moved)} {shown}")


if __name__ == "__main__":
    main()
