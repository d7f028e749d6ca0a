"""What a command's output should look like, as plain values: the CLI builds them, the renderer reads them.

This module imports nothing heavy, so the CLI can name the formats and build options without loading pandas
(``--help`` and ``--version`` stay fast).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: The formats of ``--format``; 'table' is a rich table on a terminal and plain text elsewhere.
FORMATS: tuple[str, ...] = ("table", "csv", "tsv", "json", "jsonl", "markdown")
#: The format an ``-o`` file gets from its extension when --format is not given. A name with no extension (a
#: device such as /dev/stdout, a FIFO) gets csv; any other extension is refused (see format_for_file).
EXTENSION_FORMATS: dict[str, str] = {".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".json": "json",
                                     ".jsonl": "jsonl", ".ndjson": "jsonl", ".md": "markdown",
                                     ".markdown": "markdown", ".txt": "table"}
#: Where an ``-o`` file's notes go, by format: markdown writes them below the table in the file itself;
#: json and jsonl (whose rows tools read as they are) get a sidecar file, the output's name + this suffix.
NOTES_SIDECAR = ".notes.txt"


def format_for_file(path: str) -> str | None:
    """The format an ``-o`` path's extension names; None for an extension no format has (a name without an
    extension is csv, so that devices and FIFOs keep working)."""
    import os.path

    suffix = os.path.splitext(path)[1].lower()
    if not suffix:
        return "csv"
    return EXTENSION_FORMATS.get(suffix)


def extension_list() -> str:
    """The known ``-o`` extensions and their formats, for an error message."""
    return ", ".join(f"{ext} ({fmt})" for ext, fmt in EXTENSION_FORMATS.items())


def format_figure(value: float | None, grouped: bool = True) -> str:
    """The one wording of a figure inside a sentence (check-claims' readings and explanations): whole numbers as
    they are, others to the fewest of 0-2 decimals that is exact, else one (66.666... -> '66.7'); thousands
    grouped ('28,819') unless ``grouped`` is off, as inside an interval '[2700, 3000)' where a comma separates
    the bounds. None is 'unknown', an infinite bound 'no upper limit'; below 0.01, two significant digits."""
    import math

    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "unknown"
    value = float(value)
    if math.isinf(value):
        return "no upper limit"
    if value != 0 and abs(value) < 0.01:
        return f"{value:.2g}"
    sep = "," if grouped else ""
    for places in (0, 1, 2):
        rounded = round(value, places)
        if math.isclose(value, rounded, rel_tol=1e-12, abs_tol=1e-9):
            return f"{rounded + 0.0:{sep}.{places}f}"
    return f"{value:{sep}.1f}"


def format_number(value: float) -> str:
    """The one human formatting of a number, in text tables, terminal views, charts and the analyses' sentences:
    whole numbers as they are, others to 2 decimals (3 significant digits below 1, so that p-values stay
    readable): 12 -> '12', 1.714 -> '1.71', 0.7143 -> '0.714'. Machine formats (csv, json) keep full precision."""
    import math

    value = float(value)
    if not math.isfinite(value):
        return ""  # no bound: empty in every format, with a note from render()
    if value.is_integer() and abs(value) < 1e15:
        return f"{int(value)}"
    if abs(value) >= 1:
        return f"{value:.2f}".rstrip("0").rstrip(".")
    text = f"{value:.3g}"
    if "e" in text:  # very small p-values
        text = f"{value:.2e}"
    return text


#: Delimiters a providers CSV may use; the loader sniffs which one from the header row.
DELIMITERS: dict[str, str] = {",": "comma", ";": "semicolon", "\t": "tab"}


@dataclass(frozen=True)
class OutputOptions:
    """How a command's table is written; built by the CLI from the shared output options."""

    format: str | None = None  # None: a rich table on a terminal, CSV in a pipe, -o's extension for a file
    fmt: str | None = None  # any tabulate format; wins over ``format``
    headers: bool = True
    output: str | None = None  # a file path; None for stdout
    escape_formulas: bool = True
    color: bool | None = None  # None: decide from the terminal and NO_COLOR
    export_svg: str | None = None
    export_html: str | None = None
    wide: bool = False  # show every column in text tables, not only the view's compact selection
    inputs: tuple[str, ...] = ()  # files the command reads: never written to
    quiet: bool = False  # no notes on stderr (files still carry theirs)
    plot: str | None = None  # a .png or .svg file for the view's chart, drawn with matplotlib
    pager: bool | None = None  # None: page long terminal views when stdout is a terminal; False: never


@dataclass(frozen=True)
class Chart:
    """A chart drawn under a terminal table (and in exports); the renderer draws whatever fields are set.

    * one bar per row of ``value``, labelled by the ``label`` columns, on one scale for all rows;
    * with ``compare`` (e.g. ('nps', 'crc')): per row, one bar per compare column on that row's own scale,
      in that row's ``unit``, with the ``low``-``high`` interval of ``value`` where known;
    * with ``low`` and ``high`` but no ``compare`` (a range chart): each row's bar runs from its ``low`` to its
      ``high`` value (a row whose low equals its high is one point), ``value`` marked on it; ``group`` names a
      column whose values head groups of consecutive rows (the table's order is kept).
    """

    value: str
    label: tuple[str, ...]
    suffix: str = ""
    compare: tuple[str, ...] = ()
    unit: str | None = None
    low: str | None = None
    high: str | None = None
    group: str | None = None
    scale: tuple[float, float] | None = None  # the measure's whole scale (e.g. 0-30): bars are drawn on it

    def __deepcopy__(self, memo) -> Chart:
        # Frozen, of immutable values: pandas deep-copies a table's attrs into every frame derived from it.
        return self


@dataclass(frozen=True)
class View:
    """How an analysis wants its table shown: a title, the columns a text table keeps, an optional chart.

    Each analysis attaches one to its result as ``table.attrs["view"]``; the renderer is the only reader.
    Machine formats (csv, json) always carry every column, whatever ``compact`` says.
    """

    title: str | None = None
    compact: tuple[str, ...] | None = None
    chart: Chart | None = None

    def __deepcopy__(self, memo) -> View:
        # As Chart's: a copy of something that cannot change would be the same value, made at 70 us each.
        return self


@dataclass(frozen=True)
class DataSource:
    """Where a command reads providers data: a path ('-' for stdin, None for the bundled file) and encoding."""

    path: str | None = None
    encoding: str = "utf-8-sig"
    delimiter: str | None = None  # None: sniffed from the header row among DELIMITERS


#: C0 controls (except tab, newline and carriage return, which delimited formats quote), DEL and C1 controls;
#: the bidirectional embeddings, overrides and isolates (U+202A-202E, U+2066-2069), which reorder what a
#: terminal or editor shows (a cell could make 'Good' read as 'dooG' or hide text); and the noncharacters
#: U+FFFE and U+FFFF, which XML (an SVG export) forbids.
_UNSAFE = "\u202a-\u202e\u2066-\u2069\ufffe\uffff"
_CONTROLS = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_UNSAFE}]")
_ALL_CONTROLS = re.compile(f"[\x00-\x1f\x7f-\x9f{_UNSAFE}]")


def _show_control(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


#: The printable ASCII characters (space to tilde): what str.isprintable passes among ASCII characters.
_PRINTABLE_ASCII = bytes(range(0x20, 0x7F))


def printable(text: str) -> bool:
    """``text.isprintable()``, for less when ``text`` is ASCII (as a large table's text usually is): the bytes
    left once every printable ASCII byte is deleted, none when all are printable (about a fifth of
    isprintable's time, which looks each character up in Unicode's tables: 0.04 s a 20 MB text)."""
    if text.isascii():  # known to CPython without a pass over the text
        return not text.encode("ascii").translate(None, _PRINTABLE_ASCII)
    return text.isprintable()


def clean_text(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` with every control character shown as an escape (``\\x1b``, ``\\u202e``), so it cannot act on
    a terminal or reorder what is shown around it.

    With ``keep_newlines``, tab, newline and carriage return stay (CSV and TSV quote them).
    """
    return (_CONTROLS if keep_newlines else _ALL_CONTROLS).sub(_show_control, text)
