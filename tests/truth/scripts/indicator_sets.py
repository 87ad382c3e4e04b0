#!/usr/bin/env python3
"""One convention for the counts of indicators a plan sets, with their split into kinds:
设定了五大类24个主要指标，包括…16个预期性指标，以及…8个约束性指标 (fujian: `label` skips),
提出五大类21个主要指标，包括13个预期性指标、8个约束性指标 (xinjiang: figures), 以上共计28项
指标，其中预期性指标19项、约束性指标9项 (liaoning: the total a skip, the split figures).

The convention (tests/truth/README.md) is a `label` skip, as plan_indicators.py made the
total after 设置/提出/共计/设立: how the plan is written, not what it will achieve. This
script extends that test to 设定, to counts in 个, and to the clauses that split the set
(包括/其中/以及), the draft's own test (src/draft/indicator_sets.rs, `set_count`): a figure
in 项 or 个 with no change, whose number is followed by (kind)*指标 or preceded by
(kind)指标 and closes its item, and whose clause (split at ，) prints 设置/设定/提出/共计/
设立 before it, or opens with 包括/其中/以及 after clauses leading back to one. Counts
that did something (9项约束性指标全部完成, 地区生产总值等6项指标不及预期) stay figures.

Reads the report's text for the sentence (whitespace removed, as quotes are).
Usage: indicator_sets.py CORPUS LIST.json...  (rewrites each list in place; prints per
list how many figures it converted, with the quotes for tune lists only).
"""
import re
import sys

from truthlists import figures_to_skips, printed, quote_at

SETS = ("设置", "设定", "提出", "共计", "设立")
SPLITS = ("包括", "其中", "以及")
KIND = r"(?:主要|核心|约束性|预期性|预期|量化)"


def set_count(lead, rest, unit):
    after = re.match(rf"{KIND}*指标", rest)
    before = re.search(rf"{KIND}指标$", lead) and re.match(r"(?:$|[、，。；,;])", rest)
    if unit not in ("项", "个") or not (after or before):
        return False
    for clause in reversed(re.split(r"[，,]", lead)):
        if any(v in clause for v in SETS):
            return True
        if not clause.startswith(SPLITS):
            return False
    return False


def converts(fig, text):
    if fig.get("change") or fig.get("value") is None or fig.get("unit") not in ("项", "个"):
        return None
    v = fig["value"]
    num = printed(v)
    q = quote_at(fig, text)
    if q is None:
        return None
    for m in re.finditer(rf"(?<![\d.]){re.escape(num)}(?![\d.])", fig["quote"]):
        at = q + m.start()
        head = re.split(r"[。；;！？]", text[:at])[-1]
        tail = text[at + len(num):]
        if not tail.startswith(fig["unit"]):
            continue
        rest = re.split(r"[。；;！？]", tail[len(fig["unit"]):])[0]
        if set_count(head, rest, fig["unit"]):
            return {"quote": fig["quote"], "number": num, "reason": "label"}
    return None


def main():
    figures_to_skips(sys.argv[1:], converts)


if __name__ == "__main__":
    main()
