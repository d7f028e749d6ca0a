"""The bundled data as a user's starting file: every column, every cell exactly as written in the package."""

from __future__ import annotations

import csv
import io

from .errors import UnknownChoice, did_you_mean, excerpt
from .files import read_text


def bundled_rows(name: str = "providers.csv", *, round_: str | None = None, provider_id: str | None = None) -> str:
    """The bundled CSV ``name`` as text, keeping only the rows of ``round_`` and ``provider_id`` when given.

    Rows are copied cell for cell (nothing parsed or reformatted), so the result loads with --data as the
    bundled data does.
    """
    from .bundled import bundled_path

    text = read_text(bundled_path(name), label=name)
    if round_ in (None, "all") and provider_id is None:
        return text
    rows = list(csv.reader(io.StringIO(text)))
    header, body = rows[0], rows[1:]
    for option, column, wanted in (("--round", "round", round_), ("--provider", "provider_id", provider_id)):
        if wanted in (None, "all"):
            continue
        at = header.index(column)
        present = sorted({row[at] for row in body})
        if wanted not in present:
            what = "round" if column == "round" else "provider"
            raise UnknownChoice(f"no {what} {excerpt(wanted)} in the bundled {name}{did_you_mean(wanted, present)}",
                                file=option)
        body = [row for row in body if row[at] == wanted]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows([header, *body])
    return buf.getvalue()
