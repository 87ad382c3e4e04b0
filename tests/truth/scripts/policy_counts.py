#!/usr/bin/env python3
"""One convention for policies known by their count: 出台科技金融20条政策措施, 稳增长27条、
…等政策举措, 30条防汛避险救灾硬措施, 发展壮大36条政策措施.

The lists disagreed: most wrote N条 before 措施/举措/政策/意见 as a `name` skip, as the
data contract does (data/README.md, `name`: 稳增长27条, 20条具体举措); guizhou wrote two
as figures. The convention (tests/truth/README.md) is the contract's: 条 numbers the
articles of a document, so N条 before the policy words names the package. A count in 项
(实施稳经济30项举措, 352项重要改革举措稳步实施) counts the measures and stays a figure,
as does a count after its noun with a qualifier (出台稳增长措施近100条).

Mechanical, the draft's own test (src/draft/inside.rs, `policy_name`): a figure in 条,
no change, no qualifier, whose number in the text is followed, in its clause (up to
，；。), by 条 and then a policy word, right away, after 等, or after at most 8 characters
of Han text without 的, becomes {"quote", "number", "reason": "name"} in `skips`.

Usage: policy_counts.py CORPUS LIST.json...  (rewrites each list in place; prints per list
how many figures it converted, with the quotes for tune lists only).
"""
import re
import sys

from truthlists import figures_to_skips, quote_at

POLICY = ("举措", "措施", "政策", "具体举措", "意见")


def policy_name(rest):
    clause = re.split(r"[，；。,;]", rest)[0]
    if clause.startswith(POLICY):
        return True
    # 30条防汛避险救灾硬措施: up to 8 Han characters before the policy word, none 的.
    run = re.match(r"[\u4e00-\u9fff]{0,8}", clause).group(0).split("的")[0]
    if any(clause[i:].startswith(POLICY) for i in range(len(run))):
        return True
    return any(clause[m.end():].startswith(POLICY) for m in re.finditer("等", clause))


def converts(fig, text):
    if fig.get("change") or fig.get("qualifier") or fig.get("unit") != "条":
        return None
    v = fig.get("value")
    if v is None or v != int(v):
        return None
    num = str(int(v))
    q = quote_at(fig, text)
    if q is None:
        return None
    for m in re.finditer(rf"(?<![\d.]){num}条", fig["quote"]):
        if policy_name(text[q + m.end():]):
            return {"quote": fig["quote"], "number": num, "reason": "name"}
    return None


def main():
    figures_to_skips(sys.argv[1:], converts)


if __name__ == "__main__":
    main()
