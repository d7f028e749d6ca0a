"""Bar charts under a terminal table: one bar per row, bars compared per measure, or ranges on one scale.

Drawn with rich text only (no picture library); ``--plot`` draws the same charts as pictures (plot.py).
"""

from __future__ import annotations

import pandas as pd

from .formats import cell_text, is_missing
from .output import Chart, clean_text, format_number

#: Width of the longest bar in a chart, in characters.
BAR_WIDTH = 40


def encodes(console, text: str) -> bool:
    try:
        text.encode(console.encoding or "ascii")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _label(frame_row, columns) -> str:
    return " / ".join(cell_text(v) for v in frame_row) if columns else ""


def _bar(console, fraction: float) -> str:
    block = "█" if encodes(console, "█") else "#"
    return block * max(0, round(abs(fraction) * BAR_WIDTH))


def _simple_bars(console, frame: pd.DataFrame, chart: Chart):
    from rich.text import Text

    label_cols = [c for c in chart.label if c in frame]
    data = frame.dropna(subset=[chart.value])
    if data.empty:
        return None
    top = chart.scale[1] if chart.scale else max(float(data[chart.value].abs().max()), 1e-9)
    labels = [_label(row, label_cols) for row in data[label_cols].itertuples(index=False)]
    width = max(len(s) for s in labels)
    text = Text()
    for label, value in zip(labels, data[chart.value], strict=True):
        text.append(f"{label:<{width}} ")
        text.append(_bar(console, float(value) / top), style="cyan" if value >= 0 else "red")
        text.append(f" {format_number(float(value))}{chart.suffix}\n")
    if chart.scale:
        text.append(f"scale: {format_number(chart.scale[0])} to {format_number(chart.scale[1])}{chart.suffix}\n")
    return text


def _compared_bars(console, frame: pd.DataFrame, chart: Chart):
    """Per row, one bar per ``compare`` column on that row's own scale, in its own unit, with the interval."""
    from rich.text import Text

    from .views import measure_scale

    label_cols = [c for c in chart.label if c in frame]
    compare = [c for c in chart.compare if c in frame]
    names = [clean_text(c) for c in compare]
    pad = max((len(n) for n in names), default=0)
    text = Text()
    for _, row in frame.iterrows():
        values = [row[c] for c in compare]
        known = [float(v) for v in values if not is_missing(v)]
        if not known:
            continue
        unit = cell_text(row[chart.unit]) if chart.unit and chart.unit in frame else ""
        scale = measure_scale(row)
        text.append(_label([row[c] for c in label_cols], label_cols), style="bold")
        # the bars on the measure's own scale (0-3, 0-100%), so a bar's length means the same in every row; the
        # unit is the gap's (percentage points), so it stands by the gap, not over the bars (percentages)
        text.append(f" (scale {scale[1]})\n" if scale else "\n")
        top = scale[0] if scale else max(max(abs(v) for v in known), 1e-9)
        for name, value in zip(names, values, strict=True):
            text.append(f"  {name:<{pad}} ")
            if is_missing(value):
                text.append("unknown\n")
                continue
            text.append(_bar(console, float(value) / top), style="cyan")
            text.append(f" {format_number(float(value))}\n")
        if chart.value in frame and not is_missing(row[chart.value]):
            line = f"  {clean_text(chart.value)} {format_number(float(row[chart.value]))}"
            low, high = (row[c] if c and c in frame else None for c in (chart.low, chart.high))
            if not is_missing(low) and not is_missing(high):
                line += f" (interval {format_number(float(low))} to {format_number(float(high))})"
            text.append(line + (f" {unit}" if unit else "") + "\n")
    return text if text.plain else None


def _range_bars(console, frame: pd.DataFrame, chart: Chart):
    """Per row, a bar from ``low`` to ``high`` on one scale, ``value`` marked; rows grouped by ``group``."""
    from rich.text import Text

    label_cols = [c for c in chart.label if c in frame]
    data = frame.dropna(subset=[chart.low, chart.high])
    if data.empty:
        return None
    lo, hi = chart.scale or (float(data[chart.low].min()), float(data[chart.high].max()))
    span = max(hi - lo, 1e-9)
    fill, mark = ("─", "●") if encodes(console, "─●") else ("-", "o")
    labels = [_label(row, label_cols) for row in data[label_cols].itertuples(index=False)]
    width = max(len(s) for s in labels)
    text, last_group = Text(), object()
    for label, (_, row) in zip(labels, data.iterrows(), strict=True):
        group = row[chart.group] if chart.group and chart.group in data else None
        if chart.group and group != last_group:  # a heading for each run of rows with one group value
            text.append(("\n" if text.plain else "") + (cell_text(group) or "unknown") + "\n", style="bold")
        last_group = group
        start = round((float(row[chart.low]) - lo) / span * BAR_WIDTH)
        end = round((float(row[chart.high]) - lo) / span * BAR_WIDTH)
        cells = [" "] * (BAR_WIDTH + 1)
        for i in range(start, end + 1):
            cells[i] = fill
        # a value that is one end of the range would draw the range as a point: only a value inside is marked
        value = row[chart.value] if chart.value in data and chart.value not in (chart.low, chart.high) else None
        if not is_missing(value):
            cells[min(BAR_WIDTH, max(0, round((float(value) - lo) / span * BAR_WIDTH)))] = mark
        low, high = format_number(float(row[chart.low])), format_number(float(row[chart.high]))
        text.append(f"{label:<{width}} ")
        text.append("".join(cells), style="cyan")
        text.append(f" {low}{chart.suffix}\n" if low == high else f" {low} to {high}{chart.suffix}\n")
    if chart.scale:
        text.append(f"scale: {format_number(lo)} to {format_number(hi)}{chart.suffix}\n")
    return text


def chart_text(console, frame: pd.DataFrame, chart: Chart):
    if chart.compare:
        return _compared_bars(console, frame, chart)
    if chart.low and chart.high and chart.low in frame and chart.high in frame:
        return _range_bars(console, frame, chart)
    if chart.value in frame:
        return _simple_bars(console, frame, chart)
    return None
