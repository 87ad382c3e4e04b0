"""Writes one corpus text beside the repository, as the corpus scripts (corpus_more.py,
corpus_national.py) do: never over a file of other content, which is the user's."""
import os
import sys


def write_new(target, text):
    """Writes `text` to `target`; True when written, False when the same text was there.
    Exits naming the file when one of other content is there: it is left as it is."""
    if os.path.exists(target):
        with open(target, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit(f"{target}: exists and differs; left as it is")
        return False
    with open(target, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    return True
