#!/usr/bin/env python3
"""One convention for a bound in a review: 城镇调查失业率控制在5%以内 (of the past year).

The data contract (data/README.md, `status`) says a bound is a `limit`; most lists wrote
the bounds of the coming year so and two wrote a bound of a review as a `result`. The
convention (tests/truth/README.md) is the contract's: a bound is a `limit` wherever it
stands, its period saying which years (a review's bound is one that held). Charts of
results never draw a limit, so a bound is never drawn as a share.

Mechanical: a figure of status `result` whose qualifier, or whose change's qualifier, is
以内 or 不超过, or whose quote prints 控制在 before its number, becomes `limit`; nothing
else changes.

Usage: bounds_are_limits.py LIST.json...  (rewrites in place; prints per list how many
figures changed, with quotes for tune lists only).
"""
import sys

from truthlists import each_list, figure, save

BOUNDS = ("以内", "不超过")


def bound(fig):
    if fig.get("status", "result") != "result":
        return False
    quals = [fig.get("qualifier"), (fig.get("change") or {}).get("qualifier")]
    return any(q in BOUNDS for q in quals) or "控制在" in fig["quote"]


def main():
    for path, raw, doc, _ in each_list(sys.argv[1:]):
        lines, changed = [], []
        for line in raw.split("\n"):
            fig = figure(line, "label")
            if fig and bound(fig):
                assert line.count('"status": "result"') == 1, line
                line = line.replace('"status": "result"', '"status": "limit"')
                changed.append(fig["quote"])
            lines.append(line)
        if changed:
            save(path, "\n".join(lines))
        print(f"{path}: {len(changed)} {changed if doc['half'] == 'tune' else ''}")


if __name__ == "__main__":
    main()
