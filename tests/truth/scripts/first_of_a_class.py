#!/usr/bin/env python3
"""One convention for a threshold that defines the class a place is the first of:
成为全国首个经济总量突破5万亿元的城市; 上海港成为全球首个年吞吐量超过5000万标准箱的
世界大港; 中西部地区首个经济总量超过3万亿元的城市.

The lists disagreed: shanghai wrote such a number as a `label` skip, chongqing as a figure
with its qualifier. The number says which class the place heads (the cities whose
economy passed 5万亿元), as a threshold of a class does (经济总量超500亿元的县域), and the
place's own level is printed as a figure where the text gives it: a `label` skip. A
threshold in a relative clause before a thing of its own (总投资超500亿元的晋北…基地: that
one base's investment) is not of this shape and stays a figure; the convention is kept
to the shape that needs no judgement: 首个/第一个/唯一 before it in its clause.

Mechanical, the draft's own test (src/draft/inside.rs, `first_of_a_class`): a figure
with a value and no change, whose number in the text follows 超过/超/突破/达到/达 in a
clause (split at ，；。) that prints 首个, 第一个 or 唯一 before it, and whose unit is
followed in the same clause by at most 6 characters without a digit and then 的, becomes
{"quote", "number", "reason": "label"} in `skips`.

Reads the report's text (whitespace removed, as quotes are).
Usage: first_of_a_class.py CORPUS LIST.json...  (rewrites each list in place; prints per
list how many figures it converted, with the quotes for tune lists only).
"""
import re
import sys

from truthlists import figures_to_skips, value_places

FIRSTS = ("首个", "第一个", "唯一")
OVER = ("超过", "超", "突破", "达到", "达")


def first_of_a_class(head, after):
    clause = re.split(r"[，；。,;]", head)[-1]
    if not head.endswith(OVER) or not any(w in clause for w in FIRSTS):
        return False
    return bool(re.match(r"[^，；。,;\d]{0,6}的", after))


def converts(fig, text):
    for num, start, end in value_places(fig, text):
        if first_of_a_class(text[:start], text[end:]):
            return {"quote": fig["quote"], "number": num, "reason": "label"}
    return None


def main():
    figures_to_skips(sys.argv[1:], converts)


if __name__ == "__main__":
    main()
