"""The typing engine: each column checked once per distinct value, and the typed values spread back over its rows.

A column of a million rows holds a few thousand distinct ratings, dates or figures; the columns of one kind
are checked together as a Batch (their distinct values end to end), so each check in kinds.py is one pandas
call however many columns and rows there are.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .collector import Reporter, first_true


class Distinct:
    """One column as its distinct values and each row's code into them; ``position`` is the column's place in
    the file, which orders its errors among the other columns'.

    Checks and conversions run once per distinct value and are then spread back over the rows: a column of a
    million rows holds a few thousand distinct ratings, dates or figures, and pandas' .str methods make one
    Python call per value. A categorical column (as parsing.parse_columns reads most columns) already is codes and
    distinct values; any other column is factorized here.
    """

    def __init__(self, column: pd.Series, kind: str, name: str, position: int = 0, reporter: Reporter | None = None):
        self.column, self.kind, self.file, self.position = str(column.name), kind, name, position
        self.reporter = reporter if reporter is not None else Reporter()
        self.labels = column.index  # each row's position in the file, for error messages
        if isinstance(column.dtype, pd.CategoricalDtype):
            # Categories are sorted (pandas' parser) or in order of first appearance per block (pyarrow's), so a
            # lower code is not always an earlier row: fail() searches the rows.
            self.codes = column.cat.codes.to_numpy()
            uniques = column.cat.categories.to_numpy(dtype=object)
            self.in_row_order = False
        elif column.dtype == object:
            # Read as plain objects because nearly every value is distinct (_column_dtypes): each row is its
            # own value, which spares hashing a million strings to find the few repeats.
            self.codes, uniques = np.arange(len(column)), column.to_numpy()
            self.in_row_order = True
        else:
            # Not sorted: codes number distinct values in order of first appearance. The object array
            # factorizes in about half the time of the string array that holds it.
            self.codes, uniques = pd.factorize(column.to_numpy(dtype=object), sort=False)
            self.in_row_order = True
        self.uniques = uniques
        # Set by the Batch the column is checked in: the batch, and where this column's values lie in it.
        self.batch: Batch | None = None
        self.lo = self.hi = 0

    @property
    def values(self) -> pd.Series:
        """The distinct values, whitespace stripped (this column's part of its batch's)."""
        return self.batch.part(self.batch.values, self)

    @property
    def known(self) -> pd.Series:
        """Per distinct value: is it known (not empty)?"""
        return self.batch.part(self.batch.known, self)

    def fail(self, bad: pd.Series, message) -> None:
        """Raise for the first row whose distinct value is ``bad`` (a mask over the distinct values)."""
        if self.reporter.collecting:
            self._record_all(bad, message)
            return
        code = first_true(bad)
        if code is None:
            return
        if self.in_row_order:
            # The lowest bad code is the bad value that appears first, so its first row is the first bad row.
            row = int((self.codes == code).argmax())
        else:
            row = int(bad.to_numpy(dtype=bool)[self.codes].argmax())
            code = int(self.codes[row])
        self.reporter.report(self.values.iloc[code], self.file, int(self.labels[row]) + 2, self.column, message)

    def _record_all(self, bad: pd.Series, message) -> None:
        """Record every row whose distinct value is ``bad``, in row order."""
        bad_codes = bad.to_numpy().nonzero()[0]
        if len(bad_codes):
            for position in np.flatnonzero(np.isin(self.codes, bad_codes)):
                code = self.codes[position]
                self.reporter.report(self.values.iloc[code], self.file, int(self.labels[position]) + 2, self.column,
                                     message)

    def spread(self, batch_values, index: pd.Index) -> pd.Series:
        """This column's part of ``batch_values`` (an array, one per distinct value of its batch) as one per row."""
        # copy=False: the array is new (or, when every value is distinct, a temporary's); a copy would cost a
        # pass over every row of every column.
        if self.in_row_order and self.hi - self.lo == len(self.codes):  # all distinct, in order: codes are 0..n-1
            return pd.Series(batch_values[self.lo:self.hi], index=index, copy=False)
        # This column's part first (a view), then its codes into it: no pass to offset a million codes.
        return pd.Series(batch_values[self.lo:self.hi].take(self.codes), index=index, copy=False)

    def spread_categories(self, values: pd.Series, index: pd.Index) -> pd.Series:
        """``values`` (one per distinct value) as one per row, as categories sorted as text (missing: NaN)."""
        inverse, categories = pd.factorize(values.to_numpy(dtype=object), sort=True)
        # Spread as the categorical's own small codes, and not checked again (factorize made them): a pass over
        # a million int64 codes to narrow them, and two to check them, saved per column.
        inverse = inverse.astype(np.int8 if len(categories) < 127 else np.int16 if len(categories) < 32767
                                 else np.int32)
        codes = inverse if self.in_row_order and len(inverse) == len(self.codes) else inverse.take(self.codes)
        dtype = pd.CategoricalDtype(pd.Index(categories, dtype="str"))
        return pd.Series(pd.Categorical.from_codes(codes, dtype=dtype, validate=False), index=index, copy=False)



#: Joins distinct values for one regular-expression pass over all of them. It cannot start or end a value
#: that the checks accept, so a pattern that holds over the joined text holds for each value.
JOIN = "\x00"
PADDED = re.compile(r"\x00\s")
#: What stripped() removes around a value.
PADDING = " \t\r\n"


def join_values(values: pd.Series) -> str:
    """``values`` end to end, each one between two JOIN."""
    return JOIN + JOIN.join(values) + JOIN


def stripped(values: pd.Series) -> tuple[pd.Series, str | None]:
    """``values`` with surrounding whitespace removed, and their join_values text when (as usual) none had any (two
    regex passes over it tell), else None."""
    joined = join_values(values)
    # Whitespace after a separator starts a value; reversed, whitespace after a separator ends one. (A
    # literal first character lets the regex engine skip ahead; a leading \s would be tried everywhere.)
    if not PADDED.search(joined) and not PADDED.search(joined[::-1]):
        return values, joined
    # Only the blanks a spreadsheet pads with: a vertical tab, form feed or other exotic space before a figure
    # is not padding, and left in place it makes the value fail its check instead of passing as the figure.
    return values.str.strip(PADDING), None


def all_match(values: pd.Series, pattern: re.Pattern, joined: str) -> pd.Series:
    """Per value: does ``pattern`` (anchored, not matching JOIN) match it whole? One regex pass over their
    ``joined`` text when all do."""
    whole = f"(?:{pattern.pattern.strip('^$')})"
    if re.compile(f"{whole}(?:{JOIN}{whole})*").fullmatch(joined, 1, len(joined) - 1):
        return pd.Series(True, index=values.index)
    return values.str.fullmatch(pattern.pattern.strip("^$"))


def extract(values: pd.Series, pattern: re.Pattern, joined: str) -> pd.DataFrame:
    """``values.str.extract(pattern)`` (a column per group, NaN where a value does not match or a group takes no
    part) for an anchored ``pattern`` none of whose groups matches an empty string, found in one regex pass
    over the values' ``joined`` text (str.extract calls the regex engine once per value from Python)."""
    if joined.count(JOIN) != len(values) + 1:  # a value holds the separator: one by one
        return values.str.extract(pattern)
    # Each value is the pattern (whose $ also matches before a final newline), or else anything up to the next
    # separator (all groups '').
    each = re.compile(f"{JOIN}(?:{pattern.pattern.strip('^$')}\n?(?={JOIN})|[^{JOIN}]*(?={JOIN}))")
    found = np.array(each.findall(joined), dtype=object).reshape(len(values), pattern.groups)
    found[found == ""] = None
    return pd.DataFrame(found, index=values.index)


class Batch:
    """The columns of one kind, checked as one: their distinct values end to end, so that each check is one
    pandas call for all of them (on a small file the calls, not the values, are the cost).

    Failures are held, not raised: the caller replays them in column order, then check order, which is the
    order in which checking one column at a time met them.
    """

    def __init__(self, members: list[Distinct], kind: str):
        self.members, self.kind = members, kind
        self.column = members[0].column  # what _count asks of its column; a batch's columns share it
        self.bounds = np.cumsum([0, *(len(m.uniques) for m in members)])
        self.values, joined = stripped(pd.Series(np.concatenate([m.uniques for m in members]), dtype=object))
        self.joined = joined if joined is not None else join_values(self.values)
        # Joined, an empty value leaves two separators side by side: none there, none empty (one substring
        # search instead of a comparison per value).
        self.known = (pd.Series(True, index=self.values.index) if JOIN * 2 not in self.joined
                      else self.values.ne(""))
        for member, lo, hi in zip(members, self.bounds[:-1], self.bounds[1:], strict=True):
            member.batch, member.lo, member.hi = self, int(lo), int(hi)
        self.failures: list[tuple[int, int, Distinct, pd.Series, object]] = []

    def part(self, values: pd.Series, member: Distinct) -> pd.Series:
        """``member``'s part of ``values`` (one per distinct value of the batch)."""
        if len(self.members) == 1:
            return values
        return pd.Series(values.array[member.lo:member.hi], copy=False)

    def spread(self, values: pd.Series, index: pd.Index, categories: bool) -> list[pd.Series]:
        """``values`` (one per distinct value of the batch) as one Series per column, one value per row.

        Text is typed once for the batch, not per column: for a small file the pandas calls are the cost.
        """
        if categories:
            return [m.spread_categories(self.part(values, m), index) for m in self.members]
        array, present = values.array, None
        if values.dtype == object:
            present = values.notna().to_numpy()
            # Typed as text over the distinct values: a Series built from a million-row object array would
            # check every cell for the same thing (a second per million rows and column).
            text = values.astype("str").array if present.any() else array
        # A column of nothing but None stays object, as a Series built from it always was.
        return [m.spread(text if present is not None and present[m.lo:m.hi].any() else array, index)
                for m in self.members]

    def fail(self, bad, message) -> None:
        """Hold, for each column, the failure of its distinct values that are ``bad``."""
        # Most checks find nothing: a boolean Series is read as it is, without a filled copy.
        if isinstance(bad, pd.Series) and bad.dtype == bool:
            bad = bad.to_numpy()
        else:
            bad = np.asarray(pd.Series(bad).fillna(False), dtype=bool)
        if not bad.any():
            return
        for member, lo, hi in zip(self.members, self.bounds[:-1], self.bounds[1:], strict=True):
            if bad[lo:hi].any():
                self.failures.append((member.position, len(self.failures), member, pd.Series(bad[lo:hi]), message))

