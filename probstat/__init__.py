"""probstat: HM Inspectorate of Probation ratings, gaps, caseloads and claim checks.

The Python API mirrors the commands; every analysis takes the DataFrame ``load()`` returns and gives back a
tidy DataFrame::

    >>> import probstat
    >>> frame = probstat.load()
    >>> table = probstat.ratings(frame)
    >>> int(table.query("sector == 'NPS' and rating == 'Good'")["count"].iloc[0])
    5

Names are imported lazily so that ``import probstat`` (and ``probstat --help``) stay quick.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

_API = {
    "load": "probstat.loader",
    "load_sources": "probstat.loader",
    "providers": "probstat.analysis.providers",
    "provider_figures": "probstat.analysis.providers",
    "coverage": "probstat.analysis.consistency",
    "findings_table": "probstat.analysis.consistency",
    "ratings": "probstat.analysis.ratings",
    "gap": "probstat.analysis.gap",
    "caseloads": "probstat.analysis.caseloads",
    "league": "probstat.analysis.league",
    "changes": "probstat.analysis.changes",
    "check_claims": "probstat.claims.verify",
    "load_claims": "probstat.claims.claimsfile",
    "ProbstatError": "probstat.errors",
    "DataError": "probstat.errors",
    "ClaimsError": "probstat.errors",
}
__all__ = sorted(_API) + ["__version__"]


def __getattr__(name: str):
    if name in _API:
        return getattr(importlib.import_module(_API[name]), name)
    raise AttributeError(f"module 'probstat' has no attribute {name!r}")


def __dir__():
    return __all__
