"""``--plot FILE.png|svg``: the chart a view draws on the terminal, as a picture, with matplotlib.

matplotlib is an optional extra (``pip install "probstat[plot]"``), imported only here and only when a plot is
asked for. The pictures follow the terminal charts' rules: every bar on its measure's whole scale, which the
axis shows; a range drawn as a range, never as a point; each bar named by its element id in an SVG
(``bar-ROW-SERIES``), so a reader (or a test) can find it.
"""

from __future__ import annotations

import io
import math
import os

import pandas as pd

from .errors import OutputError
from .output import Chart, clean_text

#: The picture formats of --plot, by extension.
PLOT_FORMATS = {".png": "png", ".svg": "svg"}


def _missing(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _pyplot():
    try:
        import matplotlib
    except ImportError:
        raise OutputError('--plot needs matplotlib: pip install "probstat[plot]" (or pip install matplotlib)',
                          file=None) from None
    matplotlib.use("Agg")  # no display: pictures are written, never shown
    import matplotlib.pyplot as plt

    return plt


def _scale(chart: Chart, row) -> tuple[float, float] | None:
    from .views import measure_scale

    if chart.scale:
        return chart.scale
    scale = measure_scale(row)
    return (0.0, scale[0]) if scale else None


def figure(frame: pd.DataFrame, chart: Chart, title: str | None = None):
    """A matplotlib Figure of ``frame``'s chart: compared bars (one panel per row), ranges or plain bars."""
    plt = _pyplot()
    label_cols = [c for c in chart.label if c in frame]

    def label(row) -> str:
        return clean_text(" / ".join(str(row[c]) for c in label_cols))

    if chart.compare:
        rows = [row for _, row in frame.iterrows() if any(not _missing(row[c]) for c in chart.compare if c in frame)]
        fig, axes = plt.subplots(len(rows) or 1, 1, figsize=(8, 1.6 * max(len(rows), 1)), squeeze=False)
        for i, (ax, row) in enumerate(zip(axes[:, 0], rows, strict=False)):
            names = [c for c in chart.compare if c in frame]
            values = [0.0 if _missing(row[c]) else float(row[c]) for c in names]
            bars = ax.barh([n.upper() for n in names], values, color="#4477aa")
            for bar, name in zip(bars, names, strict=True):
                bar.set_gid(f"bar-{i}-{name}")
            ax.invert_yaxis()  # the first series (NPS) on top, as on the terminal
            scale = _scale(chart, row)
            if scale:
                ax.set_xlim(*scale)
                ax.set_xlabel(f"scale {scale[0]:g} to {scale[1]:g}{'%' if scale[1] == 100 else ''}")
            gap = f"gap {row[chart.value]:.3g} {row[chart.unit] if chart.unit else ''}".strip()
            low, high = (row.get(c) if c else None for c in (chart.low, chart.high))
            if not _missing(low) and not _missing(high) and math.isfinite(low) and math.isfinite(high):
                gap += f" (95% interval {low:.3g} to {high:.3g})"
            ax.set_title(f"{label(row)}: {gap}", fontsize=9)
    elif chart.low and chart.high and chart.low in frame and chart.high in frame:
        data = frame.dropna(subset=[chart.low, chart.high])
        fig, ax = plt.subplots(figsize=(8, 0.3 * max(len(data), 1) + 1))
        for i, (_, row) in enumerate(data.iterrows()):
            low, high = float(row[chart.low]), float(row[chart.high])
            # a range as a bar from its low to its high end; a range of one value as a thin mark
            bar = ax.barh(i, max(high - low, 0.0), left=low, height=0.6, color="#4477aa")[0]
            bar.set_gid(f"bar-{i}-range")
            if low == high:
                ax.plot([low], [i], "|", color="#4477aa", markersize=10)
        ax.set_yticks(range(len(data)), [label(r) for _, r in data.iterrows()], fontsize=7)
        ax.invert_yaxis()
        if chart.scale:
            ax.set_xlim(*chart.scale)
            ax.set_xlabel(f"scale {chart.scale[0]:g} to {chart.scale[1]:g}")
    else:
        data = frame.dropna(subset=[chart.value])
        fig, ax = plt.subplots(figsize=(8, 0.3 * max(len(data), 1) + 1))
        bars = ax.barh(range(len(data)), data[chart.value].astype(float), color="#4477aa")
        for i, bar in enumerate(bars):
            bar.set_gid(f"bar-{i}-{chart.value}")
        ax.set_yticks(range(len(data)), [label(r) for _, r in data.iterrows()], fontsize=7)
        ax.invert_yaxis()
        if chart.scale:
            ax.set_xlim(*chart.scale)
            ax.set_xlabel(f"scale {chart.scale[0]:g} to {chart.scale[1]:g}{chart.suffix}")
    if title:
        fig.suptitle(clean_text(title))
    fig.tight_layout()
    return fig


def plot_bytes(frame: pd.DataFrame, chart: Chart | None, path: str, title: str | None = None) -> bytes:
    """The picture for ``--plot path``: its format from the extension (.png or .svg)."""
    fmt = PLOT_FORMATS.get(os.path.splitext(path)[1].lower())
    if fmt is None:
        raise OutputError(f"--plot writes {' or '.join(PLOT_FORMATS)} pictures, not "
                          f"{os.path.splitext(path)[1] or 'a file without an extension'}", file=clean_text(path))
    if chart is None:
        raise OutputError("this command draws no chart to plot (ratings, gap and league do)", file=clean_text(path))
    plt = _pyplot()
    fig = figure(frame, chart, title)
    buffer = io.BytesIO()
    # no creation date in the metadata: the same data give the same file
    fig.savefig(buffer, format=fmt, metadata={"Date": None} if fmt == "svg" else {"Software": None})
    plt.close(fig)
    return buffer.getvalue()
