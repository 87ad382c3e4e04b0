#!/usr/bin/env python3
"""One convention for an amount a level rose by: 最低工资标准每月提高183元.

The lists' writers disagreed: most wrote it as the data file's change of kind `added`
(农民人均收入增加1207元: value null, change {kind: added, value: 1207, unit: 元}); some as
a value whose label ends in the verb (label 最低工资标准每月提高, value 183). The
convention (tests/truth/README.md) is the change. Mechanical: a figure with a value, no
change and no range whose label ends in 提高 or 增加 becomes value null, unit "", change
{kind: added, value, unit, qualifier (if any)}; its label loses the verb. 新增 (新增企业
1万家, a count of new things) is left alone.

Usage: added_changes.py LIST.json...  (rewrites each list in place, one object a line;
prints how many figures changed per list, with quotes for tune lists only).
"""
import sys

from truthlists import each_list, figure, relined, save

VERBS = ("提高", "增加")


def convert(fig):
    if fig.get("value") is None or fig.get("change") or fig.get("to") is not None:
        return None
    if not fig["label"].endswith(VERBS) or not fig.get("unit") or "%" in fig["unit"]:
        return None
    out = {}
    for k, v in fig.items():
        if k == "label":
            out[k] = v[:-2]
        elif k == "value":
            out[k] = None
        elif k == "unit":
            out[k] = ""
            change = {"kind": "added", "value": fig["value"], "unit": v}
            if fig.get("qualifier"):
                change["qualifier"] = fig["qualifier"]
            out["change"] = change
        elif k != "qualifier":
            out[k] = v
    return out


def main():
    for path, raw, doc, _ in each_list(sys.argv[1:]):
        lines, changed = [], []
        for line in raw.split("\n"):
            fig = figure(line, "label")
            new = convert(fig) if fig else None
            if new:
                line = relined(line, new)
                changed.append(new["quote"])
            lines.append(line)
        if changed:
            save(path, "\n".join(lines))
        print(f"{path}: {len(changed)} {changed if doc['half'] == 'tune' else ''}")


if __name__ == "__main__":
    main()
