"""A faster ``__init__`` for the frozen dataclasses a text makes by the hundred thousand (parts, matches, readings).

A frozen dataclass's own ``__init__`` sets each field with a call to ``object.__setattr__`` (it must get past the
class's own ``__setattr__``, which refuses); storing into the instance's ``__dict__`` does the same in a fraction of
the time, and a long text makes these objects by the hundred thousand (bench/README.md has the figures).
Everything else stays the dataclass's (frozen, ``__eq__``, ``__hash__``, ``repr``, ``dataclasses.replace``), and
the ``__init__`` is written from the class's own fields, so a field added later is set like the others.
"""

from __future__ import annotations

import dataclasses


def quick_init(cls: type) -> type:
    """Give the frozen dataclass ``cls`` an ``__init__`` that stores its fields into ``__dict__``. A class this
    cannot stand in for (slots, ``__post_init__``, default factories, keyword-only or init=False fields) is left
    as it is."""
    fields = dataclasses.fields(cls)
    if "__slots__" in cls.__dict__ or hasattr(cls, "__post_init__") or any(
            not f.init or f.kw_only or f.default_factory is not dataclasses.MISSING for f in fields):
        return cls
    defaults: dict[str, object] = {}
    params, body = [], []
    for f in fields:
        if f.default is dataclasses.MISSING:
            params.append(f.name)
        else:
            defaults[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        body.append(f"    _quick_dict_[{f.name!r}] = {f.name}")
    source = f"def __init__(self, {', '.join(params)}):\n    _quick_dict_ = self.__dict__\n" + "\n".join(body) + "\n"
    exec(source, defaults)  # noqa: S102 - the source is built from the class's field names only
    init = defaults["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    cls.__init__ = init
    return cls
