"""What every script of this folder does to the truth lists it is given: read each list
(and, for the scripts that read the report's text, that text from the corpus), find its
figures one object a line, and write the list back in the same shape once it is still
JSON. Each script keeps only its own rule. Imported by the scripts beside it (Python puts
a script's own folder first on its path).
"""
import json
import re


def each_list(args, corpus=False):
    """(path, raw, doc, text) for each truth list named in `args`. With `corpus`, the first
    argument is the corpus folder and `text` the list's report text without whitespace,
    as the lists' quotes are matched against it; else `text` is None."""
    folder, paths = (args[0], args[1:]) if corpus else (None, args)
    for path in paths:
        raw = open(path, encoding="utf-8").read()
        doc = json.loads(raw)
        text = None
        if corpus:
            text = "".join(open(f"{folder}/{doc['text']}", encoding="utf-8").read().split())
        yield path, raw, doc, text


def figure(line, *keys):
    """The figure written on `line` (a list holds one object a line), when the line is one
    and prints every key of `keys`; else None."""
    body = line.strip().rstrip(",")
    if body.startswith('{"quote"') and all(f'"{k}"' in body for k in keys):
        return json.loads(body)
    return None


def relined(line, fig):
    """`fig` written in place of the object on `line`, with the line's indent and comma."""
    indent = line[: len(line) - len(line.lstrip())]
    comma = "," if line.rstrip().endswith(",") else ""
    return indent + json.dumps(fig, ensure_ascii=False) + comma


def save(path, text):
    """Writes `text` to `path` once it reads as JSON (a script's slip fails here, before
    any list is damaged)."""
    json.loads(text)
    open(path, "w", encoding="utf-8").write(text)


def save_with_skips(path, lines, skips):
    """Writes the list `lines` to `path` with `skips` first in its `skips`; a comma left
    before a closing bracket by a figure taken out is dropped."""
    start = next(i for i, l in enumerate(lines) if l.strip().startswith('"skips"'))
    for skip in skips:
        lines.insert(start + 1, "  " + json.dumps(skip, ensure_ascii=False) + ",")
    save(path, re.sub(r",(\s*\n\s*\])", r"\1", "\n".join(lines)))


def printed(v):
    """A list's number as the text prints it: 12, not 12.0."""
    return str(int(v)) if v == int(v) else str(v)


def quote_at(fig, text):
    """Where the quote of `fig` stands in `text` (its `nth` occurrence), or None."""
    starts = [m.start() for m in re.finditer(re.escape(fig["quote"]), text)]
    return starts[fig.get("nth", 1) - 1] if starts else None


def value_places(fig, text):
    """Where a figure with a plain value and a unit (no change) prints them in `text`: the
    number as printed and the start and end of each NUMBER+UNIT of its quote, in `text`'s
    positions. Nothing for another figure, or a quote its text lacks."""
    if fig.get("change") or fig.get("value") is None or not fig.get("unit"):
        return
    num = printed(fig["value"])
    q = quote_at(fig, text)
    if q is None:
        return
    for m in re.finditer(rf"(?<![\d.]){re.escape(num)}{re.escape(fig['unit'])}", fig["quote"]):
        yield num, q + m.start(), q + m.end()


def figures_to_skips(args, converts):
    """Rewrites each list of `args` (the corpus folder first): every figure with a label
    and a value that `converts(fig, text)` turns into a skip leaves the figures for the
    skips. Prints per list how many moved, and the quotes of tune lists only."""
    for path, raw, doc, text in each_list(args, corpus=True):
        out, moved = [], []
        for line in raw.split("\n"):
            fig = figure(line, "label", "value")
            skip = converts(fig, text) if fig else None
            if skip:
                moved.append(skip)
                continue
            out.append(line)
        if not moved:
            print(f"{path}: 0")
            continue
        save_with_skips(path, out, moved)
        shown = [s["quote"] for s in moved] if doc["half"] == "tune" else "(not printed)"
        print(f"{path}: {len(moved)} {shown}")
