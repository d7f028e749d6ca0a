"""parsing.quotes_fit finds a chunk's quotes one by one while they are few, and in numpy when they are many: the
same verdict either way, at any chunk size."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from probstat import parsing, sniff

TEXT = st.binary(max_size=200).map(lambda b: bytes(b'a,"\n\r'[x % 5] for x in b))


def _verdict(monkeypatch, data: bytes, chunk: int, limit: int) -> bool:
    with monkeypatch.context() as m:
        m.setattr(sniff, "CHUNK", chunk)
        m.setattr(parsing, "_FIND_LIMIT", limit)
        return parsing.quotes_fit(data, "utf-8")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=TEXT, chunk=st.integers(1, 64), limit=st.integers(0, 8), bom=st.booleans())
def test_finding_quotes_one_by_one_gives_numpy_s_verdict(monkeypatch, body, chunk, limit, bom):
    data = (b"\xef\xbb\xbf" if bom else b"") + b"a,b\n" + body
    assert _verdict(monkeypatch, data, chunk, limit) == _verdict(monkeypatch, data, chunk, 0)
    assert _verdict(monkeypatch, data, chunk, limit) == _verdict(monkeypatch, data, 1 << 22, 1 << 20)
