"""The cells a metric's figure rests on: (round, provider_id, column) of each row in scope whose column is known,
listed only when a check for circular evidence reads them."""

from __future__ import annotations

import pandas as pd


class Cells:
    """The (round, provider_id, column) cells a figure rests on, as a sequence of tuples listed when first read.

    Only a check for circular evidence reads them, and only with a sources table: listing them for every
    claim would build a tuple per row in scope (hundreds of thousands on a large file) that nothing reads.
    """

    def __init__(self, *parts: tuple[pd.DataFrame, str], lister=None):
        self._parts = parts  # (rows, column): the rows whose column is known
        self._listed: tuple[tuple[str, str, str], ...] | None = None
        # known_cells(rows, column) by default; a caller whose claims share their rows can remember each part's
        self._lister = lister or known_cells

    def _list(self) -> tuple[tuple[str, str, str], ...]:
        if self._listed is None:
            self._listed = tuple(cell for rows, column in self._parts for cell in self._lister(rows, column))
            self._parts = ()  # the rows are no longer needed once listed
        return self._listed

    def __iter__(self):
        return iter(self._list())

    def __len__(self) -> int:
        return len(self._list())

    def __contains__(self, cell) -> bool:
        return cell in self._list()

    def __eq__(self, other) -> bool:
        return isinstance(other, (Cells, tuple)) and self._list() == tuple(other)

    def __hash__(self) -> int:
        return hash(self._list())

    def __repr__(self) -> str:
        return f"Cells({self._list()!r})"


def known_cells(rows: pd.DataFrame, column: str) -> tuple[tuple[str, str, str], ...]:
    """(round, provider_id, column) of each of ``rows`` whose ``column`` is known, in row order."""
    if column not in rows:
        return ()
    known = rows[column].notna().to_numpy()  # on arrays: .loc and itertuples were a tenth of a claims check's profile
    rounds, ids = (rows[c].to_numpy(dtype=object)[known] for c in ("round", "provider_id"))
    return tuple((r, p, column) for r, p in zip(rounds, ids, strict=True))
