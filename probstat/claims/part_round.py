"""The round each part of a sentence is judged over: the sentence's, a round the part's own shape read, or, for
a part that says "the following year", the unit's inspection after the sentence's round."""

from __future__ import annotations

from . import vocabulary as vocab
from .readings import Part, Statement
from .unit_facts import unit_rounds


def with_round(p: Part, rnd: tuple[str | None, str, bool]) -> Part:
    """``p`` with the round(s) it is judged over, from the sentence's ``rnd`` (round, how, sure)."""
    name, how, sure = rnd
    if p.round_sure and len(p.rounds) == 1:
        name, how, sure = p.rounds[0], p.round_how, True  # a round its shape read beside it
    elif sure and p.dated and p.dated[1] and name and vocab.month_far_from_round(*p.dated, name):
        name, how, sure = None, "", False  # "X, rated R1 in May 2022, was rated R2 in 2024-25": its own month
    pid = getattr(p.reading, "provider", None) or next(iter(getattr(p.reading, "providers", None) or ()), None)
    if p.first and pid and sure and how == "written in the sentence" and unit_rounds(pid):
        # "supervised 13,531 people at its first inspection and ... at its second, in 2019-20": the first is its own
        name, how = unit_rounds(pid)[0], f"{pid}'s first inspection in the data (the sentence says its first)"
    if p.following and pid and name and "," not in name:
        # "X, rated Outstanding for leadership, was rated Good the following year": the unit's next inspection
        # after the round the sentence is in (or the text, when it writes none)
        later = [rd for rd in unit_rounds(pid) if rd > name]
        if not later:
            return replaced(p, reading=None, problem=f"the following year: no inspection of {pid} after {name}")
        name, how, sure = later[0], f"{pid}'s inspection after {name} ({how}; the following year)", True
    rounds = tuple(name.split(",")) if name else ()
    if len(rounds) > 1:
        name = None  # every round written is a reading of its own; the judge asks them all
    reading = p.reading
    if isinstance(reading, Statement) and reading.round is None:
        reading = replaced(reading, round=name, round_how=how, round_sure=sure)
    return replaced(p, reading=reading, rounds=rounds, round_how=how, round_sure=sure)


def replaced(obj: Part | Statement, **changes: object) -> Part | Statement:
    """``dataclasses.replace(obj, **changes)`` for a Part or Statement, read for every part of a text: their fields
    are all set by ``__init__`` and nothing else (no ``__post_init__``), so a copy of the fields is the same."""
    new = object.__new__(obj.__class__)
    new.__dict__.update(obj.__dict__, **changes)
    return new
