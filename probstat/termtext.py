"""Text for the terminal views: lines wrapped at spaces to the console's width (a URL on a line of its own),
verdict symbols that do not rest on colour, number cells, and small aligned tables. views.py lays out each
command with these.
"""

from __future__ import annotations

import math
import re
import textwrap

import pandas as pd

from .output import clean_text

#: Verdict -> (symbol, plain-text symbol for terminals that cannot show it, colour). The symbol stays when
#: colour is off (NO_COLOR), so the verdict is never told by colour alone.
VERDICT_MARKS: dict[str, tuple[str, str, str]] = {
    "supported": ("✔", "+", "green"),
    "contradicted": ("✘", "x", "bold red"),
    "unverifiable": ("?", "?", "yellow"),
    "not a claim": ("·", "-", "dim"),
}
_URL = re.compile(r"https?://\S+[^\s.,;:)\]]")


# --- lines --------------------------------------------------------------------------------------------------

def wrap(text: str, width: int, indent: str = "", first: str | None = None) -> list[str]:
    """``text`` wrapped at spaces to ``width``, never breaking a word or number; each URL on a line of its own."""
    first = indent if first is None else first
    lines: list[str] = []
    urls = _URL.findall(text)
    for i, piece in enumerate(_URL.split(text)):
        words = piece.strip(" ;,") if urls else piece.strip()
        if any(ch.isalnum() for ch in words):  # not the '.' or ')' a URL leaves behind
            lines += textwrap.wrap(words, max(width, 20), initial_indent=indent if lines else first,
                                   subsequent_indent=indent, break_long_words=False, break_on_hyphens=False)
        if i < len(urls):
            lines.append(indent + urls[i])
    return lines


def print_line(console, line: str, style: str | None = None) -> None:
    """One line as it is: the console neither wraps nor crops it (it is wrapped already); a lone URL a link."""
    from rich.style import Style
    from rich.text import Text

    if "\u00a0" in line and not (console.encoding or "").lower().replace("-", "").startswith("utf"):
        line = line.replace("\u00a0", " ")  # no-break spaces only where the terminal can show them
    text = Text(line, style=style or "")
    url = line.strip()
    if _URL.fullmatch(url):
        text = Text(line, style=Style(link=url))
    console.print(text, soft_wrap=True)


def say(console, text: str, indent: str = "", style: str | None = None, first: str | None = None) -> None:
    for line in wrap(clean_text(text), console.width, indent, first):
        print_line(console, line, style)


def verdict_symbol(console, verdict: str) -> tuple[str, str]:
    key = next((k for k in VERDICT_MARKS if verdict.startswith(k)), None)
    fancy, plain, colour = VERDICT_MARKS.get(key, ("·", "-", ""))
    try:
        fancy.encode(console.encoding or "ascii")
    except (UnicodeEncodeError, LookupError):
        fancy = plain
    return fancy, colour


def missing(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def num(value) -> str:
    from .output import format_number

    return "" if missing(value) else format_number(float(value))


def count_percent(count, percent) -> str:
    if missing(count):
        return "unknown"
    if missing(percent):
        return f"{int(count)}"
    return f"{int(count)} ({float(percent):.1f}%)".replace(".0%", "%")


# --- small text tables --------------------------------------------------------------------------------------

def table_lines(header: list[str], rows: list[list[str]], numeric: list[bool], width: int) -> list[str] | None:
    """A plain table, two spaces between columns, headers and the first column wrapped at spaces; None when
    it cannot fit ``width`` without breaking a word."""
    columns = list(zip(header, *rows, strict=True))
    widths = [max(max(len(w) for w in column[0].split() or [""]), max((len(c) for c in column[1:]), default=0))
              for column in columns]
    # the first column (the group's name) may wrap at spaces; the rest are numbers
    room = width - sum(widths[1:]) - 2 * (len(widths) - 1)
    least = max((len(w) for c in columns[0] for w in c.split()), default=1)
    if room < least:
        return None
    widths[0] = min(widths[0], room) if widths[0] > room else widths[0]
    heads = [textwrap.wrap(h, w, break_long_words=False) or [""] for h, w in zip(header, widths, strict=True)]
    depth = max(len(h) for h in heads)
    out = []
    for k in range(depth):
        parts = [(h[k - depth + len(h)] if k >= depth - len(h) else "") for h in heads]
        out.append(_join(parts, widths, numeric))
    out.append(_join(["-" * w for w in widths], widths, numeric))
    for row in rows:
        label = textwrap.wrap(row[0], widths[0], break_long_words=False) or [""]
        out.append(_join([label[0], *row[1:]], widths, numeric))
        out += ["  " + line for line in label[1:]]
    return out


def _join(cells: list[str], widths: list[int], numeric: list[bool]) -> str:
    return "  ".join(c.rjust(w) if n else c.ljust(w)
                     for c, w, n in zip(cells, widths, numeric, strict=True)).rstrip()
