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


def read_columns(data: bytes, header: list[str], dtypes: dict[str, str], delimiter: str,
                 encoding: str) -> pd.DataFrame | None:
    """The columns named in ``dtypes`` as parsing.parse_columns gives them ('category': categories of the
    distinct cells; 'object': one Python string per cell), or None where the C parser must read the file.

    The caller has checked with parsing.fields_fit that every quote sits where RFC 4180 puts it and that no
    row is longer than the header.
    """
    if codecs.lookup(encoding).name not in _UTF8 or len(delimiter) != 1 or b"\x00" in data or not available():
        return None
    import pyarrow as pa
    import pyarrow.csv as pa_csv

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
                                                  quoted_strings_can_be_null=False))
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
            array = chunked.combine_chunks() if chunked.num_chunks != 1 else chunked.chunk(0)
            columns[col] = pd.Series(array.to_numpy(zero_copy_only=False), dtype=object, copy=False)
        del chunked
    return pd.DataFrame(columns, copy=False)
