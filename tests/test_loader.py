"""The loader: the bundled data, accepted variants of input, and each refused input with its message."""

from __future__ import annotations

import pytest

from probstat.errors import DataError
from probstat.loader import load

HEADER = "round,provider_id,provider,sector,overall"


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
    assert frame["kq2_1_safety"].isna().all()
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
    assert len(frame) == 36
