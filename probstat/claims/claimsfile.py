"""Read a claims file (TOML) into validated Claim objects.

Claims files come from other people and from the web, so they are data only: TOML parsed by the standard
library (no code, no eval, no query strings), with limits on size, nesting and count, and every key
checked. Every error names the file, the claim id and the key.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..bundled import bundled_path
from ..errors import ClaimsError, excerpt
from ..files import read_text
from . import lazy_re as re
from .quantifiers import Reading, interpret

BUNDLED_CLAIMS = "claims-2019-10-10.toml"
MAX_BYTES = 1_000_000
MAX_CLAIMS = 2_000
MAX_DEPTH = 5  # file > claims list > claim > consistency > parts list
MAX_STRING = 2_000
#: Phrases in a claim's ``also`` list: a handful of other wordings of one figure, never a text.
MAX_ALSO = 20
#: The largest magnitude a reading may give: figures are people and providers, far below this, and every
#: figure under it is exact in a float (integers to 2**53).
MAX_FIGURE = 10**15
#: A rate or share out of nothing ("one in zero", "five of 0"): the wording table would read its first number
#: alone, so it is refused rather than read as something it does not say.
_OUT_OF_ZERO = re.compile(r"\b(?:in|of)\s+(?:0+|zero|nought|nil|none)\b", re.IGNORECASE)
#: A round as HMIP's inspection years are written: 2018-19, the second year the next one.
_ROUND = re.compile(r"((?:19|20)[0-9]{2})-([0-9]{2})")
EVIDENCE_KEYS = ("metric", "consistency", "corroboration", "needs")
CLAIM_KEYS = frozenset({"id", "claim", "phrase", "context", "unit", "also", "reading", "sense", *EVIDENCE_KEYS})
#: How a claim's words are meant: "everyday" marks a word such as "significant" used in its ordinary sense,
#: where the source made no statistical claim, so a test can show the data consistent with it but not
#: support it.
SENSES = ("everyday",)
READING_KEYS = frozenset({"low", "high", "low_closed", "high_closed", "unit", "rule"})
CONSISTENCY_KEYS = frozenset({"matches", "parts", "unit"})
UNITS = ("count", "percent", "points", "months", "p-value")
_QUANTIFIER_UNITS = {"count", "percent", "points"}


@dataclass(frozen=True)
class Claim:
    """One checkable statement: what the text says, which evidence to use, and how to read its words."""

    id: str
    claim: str
    phrase: str
    unit: str | None = None
    context: str | None = None
    also: tuple[str, ...] = ()
    reading: dict[str, Any] | None = None
    metric: dict[str, Any] | None = None
    consistency: dict[str, Any] | None = None
    corroboration: str | None = None
    needs: str | None = None
    sense: str | None = None

    @property
    def evidence(self) -> str:
        """Which kind of evidence the claim asks for."""
        if self.metric is not None:
            return "data"
        if self.consistency is not None:
            return "consistency"
        if self.corroboration is not None:
            return "corroboration"
        return "unverifiable"


@dataclass(frozen=True)
class ClaimsFile:
    """A parsed claims file: its metadata and its claims in file order."""

    name: str
    meta: dict[str, Any] = field(default_factory=dict)
    claims: tuple[Claim, ...] = ()


def reading_for(claim: Claim, name: str) -> Reading:
    """The interval a claim's figure phrase stands for: an override from the file, or the wording table."""
    if claim.reading is not None:
        r = claim.reading
        return check_reading(Reading(
            low=float(r["low"]), high=float(r["high"]), low_closed=bool(r.get("low_closed", True)),
            high_closed=bool(r.get("high_closed", True)), unit=r.get("unit", claim.unit or "count"),
            rule=f"override: {r.get('rule', 'given in the claims file')}", value=float(r["low"])),
            name, claim.id, "reading")
    return interpret_phrase(claim.phrase, claim.unit, name, claim.id, "phrase")


def interpret_phrase(phrase: str, unit: str | None, name: str, claim_id: str, key: str) -> Reading:
    """Read a figure phrase with the wording table; a ClaimsError naming the claim and key if it cannot."""
    if _OUT_OF_ZERO.search(phrase):
        raise ClaimsError(f"{excerpt(phrase)} is a rate or share out of zero, which has no value",
                          file=name, claim=claim_id, key=key)
    try:
        if unit is None or unit in _QUANTIFIER_UNITS:
            reading = interpret(phrase, unit)
        else:  # other units (months, p-values) read the number as a count and keep the unit's name
            reading = replace(interpret(phrase, "count"), unit=unit)
    except (ValueError, OverflowError) as exc:
        raise ClaimsError(f"cannot read a figure in {excerpt(phrase)} ({excerpt(str(exc), quote=False)}); give a "
                          "reading table instead", file=name, claim=claim_id, key=key) from None
    return check_reading(reading, name, claim_id, key)


def _depth(value: Any, limit: int = MAX_DEPTH) -> int:
    """How deep tables and lists nest, counted without recursion and only up to ``limit`` + 1 (so a file
    of 500 nested dotted tables costs nothing and cannot exhaust the stack)."""
    deepest = 0
    stack = [(value, 0)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            level += 1
            deepest = max(deepest, level)
            if deepest > limit:
                return deepest
            stack.extend((child, level) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def _err(name: str, claim_id: str | None, key: str | None, message: str) -> ClaimsError:
    return ClaimsError(message, file=name, claim=claim_id, key=key)


def _text(name, cid, key, value, *, required=False) -> str | None:
    if value is None:
        if required:
            raise _err(name, cid, key, "is required")
        return None
    if not isinstance(value, str) or not value.strip():
        raise _err(name, cid, key, f"must be a non-empty string, not {excerpt(value)}")
    if len(value) > MAX_STRING:
        raise _err(name, cid, key, f"is longer than {MAX_STRING} characters")
    return value.strip()


def _table(name, cid, key, value, allowed: frozenset | None = None) -> dict | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise _err(name, cid, key, 'must be a table, e.g. { name = "providers" }')
    if allowed is not None:
        unknown = sorted(set(value) - allowed)
        if unknown:
            raise _err(name, cid, f"{key}.{unknown[0]}", f"unknown key; expected one of {', '.join(sorted(allowed))}")
    return value


def _check_round(name: str, cid: str, value: Any) -> None:
    """A metric's round must be 'all' or written as HMIP's rounds are (2018-19); one that is well formed but not
    in the data is left to the check, which reports it unverifiable, naming the rounds the data has."""
    if value is None or value == "all":
        return
    match = _ROUND.fullmatch(value) if isinstance(value, str) else None
    if match is None or (int(match[1][2:]) + 1) % 100 != int(match[2]):
        raise _err(name, cid, "metric.round", f"{excerpt(value)} is not a round such as 2018-19 (or 'all')")


def check_reading(reading: Reading, name: str, claim_id: str, key: str) -> Reading:
    """``reading`` when it is a figure this data can hold (finite, not negative, a percentage within 0-100, no
    larger than MAX_FIGURE; a lower bound such as 'more than X' may have no upper end), else a ClaimsError naming
    the claim and key."""
    low, high = reading.low, reading.high
    open_top = high == math.inf and reading.rule in ("over", "at least")
    if not (math.isfinite(low) and (math.isfinite(high) or open_top)) or \
            max(abs(low), 0 if open_top else abs(high)) > MAX_FIGURE:
        raise _err(name, claim_id, key, f"reads as {excerpt(reading.describe())}, beyond any figure in the data")
    if reading.unit in ("count", "percent") and high < 0:
        raise _err(name, claim_id, key, f"reads as {excerpt(reading.describe())}: a {reading.unit} is never "
                   "negative")
    if reading.unit == "percent" and low > 100:
        raise _err(name, claim_id, key, f"reads as {excerpt(reading.describe())}: a share of cases or providers "
                   "is at most 100 per cent")
    return reading


def _claim(name: str, index: int, raw: Any, seen: set[str]) -> Claim:
    if not isinstance(raw, dict):
        raise _err(name, f"#{index + 1}", None, "each [[claims]] entry must be a table")
    cid = raw.get("id")
    if not isinstance(cid, str) or not cid.strip():
        raise _err(name, f"#{index + 1}", "id", "is required and must be a non-empty string")
    cid = cid.strip()
    if cid in seen:
        raise _err(name, cid, "id", "is used by an earlier claim; ids must be unique")
    seen.add(cid)
    unknown = sorted(set(raw) - CLAIM_KEYS)
    if unknown:
        raise _err(name, cid, unknown[0], f"unknown key; expected some of {', '.join(sorted(CLAIM_KEYS))}")
    given = [k for k in EVIDENCE_KEYS if k in raw]
    if len(given) != 1:
        raise _err(name, cid, ", ".join(given) or None,
                   f"needs exactly one of {', '.join(EVIDENCE_KEYS)} (found {len(given)})")
    unit = _text(name, cid, "unit", raw.get("unit"))
    if unit is not None and unit not in UNITS:
        raise _err(name, cid, "unit", f"{unit!r} is not a unit; expected one of {', '.join(UNITS)}")
    also = raw.get("also", [])
    if not isinstance(also, list) or not all(isinstance(a, str) and a.strip() for a in also):
        raise _err(name, cid, "also", "must be a list of phrases")
    if len(also) > MAX_ALSO:
        raise _err(name, cid, "also", f"has {len(also):,} phrases; at most {MAX_ALSO} other wordings of the figure")
    for phrase in also:
        _text(name, cid, "also", phrase)
    reading = _table(name, cid, "reading", raw.get("reading"), READING_KEYS)
    if reading is not None:
        for key in ("low", "high"):
            value = reading.get(key)
            if not isinstance(value, int | float) or isinstance(value, bool):
                raise _err(name, cid, f"reading.{key}", "is required and must be a finite number")
            # magnitude first: isfinite() of a 400-digit TOML integer raises OverflowError
            if abs(value) > MAX_FIGURE or not math.isfinite(value):
                raise _err(name, cid, f"reading.{key}", f"is beyond {MAX_FIGURE:.0e} in size; no figure here is")
        if reading.get("unit") is not None and reading["unit"] not in UNITS:
            raise _err(name, cid, "reading.unit",
                       f"{reading['unit']!r} is not a unit; expected one of {', '.join(UNITS)}")
        if reading["low"] > reading["high"]:
            raise _err(name, cid, "reading.low", "is greater than reading.high")
        for key in ("low_closed", "high_closed"):
            if key in reading and not isinstance(reading[key], bool):
                raise _err(name, cid, f"reading.{key}", f"must be true or false, not {reading[key]!r}"[:200])
        if "rule" in reading:
            _text(name, cid, "reading.rule", reading["rule"])
        if "unit" in reading and not isinstance(reading["unit"], str):
            raise _err(name, cid, "reading.unit", "must be a string")
    metric = _table(name, cid, "metric", raw.get("metric"))
    if metric is not None:
        from .metrics import check_params  # the registry knows each metric's parameters

        problem = check_params(metric)
        if problem:
            raise _err(name, cid, f"metric.{problem[0]}" if problem[0] else "metric", excerpt(problem[1], 200,
                                                                                              quote=False))
        _check_round(name, cid, metric.get("round"))
    consistency = _table(name, cid, "consistency", raw.get("consistency"), CONSISTENCY_KEYS)
    if consistency is not None:
        if ("matches" in consistency) == ("parts" in consistency):
            raise _err(name, cid, "consistency", "needs exactly one of matches (a phrase) or parts (a list)")
        parts = consistency.get("parts")
        if parts is not None and (not isinstance(parts, list) or not parts
                                  or not all(isinstance(p, str) for p in parts)):
            raise _err(name, cid, "consistency.parts", "must be a non-empty list of phrases")
        if "matches" in consistency:
            _text(name, cid, "consistency.matches", consistency["matches"], required=True)
        if consistency.get("unit") is not None and consistency["unit"] not in UNITS:
            raise _err(name, cid, "consistency.unit",
                       f"{consistency['unit']!r} is not a unit; expected one of {', '.join(UNITS)}")
    sense = _text(name, cid, "sense", raw.get("sense"))
    if sense is not None and sense not in SENSES:
        raise _err(name, cid, "sense", f"{sense!r} is not a sense; expected one of {', '.join(SENSES)}")
    context = _text(name, cid, "context", raw.get("context"))
    phrase = _text(name, cid, "phrase", raw.get("phrase"), required=True)
    if context is not None and not any(p.lower() in context.lower() for p in (phrase, *also)):
        # The context locates the phrase in a text, so it must contain it.
        raise _err(name, cid, "context", f"must contain the phrase {phrase!r}")
    return Claim(
        id=cid, claim=_text(name, cid, "claim", raw.get("claim"), required=True),
        phrase=phrase, unit=unit, context=context, also=tuple(a.strip() for a in also),
        reading=reading, metric=metric, consistency=consistency,
        corroboration=_text(name, cid, "corroboration", raw.get("corroboration")),
        needs=_text(name, cid, "needs", raw.get("needs")), sense=sense,
    )


def load_claims(source: str | Path | None = None, *, encoding: str = "utf-8-sig") -> ClaimsFile:
    """Parse and validate a claims file; the bundled one for HMIP's October 2019 release by default."""
    name = ("<stdin>" if str(source) == "-" else str(source)) if source is not None else BUNDLED_CLAIMS
    path = source if source is not None else bundled_path(BUNDLED_CLAIMS)
    if source is not None and str(source) != "-" and Path(source).is_file() and Path(source).stat().st_size > MAX_BYTES:
        raise ClaimsError(f"is larger than {MAX_BYTES:,} bytes; refusing to read it", file=name)
    try:
        text = read_text(path, encoding=encoding, label=name)
    except ClaimsError:
        raise
    except Exception as exc:  # the loader's DataError, re-labelled for a claims file
        raise ClaimsError(getattr(exc, "message", str(exc)), file=name) from None
    if len(text) > MAX_BYTES:
        raise ClaimsError(f"is larger than {MAX_BYTES:,} bytes; refusing to read it", file=name)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ClaimsError(f"not valid TOML: {exc}", file=name) from None
    except RecursionError:
        raise ClaimsError(f"nested more than {MAX_DEPTH} levels deep", file=name) from None
    if _depth(data) > MAX_DEPTH:
        raise ClaimsError(f"nested more than {MAX_DEPTH} levels deep", file=name)
    unknown = sorted(set(data) - {"meta", "claims"})
    if unknown:
        raise _err(name, None, unknown[0], "unknown top-level key; expected [meta] and [[claims]]")
    meta = _table(name, None, "meta", data.get("meta", {})) or {}
    for key, value in meta.items():  # title, source_url, published, ...: all plain text
        _text(name, None, f"meta.{key}", value)
    raw_claims = data.get("claims")
    if not isinstance(raw_claims, list) or not raw_claims:
        raise _err(name, None, "claims", "no [[claims]] entries found")
    if len(raw_claims) > MAX_CLAIMS:
        raise _err(name, None, "claims", f"more than {MAX_CLAIMS} claims")
    seen: set[str] = set()
    claims = tuple(_claim(name, i, c, seen) for i, c in enumerate(raw_claims))
    for claim in claims:  # every figure must be readable before anything is computed
        reading_for(claim, name)
        spec = claim.consistency or {}
        for phrase in ([spec["matches"]] if "matches" in spec else spec.get("parts", [])):
            interpret_phrase(phrase, spec.get("unit", claim.unit), name, claim.id, "consistency")
    return ClaimsFile(name=name, meta=meta, claims=claims)
