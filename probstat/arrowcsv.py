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

    array = pa.array(column.array)
    if array.null_count:
        return False
    chunks = array.chunks if isinstance(array, pa.ChunkedArray) else [array]
    verdicts = [_bytes_verdict(chunk, kind) for chunk in chunks]
    if False in verdicts:
        return False
    return True if verdicts and None not in verdicts else _matches(array, kind)


def _matches(array, kind: str) -> bool:
    """as_is of an Arrow string ``array`` (no nulls) by pyarrow's regular expressions."""
    import pyarrow.compute as pc

    pattern = _AS_IS[kind]
    if pattern is not None:  # a whole-value pattern (a slug) holds of no empty or padded value: one pass
        return bool(pc.all(pc.match_substring_regex(array, pattern)).as_py())
    if pc.any(pc.equal(array, "")).as_py():
        return False
    return not pc.any(pc.match_substring_regex(array, f"^{_SPACE}|{_SPACE}$")).as_py()


def _byte_table(values: bytes) -> np.ndarray:
    table = np.zeros(256, dtype=bool)
    table[list(values)] = True
    return table


_SLUG_BYTES = _byte_table(b"abcdefghijklmnopqrstuvwxyz0123456789-")
#: The ASCII members of _SPACE.
_ASCII_SPACE = _byte_table(bytes([*range(0x09, 0x0E), *range(0x1C, 0x21)]))
#: Lead bytes of the UTF-8 encodings of _SPACE's other members (U+0085, U+00A0, U+1680, U+2000-U+3000).
_SPACE_LEADS = _byte_table(b"\xc2\xe1\xe2\xe3")


def _bytes_verdict(chunk, kind: str) -> bool | None:
    """as_is for one Arrow string chunk (no nulls), read off its bytes: True or False where they decide it, None
    where a regular expression must (a value that may start or end with a non-ASCII space).

    The regular expressions cost 0.07-0.09 s a column of a million values; the bytes decide in a tenth of that.
    A slug's bytes are all ASCII, so a byte table is exactly _AS_IS's pattern; whitespace at either end of a
    value is decided by its first and last byte unless one of them may belong to a non-ASCII space.
    """
    import pyarrow as pa

    if kind not in _AS_IS or not (pa.types.is_string(chunk.type) or pa.types.is_large_string(chunk.type)):
        return None
    if len(chunk) == 0:
        return None  # (pyarrow's any and all of nothing are null: its verdict, whatever it is, stands)
    width = np.int64 if pa.types.is_large_string(chunk.type) else np.int32
    _, offsets_buffer, data_buffer = chunk.buffers()
    offsets = np.frombuffer(offsets_buffer, dtype=width)[chunk.offset:chunk.offset + len(chunk) + 1]
    if (offsets[1:] <= offsets[:-1]).any():
        return False  # an empty value
    data = np.frombuffer(data_buffer, dtype=np.uint8)
    first, last = data[offsets[:-1]], data[offsets[1:] - 1]
    if kind == "id":
        return bool(_SLUG_BYTES[data[offsets[0]:offsets[-1]]].all() and (first != ord("-")).all())
    if _ASCII_SPACE[first].any() or _ASCII_SPACE[last].any():
        return False
    return None if (_SPACE_LEADS[first].any() or (last >= 0x80).any()) else True
