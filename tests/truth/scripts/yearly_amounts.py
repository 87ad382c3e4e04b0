#!/usr/bin/env python3
"""Say in the truth lists which values are an average a year: 城镇新增就业年均超过70万人.

The data file's figure has a key `yearly` (data/README.md, "Figure"); the lists printed
年均 before an amount in their quotes only, so a draft that printed 70万 as five years'
amount scored right. Mechanical, the draft's own reading (src/check/validate/periods.rs,
`printed_yearly_value`): a figure with a value becomes `"yearly": true` when its sentence
prints 年均 within 24 characters before the value's number (read in the text, where the
quote stands), with no ，。；,;、 between them and no change between them (增长, 增速,
增幅, 上涨, 涨幅, 下降, 提高, 增加, 减少, %, 倍: 年均增长6.7%、达到3650亿元 is the change's 年均), unless 年均
opens a measure (年均浓度: the annual mean, a level). The list gets `"yearly_amounts":
true`: the score compares a figure's `yearly` only in lists so read.

Usage: yearly_amounts.py CORPUS_DIR LIST.json...  (rewrites in place, one object a line;
prints per list how many figures it marked, and their quotes). Run on tune lists only: a
fresh list is read by nobody who writes the draft's rules.
"""
import re
import sys

from truthlists import each_list, figure, printed, quote_at, relined, save

REACH = 24
MEASURES = ("浓度", "气温", "降水", "降雨", "值", "水平")
CHANGES = ("增长", "增速", "增幅", "上涨", "涨幅", "下降", "提高", "增加", "减少", "%", "％", "倍")


def yearly(text, fig):
    at = quote_at(fig, text)
    if at is None or fig.get("value") is None:
        return False
    num = printed(fig["value"])
    for m in re.finditer(r"(?<![0-9.])" + re.escape(num) + r"(?![0-9.])", fig["quote"]):
        before = text[: at + m.start()][-REACH:]
        i = before.rfind("年均")
        after = before[i + 2:] if i >= 0 else ""
        if (
            i >= 0
            and not re.search("[，。；,;、]", after)
            and not after.startswith(MEASURES)
            and not any(c in after for c in CHANGES)
        ):
            return True
    return False


def main():
    for path, raw, doc, text in each_list(sys.argv[1:], corpus=True):
        if doc["half"] != "tune":
            print(f"{path}: not a tune list, left alone")
            continue
        lines, marked = [], []
        for line in raw.split("\n"):
            fig = figure(line, "value")
            if fig and not fig.get("yearly") and yearly(text, fig):
                fig["yearly"] = True
                line = relined(line, fig)
                marked.append(fig["quote"])
            if line.strip().startswith('"half"') and '"yearly_amounts"' not in raw:
                lines.append(line)
                line = line[: len(line) - len(line.lstrip())] + '"yearly_amounts": true,'
            lines.append(line)
        save(path, "\n".join(lines))
        print(f"{path}: {len(marked)} {marked}")


if __name__ == "__main__":
    main()
