"""One check's memo of the analyses and selections its metrics ask for: many claims ask the same of the same
data, and each answer is computed once for the length of the check."""

from __future__ import annotations

from contextlib import contextmanager

# While a claims file is checked, many claims ask the same analysis of the same data (19 claims count
# ratings of one round): `analyses_cached()` memoises those calls for the length of one check.
_CACHE: dict | None = None


@contextmanager
def analyses_cached():
    """Memoise analysis calls made by metrics inside this block (one check of one data frame)."""
    global _CACHE
    _CACHE = {}
    try:
        yield
    finally:
        _CACHE = None


def cached(func, frame, **kwargs):
    """func(frame, **kwargs), computed once per check while `analyses_cached()` is active."""
    if _CACHE is None:
        return func(frame, **kwargs)
    key = (func.__name__, id(frame), tuple(sorted(kwargs.items())))
    if key not in _CACHE:
        _CACHE[key] = func(frame, **kwargs)
    return _CACHE[key]
