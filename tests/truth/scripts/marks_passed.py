#!/usr/bin/env python3
"""One convention for a count of marks passed: 连续迈上4个万亿元台阶, 连跨3个千亿级台阶.

The lists disagreed: three tune lists wrote the count as a figure in 个 (a count the text
prints: how many thresholds the indicator crossed), one as a `label` skip. The convention
(tests/truth/README.md) is the figure: value N, unit 个, no change, status `result`, its
label naming the mark (地区生产总值迈上万亿元台阶); the level reached, where printed
(达到13.8万亿元), is a figure of its own. A number of years (连续4年跨越千亿级台阶) is a
`duration` skip and stays one.

Mechanical, the same for both halves: a skip whose quote prints its number right before
个 and 台阶 within six characters after (not across ，、。；) becomes such a figure, moved to
the end of the list's figures; a figure of that shape gets unit 个. Nothing else changes.

Usage: marks_passed.py LIST.json...  (rewrites in place; prints per list how many entries
changed, with quotes for tune lists only).
"""
import json
import re
import sys

MARK = re.compile(r"(\d+)个([^，、。；\d]{0,6}?)台阶")


def mark(quote, number):
    m = MARK.search(quote)
    return m if m and m.group(1) == str(number) else None


def label(quote, m):
    # The subject and verb before the count, the mark after it: 地区生产总值连续迈上 + 万亿元台阶.
    head = quote[: m.start()]
    for w in ("连续", "连"):
        head = head.replace(w, "")
    return f"{head}{m.group(2)}台阶"


def main():
    for path in sys.argv[1:]:
        raw = open(path, encoding="utf-8").read()
        half = json.loads(raw)["half"]
        lines, moved, changed = [], [], []
        for line in raw.split("\n"):
            body = line.strip().rstrip(",")
            entry = json.loads(body) if body.startswith('{"quote"') else None
            if entry and "reason" in entry and "label" not in entry:
                m = mark(entry["quote"], entry["number"])
                if m and entry["reason"] != "duration":
                    fig = {"quote": entry["quote"], "label": label(entry["quote"], m),
                           "value": int(m.group(1)), "unit": "个", "status": "result"}
                    moved.append("    " + json.dumps(fig, ensure_ascii=False))
                    changed.append(entry["quote"])
                    continue
            if entry and "label" in entry and entry.get("value") is not None:
                m = mark(entry["quote"], int(entry["value"]) if entry["value"] == int(entry["value"]) else entry["value"])
                if m and entry.get("unit") != "个" and entry.get("change") is None:
                    entry["unit"] = "个"
                    line = line[: len(line) - len(line.lstrip())] + json.dumps(entry, ensure_ascii=False) + ("," if body != line.strip() else "")
                    changed.append(entry["quote"])
            lines.append(line)
        if moved:
            # Before the closing bracket of "figures": the last figure gets its comma.
            end = next(i for i, l in enumerate(lines) if l.startswith('  "skips"')) - 1
            assert lines[end].strip() == "],", lines[end]
            last = end - 1
            if not lines[last].rstrip().endswith(","):
                lines[last] = lines[last] + ","
            lines[end:end] = [",\n".join(moved)]
        fixed = "\n".join(lines)
        # A skip removed from the end of its array leaves a trailing comma.
        fixed = re.sub(r",\n(\s*\])", r"\n\1", fixed)
        json.loads(fixed)
        if changed:
            open(path, "w", encoding="utf-8").write(fixed)
        print(f"{path}: {len(changed)} {changed if half == 'tune' else ''}")


if __name__ == "__main__":
    main()
