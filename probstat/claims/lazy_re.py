"""``re`` for the reading rules' modules, with ``compile`` put off until a pattern is first used.

The rules compile some 600 patterns at import, about a tenth of a second at every start, and reading a short
text uses well under half of them (most wait for words the text does not hold). A module that imports this as
``re`` keeps writing ``re.compile(...)`` at its top level; the pattern is compiled by ``re`` itself the first
time anything but its source is asked of it, so every match is the pattern's own. ``re``'s own cache lasts one
process only, and a pickled pattern is compiled again when loaded, so nothing here is kept between runs.

Everything else is ``re``'s own: the module functions take a string pattern or a compiled one, and
``compile`` given a pattern (put off or not) gives it back.
"""

from __future__ import annotations

import re as _re
from re import *  # noqa: F403 - the rest of re, as the modules that import this one use it
from re import Match, Pattern, error  # noqa: F401 - (not in re.__all__ in every Python)

# After the first use, the pattern's methods and attributes are set on the stand-in itself, so that later uses
# find them in its __dict__ as quickly as on a pattern (the 1 MB text asks hundreds of thousands of times).
_COPIED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner", "flags",
           "groups", "groupindex")


class LazyPattern:
    """A pattern compiled by ``re`` on first use; until then it holds only its source and flags."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.source_flags = flags  # (the flags given, before any the pattern sets itself)

    def compiled(self) -> _re.Pattern:
        """The pattern, compiled by ``re`` (once)."""
        compiled = _re.compile(self.pattern, self.source_flags)
        for name in _COPIED:
            setattr(self, name, getattr(compiled, name))
        self.compiled = lambda: compiled
        return compiled

    def __getattr__(self, name: str):
        # reached only for what is not yet set on the stand-in: compile, then answer as the pattern does
        if name.startswith("__") or name in ("pattern", "source_flags"):  # (copy and pickle ask before __init__)
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return repr(self.compiled())

    # a pattern is copied as itself and pickled as its source, as re's own are
    def __copy__(self) -> LazyPattern:
        return self

    def __deepcopy__(self, memo) -> LazyPattern:
        return self

    def __reduce__(self):
        return compile, (self.pattern, self.source_flags)


def compile(pattern, flags=0):  # noqa: A001 - re's name, so that ``re.compile`` reads as it always has
    """``re.compile(pattern, flags)``, compiled at its first use; a pattern already made is given back."""
    if isinstance(pattern, (LazyPattern, _re.Pattern)):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, str):
        return _re.compile(pattern, flags)  # (bytes, or re's own TypeError)
    return LazyPattern(pattern, flags)
