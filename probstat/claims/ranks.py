"""League positions in prose: "X came top of the league", "Y was ranked second-worst of the CRCs".

A position is judged against what the data allow (analysis.league.rank_bounds): every position from a
provider's best possible rank to its worst. It is supported only when the data fix that provider at the
stated position, contradicted only when the position lies outside everything the data allow, and
unverifiable otherwise, with the positions that remain possible.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import lazy_re as re
from . import vocabulary as vocab
from .anchored import Anchored

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10}
_ORDINAL_WORDS = "|".join(_ORDINALS) + r"|[0-9]{1,2}(?:st|nd|rd|th)"


def _ordinal_group(name: str) -> str:
    return f"(?P<{name}>{_ORDINAL_WORDS})"

# "from the top" counts down from the best provider, "from the bottom" up from the worst.
_TOP = (r"(?:top\s+of\s+the\s+(?:league|table|rankings?)|topped\s+the\s+(?:league|table|rankings?)"
        r"|(?:ranked|placed|came|finished)\s+(?:first|top)|the\s+(?:best|highest)[\s-](?:performing|ranked|placed)"
        r"|the\s+best\s+performer)")
_BOTTOM = (r"(?:bottom\s+of\s+the\s+(?:league|table|rankings?)|(?:ranked|placed|came|finished)\s+(?:last|bottom)"
           r"|the\s+(?:worst|lowest)[\s-](?:performing|ranked|placed)|the\s+worst\s+performer)")
_NTH_TOP = _ordinal_group("ord_top") + (r"(?:[\s-](?:best|highest)[\s-](?:performing|ranked|placed)"
                                        r"|\s+(?:place|in\s+the\s+(?:league|table)))")
_NTH_RANKED = (r"(?:ranked|placed|came|finished)\s+" + _ordinal_group("ord_ranked")
               + r"\b(?![\s-](?:worst|lowest|from))")
_NTH_BOTTOM = _ordinal_group("ord_bottom") + (r"(?:[\s-](?:worst|lowest)(?:[\s-](?:performing|ranked|placed))?"
                                              r"|\s+from\s+(?:the\s+)?bottom)")
RANK_RE = re.compile(r"(?<![\w-])(?:(?P<top>" + _TOP + r")|(?P<bottom>" + _BOTTOM + r")|(?P<nthbottom>"
                     + _NTH_BOTTOM + r")|(?P<nthtop>" + _NTH_TOP + r")|(?P<ranked>" + _NTH_RANKED + r"))(?![\w-])",
                     re.IGNORECASE)
RANK_RE = Anchored(RANK_RE)  # searched in every sentence: most hold none of its words (anchored.py)
# "... of the CRCs", "among NPS divisions", "the best-performing CRC": the sector the league is of.
_SCOPE = re.compile(r"[\s,]*(?:(?:of|among|amongst)\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+)?)?(?P<pop>"
                    + vocab.alternation(vocab.POPULATION_WORDS) + r")(?![\w-])", re.IGNORECASE)


@dataclass(frozen=True)
class Position:
    """A stated league position: ``place`` counted from the top (``from_top``) or from the bottom."""

    place: int
    from_top: bool
    sector: str | None  # the league of one sector ("of the CRCs"), or None for all providers
    start: int
    end: int

    def describe(self) -> str:
        return "top" if self.place == 1 and self.from_top else "bottom" if self.place == 1 else \
            f"{_ordinal(self.place)} from the {'top' if self.from_top else 'bottom'}"


def _ordinal(n: int) -> str:
    return {1: "1st", 2: "2nd", 3: "3rd"}.get(n, f"{n}th")


def _place(m: re.Match[str]) -> int:
    word = (m.group("ord_top") or m.group("ord_ranked") or m.group("ord_bottom") or "").lower()
    if word in _ORDINALS:
        return _ORDINALS[word]
    return int(re.match(r"[0-9]+", word).group(0)) if word else 1


def find_positions(text: str) -> list[Position]:
    """Every league position stated in ``text`` (one sentence), with the sector named right after it."""
    out = []
    for m in RANK_RE.finditer(text):
        from_top = bool(m.group("top") or m.group("nthtop") or m.group("ranked"))
        place = 1 if (m.group("top") or m.group("bottom")) else _place(m)
        scope = _SCOPE.match(text, m.end())
        sector = None
        if scope:
            words = re.sub(r"\s+", " ", scope.group("pop")).lower()
            sector = next((v for k, v in vocab.POPULATION_WORDS.items() if k.lower() == words), None)
        out.append(Position(place, from_top, sector, m.start(), m.end()))
    return out


def positions_in(text: str, start: int, end: int) -> list[Position]:
    """``find_positions(text[start:end])``, none at once where the span holds none of RANK_RE's words (looked up
    in the text's own index: most sentences hold none, and the slice is then not folded to be asked)."""
    return find_positions(text[start:end]) if RANK_RE.holds_within(text, start, end) else []


def position_verdict(place: int, from_top: bool, best: int, worst: int, compared: int) -> tuple[str, str]:
    """(verdict, positions the data allow in words) for a stated place against rank bounds [best, worst]."""
    wanted = place if from_top else compared + 1 - place
    allowed = f"position {best}" if best == worst else f"any position from {best} to {worst}"
    allowed += f" of {compared}"
    if best == worst == wanted:
        return "supported", allowed
    if wanted < best or wanted > worst:
        return "contradicted", allowed
    return "unverifiable", allowed
