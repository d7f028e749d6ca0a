"""The loader: the bundled data, accepted variants of input, and each refused input with its message."""

from __future__ import annotations

import pytest

from probstat.errors import DataError, ExitCode
from probstat.loader import load

HEADER = "round,provider_id,provider,sector,overall"


@pytest.fixture(autouse=True, params=["small", "large"])
def file_size_path(request, monkeypatch):
    """Every test twice: small files are read as plain text, large ones as categories; both must agree."""
    if request.param == "large":
        from probstat import parsing
        monkeypatch.setattr(parsing, "SMALL_FILE", 0)


def test_bundled_round_2018_19_has_the_28_providers():
    frame = load()
    first = frame[frame["round"] == "2018-19"]
    assert len(first) == 28
    assert (first["sector"] == "NPS").sum() == 7
    assert (first["sector"] == "CRC").sum() == 21
    # HMIP's release: 0 Outstanding, 6 Good, 21 Requires improvement, 1 Inadequate.
    assert first["overall"].value_counts().to_dict() == {"Requires improvement": 21, "Good": 6, "Inadequate": 1}


def test_qualified_figures_keep_their_qualifier():
    frame = load().set_index(["round", "provider_id"])
    # "supervises more than 4,000" (HMIP release on Essex CRC)
    assert frame.loc[("2018-19", "essex-crc"), "people_supervised"] == 4000
    assert frame.loc[("2018-19", "essex-crc"), "people_supervised_qualifier"] == ">"
    # "nearly 7,000" (NPS Wales); an exact figure has an empty qualifier
    assert frame.loc[("2018-19", "nps-wales"), "people_supervised_qualifier"] == "<~"
    assert frame.loc[("2018-19", "swm-crc"), "people_supervised_qualifier"] == ""
    assert frame.loc[("2018-19", "swm-crc"), "people_supervised"] == 13531


def test_empty_cells_are_unknown_not_zero():
    frame = load().set_index(["round", "provider_id"])
    assert frame["kq2_2_safety"].isna().all()
    assert frame.loc[("2018-19", "cgm-crc"), "people_supervised"] != 0
    assert frame["people_supervised"].isna().loc[("2018-19", "cgm-crc")]


def write(tmp_path, text: str, *, encoding="utf-8", name="p.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return path


def test_bom_crlf_and_loose_rating_case_are_accepted(tmp_path):
    text = "\ufeff" + HEADER + "\r\n2018-19,x-crc,X CRC,crc,requires  IMPROVEMENT\r\n"
    frame = load(write(tmp_path, text))
    assert frame.loc[0, "sector"] == "CRC"
    assert frame.loc[0, "overall"] == "Requires improvement"


def test_latin1_file_is_read_with_encoding_option(tmp_path):
    path = write(tmp_path, HEADER + "\n2018-19,x-crc,Ynys Môn CRC,CRC,Good\n", encoding="latin-1")
    with pytest.raises(DataError, match=r"row 2: not valid UTF-8: byte 0xF4 .*--encoding"):
        load(path)
    assert load(path, encoding="latin-1").loc[0, "provider"] == "Ynys Môn CRC"


@pytest.mark.parametrize(
    ("row", "column", "value", "message"),
    [
        (5, "overall", "Good-ish", "row 5, column overall: 'Good-ish' is not a rating; expected one of Outstanding"),
        (3, "kq2_1_safety", "140", "row 3, column kq2_1_safety: '140' is out of range 0-100 for a percentage"),
        (4, "people_supervised", "-5", "row 4, column people_supervised: '-5' is not a number"),
        (2, "sector", "Private", "row 2, column sector: 'Private' is not a sector; expected NPS or CRC"),
        (2, "published", "2019-13-01", "row 2, column published: '2019-13-01' is not a date"),
        (2, "round", "2018-20", "row 2, column round: '2018-20' is not a round like 2018-19"),
        (2, "unpaid_work", "Good", "row 2, column unpaid_work: is rated for CRCs only"),
        (9, "victim_work", "Good", "row 9, column victim_work: is rated for NPSs only"),
        (2, "n_std_good", "11", "row 2, column n_std_good: 11 is out of range"),
        (2, "provider_id", "", "row 2, column provider_id: is empty; this column is required"),
        (2, "source_url", "javascript:alert(1)",
         "row 2, column source_url: 'javascript:alert(1)' is not an http(s) URL"),
    ],
)
def test_each_bad_cell_is_named_by_file_row_and_column(edited_copy, row, column, value, message):
    path = edited_copy(row, column, value)
    with pytest.raises(DataError) as info:
        load(path)
    assert str(info.value).startswith(f"{path}, {message}")


def test_duplicate_row_names_both_rows(edited_copy):
    # Row 3 is nps-midlands; making it nps-london duplicates row 2.
    path = edited_copy(3, "provider_id", "nps-london")
    with pytest.raises(DataError, match=r"row 3, column provider_id: duplicate row: round 2018-19 provider_id "
                                        r"nps-london is already on row 2"):
        load(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "file is empty"),
        (b"   \n", "file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a binary file"),
        (HEADER.encode() + b"\n", "has a header but no data rows"),
        (b"round,provider_id,provider,overall\n2018-19,a,A,Good\n", "missing required column(s): sector"),
        ((HEADER + ",overall\n").encode(), "row 1, column overall: duplicated column name"),
        ((HEADER + ",leadershp\n").encode(), "row 1, column leadershp: unknown column; did you mean 'leadership'?"),
        ((HEADER + '\n2018-19,a,"A,CRC,Good\n').encode(), "malformed CSV"),
        ((HEADER + "\n2018-19,a,A,CRC,Good,extra,more\n").encode(), "malformed CSV"),
    ],
)
def test_unreadable_files_give_one_clear_error(tmp_path, content, message):
    path = write(tmp_path, content)
    with pytest.raises(DataError) as info:
        load(path)
    assert message in str(info.value)
    assert str(info.value).startswith(str(path))


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(DataError, match="no such file"):
        load(tmp_path / "nope.csv")
    with pytest.raises(DataError, match="is a directory"):
        load(tmp_path)


def test_environment_variable_chooses_the_data(tmp_path, monkeypatch):
    path = write(tmp_path, HEADER + "\n2018-19,x-crc,X CRC,CRC,Good\n")
    monkeypatch.setenv("PROBSTAT_DATA", str(path))
    assert load()["provider_id"].tolist() == ["x-crc"]


def test_columns_argument_reads_only_what_is_asked(tmp_path):
    frame = load(columns=["overall"])
    assert "people_supervised" not in frame
    assert len(frame) == 120  # 36 rows of 2018-20 providers, 84 of the later units


# --- large files: checks on distinct values, parsing from bytes ----------------------------------------------

def many_rows(n: int, overall: str = "Good", *, extra: str = "") -> list[str]:
    """``n`` valid data rows (round 2018-19, distinct ids), each ending in ``overall`` and then ``extra``."""
    return [f"2018-19,p-{i},P {i},CRC,{overall}{extra}" for i in range(n)]


def test_a_bad_value_deep_in_a_large_file_names_its_row(tmp_path):
    rows = many_rows(100_001)
    rows[100_000] = "2018-19,p-100000,P 100000,CRC,Great"  # data row 100,001 is spreadsheet row 100,002
    path = write(tmp_path, "\n".join([HEADER, *rows]) + "\n")
    with pytest.raises(DataError) as info:
        load(path)
    assert str(info.value).startswith(f"{path}, row 100002, column overall: 'Great' is not a rating")


def test_the_first_bad_row_is_named_when_bad_values_repeat(tmp_path):
    # Checks run once per distinct value: the row named must still be the first bad one in the file, not a
    # later row of the same value, nor the first row of the bad value that sorts first ('Awful').
    cells = ["Good", "Good", "Zany", "Good", "Awful", "Zany", "Awful"]
    rows = [f"2018-19,p-{i},P {i},CRC,{c}" for i, c in enumerate(cells)]
    path = write(tmp_path, "\n".join([HEADER, *rows]) + "\n")
    with pytest.raises(DataError, match=r"row 4, column overall: 'Zany' is not a rating"):
        load(path)
    cells = ["Good", " Great ", "Good", "Great", "Great"]  # padded and bare spellings of one bad value
    rows = [f"2018-19,p-{i},P {i},CRC,{c}" for i, c in enumerate(cells)]
    path = write(tmp_path, "\n".join([HEADER, *rows]) + "\n")
    with pytest.raises(DataError, match=r"row 3, column overall: 'Great' is not a rating"):
        load(path)


def test_a_bad_value_that_repeats_is_named_at_its_first_row_in_every_kind_of_column(tmp_path):
    header = HEADER + ",published,cases_inspected,people_supervised,kq2_1_safety,source_url"
    good = "2019-05,120,>4000,55,https://example.org/r"
    bad = {"published": "2019-13", "cases_inspected": "12a", "people_supervised": "lots", "kq2_1_safety": "101",
           "source_url": "ftp://x"}
    names = header.split(",")[5:]
    for column, value in bad.items():
        cells = [good.split(",") for _ in range(6)]
        for i in (2, 4, 5):
            cells[i][names.index(column)] = value
        rows = [f"2018-19,p-{i},P {i},CRC,Good," + ",".join(c) for i, c in enumerate(cells)]
        path = write(tmp_path, "\n".join([header, *rows]) + "\n")
        with pytest.raises(DataError, match=rf"row 4, column {column}: '{value}' is"):
            load(path)


def test_repeated_values_are_typed_row_by_row(tmp_path):
    header = HEADER + ",people_supervised,n_std_good,published"
    rows = ["2018-19,a,A,crc,good,\">4,000\",3,2019-05", "2018-19,b,B,NPS, Good ,4000,,2019-05",
            "2018-19,c,C,Crc,,\" >4,000 \",3 , 2019-05 ", "2018-19,d,D,CRC,GOOD,,3,"]
    frame = load(write(tmp_path, "\n".join([header, *rows]) + "\n"))
    assert frame["sector"].tolist() == ["CRC", "NPS", "CRC", "CRC"]
    assert frame["overall"].isna().tolist() == [False, False, True, False]
    assert frame["overall"].dropna().tolist() == ["Good", "Good", "Good"]
    assert frame["people_supervised"].fillna(-1).tolist() == [4000, 4000, 4000, -1]
    assert frame["people_supervised_qualifier"].tolist()[:3] == [">", "", ">"]
    assert frame["people_supervised_qualifier"].isna().tolist() == [False, False, False, True]
    assert str(frame["n_std_good"].dtype) == "Int64"
    assert frame["n_std_good"].isna().tolist() == [False, True, False, False]
    assert frame["published"].fillna("").tolist() == ["2019-05", "2019-05", "2019-05", ""]


def test_columns_limits_what_is_checked_and_none_gives_every_column(tmp_path):
    path = write(tmp_path, HEADER + ",people_supervised\n2018-19,x-crc,X CRC,CRC,Good,lots\n")
    frame = load(path, columns=["overall"])
    assert frame.columns.tolist() == ["round", "provider_id", "provider", "sector", "overall"]
    with pytest.raises(DataError, match=r"row 2, column people_supervised: 'lots' is not a number"):
        load(path)
    frame = load(write(tmp_path, HEADER + "\n2018-19,x-crc,X CRC,CRC,Good\n", name="q.csv"))
    from probstat import schema
    assert set(schema.COLUMN_NAMES) <= set(frame.columns)
    assert frame["people_supervised"].isna().all() and frame["owner"].isna().all()


def test_a_decoding_error_past_the_first_chunk_names_its_offset_and_row(tmp_path):
    from probstat import sniff
    rows = many_rows(sniff.CHUNK // 30 + 1000)  # each row is under 30 bytes: well past the first chunk
    data = ("\n".join([HEADER, *rows]) + "\n").encode()
    offset = len(data) - 10
    data = data[:offset] + b"\xff" + data[offset + 1:]
    assert offset > sniff.CHUNK
    with pytest.raises(DataError) as info:
        load(write(tmp_path, data))
    line = data[:offset].count(b"\n") + 1
    assert f"row {line}: not valid UTF-8: byte 0xFF at offset {offset};" in str(info.value)


def test_a_character_split_across_chunks_is_not_a_decoding_error(tmp_path):
    from probstat import sniff
    head = (HEADER + "\n").encode()
    # the two bytes of "ô" fall either side of the chunk boundary
    filler = "x" * (sniff.CHUNK - len(head) - len("2018-19,a-crc,") - 1)
    text = HEADER + f"\n2018-19,a-crc,{filler}ô,CRC,Good\n2018-19,b-crc,Môn,CRC,Good\n"
    assert text.encode()[sniff.CHUNK - 1:sniff.CHUNK + 1] == "ô".encode()
    frame = load(write(tmp_path, text))
    assert frame["provider"].tolist() == [filler + "ô", "Môn"]


def test_utf16_without_a_byte_order_mark_is_read_with_encoding_utf16(tmp_path):
    # bytes.decode("utf-16") reads text without a BOM as little-endian; Python's incremental decoder (which
    # pandas uses) refuses it: the loader must still read it as it did when it decoded the whole file.
    path = write(tmp_path, HEADER + "\n2018-19,x-crc,Ynys Môn CRC,CRC,Good\n", encoding="utf-16-le")
    assert load(path, encoding="utf-16").loc[0, "provider"] == "Ynys Môn CRC"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "latin-1", "cp1252", "utf-8"])
def test_other_encodings_parse_from_bytes(tmp_path, encoding):
    text = HEADER + ",owner\n2018-19,x-crc,Ynys Môn CRC,CRC,Good,\"Owner, Ltd\"\n"
    frame = load(write(tmp_path, text, encoding=encoding), encoding=encoding)
    assert frame.loc[0, "provider"] == "Ynys Môn CRC" and frame.loc[0, "owner"] == "Owner, Ltd"


def test_a_nul_character_after_decoding_utf16_names_its_offset(tmp_path):
    from probstat import sniff
    rows = many_rows(sniff.CHUNK // 60 + 100)  # past the first chunk once encoded as UTF-16
    text = "\n".join([HEADER, *rows]) + "\n\x00\n"
    with pytest.raises(DataError, match=rf"NUL character at offset {len(text) - 2} after decoding as utf-16"):
        load(write(tmp_path, text, encoding="utf-16"), encoding="utf-16")


def test_a_header_with_a_quoted_line_break_is_read_whole(tmp_path):
    path = write(tmp_path, HEADER + ',"own\ner"\n2018-19,x-crc,X,CRC,Good,A\n')
    with pytest.raises(DataError, match=r"column 'own\\ner': unknown column"):
        load(path)


def test_sources_without_a_basis_column_load_with_basis_unknown(tmp_path):
    from probstat.loader import load_sources

    old = tmp_path / "old-sources.csv"
    old.write_text("round,provider_id,field,source_url,note\n2018-19,nps-wales,overall,https://example.org/a,\n",
                   encoding="utf-8")
    frame = load_sources(old)
    assert frame["basis"].tolist() == ["unknown"]
    assert list(frame.columns) == ["round", "provider_id", "field", "source_url", "basis", "note"]


def test_sources_with_a_bad_basis_name_row_and_column(tmp_path):
    from probstat.loader import load_sources

    bad = tmp_path / "sources.csv"
    bad.write_text("round,provider_id,field,source_url,basis,note\n"
                   "2018-19,nps-wales,overall,https://example.org/a,stated,\n"
                   "2018-19,nps-wales,staff,https://example.org/a,guessed,\n", encoding="utf-8")
    with pytest.raises(DataError) as err:
        load_sources(bad)
    assert (err.value.row, err.value.column) == (3, "basis")
    assert "'guessed' is not a basis" in str(err.value)


def test_fraction_figures_in_percentage_columns(tmp_path):
    good = tmp_path / "p.csv"
    good.write_text("round,provider_id,provider,sector,home_visit_pct\n2018-19,x-crc,X,CRC,1/3\n", encoding="utf-8")
    frame = load(good)
    assert frame["home_visit_pct"].iloc[0] == pytest.approx(100 / 3)
    assert frame["home_visit_pct_qualifier"].iloc[0] == "/"
    for value, column in (("4/3", "home_visit_pct"), ("2/3", "people_supervised")):
        bad = tmp_path / "bad.csv"
        bad.write_text(f"round,provider_id,provider,sector,{column}\n2018-19,x-crc,X,CRC,{value}\n", encoding="utf-8")
        with pytest.raises(DataError) as err:
            load(bad)
        assert (err.value.row, err.value.column) == (2, column)


# --- reading only the columns a command needs ----------------------------------------------------------------

WIDE = HEADER + ",owner,people_supervised"


@pytest.mark.parametrize("columns", [None, ["overall"], ["people_supervised"]])
@pytest.mark.parametrize(
    "row, number",
    [
        ("2018-19,b,B,CRC,Good,O,1,extra", 3),  # one field too many
        ('2018-19,b,B,CRC,Good,"O, Ltd","4,000",x,y', 3),  # quoted delimiters, then two too many
        ('2018-19,b,"B\nB",CRC,Good,O,1,extra', 3),  # a quoted line break: the long record starts on line 3
    ],
)
def test_a_row_with_too_many_fields_is_refused_whichever_columns_are_read(tmp_path, columns, row, number):
    # pandas' usecols= silently drops the extra fields: the loader must still refuse the row, and name it.
    path = write(tmp_path, "\n".join([WIDE, "2018-19,a,A,CRC,Good,O,1", row, "2018-19,c,C,NPS,Good,O,2"]) + "\n")
    with pytest.raises(DataError, match=rf"{path}, row {number}: malformed CSV"):
        load(path, columns=columns)


def test_a_long_row_past_the_first_chunk_is_refused(tmp_path, monkeypatch):
    from probstat import sniff
    monkeypatch.setattr(sniff, "CHUNK", 64)  # many chunks, with quoted fields across their edges
    rows = [f'2018-19,p-{i},"P, {i}",CRC,Good,"O\n{i}",{i}' for i in range(40)]
    rows[30] += ",extra"
    path = write(tmp_path, "\n".join([WIDE, *rows]) + "\n")
    with pytest.raises(DataError, match=r"malformed CSV"):
        load(path, columns=["overall"])
    rows[30] = rows[31].replace("p-31", "p-30")  # without the extra field it loads, chunked the same way
    assert load(write(tmp_path, "\n".join([WIDE, *rows]) + "\n"), columns=["overall"])["provider_id"].size == 40


def test_only_the_columns_read_are_checked_and_validate_reads_them_all(tmp_path, probstat):
    # A command checks the cells it reads; a bad value elsewhere in the row is validate's to find.
    path = write(tmp_path, WIDE + "\n2018-19,a,A,CRC,Good,O,lots\n2018-19,b,B,CRC,Great,O,5\n")
    with pytest.raises(DataError, match=r"row 3, column overall: 'Great' is not a rating"):
        load(path, columns=["overall"])
    path = write(tmp_path, WIDE + "\n2018-19,a,A,CRC,Good,O,lots\n2018-19,b,B,NPS,Good,O,5\n")
    assert load(path, columns=["overall"])["overall"].tolist() == ["Good", "Good"]
    assert probstat("ratings", "--data", str(path), "--format", "csv").code == ExitCode.OK
    result = probstat("validate", "--data", str(path))
    assert result.code == ExitCode.DATA
    assert "row 2, column people_supervised: 'lots' is not a number" in result.stderr


def test_provider_id_reads_that_providers_rows_and_checks_every_rows_ids(tmp_path, probstat):
    # Synthetic rows. a's 'lots' is another provider's figure: not read for b, refused by validate.
    path = write(tmp_path, WIDE + "\n2018-19,a,A,CRC,Good,O,lots\n2018-19,b,B,CRC,Good,O,\"4,000\"\n"
                 "2019-20,b,B,CRC,Inadequate,O,>5000\n")
    frame = load(path, provider_id="b")
    assert frame["round"].tolist() == ["2018-19", "2019-20"]
    assert frame["overall"].tolist() == ["Good", "Inadequate"]
    assert frame["people_supervised"].tolist() == [4000, 5000]
    assert frame["people_supervised_qualifier"].tolist() == ["", ">"]
    assert frame.index.tolist() == [0, 1]
    assert probstat("show", "b", "--data", str(path), "--format", "csv").code == ExitCode.OK
    assert probstat("validate", "--data", str(path)).code == ExitCode.DATA
    # The provider's own bad value is named at its row of the file, not of the provider's rows.
    path = write(tmp_path, WIDE + "\n2018-19,a,A,CRC,Good,O,1\n2018-19,b,B,CRC,Good,O,2\n2019-20,b,B,CRC,Good,O,lots\n")
    with pytest.raises(DataError, match=r"row 4, column people_supervised: 'lots' is not a number"):
        load(path, provider_id="b")
    # Ids are checked on every row: a duplicate of another provider is refused.
    path = write(tmp_path, WIDE + "\n2018-19,a,A,CRC,Good,O,1\n2018-19,b,B,CRC,Good,O,2\n2018-19,a,A,CRC,Good,O,1\n")
    with pytest.raises(DataError, match=r"row 4, column provider_id: duplicate row: .* already on row 2"):
        load(path, provider_id="b")
    # No such provider: every row's required columns, so that the caller can name the ids there are.
    path = write(tmp_path, WIDE + "\n2018-19,a,A,CRC,Good,O,lots\n2018-19,bb,B,CRC,Good,O,2\n")
    assert load(path, provider_id="b")["provider_id"].tolist() == ["a", "bb"]
    result = probstat("show", "b", "--data", str(path))
    assert result.code == ExitCode.USAGE and "did you mean 'bb'?" in result.stderr


@pytest.mark.parametrize("shape", ["plain", "crlf", "no final newline", "quoted newline", "blank line"])
def test_provider_rows_parsed_alone_equal_the_whole_parse(tmp_path, monkeypatch, shape):
    # Synthetic rows. A large file's provider rows are parsed on their own when each line is one record
    # (parsing.record_lines); the frame, and the row an error names, are those of parsing every row.
    import pandas as pd

    from probstat import parsing

    rows = [f'2018-19,p-{i},"P, {i}",CRC,Good,O,{i}' for i in range(30)]
    rows += ['2019-20,p-3,P 3,CRC,Inadequate,"O, ""3""",>5000', "2019-20,p-29,P 29,CRC,,O,"]
    if shape == "quoted newline":
        rows[5] = '2018-19,p-5,"P\n5",CRC,Good,O,5'
    if shape == "blank line":
        rows.insert(7, "")
    text = "\n".join([WIDE, *rows]) + ("" if shape == "no final newline" else "\n")
    path = write(tmp_path, text.replace("\n", "\r\n") if shape == "crlf" else text)
    for pid in ("p-3", "p-29", "p-0"):
        fast = load(path, provider_id=pid)
        with monkeypatch.context() as patched:
            patched.setattr(parsing, "record_lines", lambda *args: None)
            pd.testing.assert_frame_equal(fast, load(path, provider_id=pid))
    assert load(path, provider_id="p-3")["people_supervised"].tolist() == [3, 5000]
    bad = write(tmp_path, text.replace("p-29,P 29,CRC,,O,", "p-29,P 29,CRC,,O,lots"), name="bad.csv")
    with pytest.raises(DataError, match=r"row 33, column people_supervised"):  # the 32nd record
        load(bad, provider_id="p-29")


def test_values_that_look_like_numbers_or_booleans_keep_their_text(tmp_path):
    # Columns are read as categories, whose values pandas would otherwise turn into numbers or booleans.
    text = HEADER + ",owner,n_std_good,published\n"
    text += "2018-19,a,TRUE,CRC,Good,true,007,2019-05\n2018-19,b,False,CRC,Good,TRUE,3,2019-05\n"
    frame = load(write(tmp_path, text))
    assert frame["provider"].tolist() == ["TRUE", "False"]
    assert frame["owner"].tolist() == ["true", "TRUE"]
    assert frame["n_std_good"].tolist() == [7, 3]
    with pytest.raises(DataError, match=r"row 2, column n_std_good: '1.50' is not a whole number"):
        load(write(tmp_path, HEADER + ",n_std_good\n2018-19,a,A,CRC,Good,1.50\n", name="q.csv"))


def test_the_pre_scan_agrees_with_the_csv_module_on_well_quoted_text(monkeypatch):
    import csv
    import io
    import random

    from probstat import parsing, sniff
    rng = random.Random(12)
    cells = ["a", "", '"x,y"', '"q""q"', '"l\nm"', '"l\r\nm"', "b b"]
    for chunk in (1, 3, 7, 64):
        monkeypatch.setattr(sniff, "CHUNK", chunk)
        for _ in range(400):
            end = rng.choice(["\r\n", "\n"])  # with \n, a file may hold no \r at all (the scan skips looking)
            text = end.join(",".join(rng.choice(cells) for _ in range(rng.randint(1, 5)))
                            for _ in range(rng.randint(1, 6))) + rng.choice(["", end])
            width = rng.randint(1, 5)
            widest = max((len(r) for r in csv.reader(io.StringIO(text, newline=""))), default=0)
            assert parsing.fields_fit(text.encode(), width, "utf-8") == (widest <= width), (text, width)


@pytest.mark.parametrize("text", ['a,b"c,d\n', 'a,"b"c,d\n', 'a,"b,c\n', "a,b\rc,d\n"])
def test_the_pre_scan_leaves_stray_quotes_and_bare_carriage_returns_to_pandas(text):
    from probstat import parsing
    assert parsing.fields_fit(text.encode(), 3, "utf-8") is False
    assert parsing.fields_fit(text.encode("utf-16"), 9, "utf-16") is False
