"""The column kinds: what a cell of each kind of column may hold, and the typed value it becomes.

A kind is a function of a distinct.Batch (every distinct value of the columns of that kind, stripped) that
reports bad values with ``batch.fail(mask, message)`` and returns the typed values, one per distinct value:
key "" for the column itself, "qualifier" for a qualified figure's qualifier. schema.COLUMNS gives each column
its kind; a new check on cells is a function here and a row in KINDS.
"""

from __future__ import annotations

import re

import pandas as pd

from . import schema
from .distinct import Batch, all_match, extract

# [0-9], not \d: \d also matches other scripts' digits (e.g. Arabic-Indic), which pandas' to_numeric turns into
# NaN; every figure that passes these patterns converts to the number written.
#: A qualified figure: qualifier, whole part (commas only as thousands separators: 1,234,567), fraction.
_QUALIFIED = re.compile(r"^(>|<~|<|~)?([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\.[0-9]+)?$")
#: A figure written with a decimal comma (5,5 or 1.234,5), refused with its own message.
_DECIMAL_COMMA = re.compile(r"^(>|<~|<|~)?[0-9][0-9.]*,[0-9]+$")
#: A share written as a fraction, e.g. 2/3 for "two-thirds" (percentage columns only; see schema.FRACTION).
_FRACTION = re.compile(r"^([1-9][0-9]?)/([1-9][0-9]?)$")
_ROUND = re.compile(r"^([0-9]{4})-([0-9]{2})$")  # [0-9], not \d: only ASCII digits make a round
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_COUNT = re.compile(r"^[0-9]+$")
#: Figures at or above this are refused: they would overflow Int64 (a crash) or become inf (printed as 'inf',
#: and as the invalid JSON token Infinity) rather than being read as a number.
TOO_LARGE = 10**15

#: Kinds of column that load(categories=...) gives as categories, as it does the qualifier columns: few distinct
#: values, compared and counted over every row by the analyses, which a category does on its integer codes
#: (far cheaper than comparing text).
CATEGORY_KINDS = frozenset({"round", "sector", "rating"})


def _round(d: Batch) -> dict[str, pd.Series]:
    parts = extract(d.values, _ROUND, d.joined)
    ok = parts[0].notna() & ((parts[0].str[2:].astype(float) + 1) % 100 == parts[1].astype(float))
    d.fail(~ok, lambda v: f"{v!r} is not a round like 2018-19")
    return {"": d.values}


def _id(d: Batch) -> dict[str, pd.Series]:
    d.fail(~all_match(d.values, _SLUG, d.joined),
           lambda v: f"{v!r} is not an id (lower-case letters, digits and hyphens)")
    return {"": d.values}


def _sector(d: Batch) -> dict[str, pd.Series]:
    # Any letter case, as before; stored as schema spells it (NPS, CRC, PDU, region, national).
    canon = d.values.str.lower().map({s.lower(): s for s in schema.ALL_SECTORS})
    d.fail(canon.isna(), lambda v: f"{v!r} is not a sector; expected NPS or CRC (2018-21) or, for later "
           f"units, {', '.join(schema.UNIT_TYPES)}")
    return {"": canon}


def _rating(d: Batch) -> dict[str, pd.Series]:
    canon = d.values.str.lower().str.split().str.join(" ")
    mapped = canon.map({r.lower(): r for r in schema.RATINGS})
    d.fail(d.known & mapped.isna(), lambda v: f"{v!r} is not a rating; expected one of {', '.join(schema.RATINGS)}")
    return {"": mapped.where(d.known, None)}


def _date(d: Batch) -> dict[str, pd.Series]:
    values = d.values
    shape = values.str.match(_DATE)
    parsed = pd.to_datetime(values.where(values.str.len() != 7, values + "-01"), format="%Y-%m-%d",
                            errors="coerce")
    d.fail(d.known & (~shape | parsed.isna()), lambda v: f"{v!r} is not a date; expected YYYY-MM-DD or YYYY-MM")
    return {"": values.where(d.known, None)}


def _count(d: Batch) -> dict[str, pd.Series]:
    values, known = d.values, d.known
    whole = values.str.match(_COUNT)  # matched once, for the check and for the numbers
    d.fail(known & ~whole, lambda v: f"{v!r} is not a whole number >= 0")
    too_large = values.str.lstrip("0").str.len().gt(len(str(TOO_LARGE)) - 1)
    d.fail(known & too_large, lambda v: f"{v!r} is too large for a count")
    numbers = pd.to_numeric(values.where(known & whole & ~too_large, None), errors="coerce")
    if d.column.startswith("n_std_"):
        d.fail(numbers > schema.N_STANDARDS,
               lambda v: f"{v} is out of range; a provider has {schema.N_STANDARDS} standards")
    return {"": numbers.astype("Int64")}


def _qualified(d: Batch) -> dict[str, pd.Series]:
    numbers, qualifiers, parts = _figures(d)
    if d.kind == "qpercent":
        # Beyond 100 also when the float rounds it to 100 ('100.0000000000000001') or a qualifier puts it there
        # ('>100', more than all of them).
        fraction_digits = parts[2].fillna("").str.strip(".0")
        over = (numbers > 100) | ((numbers == 100) & ((fraction_digits != "") | (qualifiers == ">")))
        d.fail(over, lambda v: f"{v!r} is out of range 0-100 for a percentage")
        numbers = numbers.where(~over)
    return {"": numbers, "qualifier": qualifiers.fillna("").where(d.known, None)}


def _figures(d: Batch) -> tuple[pd.Series, pd.Series, pd.DataFrame]:
    """The numbers and qualifiers of a column of qualified figures (NaN where bad, after reporting it), and the
    parts of each value that _QUALIFIED read.

    Commas are accepted only as thousands separators; a decimal comma and a figure too large to hold
    exactly are errors, never a different or unknown number.
    """
    parts = extract(d.values, _QUALIFIED, d.joined)
    unread = d.known & parts[1].isna()
    # A fraction is a share: percentages only. Only a value _QUALIFIED did not read can be one, so as a rule
    # the regex pass for fractions is not needed.
    fraction, is_fraction = None, pd.Series(False, index=d.values.index)
    if d.kind == "qpercent" and unread.any():
        fraction = extract(d.values, _FRACTION, d.joined)
        is_fraction = fraction[0].notna()
    fractions = " or a fraction such as 2/3" if d.kind == "qpercent" else ""
    # Matched only where no figure was read (as a rule nowhere): over every distinct figure of a large file it
    # was a regex call per value from Python.
    decimal_comma = unread & (d.values.where(unread, "").str.match(_DECIMAL_COMMA) if unread.any() else False)
    d.fail(decimal_comma, lambda v: f"{v!r} has a decimal comma; write the decimal point as '.' (a comma may only "
           "separate thousands, as in 1,234)")
    d.fail(d.known & parts[1].isna() & ~decimal_comma & ~is_fraction, lambda v: f"{v!r} is not a number; write "
           f"1234 or 1,234, or >1234 (more than), <1234 (less than), ~1234 (around), <~1234 (nearly){fractions}")
    whole = parts[1].str.replace(",", "", regex=False)
    too_large = whole.str.lstrip("0").str.len().gt(len(str(TOO_LARGE)) - 1)
    d.fail(d.known & too_large, lambda v: f"{v!r} is too large a figure")
    numbers = pd.to_numeric((whole + parts[2].fillna("")).where(~too_large.fillna(False), None), errors="coerce")
    qualifiers = parts[0]
    if is_fraction.any():
        num, den = pd.to_numeric(fraction[0]), pd.to_numeric(fraction[1])
        above_one = is_fraction & (num > den)
        d.fail(above_one, lambda v: f"{v!r} is a fraction above 1; a share is at most 1/1")
        # reported once: left as a number it would fail the 0-100 check as well
        numbers = numbers.where(~is_fraction, (100 * num / den).where(~above_one))
        qualifiers = qualifiers.where(~is_fraction, schema.FRACTION)
    return numbers, qualifiers, parts


def _url(d: Batch) -> dict[str, pd.Series]:
    d.fail(d.known & ~d.values.str.match(r"^https?://\S+$"), lambda v: f"{v!r} is not an http(s) URL")
    return {"": d.values.where(d.known, None)}


def text(d: Batch) -> dict[str, pd.Series]:
    return {"": d.values.where(d.known, None)}


#: Column kind -> its checks, giving the typed values (one per distinct value) that go into the frame: key "" for
#: the column itself, "qualifier" for its qualifier column.
KINDS = {"round": _round, "id": _id, "sector": _sector, "rating": _rating, "date": _date, "count": _count,
          "qcount": _qualified, "qpercent": _qualified, "url": _url}

