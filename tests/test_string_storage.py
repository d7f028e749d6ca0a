"""Every analysis gives the same tables whether pandas stores text in Python objects or in Arrow.

pandas 3 keeps a ``str`` column in Arrow when pyarrow is installed and in Python objects otherwise, so a user's
probstat runs on one or the other; the answers must not depend on which. The Arrow half needs pyarrow and is
skipped without it.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from test_dtypes import _assert_same

from probstat.loader import load


def _stored(frame: pd.DataFrame, storage: str) -> pd.DataFrame:
    """``frame`` with every str column (categories' labels included) kept in ``storage``."""
    dtype = pd.StringDtype(storage, na_value=np.nan)
    out = frame.copy()
    for col in out.columns:
        column = out[col]
        if isinstance(column.dtype, pd.StringDtype):
            out[col] = column.astype(dtype)
        elif isinstance(column.dtype, pd.CategoricalDtype) and isinstance(column.cat.categories.dtype,
                                                                         pd.StringDtype):
            out[col] = column.cat.rename_categories(column.cat.categories.astype(dtype))
    return out


@pytest.mark.parametrize("categories", [False, True], ids=["text", "categories"])
def test_every_analysis_answers_the_same_on_python_and_arrow_strings(categories):
    pytest.importorskip("pyarrow")
    frame = load(categories=categories)
    python, arrow = _stored(frame, "python"), _stored(frame, "pyarrow")
    assert any(isinstance(d, pd.StringDtype) and d.storage == "pyarrow" for d in arrow.dtypes)
    _assert_same(python, arrow)


def test_python_strings_answer_as_the_default_storage():
    frame = load()
    _assert_same(frame, _stored(frame, "python"))


def test_validate_findings_are_the_same_on_python_and_arrow_strings():
    pytest.importorskip("pyarrow")
    from probstat.analysis.consistency import findings_table

    # Synthetic edits, each one finding (as in test_cli and test_consistency): London CRC rated Outstanding
    # against standards that allow Requires improvement at most, its owner spelled "MTC" beside Thames Valley's
    # "MTCnovo", and a fieldwork start after its report's publication.
    frame = load()
    london = frame.index[frame["provider_id"].eq("london-crc")][0]
    dated = frame.index[frame["published"].notna()][0]
    frame.loc[london, ["overall", "owner"]] = ["Outstanding", "MTC"]
    frame.loc[dated, "fieldwork_start"] = "2030-01-01"
    for categories in (False, True):
        if categories:
            frame = frame.astype({c: "category" for c in ("round", "sector", "overall")})
        python, arrow = findings_table(_stored(frame, "python")), findings_table(_stored(frame, "pyarrow"))
        assert sorted(python["column"]) == ["fieldwork_start", "overall", "owner"]
        assert python.to_csv(index=False) == arrow.to_csv(index=False)
