"""Turn a sentence into typed tokens (tags) from the vocabulary, so that shapes can be matched over tags.

Every tag has a one-letter code; a sentence becomes a string of codes, one per tag, and a shape is a regular
expression over that string (matcher.py). The codes:

    P provider or unit named      A the subject referred to ("the CRC", "it", "the organisation")
    S population noun ("CRCs")    W owner ("Sodexo")                 R rating ("Good", "below Good")
    T standard ("leadership")     Z standards counted ("standards")  K "overall"
    N a figure (from extract.py)  Q quantifier ("all", "none")       E exception ("but", "apart from")
    X negation ("not", "failed to")                                  H change ("improved", "same rating as")
    V rating verb ("rated")       B auxiliary ("was", "has been")    I inspected
    U people ("people")           M supervising ("supervises")       Y round ("2018-19")
    F "of", "out of"              G comparison between providers     L sector likelihood ("times as likely")
    D superlative ("most common") O "other", "remaining"             J figure noun the data lack ("cases")
    , clause punctuation          w any other word

The words come from vocabulary.py, the data (provider names, aliases, owners) and tag_words.py (the function
words). Tagging is one pass of one regular expression over the text."""

from __future__ import annotations

import re
from functools import lru_cache, partial

from .. import schema
from . import vocabulary as vocab
from .extract import NumericExpression
from .tag_bounds import SIDES
from .tag_bounds import bounded as join_bound
from .tag_joins import (
    _LINKS,
    _after_rating_in,
    _division_of_nps,
    _names_unit,
    _possessor,
    _region_of,
    _units_of_region,
    both_populations,
    last_joins,
    noun_joins,
    pdu_services,
    place_after_kind,
    place_possessive,
    region_after,
    unname_other_sector,
)
from .tag_nouns import given_most_often, inspections_done, names_before_plural
from .tag_one import SAYS as _SAYS
from .tag_one import one_tag as _one
from .tag_regions import early_places
from .tag_type import Tag
from .tag_words import ANAPHORA as _ANAPHORA
from .tag_words import DETERMINERS as _DETERMINERS
from .tag_words import FUNCTION_WORDS as _FUNCTION_WORDS
from .tag_words import GROUP_PRONOUNS as _GROUP_PRONOUNS
from .tag_words import SINGULAR as _SINGULAR
from .tag_words import WHOLE_SERVICE as _WHOLE_SERVICE
from .tag_words import Lexicon, place_link, restricts, small_quantifies, year_at
from .word_trie import compile_trie

# the plain words in lower case _tidy joins or changes: a side of a bounded rating ("or worse"), a link before a
# place ("the division for London"), "probation" after a name, and "parts"/"areas" before a region
_JOINING = frozenset((*SIDES, *_LINKS, "probation", "parts", "areas"))
_YEAR = re.compile(r"20[0-4]\d")  # a figure that may be a year ("its 2019 report")
_THE_ITS = ("the", "its", "their", "our", "s", "'s", "\u2019s")  # ("its most recent inspection": no count)

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z]{2})(?=[a-z])")


@lru_cache(maxsize=4)
def lexicon(path: str | None = None) -> Lexicon:
    """Every word the tagger knows, the data's provider names and owners among them (cached per data file)."""
    table: dict[str, tuple[str, object]] = dict(_FUNCTION_WORDS)
    table.update({w.lower(): ("A", kind) for w, kind in _ANAPHORA.items()})
    table.update({w.lower(): ("S", sector) for w, sector in vocab.POPULATION_WORDS.items()})
    table.update({w.lower(): ("R", meaning) for w, meaning in vocab.RATING_WORDS.items()})
    # "the Inspectorate's second lowest rating": the same words without their article
    table.update({w.lower()[4:]: ("R", meaning) for w, meaning in vocab.RATING_WORDS.items()
                  if w.lower().startswith("the ") and re.search(r"rating|grade|mark|category", w.lower())})
    for rating in ("Good", "Requires improvement", "Inadequate"):
        # "Good or better", "Requires improvement or worse": ratings bounded from one side.
        at = schema.RATINGS.index(rating)
        for tail, side in (("or better", schema.RATINGS[: at + 1]), ("or above", schema.RATINGS[: at + 1]),
                           ("or worse", schema.RATINGS[at:]), ("or below", schema.RATINGS[at:])):
            table[f"{rating} {tail}".lower()] = ("R", tuple(side))
        for head in ("at least", "at worst", "no worse than", "at best", "no better than", "at most"):
            # "at least Requires improvement": that rating or better; "at best Good": that or worse
            better = head in ("at least", "at worst", "no worse than")
            side = schema.RATINGS[: at + 1] if better else schema.RATINGS[at:]
            table[f"{head} {rating}".lower()] = ("R", tuple(side))
        table[f"below {rating}".lower()] = ("R", tuple(schema.RATINGS[at + 1:]))
        table[f"better than {rating}".lower()] = ("R", tuple(schema.RATINGS[:at]))
        table[f"worse than {rating}".lower()] = ("R", tuple(schema.RATINGS[at + 1:]))
    table.update({w.lower(): ("T", col) for w, col in vocab.STANDARD_WORDS.items()})
    table.update({w.lower(): ("T", col) for w, col in vocab.STANDARD_EXTRA.items()})
    table.update({w.lower(): ("Q", q) for w, q in vocab.QUANTIFIERS.items()})
    aliases, providers = vocab.providers_and_aliases(path)
    table.update({a: ("P", pid) for a, pid in aliases.items()})
    for owner in vocab.owners(path):
        table.setdefault(owner.lower(), ("W", owner))
        # a name written in one word is also written in two ("MTC Novo", "People Plus")
        table.setdefault(_CAMEL.sub(" ", owner).lower(), ("W", owner))
    for a, b in vocab.ROUND_WORDS.items():
        table[a.lower()] = ("Y", b)
    # Sector words inside a provider's name are the provider ("NPS Wales"), so providers sort first on ties.
    ordered = sorted(table, key=lambda w: (-len(w), table[w][0] != "P", w))
    # (the words' trie put in re's parse tree as it is built, not written out and parsed: see compile_trie; built
    # at first use, of only a short text's own words where Lexicon.for_text is asked)
    pattern = partial(compile_trie, r"(?<![\w-])(?:", after=r")(?![\w-])|(?P<round>" + vocab.ROUND_RE.pattern + ")"
                      r"|(?P<punct>[,;:()\u2013\u2014]|(?<=\s)-(?=\s))"
                      r"|(?P<word>\w(?:[\w'\u2019-]*\w)?)", flags=re.IGNORECASE)
    # a PDU's or region's place name ("Lambeth", "East of England") is a unit only in a text about the years
    # since 2021; with the words "PDU" or "region" in it, it is one in any text
    later = frozenset(a for a, pid in aliases.items() if providers[pid].sector in ("PDU", "region")
                      and table.get(a, ("",))[0] == "P"
                      and not re.search(r"\b(?:pdu|probation delivery unit|delivery unit|region)\b", a))
    later |= frozenset(k for k in vocab.bare_region_names(providers) if table.get(k, ("",))[0] == "P")
    return Lexicon(table, tuple(ordered), pattern, later)


def tag(text: str, start: int, end: int, figures: list[NumericExpression], lex: Lexicon,
        later: bool = True) -> list[Tag]:
    """The tags of text[start:end]; figures (from extract.py) become N tags and hide the words inside them.
    ``later``: the text is about the years since 2021, so a PDU's or region's place name ("Lambeth", "East of
    England") is the unit; otherwise it is a place."""
    out: list[Tag] = []
    fig = iter(sorted((f for f in figures if start <= f.start and f.end <= end), key=lambda f: f.start))
    nxt = next(fig, None)
    pos = start
    while pos < end:
        while nxt is not None and nxt.end <= pos:
            nxt = next(fig, None)
        if nxt is not None and nxt.start <= pos < nxt.end or (nxt is not None and nxt.start == pos):
            if nxt.kind == "quantity":
                out.append(Tag("N", nxt.start, nxt.end, nxt.phrase, nxt))
            else:
                rm = vocab.ROUND_RE.fullmatch(nxt.phrase.strip())
                name = vocab.round_name(rm) if rm else None
                out.append(Tag("Y" if name else "w", nxt.start, nxt.end, nxt.phrase, name or nxt))
            pos = nxt.end
            nxt = next(fig, None)
            continue
        limit = nxt.start if nxt is not None and nxt.start < end else end
        m = lex.pattern.search(text, pos, limit)
        if nxt is not None and limit < end and lex.may_hold(text[nxt.start: nxt.end]):
            # "not one", "not a single", "at least one": quantifier words that hold a figure win over it, as do
            # rating words ("the lowest of four ratings")
            wide = lex.pattern.search(text, pos, end)
            if wide is not None and wide.start() < limit < wide.end() and wide.end() >= nxt.end and \
                    lex.words.get(re.sub(r"\s+", " ", wide.group(0).lower()), ("", None))[0] in ("Q", "R"):
                m = wide
                out.append(_one(m, lex, text))
                pos = m.end()
                while nxt is not None and nxt.start < pos:
                    nxt = next(fig, None)
                continue
        if m is None:
            pos = limit
            continue
        one = _one(m, lex, text)
        nxt_word = one.code == "P" and re.match(r" ([A-Z][a-z]+)", text[m.end(): m.end() + 30])  # (a P asks)
        if one.code == "P" and str(one.value).endswith("-region") and nxt_word and \
                not one.words.lower().endswith("region") and nxt_word.group(1).lower() not in lex.words:
            one = Tag("w", one.start, one.end, one.words)  # "in North East Lincolnshire": a longer place, no region
        out.append(one)
        pos = m.end()
    if not later and lex.later_only:
        out = early_places(out, lex.later_only)
    return _tidy(out, later, lex.words)


# "it is a big organisation", "was a large company": a copula and an article before a singular noun
_A_KIND = re.compile(r"(?i)(?:^|.*\s)(?:is|was|remains|remained)\s+an?(?:\s+[a-z-]+){0,2}$")


def _tidy(tags: list[Tag], later: bool = True, words_known: dict | None = None) -> list[Tag]:
    """A bracketed noun after a name restates it ('London CRC (CRC)'); 'the Sodexo-owned CRC' or 'this
    probation service' refers to the subject, like 'the CRC'; a region's PDUs are a population of their own."""
    out: list[Tag] = []
    i = 0
    while i < len(tags):
        t = tags[i]
        code, words = t.code, t.words
        if (code not in ",ANPQRSZwMIVX" and len(words) != 5  # (a code none of the joins below begins at)
                or code == "w" and words.isascii() and not words[:1].isupper() and words.lower() not in _JOINING
                and "-" not in words or code == "," and words != "("
                or code == "N" and len(words) != 5 and _YEAR.fullmatch(words.strip()) is None):
            # a tag no join below begins at (most are): a plain word in lower case, a comma, a figure that is no
            # year; a word of five letters may begin a region's parts ("parts of London"), so is asked below
            out.append(t)
            i += 1
            continue
        done = inspections_done(tags, i) if code == "I" and words.lower() == "inspections" else None
        if done is not None:
            tags[i: i + 1 + done[1]] = done[0]  # "the 27 inspections completed in 2024-25"
            t = tags[i]
        nxt = tags[i + 1] if i + 1 < len(tags) else None
        bounded = join_bound(out, t) if t.code in "wRX" else None  # (no other code is bounded)
        if bounded is not None:
            # "'Requires improvement' or worse", "below 'Good'": the quotes kept the words apart
            out[-bounded[0]:] = [bounded[1]]
            i += 1
            continue
        if i == 0 and t.code == "S" and t.words[:1].isupper() and nxt is not None and nxt.code in "RBVXh" and \
                _SINGULAR.match(t.words):
            out.append(Tag("A", t.start, t.end, t.words))  # a headline's "Probation unit told to improve": the subject
            i += 1
            continue
        if t.code == "S" and t.words.lower() in ("area", "service") and out and out[-1].code == "A" and \
                re.search(r"(?i)\b(?:crc|nps)$", out[-1].words) and t.start - out[-1].end <= 1:
            out[-1] = Tag("A", out[-1].start, t.end, f"{out[-1].words} {t.words}", out[-1].value)  # "the CRC area"
            i += 1
            continue
        if t.code == "w" and t.words.lower() == "probation" and out and out[-1].code == "P" and \
                t.start - out[-1].end <= 1 and (nxt is None or nxt.code not in "Sw"):
            out[-1] = Tag("P", out[-1].start, t.end, f"{out[-1].words} {t.words}", out[-1].value)  # "Wigan probation:"
            i += 1
            continue
        made = re.fullmatch(r"(?i)(.+)-(?:run|owned|led|operated|managed)", t.words) \
            if t.code == "w" and "-" in t.words else None  # (a hyphen first: most words have none)
        owner = next((o for o in vocab.owners() if o.lower() == made.group(1).lower()), None) if made else None
        if owner is not None and nxt is not None and nxt.code == "P":
            out.append(Tag("W", t.start, t.end, t.words, owner))  # "MTCnovo-run Essex CRC": who ran the unit named
            i += 1
            continue
        if t.code == "A" and t.words.lower() in ("it", "they", "we") and out and out[-1].code == "S" and \
                nxt is not None and nxt.code in "IV":
            out.append(Tag("w", t.start, t.end, t.words))  # "the 21 CRCs it inspected": a relative clause
            i += 1
            continue
        if code == "S" and t.value is None and not words.lower().endswith("s") and \
                _A_KIND.match(" ".join(x.words for x in out[-4:])):
            out.append(Tag("w", t.start, t.end, t.words))  # "It is a big organisation": what it is, no population
            i += 1
            continue
        if code == "S" and words[-1:] in "sS":
            names_before_plural(out, t, words_known or {})  # "Northumbria, West Yorkshire and Merseyside CRCs"
        joined = both_populations(out, t) if t.code == "S" else None
        if joined is not None:
            out[-2:] = [joined]  # "27 inspections of regions and PDUs"
            i += 1
            continue
        placed = place_after_kind(out, tags, i) if t.code == "w" else None
        if placed is not None:
            out[-1] = placed[1]  # "the NPS division for the South East and Eastern region"
            i += placed[0]
            continue
        after = region_after(out, tags, i, later) if t.code == "S" or len(t.words) == 5 else None  # "parts", "areas"
        if after is not None:
            out.append(after[1])  # "three PDUs in London", "three parts of London"
            i += after[0]
            continue
        if t.code == "R" and re.fullmatch(r"(?i)(?:told|ordered|urged)(?: by [\w ]+)? to improve", t.words) and \
                any(x.code == "R" for x in out):
            # "rated 'Inadequate' and told to improve": an order after the rating, not a second rating
            out.append(Tag("w", t.start, t.end, t.words))
            i += 1
            continue
        if code == "w" and words.lower() == "with" and i + 3 < len(tags) and tags[i + 1].code == "N" and \
                re.fullmatch(r"(?i)exceptions?", tags[i + 2].words) and tags[i + 3].code == ",":
            # "With one exception, every CRC ...", "..., with two exceptions, ...": "bar one", "bar two"
            out += [Tag("E", t.start, t.end, t.words), tags[i + 1]]
            i += 3
            continue
        if code == "Q" and words.lower() in ("a single", "a sole") and out and out[-1].code == "E" and \
                i + 2 < len(tags) and tags[i + 1].code == "S" and tags[i + 2].code == ",":
            out.append(Tag("N", t.start, t.end, "one"))  # "Apart from a single unit, every PDU ...": bar one
            i += 1
            continue
        often = given_most_often(out, tags, i) if code == "Q" and words.lower() in ("most", "least") else None
        if often is not None:
            out[len(out) - often[0]:] = [often[1]]  # "the rating they gave most often"
            i += 2
            continue
        joined = noun_joins(out, t) if t.code in "MISV" else None  # (it joins, or changes, only at these)
        if joined is not None:
            out[len(out) - joined[0]:] = [joined[1]]  # "standards of casework supervision", "overall PDU rating"
            i += 1
            continue
        if t.code == "R" and out and out[-1].code == "A" and out[-1].words.lower() in ("its", "their") and \
                len(out) >= 2 and out[-2].code in "PA":
            # "gave Lambeth PDU its lowest rating": the rating given, "its" the inspectorate's or the unit's own
            out[-1] = Tag("w", out[-1].start, out[-1].end, out[-1].words)
        if t.code == "R" and out and out[-1].code == "w" and out[-1].words.lower() == "or" and len(out) >= 2 and \
                out[-2].code == "R" and isinstance(t.value, tuple) and isinstance(out[-2].value, tuple):
            # "rated Inadequate or Requires improvement": either rating, one set of ratings
            r = out[-2]
            out[-2:] = [Tag("R", r.start, t.end, f"{r.words} or {t.words}",
                            tuple(dict.fromkeys((*r.value, *t.value))))]
            i += 1
            continue
        if t.code == "S" and t.words.lower() in vocab.STANDARD_WORDS and out and \
                out[-1].words.lower() in (",", "and") and len(out) >= 2 and \
                (out[-2].code == "T" or out[-2].words == "," and len(out) >= 3 and out[-3].code == "T"):
            # "leadership, staffing and services": a standard in a list of standards, not a population ("the
            # Through the Gate services" is that standard's own noun)
            out.append(Tag("T", t.start, t.end, t.words, vocab.STANDARD_WORDS[t.words.lower()]))
            i += 1
            continue
        if t.code == "S" and t.words.lower() in vocab.STANDARD_WORDS and len(out) >= 2 and out[-2].code in "AP" \
                and out[-1].words.lower() in ("s", "'s", "\u2019s"):
            out.append(Tag("T", t.start, t.end, t.words, vocab.STANDARD_WORDS[t.words.lower()]))  # "the PDU's services"
            i += 1
            continue
        if t.code == "N" and _YEAR.fullmatch(t.words.strip()) and year_at(out, nxt):
            out.append(Tag("w", t.start, t.end, t.words))  # "its 2019 report", "in late 2022": a year, no figure
            i += 1
            continue
        if t.code == "Z" and re.fullmatch(r"(?i)of\s+(?:the|its|their)\s+work", t.words) and \
                not (out and re.fullmatch(r"(?i)some|parts?|aspects?|much|most|all|none|half|any|areas?",
                                          out[-1].words)):
            out.append(Tag("w", t.start, t.end, t.words))  # "the rest of the work went to ...": no standards
            i += 1
            continue
        if t.code == "Q" and t.words.lower() == "each" and (nxt is None or nxt.code == "," or
                                                            out and out[-1].code in "JU" or nxt.code == "w"):
            # "64 cases each", "58 cases each on average", "each officer": no count of providers or standards
            out.append(Tag("w", t.start, t.end, t.words))
            i += 1
            continue
        if t.code == "Q" and not small_quantifies(t, tags[i + 1: i + 5]):
            out.append(Tag("w", t.start, t.end, t.words))  # "some progress", "a few weeks": no count of units
            i += 1
            continue
        if t.code == "Q" and t.words.lower() in ("most", "least") and out and out[-1].words.lower() in _THE_ITS and \
                nxt is not None and nxt.code == "w" and nxt.words.isalpha() and nxt.words.islower():
            out.append(Tag("w", t.start, t.end, t.words))  # "the most dangerous offenders": a superlative
            i += 1
            continue
        if t.code == "Q" and t.words.lower() in ("both", "all") and nxt is not None and nxt.code in "TP":
            out.append(Tag("w", t.start, t.end, t.words))  # "both assessment and planning were rated Good"
            i += 1
            continue
        if t.code == "Q" and t.words.lower() in ("each", "both", "all") and out and \
                (out[-1].code in "PSAB" or out[-1].words == "," and len(out) >= 2 and out[-2].code == "P") and \
                nxt is not None and nxt.code in "BVR":
            # "were each given", "have both been rated": a floating quantifier over a subject already named
            out.append(Tag("w", t.start, t.end, t.words))
            i += 1
            continue
        if (t.code == "," and t.words == "(" and out and out[-1].code == "P" and i + 2 < len(tags)
                and (tags[i + 1].code in "Sw" or tags[i + 1].value == out[-1].value) and tags[i + 2].words == ")"):
            # the name takes in its bracket, so that "Kent, Surrey and Sussex (KSS) probation service" is one name
            p = out[-1]
            out[-1] = Tag("P", p.start, tags[i + 2].end, p.words, p.value)
            i += 3
            continue
        if t.code == "P" and len(out) >= 4 and out[-1].words == "," and out[-2].words.lower() in _GROUP_PRONOUNS \
                and out[-3].code == "F" and out[-4].code in "NQ" and out[-4].words.lower() in ("one", "one of"):
            # "One of them, Lambeth PDU, ...": the unit named, not a count
            out[-4:-1] = [Tag("w", out[-4].start, out[-2].end, "one of " + out[-2].words)]
        if t.code == "P" and len(out) == 2 and out[-1].words == "," and out[0].words.lower() == "one":
            out[0] = Tag("w", out[0].start, out[0].end, out[0].words)  # "One, Lambeth PDU, scored ...": a unit named
        if t.code == "S" and re.fullmatch(r"(?i)areas?", t.words) and out and out[-1].code == "w" and \
                (re.fullmatch(r"(?i)surrounding|wider|local|same", out[-1].words) or
                 nxt is not None and nxt.code == "F" and i + 2 < len(tags) and tags[i + 2].code == "T"):
            # "Doncaster and the surrounding area": a place; "in the area of leadership": the standard's
            out.append(Tag("w", t.start, t.end, t.words))
            i += 1
            continue
        if t.code == "S" and re.fullmatch(r"(?i)areas?", t.words) and out and (
                out[-1].code == "Q" and out[-1].words.lower() in ("every", "each", "all") or
                out[-1].code == "N" and _after_rating_in(out[:-1])):
            # "inadequate in every area", "rated good in three areas": the unit's standards, not a population
            out.append(Tag("Z", t.start, t.end, t.words))
            i += 1
            continue
        single = _SINGULAR.match(t.words.replace("\n", " ")) if t.code == "S" else None  # (asked below, once)
        own = ((place_possessive(out, t) if single else None) or
               pdu_services(out, t)) if t.code == "S" else None  # (both join only a population noun)
        if own is not None:
            out[len(out) - own[0]:] = [own[1]]  # "Essex's community rehabilitation company"
            i += 1
            continue
        owner = _possessor(out) if t.code == "S" and out and t.start - out[-1].end <= 1 and \
            any(x.code in "NQ" for x in out[-5:]) else None
        owners = len(out) >= 2 and out[-2].code == "W" and out[-1].words.lower() in ("s", "'s", "\u2019s")
        if owner is not None and owner in vocab.region_names() and _units_of_region(t, later):
            out[-2 if out[-1].words.lower() in ("s", "'s", "\u2019s") else -1:] = [
                Tag("S", out[-1].start, t.end, f"{owner} {t.words}", f"PDU#{owner}")]  # "London's PDUs"
            i += 1
            continue
        if owner is not None and not _WHOLE_SERVICE.search(owner) and not owners:
            # (an owner's CRCs are counted: build_counts reads "none of Sodexo's CRCs")
            # "two of the county's PDUs", "London's PDUs": a part of the population, which no count of the data
            # reads ("the Probation Service's PDUs" are all of them)
            out.append(Tag("w", t.start, t.end, t.words))
            i += 1
            continue
        k, region = _region_of(out, t, later) if t.code == "S" else (0, None)
        if region:
            # "three London PDUs", "the Greater Manchester PDUs": the region's PDUs, a population of their own
            first = out[-k].start if k else t.start
            out[len(out) - k:] = [Tag("S", first, t.end, f"{region} {t.words.split()[-1]}", f"PDU#{region}")]
            i += 1
            continue
        if t.code == "S" and len(out) >= 2 and out[-1].code == "w" and out[-2].code in "NQ" and \
                restricts(out[-1].words, out[-2].words) and not single:
            # "three London PDUs", "two Welsh CRCs": a part of the population, which no count of the data reads
            out.append(Tag("w", t.start, t.end, t.words))
            i += 1
            continue
        if t.code == "S" and out and out[-1].code == "P" and re.fullmatch(r"(?i)area|district", t.words) and \
                t.start - out[-1].end <= 1:
            out[-1] = Tag("P", out[-1].start, t.end, f"{out[-1].words} {t.words}", out[-1].value)  # "... Valley area"
            i += 1
            continue
        plural_of_place = t.code == "S" and re.fullmatch(r"(?i)probation\s+services", t.words) and out and \
            out[-1].code == "P" and str(out[-1].value).endswith(("-pdu", "-region")) and t.start - out[-1].end <= 1
        unname_other_sector(out, t)
        if t.code == "S" and (single and _names_unit(out, t) or plural_of_place):
            # "Sheffield probation services" is the Sheffield unit too
            # "Derby City's probation service", "the Lambeth PDU": the unit already named, said again
            p = next(x for x in reversed(out[-3:]) if x.code == "P")
            while out[-1] is not p:
                out.pop()
            out[-1] = Tag("P", p.start, t.end, f"{p.words} {t.words}", p.value)
            i += 1
            continue
        link = place_link(out) if t.code in "Pw" else 0  # (read only before a P or a w)
        if t.code == "P" and link:
            # "the probation service covering Lambeth", "the CRC for Essex", "the service that covers Lambeth": the
            # place names the unit
            a = out[-link]
            out[-link:] = [Tag("P", a.start, t.end, " ".join(x.words for x in (*out[-link:], t)), t.value)]
            i += 1
            continue
        if t.code == "w" and t.words[:1].isupper() and link and out[-link].value and \
                (unit := vocab.unit_by_place(t.words, str(out[-link].value))):
            # "the CRC covering Kent, Surrey and Sussex", "the division for London": a place that is no name of
            # its own, made one unit's name by the kind of unit said before it
            a = out[-link]
            out[-link:] = [Tag("P", a.start, t.end, " ".join(x.words for x in (*out[-link:], t)), unit)]
            i += 1
            continue
        if t.code == "w" and t.words[:1].isupper() and len(out) >= 2 and out[-1].code == "w" and \
                out[-1].words.lower() in ("in", "across", "covering") and out[-2].code == "S" and \
                re.fullmatch(r"(?i)probation\s+(?:services?|(?:delivery\s+)?units?)", out[-2].words) and \
                not (len(out) >= 3 and out[-3].code in "NQFO"):
            # "Probation services in Gloucestershire were rated ...": the text's subject if the place is its own
            # (shape_parts._subject checks), else no unit
            a = out[-2]
            out[-2:] = [Tag("A", a.start, t.end, f"{a.words} {out[-1].words} {t.words}", None)]
            i += 1
            continue
        if t.code == "S" and re.fullmatch(r"(?i)probation\s+services", t.words) and (
                out and out[-1].code == "w" and out[-1].words.lower() in ("local", "its", "their", "the") and
                not (len(out) >= 2 and out[-2].code in "NQFO") or
                nxt is not None and nxt.words.lower() in ("locally", "here", "there")):
            # "local probation services were rated ...", "the probation services", "probation services here": the
            # text's own unit, like "the local probation service"
            first = out.pop() if out and out[-1].code == "w" and out[-1].words.lower() in (
                "local", "its", "their", "the") else t
            out.append(Tag("A", first.start, t.end, f"{first.words} {t.words}" if first is not t else t.words, None))
            i += 1
            continue
        if t.code == "S" and single and out and (out[-1].code == "W" or len(
                out) >= 2 and out[-2].code == "W" and out[-1].words.lower() in ("s", "'s", "\u2019s")):
            out.append(Tag("A", t.start, t.end, t.words, t.value))  # "Sodexo's CRC": the owner's, the text's unit
            i += 1
            continue
        if t.code == "S" and single:
            # back over up to three modifiers ("the county's", "the Sodexo-owned", "the region's new") to a
            # determiner; a number or quantifier in between makes it a count, not the subject
            k = len(out)
            while k > 0 and (out[k - 1].code in "wW" or out[k - 1].code == "A" and k < len(out)) and \
                    len(out) - k < 3 and out[k - 1].words.lower() not in _DETERMINERS:
                k -= 1
            # ("Inspectors found that CRC staff ...": "that" opens what was found, it points at no unit)
            if k > 0 and out[k - 1].code in "wA" and (out[k - 1].words.lower() in _DETERMINERS
                                                     or out[k - 1].code == "A") and not (
                    out[k - 1].words.lower() == "that" and k > 1 and _SAYS.match(out[k - 2].words)):
                out[k - 1:] = [Tag("A", out[k - 1].start, t.end, " ".join(x.words for x in out[k - 1:]) + " "
                                   + t.words, t.value)]
                i += 1
                continue
        out.append(t)
        i += 1
    return last_joins(_division_of_nps(out), later)
