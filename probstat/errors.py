"""The one error type probstat raises for bad input, and the exit codes the CLI maps it to."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes, documented in the README."""

    OK = 0
    CONTRADICTED = 1  # check-claims found a claim the data contradicts (like `black --check`)
    USAGE = 2  # click's own code for bad options and arguments
    DATA = 3  # unreadable or invalid data, claims file or output path
    INTERNAL = 70  # a bug in probstat (sysexits EX_SOFTWARE): never expected, reported on one line
    INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT


#: The longest an Error line may be, in characters: a message is cut to fit.
MAX_LINE = 299
#: How much of a user's text (an option value, a file name, a cell) a message quotes.
EXCERPT = 60


def excerpt(text, limit: int = EXCERPT, *, quote: bool = True) -> str:
    """A short, escaped, one-line form of text a user gave, for a message: control and line-breaking characters
    as escapes, cut to ``limit`` characters with the full length said; quoted like repr() unless ``quote`` is
    False. Every message that echoes user text goes through here."""
    text = str(text)
    cut = text[:limit]
    shown = cut.encode("unicode_escape").decode("ascii") if not cut.isprintable() else cut
    if len(shown) > limit:
        shown = shown[:limit]
    if len(text) > limit:
        shown = f"{shown}... ({len(text):,} characters)"
    return repr(shown) if quote else shown


def one_line(text: str, limit: int = MAX_LINE) -> str:
    """``text`` as a single line of at most ``limit`` characters: the last guard before an Error line is printed."""
    line = " ".join(str(text).split())
    if not line.isprintable():
        line = "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in line)
    return line if len(line) <= limit else line[: limit - 3] + "..."


#: A typed value this much longer than every choice is not a typo of one: no suggestion is looked for.
_LONGER_BY = 3
#: Values longer than this get no suggestion: the one-typo search costs work in proportion to the length.
_LONGEST_TYPO = 100
#: Above this many choices difflib (a full comparison per choice) is too slow, and only single typos are looked for.
_FUZZY_CHOICES = 2000


def did_you_mean(value: str, choices) -> str:
    """" (did you mean 'x'?)" for the choice closest to a mistyped ``value``, or '' when none is close."""
    import difflib

    wanted = str(value).strip().lower()
    choices = [str(c) for c in choices]
    longest = max((len(c) for c in choices), default=0)
    if not wanted or len(wanted) > min(longest + _LONGER_BY, _LONGEST_TYPO):
        return ""
    if len(choices) > _FUZZY_CHOICES:
        close = _one_typo_away(wanted, choices)
    else:
        close = difflib.get_close_matches(wanted, choices, n=1, cutoff=0.6)
    return f" (did you mean {excerpt(close[0])}?)" if close else ""


def _one_typo_away(value: str, choices: list[str]) -> list[str]:
    """The choices one deleted, inserted, replaced or swapped character from ``value``, in ``choices`` order.

    Costs a set lookup per variant (a few hundred), where difflib compares every choice: a million provider ids
    took difflib 18 s.
    """
    present = set(choices)
    # Only letters ids are written in, at most a hundred of them: the variants are len(value) * len(letters).
    letters = sorted(set("".join(c for c in choices[:1000])) | set(value))[:100]
    splits = [(value[:i], value[i:]) for i in range(len(value) + 1)]
    variants = {a + b[1:] for a, b in splits if b}
    variants |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    variants |= {a + ch + b[1:] for a, b in splits if b for ch in letters}
    variants |= {a + ch + b for a, b in splits for ch in letters}
    found = variants & present
    return [c for c in choices if c in found][:1]


def _printable(text: str | None) -> str | None:
    return None if text is None else excerpt(text, quote=False)


class ProbstatError(Exception):
    """A problem a person can act on, located by file, row and column where they are known.

    str(error) is the single line the CLI prints after ``Error: ``.
    """

    exit_code = ExitCode.DATA
    location_label = "column "  # how the third part of the location is introduced

    def __init__(self, message: str, *, file: str | None = None, row: int | None = None,
                 column: str | None = None):
        super().__init__(message)
        self.message = message
        self.file = file
        self.row = row
        self.column = column

    def __str__(self) -> str:
        where = []
        if self.file:
            where.append(excerpt(self.file, 2 * EXCERPT, quote=False))
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"{self.location_label}{self.column}")
        prefix = ", ".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message


class DataError(ProbstatError):
    """A providers or sources CSV that cannot be read or fails validation."""


class UnknownChoice(ProbstatError):
    """An option value that names nothing in the data (an unknown round, provider, domain or grouping)."""

    exit_code = ExitCode.USAGE


class ClaimsError(ProbstatError):
    """A claims file that cannot be read or is malformed, located by claim id and key where known."""

    location_label = ""

    def __init__(self, message: str, *, file: str | None = None, row: int | None = None,
                 claim: str | None = None, key: str | None = None):
        # An id or key from the file is echoed in a one-line message: control characters are shown escaped.
        claim, key = _printable(claim), _printable(key)
        where = ", ".join(p for p in (f"claim {claim}" if claim else None, f"key {key}" if key else None) if p)
        super().__init__(message, file=file, row=row, column=where or None)
        self.claim, self.key = claim, key


class OutputError(ProbstatError):
    """The output file cannot be written."""
