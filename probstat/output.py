"""What a command's output should look like, as plain values: the CLI builds them, the renderer reads them.

This module imports nothing heavy, so the CLI can name the formats and build options without loading pandas
(``--help`` and ``--version`` stay fast).
"""

from __future__ import annotations

from dataclasses import dataclass

#: The formats of ``--format``; 'table' is a rich table on a terminal and plain text elsewhere.
FORMATS: tuple[str, ...] = ("table", "csv", "tsv", "json", "jsonl", "markdown")


@dataclass(frozen=True)
class OutputOptions:
    """How a command's table is written; built by the CLI from the shared output options."""

    format: str = "table"
    fmt: str | None = None  # any tabulate format; wins over ``format``
    headers: bool = True
    output: str | None = None  # a file path; None for stdout
    escape_formulas: bool = True
    color: bool | None = None  # None: decide from the terminal and NO_COLOR
    export_svg: str | None = None
    export_html: str | None = None
    wide: bool = False  # show every column in text tables, not only the view's compact selection


@dataclass(frozen=True)
class Chart:
    """A bar chart drawn under a terminal table: one bar per row with a value in ``value``.

    A range chart also names ``low`` and ``high``: each row's bar then runs from its ``low`` to its ``high``
    value (a row whose low equals its high is one point), and ``value`` is what a plain bar chart shows.
    ``group`` names a column whose values head groups of consecutive rows (the table's order is kept).
    """

    value: str
    label: tuple[str, ...]
    suffix: str = ""
    low: str | None = None
    high: str | None = None
    group: str | None = None


@dataclass(frozen=True)
class View:
    """How an analysis wants its table shown: a title, the columns a text table keeps, an optional chart.

    Each analysis attaches one to its result as ``table.attrs["view"]``; the renderer is the only reader.
    Machine formats (csv, json) always carry every column, whatever ``compact`` says.
    """

    title: str | None = None
    compact: tuple[str, ...] | None = None
    chart: Chart | None = None


@dataclass(frozen=True)
class DataSource:
    """Where a command reads providers data: a path ('-' for stdin, None for the bundled file) and encoding."""

    path: str | None = None
    encoding: str = "utf-8-sig"
