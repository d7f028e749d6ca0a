"""The Arrow read path (pyarrow installed, a large file) reads every cell as pandas' C parser does, or leaves
the file to it. Needs pyarrow; skipped without it (CI installs it for this file)."""

from __future__ import annotations

import random
from unittest import mock

import pandas as pd
import pytest

from probstat import arrowcsv, parsing
from probstat.errors import DataError
from probstat.loader import load

pytest.importorskip("pyarrow")

HEADER = ["round", "provider_id", "provider", "sector", "overall"]
#: Cells as written in a file, quoting and all: awkward ones a parser may read differently (synthetic).
CELLS = ["a", "", " b ", '"x,y"', '"q""q"', '"l\nm"', '"l\r\nm"', "ünï", "  ", '""', "1.50", "007", "TRUE",
         "NA", "null", "#c", "'x", "\t", "\\", "x;y"]


def _c_parser(data: bytes) -> pd.DataFrame:
    """``data`` as parse_columns reads it without pyarrow, every column but the ids as categories."""
    with mock.patch.object(arrowcsv, "available", lambda: False), mock.patch.object(parsing, "SMALL_FILE", 0):
        return parsing.parse_columns(data, "t.csv", HEADER, HEADER, encoding="utf-8-sig")


def _same(arrow: pd.DataFrame, c: pd.DataFrame) -> None:
    """The same cells, row for row (the order of a column's categories may differ: it is not read)."""
    assert list(arrow.columns) == list(c.columns)
    for col in c.columns:
        assert arrow[col].astype(object).tolist() == c[col].astype(object).tolist(), col


def test_arrow_reads_every_cell_as_the_c_parser_does_or_declines():
    rng = random.Random(25)
    read = declined = 0
    for _ in range(300):
        end = rng.choice(["\n", "\r\n"])
        rows = [",".join(rng.choice(CELLS) for _ in HEADER) for _ in range(rng.randint(1, 8))]
        if rng.random() < 0.2:
            rows.insert(rng.randrange(len(rows) + 1), "")  # a blank line, which both skip
        if rng.random() < 0.1:
            rows.append(",".join(["x"] * (len(HEADER) - 1)))  # a short row: pyarrow refuses, pandas pads
        if rng.random() < 0.1:
            rows.append(",".join(["x"] * (len(HEADER) + 1)))  # a long row: both refuse
        text = end.join([",".join(HEADER), *rows]) + rng.choice(["", end])
        data = ("\ufeff" if rng.random() < 0.3 else "").encode() + text.encode()
        dtypes = {c: "object" if c in ("provider_id", "provider") else "category" for c in HEADER}
        # the gate parse_columns puts before pyarrow: quotes where RFC 4180 puts them (pyarrow judges widths)
        if not parsing.quotes_fit(data, "utf-8-sig"):
            continue
        # decoded: the loader has checked the UTF-8 (sniff.decodable), so pyarrow need not; the cells are the same
        arrow = arrowcsv.read_columns(data, HEADER, dtypes, ",", "utf-8-sig", decoded=rng.random() < 0.5)
        if arrow is None:
            declined += 1
            continue
        read += 1
        _same(arrow, _c_parser(data))
    assert read > 100 and declined > 10  # both paths were taken


@pytest.mark.parametrize("data", [b"round,provider_id\n", b"a,b\n1,2\x00\n", "a,b\n1,2\n".encode("utf-16")],
                         ids=["no-rows", "nul", "utf-16"])
def test_arrow_declines_what_the_c_parser_must_word(data):
    assert arrowcsv.read_columns(data, ["a", "b"], {"a": "object", "b": "category"}, ",", "utf-16"
                                 if data.startswith(b"\xff\xfe") else "utf-8") is None


def test_a_large_file_loads_the_same_through_either_parser(tmp_path, monkeypatch, bundled_text):
    """Every bundled row, repeated under new ids (synthetic) past the size where categories and Arrow are used."""
    lines = bundled_text.splitlines()
    header, body = lines[0], lines[1:]
    at = header.split(",").index("provider_id")
    rows = []
    for copy in range(parsing.SMALL_FILE // len(bundled_text) + 2):
        for line in body:
            cells = line.split(",")
            cells[at] = f"{cells[at]}-{copy}"
            rows.append(",".join(cells))
    path = tmp_path / "large.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    assert path.stat().st_size >= parsing.SMALL_FILE
    arrow = load(path, categories="auto")
    monkeypatch.setattr(arrowcsv, "available", lambda: False)
    c = load(path, categories="auto")
    pd.testing.assert_frame_equal(arrow, c)


def test_a_bad_row_of_a_large_file_is_named_through_either_parser(tmp_path, monkeypatch):
    rows = [f"2018-19,p-{i},P {i},CRC,Good" for i in range(parsing.SMALL_FILE // 20)]
    rows[5000] = "2018-19,p-5000,P 5000,CRC"  # a short row: pyarrow refuses the file, pandas pads the row
    rows[7000] = "2018-19,p-7000,P 7000,CRC,Goodish"
    path = tmp_path / "bad.csv"
    path.write_text("\n".join([",".join(HEADER), *rows]) + "\n", encoding="utf-8")
    with pytest.raises(DataError) as arrow:
        load(path, categories="auto")
    monkeypatch.setattr(arrowcsv, "available", lambda: False)
    with pytest.raises(DataError) as c:
        load(path, categories="auto")
    assert str(arrow.value) == str(c.value)
    assert (arrow.value.row, arrow.value.column) == (7002, "overall")


@pytest.mark.parametrize(("data", "fits"), [
    (b'a,b\n1,"2,000"\n', True),  # a quoted field
    (b'a,b\n"say ""hi""",2\n', True),  # doubled quotes inside one
    (b'a,b\n"two\nlines",2\n', True),  # a line break inside one
    (b'\xef\xbb\xbf"a",b\n1,2\n', True),  # a quote right after the BOM
    (b'a,b\nx"y,2\n', False),  # a quote inside an unquoted field
    (b'a,b\n"xy"z,2\n', False),  # text after a closing quote
    (b'a,b\n"open,2\n', False),  # a quote never closed
    (b'a,b\r1,2\n', False),  # a bare carriage return
    (b'a,b\r\n1,2\r\n', True),  # CRLF line ends
])
def test_quotes_fit_accepts_only_quotes_where_rfc_4180_puts_them(data, fits):
    from probstat.parsing import quotes_fit

    assert quotes_fit(data, "utf-8-sig") is fits


def test_quotes_fit_refuses_what_it_cannot_read_as_bytes():
    from probstat.parsing import quotes_fit

    assert quotes_fit(b"a,b\n1,2\n", "utf-16") is False
    assert quotes_fit(b"a,b\n1,2\n", None) is False


@pytest.mark.parametrize(("cell", "column", "row", "message"), [
    ("P-7000", "provider_id", 7002, "is not an id"),  # upper case: not a slug
    ("", "provider", 7002, "is empty; this column is required"),
    (" P 7000", "provider", None, None),  # padding around a name: stripped, as the C parser's path does
    ("P\u3000", "provider", None, None),  # an ideographic space (Python's \s, which RE2's \s is not)
])
def test_ids_and_names_checked_in_arrow_fail_and_strip_as_through_the_c_parser(tmp_path, monkeypatch, cell, column,
                                                                                row, message):
    """A large file (synthetic) whose ids and names pyarrow reads as Arrow text: a value the checks refuse or
    change is checked as Python strings, with the same error or the same typed frame as without pyarrow."""
    rows = [[ "2018-19", f"p-{i}", f"P {i}", "CRC", "Good"] for i in range(parsing.SMALL_FILE // 20)]
    rows[7000][HEADER.index(column)] = cell
    path = tmp_path / "ids.csv"
    path.write_text("\n".join([",".join(HEADER), *(",".join(r) for r in rows)]) + "\n", encoding="utf-8")
    if message is None:
        arrow = load(path, categories="auto")
        monkeypatch.setattr(arrowcsv, "available", lambda: False)
        pd.testing.assert_frame_equal(arrow, load(path, categories="auto"))
        assert arrow[column].iloc[7000] == cell.strip(" ")
        return
    with pytest.raises(DataError) as arrow_error:
        load(path, categories="auto")
    monkeypatch.setattr(arrowcsv, "available", lambda: False)
    with pytest.raises(DataError) as c_error:
        load(path, categories="auto")
    assert str(arrow_error.value) == str(c_error.value)
    assert (arrow_error.value.row, arrow_error.value.column) == (row, column)
    assert message in str(arrow_error.value)


def test_as_is_passes_only_values_the_checks_leave_unchanged():
    def as_is(values, kind):
        return arrowcsv.as_is(pd.Series(values, dtype="str"), kind)

    assert as_is(["syn-0000001", "a-b-2"], "id") is True
    assert as_is(["syn-1", "-syn"], "id") is False  # a slug starts with a letter or digit
    assert as_is(["syn-1", "syn-1\n"], "id") is False  # whole-value match: no line end after it
    assert as_is(["Provider A", "B"], "text") is True
    assert as_is(["Provider A", "B\x0b"], "text") is False  # Python's whitespace at an end
    assert as_is(["Provider A", ""], "text") is False
    assert as_is(["x"], "date") is False  # only ids and names are typed as they are


def test_the_arrow_path_uses_the_c_librarys_allocator():
    """pyarrow's mimalloc pool cost seconds of system time per million rows (bench/README.md)."""
    import pyarrow as pa

    arrowcsv.use_system_allocator()
    assert pa.default_memory_pool().backend_name == "system"
