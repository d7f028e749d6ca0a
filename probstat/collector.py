"""Where a load's cell and row errors go: raised at the first (the default), or all recorded (validate).

A Reporter is made per load and handed to everything that checks cells, so no state outlives a call.
"""

from __future__ import annotations

import pandas as pd

from .errors import DataError

#: Cell values and column names quoted in error messages are cut to this many characters, so that a 100 KB
#: cell gives a readable one-line error.
SHOWN = 60


def short(text: str) -> str:
    """``text`` cut to SHOWN characters for an error message."""
    return text if len(text) <= SHOWN else text[: SHOWN - 3] + "..."


def label(column: str) -> str:
    """A column name as shown in an error: (blank), or repr()'d when it holds a newline or other control
    character (the CLI promises exactly one error line), cut to a readable length."""
    if not column:
        return "(blank)"
    return short(column) if column.isprintable() else repr(short(column))


def first_true(mask: pd.Series) -> int | None:
    """Position of the first True in ``mask``."""
    if not mask.any():
        return None
    return int(mask.to_numpy().nonzero()[0][0])


class Collected:
    """The cell errors of a file found while collecting (``load(..., collect=Collected())``): the first LISTED,
    and a count of all."""

    LISTED = 100

    def __init__(self):
        self.errors: list[DataError] = []
        self.count = 0

    def add(self, error: DataError) -> None:
        """Count ``error``, and keep it while fewer than LISTED are kept."""
        self.count += 1
        if len(self.errors) < self.LISTED:
            self.errors.append(error)


class Reporter:
    """Raises the DataError for a bad value, or, given a Collected, records it and goes on."""

    def __init__(self, collected: Collected | None = None):
        self.collected = collected

    @property
    def collecting(self) -> bool:
        """Is every bad cell wanted, rather than the first?"""
        return self.collected is not None

    def report(self, value, name: str, row: int, column: str, message) -> None:
        """Raise (or record) the DataError for a bad ``value``; ``message`` is text, or a function of the value
        giving it."""
        if isinstance(value, str):
            value = short(value)  # a 100 KB cell must not make a 100 KB error line
        error = DataError(message(value) if callable(message) else message, file=name, row=row, column=column)
        if self.collected is None:
            raise error
        self.collected.add(error)

    def fail(self, mask: pd.Series, frame: pd.DataFrame, name: str, column: str, message) -> None:
        """Raise (or record) for the first row of ``frame`` where ``mask`` holds (every such row while
        collecting)."""
        first = first_true(mask)
        if first is None:
            return
        for position in ([first] if self.collected is None else mask.to_numpy().nonzero()[0]):
            self.report(frame[column].iloc[position] if column in frame else "", name,
                        int(frame.index[position]) + 2, column, message)
