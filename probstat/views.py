"""Views for a person at a terminal: each command's table laid out to be read, not scanned.

Only the terminal gets these (stdout a terminal, no --format, no -o, no --wide); pipes, files and --format keep
the long table, so nothing a script reads changes. A view is chosen by the columns of the table it is given
(``show`` below), so the analyses need not know about it.

Every line is wrapped here, at spaces, to the console's width, and printed as it is: no number, word or URL
is ever broken by the terminal. A URL always stands on a line of its own (a link where the terminal has
them), even when that line is wider than the screen, so that copying it gives a link that works.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable

import pandas as pd

from .output import OutputOptions, View, clean_text
from .pager import is_tty
from .termtext import count_percent, missing, num, print_line, say, table_lines, verdict_symbol, wrap

#: The most characters a bar takes; narrower terminals get shorter bars.
BAR_WIDTH = 30


# --- ratings: a crosstab ------------------------------------------------------------------------------------

def _ratings(console, frame: pd.DataFrame, view: View, notes: list[str]) -> None:
    """Groups by rating: each cell 'count (percent)' and the n the percentages rest on; one line per group
    (the ratings it has) when the table does not fit the width."""
    ratings = list(dict.fromkeys(frame["rating"].astype(str)))
    keys = list(frame.columns[: list(frame.columns).index("rating")])
    # a key with one value for every row (usually the round) goes in the title, not in every row
    fixed = [k for k in keys if frame[k].astype(str).nunique() == 1 and len(keys) > 1]
    keys = [k for k in keys if k not in fixed]
    groups = list(dict.fromkeys(tuple(str(v) for v in row) for row in frame[keys].itertuples(index=False)))
    cells: dict[tuple, dict[str, str]] = {g: {} for g in groups}
    n: dict[tuple, str] = {}
    for row in frame.itertuples(index=False):
        key = tuple(str(getattr(row, k)) for k in keys)
        cells[key][str(row.rating)] = count_percent(row.count, row.percent)
        n[key] = num(row.n)
    title = ", ".join([view.title or "Ratings", *(str(frame[k].iloc[0]) for k in fixed)])
    say(console, title, style="bold")
    header = [" ".join(keys), *ratings, "n"]
    rows = [[" ".join(g), *(cells[g].get(r, "") for r in ratings), n[g]] for g in groups]
    lines = table_lines(header, rows, [False, *([True] * (len(ratings) + 1))], console.width)
    if lines is None:
        for g, row in zip(groups, rows, strict=True):
            # no-break spaces keep "Good 5 (71.4%)" on one line
            held = [f"{r} {row[1 + i]}".replace(" ", "\u00a0") for i, r in enumerate(ratings)
                    if not row[1 + i].startswith("0 ")]
            say(console, f"{' '.join(g)} (n = {n[g]}): {'; '.join(held) or 'none'}", indent="    ", first="  ")
        say(console, "ratings not listed: 0", style="dim")
    else:
        for line in lines:
            print_line(console, line)
    say(console, "count (percentage of n); n: providers with a known rating in the group", style="dim")


# --- gap: one block per domain ------------------------------------------------------------------------------

def measure_scale(row) -> tuple[float, str] | None:
    """The measure's own scale: (top, words), so a bar's length means the same for every row."""
    kind, measure = str(row.get("kind", "")), str(row.get("measure", ""))
    if kind == "mean_score" or "(0-3)" in measure:
        return 3.0, "0 to 3"
    if kind in ("share_good_or_better", "provider_mean", "case_weighted"):
        return 100.0, "0 to 100%"
    return None


def _bar(console, value: float, top: float, width: int) -> str:
    full, empty = ("█", "░")
    try:
        (full + empty).encode(console.encoding or "ascii")
    except (UnicodeEncodeError, LookupError):
        full, empty = "#", "."
    filled = max(0, min(width, round(value / top * width)))
    return full * filled + empty * (width - filled)


def _significance(row) -> str:
    n_small = min(int(row["nps_n"]) if not missing(row["nps_n"]) else 0,
                  int(row["crc_n"]) if not missing(row["crc_n"]) else 0)
    if n_small <= 1:
        return f"significant at 5%: cannot be tested: n = {n_small}"
    if missing(row.get("p_value")):
        return "significant at 5%: not tested (no test is computed for this measure)"
    p_holm = row.get("p_holm")
    judged = float(p_holm) if not missing(p_holm) else float(row["p_value"])
    answer = "yes" if judged < 0.05 else "no"
    detail = f"p = {num(row['p_value'])}"
    if not missing(p_holm):
        detail += f"; after Holm's adjustment across the table {num(p_holm)}"
    return f"significant at 5%: {answer} ({detail})"


def _measure_block(console, row) -> None:
    say(console, str(row["measure"]), indent="    ", first="  ", style="bold")
    scale = measure_scale(row)
    bar_width = max(10, min(BAR_WIDTH, console.width - 30))
    for sector in ("nps", "crc"):
        value = row[sector]
        counted = f" (n = {num(row[sector + '_n'])})"
        if scale is None or missing(value):
            say(console, f"{sector.upper()} {num(value) or 'unknown'}{counted}", indent="      ", first="    ")
            continue
        suffix = "%" if scale[0] == 100 else ""
        print_line(console, f"    {sector.upper()} {_bar(console, float(value), scale[0], bar_width)} "
                        f"{num(value)}{suffix}{counted}")
    if scale is not None:
        print_line(console, f"    scale: {scale[1]}", style="dim")
    gap = f"gap (NPS minus CRC): {num(row['gap'])} {row['unit']}"
    ends = (row.get("ci_low"), row.get("ci_high"))
    if all(missing(end) for end in ends):
        gap += ", no 95% interval computed for this measure"
    elif all(not missing(end) and math.isinf(float(end)) for end in ends):
        gap += ", no 95% interval (too few providers to bound it)"
    else:
        low, high = (num(end) or "no bound" for end in ends)
        gap += f", 95% interval {low} to {high}"
    say(console, gap, indent="      ", first="    ")
    say(console, _significance(row), indent="      ", first="    ")


def _published_block(console, row) -> None:
    scope = str(row.get("published") or "").split(":")[0] or "sector"
    what = {"percentage points": "gap (NPS minus CRC)", "percent": f"{scope} share"}.get(str(row["unit"]),
                                                                                     f"{scope} figure")
    figure = str(row["published"]).split(":", 1)[-1].strip()
    when = "; the source ties it to no round" if row.get("no_round") is True else ""
    say(console, f"published {what}, not computed: {figure} (read as {row['bounds']}{when}); "
                  f"{str(row['measure']).removeprefix('published: ')}", indent="    ", first="  ")
    say(console, f"{row['document']} {row['source_url']}", indent="    ")


def _gap(console, frame: pd.DataFrame, view: View, notes: list[str]) -> None:
    """Per domain: the headline sentence of its best-founded comparison, each computed measure's figures on
    their own scale with a plain significance answer, the published figures that stand in, and one line for
    the measures with nothing to compute. The domain's notes are shown in its block, not again on stderr."""
    if view.title:
        say(console, view.title, style="bold")
    rounds = frame["round"].astype(object).where(frame["round"].notna() & (frame["round"] != ""))
    # a published figure tied to no round is shown with the rows around it, and says so
    frame = frame.assign(round=rounds.ffill().bfill().fillna(""), no_round=rounds.isna())
    for (round_, domain), block in frame.groupby(["round", "domain"], sort=False, dropna=False):
        summaries = set(block["summary"].dropna().astype(str))
        said = [n for n in notes if n.startswith(f"{domain}: ") or n in summaries]
        notes[:] = [n for n in notes if n not in said]
        console.print()
        say(console, f"{domain} ({round_})" if round_ else str(domain), style="bold underline")
        computed = block[block["gap"].notna()]
        published = block[block["kind"] == "published"]
        empty = len(block) - len(computed) - len(published)
        if not computed.empty:
            base = computed[["nps_n", "crc_n"]].fillna(0).min(axis=1)
            headline = computed.loc[base.idxmax()]
            if base.max() > 1:
                say(console, str(headline["summary"]), indent="  ", first="  ")
            else:
                say(console, "No gap here can be tested: each comparison rests on one provider's figure in a "
                              "sector.", indent="  ", first="  ")
            for _, row in computed.iterrows():
                _measure_block(console, row)
        # a published gap answers the domain's question most directly: it comes first
        for _, row in published.sort_values("unit", key=lambda u: u != "percentage points", kind="stable").iterrows():
            _published_block(console, row)
        if computed.empty and published.empty:
            for note in dict.fromkeys(n.removeprefix(f"{domain}: ") for n in said):
                say(console, note, indent="    ", first="  ", style="dim")
        elif empty:
            say(console, f"{empty} measure(s) cannot be computed: one sector's figures are unknown "
                          "(--wide lists them)", indent="    ", first="  ", style="dim")


# --- check-claims: one line per claim -----------------------------------------------------------------------

def _claims(console, frame: pd.DataFrame, view: View, notes: list[str]) -> None:
    """One line per claim: verdict (symbol and colour), the phrase; the explanation wrapped under it. Rows of a
    text come grouped by sentence when the table says which sentence each is from."""
    from rich.text import Text

    by_sentence = "sentence" in frame.columns
    last = object()
    for _, row in frame.iterrows():
        if by_sentence and row["sentence"] != last:
            last = row["sentence"]
            verdict = str(row.get("sentence_verdict") or "")
            symbol, colour = verdict_symbol(console, verdict)
            console.print()
            first = f"{symbol} {verdict}: " if verdict else ""
            for i, line in enumerate(wrap(clean_text(str(row["sentence"])), console.width, "  ", first)):
                if i == 0 and verdict:
                    text = Text()
                    text.append(line[:len(first)], style=colour)
                    text.append(line[len(first):], style="bold")
                    console.print(text, soft_wrap=True)
                else:
                    print_line(console, line, "bold")
        indent = "    " if by_sentence else "  "
        verdict = str(row["verdict"])
        symbol, colour = verdict_symbol(console, verdict)
        lead = indent[:-2] + f"{symbol} {verdict}  "
        ident = ""
        if "id" in frame.columns and not missing(row["id"]):
            ident = f" [{row['id']}]"
        elif "line" in frame.columns and not missing(row["line"]) and not by_sentence:
            ident = f" (line {row['line']})"  # where in the text: the text reader's rows have no id
        lines = wrap(clean_text(f"{row['phrase']}{ident}"), console.width, indent + "  ", lead)
        for i, line in enumerate(lines):
            if i == 0:
                text = Text()
                text.append(line[:len(lead)], style=colour)
                text.append(line[len(lead):])
                console.print(text, soft_wrap=True)
            else:
                print_line(console, line)
        if not missing(row.get("explanation")) and str(row["explanation"]) != str(row["phrase"]):
            say(console, str(row["explanation"]), indent=indent + "  ", style="dim")


# --- show: known figures by kind ----------------------------------------------------------------------------

def _show(console, frame: pd.DataFrame, view: View, notes: list[str]) -> None:
    """The known figures of a provider, grouped by round and kind, each source URL on its own line; the unknown
    ones counted in one line per round."""
    from .schema import COLUMNS_BY_NAME

    kinds = {"id": "identity", "text": "identity", "sector": "identity", "round": "identity", "url": "identity",
             "date": "dates", "rating": "ratings", "count": "counts", "qcount": "counts",
             "qpercent": "key-question percentages"}
    if view.title:
        say(console, view.title, style="bold")
    for round_, block in frame.groupby("round", sort=False):
        console.print()
        say(console, str(round_), style="bold underline")
        known = block[block["status"].astype(str) != "unknown"]
        unknown = block[block["status"].astype(str) == "unknown"]
        group = known["field"].map(lambda f: kinds.get(getattr(COLUMNS_BY_NAME.get(f), "kind", ""), "other"))
        for kind in dict.fromkeys(group):
            say(console, kind, indent="  ", style="bold")
            rows = list(known[group == kind].itertuples(index=False))
            for i, row in enumerate(rows):
                status = "" if str(row.status) == "known" else f" ({row.status})"
                say(console, f"{row.description}: {row.value}{status}", indent="      ", first="    ")
                url = "" if missing(row.source_url) else str(row.source_url)
                # a source's URL follows the run of figures it gives
                if url and (i + 1 == len(rows) or str(rows[i + 1].source_url) != url):
                    say(console, url, indent="      ")
        if len(unknown):
            fields = ", ".join(unknown["field"].astype(str))
            say(console, f"unknown ({len(unknown)}): {fields}", indent="    ", first="  ", style="dim")


# --- validate: the verdict first ---------------------------------------------------------------------------

def validation(console, findings: pd.DataFrame, coverage: pd.DataFrame | None, verdict: str, failed: bool) -> None:
    """validate on a terminal: the verdict, then the findings grouped by level and column (providers counted,
    each message once per column), then the coverage table when asked for (``coverage`` not None)."""
    symbol, colour = verdict_symbol(console, "contradicted" if failed else "supported")
    say(console, f"{symbol} {verdict}", style=colour)
    for level in ("error", "warning"):
        mine = findings[findings["level"] == level]
        if mine.empty:
            continue
        console.print()
        say(console, f"{len(mine)} {level}(s)", style="bold")
        for column, block in mine.groupby("column", sort=True):
            say(console, f"{column} ({len(block)})", indent="    ", first="  ", style="bold")
            for message, rows in block.groupby("message", sort=False):
                where = ", ".join(f"{r} {p}" for r, p in rows[["round", "provider_id"]].itertuples(index=False))
                say(console, f"{message}: {where}", indent="      ", first="    ")
    if coverage is None:
        say(console, "coverage: --coverage shows how many rows know each column", style="dim")
        return
    for round_, block in coverage.groupby("round", sort=True):
        console.print()
        say(console, f"coverage, {round_}", style="bold")
        rows = [[str(r.column), f"{r.nps_known}/{r.nps_rows}", f"{r.crc_known}/{r.crc_rows}",
                 f"{num(r.percent)}%" if not missing(r.percent) else ""] for r in block.itertuples(index=False)]
        lines = table_lines(["column", "NPS known", "CRC known", "known"], rows, [False, True, True, True],
                             console.width)
        for line in lines or [" ".join(row) for row in rows]:
            print_line(console, line)


def wanted(opts: OutputOptions) -> bool:
    """Whether a command's output is for a person at a terminal: stdout a terminal, no --format, --fmt, -o or
    --wide."""
    return not (opts.format or opts.fmt or opts.output or opts.wide) and is_tty(sys.stdout)


def terminal_console(opts: OutputOptions):
    """The console views print on: the renderer's, with its colour rules."""
    from .render import _console

    return _console(opts)


# --- league: one line per provider, its range drawn on 0-30 ---------------------------------------------------

def _range(console, low: float, high: float, top: float, width: int) -> str:
    """A range from ``low`` to ``high`` on 0-``top`` drawn as a run of cells (one cell when they are equal)."""
    full, empty = ("━", "·")
    try:
        (full + empty).encode(console.encoding or "ascii")
    except (UnicodeEncodeError, LookupError):
        full, empty = "=", "."
    start, end = (max(0, min(width - 1, int(v / top * (width - 1) + 0.5))) for v in (low, high))
    return empty * start + full * (end - start + 1) + empty * (width - 1 - end)


def _league(console, frame: pd.DataFrame, view: View, notes: list[str]) -> None:
    """One line per provider: its possible positions, total score range (drawn on the whole 0-30 scale) and how
    many of its ten standard ratings are known; providers grouped by overall rating."""
    title = view.title or "League table"
    rounds = sorted(set(frame["round"].astype(str))) if "round" in frame else []
    say(console, ", ".join([title, *rounds]), style="bold")
    rows, groups = [], []
    for row in frame.itertuples(index=False):
        low, high = int(row.rank_best), int(row.rank_worst)
        total = "" if missing(row.score_min) else (f"{num(row.score_min)}-{num(row.score_max)}"
                                                     if row.score_min != row.score_max else num(row.score_min))
        known = "" if missing(getattr(row, "standards_known", None)) else f"{int(row.standards_known)}/10"
        rows.append([f"{low}-{high}" if low != high else f"{low}", str(row.provider_id), str(row.sector), total,
                     known])
        groups.append(str(getattr(row, "overall", "")))
    header = ["position", "provider", "sector", "total", "known"]
    numeric = [False, False, False, True, True]
    fixed = table_lines(header, rows, numeric, console.width)
    bar = min(BAR_WIDTH, console.width - (max(len(line) for line in fixed) if fixed else console.width) - 2)
    if fixed is None:  # too narrow for the table: one provider per line, words kept whole
        for cells in rows:
            say(console, f"{cells[0]}: {cells[1]} ({cells[2]}), total {cells[3]}, {cells[4]} standards known",
                 indent="    ", first="  ")
        return
    for i, line in enumerate(fixed):
        data = i - (len(fixed) - len(rows))
        if data >= 0 and (data == 0 or groups[data] != groups[data - 1]):
            print_line(console, groups[data] or "unknown", style="bold")
        if data >= 0 and bar >= 10 and not missing(frame["score_min"].iloc[data]):
            line = line.ljust(max(len(x) for x in fixed)) + "  " + _range(
                console, float(frame["score_min"].iloc[data]), float(frame["score_max"].iloc[data]), 30.0, bar)
        print_line(console, line)
    if bar >= 10:
        say(console, "total: HMIP's score, 0 to 30 (the bars run from 0 to 30); known: standard ratings known",
             style="dim")


# --- published: each figure with its wording, bounds and source ------------------------------------------------

def _published(console, frame: pd.DataFrame, view: View, notes: list[str]) -> None:
    """Each published figure: who, the wording and the interval it is read as, what it measures, and its
    source (document, then the URL on a line of its own); grouped by domain and round."""
    say(console, view.title or "Published sector figures", style="bold")
    for (domain, round_), block in frame.groupby(["domain", "round"], sort=False, dropna=False):
        console.print()
        when = str(round_) if not missing(round_) and str(round_) else "no round given by the source"
        say(console, f"{domain}, {when}", style="bold underline")
        for row in block.itertuples(index=False):
            what = str(row.note).split(";")[0].strip() if not missing(row.note) and row.note else \
                str(row.measure).replace("_", " ")
            unit = {"pct": "per cent", "pp": "percentage points"}.get(str(row.unit), str(row.unit))
            read = "as stated" if str(row.bounds).endswith(" as stated") else f"read as {row.bounds} {unit}"
            say(console, f"{row.scope}: {row.wording} ({read}); {what}", indent="    ", first="  ")
            say(console, f"{row.document} {row.source_url}", indent="    ")


# --- choosing a view ----------------------------------------------------------------------------------------

_VIEWS: list[tuple[frozenset[str], Callable]] = [
    (frozenset({"verdict", "phrase", "explanation"}), _claims),
    (frozenset({"domain", "measure", "nps", "crc", "gap", "summary"}), _gap),
    (frozenset({"rating", "count", "percent", "n"}), _ratings),
    (frozenset({"field", "description", "value", "status", "source_url"}), _show),
    (frozenset({"rank_best", "rank_worst", "provider_id", "score_min", "score_max"}), _league),
    (frozenset({"scope", "measure", "wording", "bounds", "document", "source_url"}), _published),
]


def show(console, frame: pd.DataFrame, opts: OutputOptions, view: View, notes: list[str]) -> bool:
    """Draw ``frame``'s view for people on ``console``; False when it has none (or --wide asks for the table)."""
    if opts.wide or frame.empty:
        return False
    for needs, draw in _VIEWS:
        if needs <= set(frame.columns):
            draw(console, frame, view, notes)
            return True
    return False


