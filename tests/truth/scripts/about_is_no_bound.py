#!/usr/bin/env python3
"""One convention for 控制在…左右: 城镇调查失业率控制在5.5%左右, 居民消费价格涨幅控制在2%左右.

bounds_are_limits.py made every figure whose quote prints 控制在 a `limit`, and the lists
wrote 控制在…左右 so too. But 左右 bounds nothing: the text aims at about 5.5%, and "at
most about 5.5%" says what it does not. The convention (tests/truth/README.md, and the
data contract, data/README.md `status`) is that a bound word (以内, 以下, 不超过, 不高于,
低于) makes a `limit`; 控制在 with 左右 or 约 and no bound word does not, and the figure
takes its status from where it stands: `target` in the plan part (its period a plan's:
a year after the review, 2026年, or “十五五”), `result` in the review.

Mechanical: a figure of status `limit` whose quote prints 控制在, whose value's or
change's qualifier is 左右 or 约, and whose qualifiers and quote (from 控制在 on) print no
bound word, becomes `target` when its period is a plan's, else `result`; nothing else
changes.

Usage: about_is_no_bound.py LIST.json...  (rewrites in place; prints per list how many
figures changed, with quotes for tune lists only).
"""
import re
import sys

from truthlists import each_list, figure, save

ABOUT = ("左右", "约")
BOUNDS = ("以内", "以下", "不超过", "不高于", "低于")
# The lists' reports review 2025 and plan 2026 (tests/truth/README.md, 2026年 targets).
PLAN = re.compile(r"十五五|20(2[6-9]|[3-9]\d)年")


def about_not_bound(fig):
    if fig.get("status") != "limit" or "控制在" not in fig["quote"]:
        return False
    quals = [fig.get("qualifier"), (fig.get("change") or {}).get("qualifier")]
    held = fig["quote"][fig["quote"].index("控制在"):]
    # The figure's own clause: a list's quote may run on to the next figure's words.
    clause = re.split(r"[，,；;。]", held)[0]
    return (any(q in ABOUT for q in quals) and not any(q in BOUNDS for q in quals)
            and not any(b in clause for b in BOUNDS))


def status(fig):
    return "target" if PLAN.search(fig.get("period") or "") else "result"


def main():
    for path, raw, doc, _ in each_list(sys.argv[1:]):
        lines, changed = [], []
        for line in raw.split("\n"):
            fig = figure(line, "label")
            if fig and about_not_bound(fig):
                assert line.count('"status": "limit"') == 1, line
                line = line.replace('"status": "limit"', f'"status": "{status(fig)}"')
                changed.append((fig["quote"], status(fig)))
            lines.append(line)
        if changed:
            save(path, "\n".join(lines))
        print(f"{path}: {len(changed)} {changed if doc['half'] == 'tune' else ''}")


if __name__ == "__main__":
    main()
