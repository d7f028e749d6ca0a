"""The Arrow read path: a large UTF-8 file parsed by pyarrow.csv, when pyarrow is installed.

pyarrow parses a providers file for less CPU time than pandas' C parser and hands the low-cardinality
columns back as dictionary arrays: the codes and distinct values the typing engine wants, without a Python
string per cell (bench/README.md has the figures). It is used only where it reads every cell exactly as
pandas' C parser would (parsing.parse_columns otherwise): quotes only where RFC 4180 puts them, no row longer
than the header (both checked first by parsing.fields_fit), no NUL byte; and any file pyarrow refuses (a short
row, a record larger than a block) is parsed again by the C parser, whose errors name the row.
"""

from __future__ import annotations

import codecs

import numpy as np
import pandas as pd

from . import process

#: Encodings whose bytes pyarrow parses as they are (it reads UTF-8 only; transcoding would cost more than
#: the parse saves).
_UTF8 = frozenset({"utf-8", "utf-8-sig", "ascii"})
#: Bytes pyarrow parses at a time; a record must fit in one, or the file goes to the C parser. 4 MB, not 16:
#: a block that stays in the processor's cache parses a million rows for about a quarter less CPU time
#: (bench/README.md).
_BLOCK = 1 << 22


def available() -> bool:
    """Is pyarrow (with its CSV reader) installed?"""
    try:
        import pyarrow.csv  # noqa: F401
    except ImportError:
        return False
    return True


def use_system_allocator() -> None:
    """Make the C library's allocator pyarrow's default for this process (pandas' Arrow columns included).

    pyarrow's own default (mimalloc) spent seconds of system time per million rows faulting in fresh pages for
    each large buffer (`providers` on 10^6 rows: 3-5 s of system time against 0.65 s; bench/README.md), which
    the CPU-time measure counts like any other. Only the allocator changes, never a value.
    """
    import pyarrow as pa

    if pa.default_memory_pool().backend_name != "system":
        pa.set_memory_pool(pa.system_memory_pool())


def read_columns(data: bytes, header: list[str], dtypes: dict[str, str], delimiter: str,
                 encoding: str, *, decoded: bool = False) -> pd.DataFrame | None:
    """The columns named in ``dtypes`` as parsing.parse_columns gives them ('category': categories of the
    distinct cells; 'object': every cell as written, here as pandas' str in Arrow rather than one Python
    string per cell), or None where the C parser must read the file.

    The caller has checked with parsing.fields_fit that every quote sits where RFC 4180 puts it and that no
    row is longer than the header; with ``decoded``, also that ``data`` decodes in ``encoding``
    (sniff.decodable), so pyarrow does not check every text cell's UTF-8 again (a twelfth of the parse).
    """
    if codecs.lookup(encoding).name not in _UTF8 or len(delimiter) != 1 or b"\x00" in data or not available():
        return None
    import pyarrow as pa
    import pyarrow.csv as pa_csv

    if process.system_allocator:
        use_system_allocator()  # the command line's choice; a library caller keeps its own allocator
    # Categories as dictionary arrays straight from the parser: cheaper in time and memory than strings
    # encoded afterwards (bench/README.md has the figures).
    text, coded = pa.string(), pa.dictionary(pa.int32(), pa.string())

    try:
        table = pa_csv.read_csv(
            pa.py_buffer(data),
            # skip_rows=1 skips the header (BOM and all); the names are the checked ones from sniff.header.
            # One thread: the measure is CPU time, and threads cost more CPU than they save on two cores.
            read_options=pa_csv.ReadOptions(column_names=header, skip_rows=1, use_threads=False,
                                            block_size=_BLOCK),
            parse_options=pa_csv.ParseOptions(delimiter=delimiter, quote_char='"', double_quote=True,
                                              escape_char=False, newlines_in_values=True,
                                              ignore_empty_lines=True),
            convert_options=pa_csv.ConvertOptions(include_columns=list(dtypes),
                                                  column_types={c: text if t == "object" else coded
                                                                for c, t in dtypes.items()},
                                                  null_values=[], strings_can_be_null=False,
                                                  quoted_strings_can_be_null=False, check_utf8=not decoded))
    except (pa.ArrowException, ValueError):
        return None  # the C parser reads it again and words the error with its row
    if table.num_rows == 0:
        return None  # the C parser's "no data rows", worded as ever
    # Each Arrow column is let go once converted, so the file is not held twice over at the peak.
    pending = dict(zip(table.column_names, table.columns, strict=True))
    del table
    columns = {}
    for col, dtype in dtypes.items():
        chunked = pending.pop(col)
        if dtype == "category":
            # One dictionary for every block's codes, then the codes end to end.
            try:
                chunks = chunked.unify_dictionaries().chunks
            except (AttributeError, pa.ArrowException):  # a pyarrow without it: the C parser reads the file
                return None
            codes = np.concatenate([c.indices.to_numpy(zero_copy_only=False) for c in chunks]).astype(np.int32,
                                                                                                     copy=False)
            labels = pd.Index(chunks[0].dictionary.to_numpy(zero_copy_only=False), dtype="str")
            columns[col] = pd.Categorical.from_codes(codes, categories=labels)
        else:
            # Kept in Arrow (pandas' str): the loader checks it there and, when it passes as it is, types it
            # without a Python string per cell (as_is).
            columns[col] = pd.Series(chunked.combine_chunks(), dtype="str", copy=False)
        del chunked
    return pd.DataFrame(columns, copy=False)


#: Python's whitespace (what \\s matches in a str pattern; distinct.stripped looks for it around values), for
#: pyarrow's regular expressions (RE2).
_SPACE = "[\\t-\\r\\x1c-\\x20\\x85\\xa0\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}]"
#: Per kind typed as it is when it passes: the pattern every value must match whole (kinds._SLUG for ids).
_AS_IS = {"id": "^[a-z0-9][a-z0-9-]*$", "text": None}


def is_arrow_text(column: pd.Series) -> bool:
    """Is ``column`` text held in Arrow (as read_columns gives the columns it does not encode)?"""
    return isinstance(column.dtype, pd.StringDtype) and column.dtype.storage == "pyarrow"


def as_is(column: pd.Series, kind: str) -> bool:
    """True when every value of the Arrow text ``column`` is one that the checks of ``kind`` (kinds.py) pass and
    leave unchanged: none empty or missing, none with whitespace around it, and for ids each a slug. The
    loader then types the column as it is; any other column goes through distinct.Batch as Python strings,
    which words each error."""
    if kind not in _AS_IS:
        return False
    import pyarrow as pa
    import pyarrow.compute as pc

    array = pa.array(column.array)
    if array.null_count:
        return False
    pattern = _AS_IS[kind]
    if pattern is not None:  # a whole-value pattern (a slug) holds of no empty or padded value: one pass
        return bool(pc.all(pc.match_substring_regex(array, pattern)).as_py())
    if pc.any(pc.equal(array, "")).as_py():
        return False
    return not pc.any(pc.match_substring_regex(array, f"^{_SPACE}|{_SPACE}$")).as_py()
