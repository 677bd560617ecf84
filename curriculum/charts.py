"""Bar charts as geometry for inline SVG, drawn on the server. Pure: no Django.

Every bar carries its value and its category as text, and every chart is rendered next to a
table of the same numbers, so nothing depends on colour or on seeing the picture.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: int
    x: float
    y: float
    width: float
    height: float
    label_x: float
    value_y: float


@dataclass(frozen=True, slots=True)
class Tick:
    value: int
    y: float


@dataclass(frozen=True, slots=True)
class BarChart:
    slug: str
    title: str
    description: str
    x_label: str
    y_label: str
    width: int
    height: int
    plot_left: int
    plot_bottom: int
    plot_right: int
    bars: tuple[Bar, ...]
    ticks: tuple[Tick, ...]
    # Extra columns for the data table, e.g. a running total.
    table_extra_heading: str = ""
    table_extra: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not any(bar.value for bar in self.bars)

    @property
    def rows(self) -> list[tuple[str, int, str]]:
        extra = self.table_extra or ("",) * len(self.bars)
        return [(bar.label, bar.value, e) for bar, e in zip(self.bars, extra, strict=True)]


def _nice_max(value: int) -> int:
    if value <= 5:
        return max(value, 1)
    for step in (2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if value <= step * 5:
            return -(-value // step) * step
    return value


def bar_chart(
    slug: str,
    title: str,
    labels: Sequence[str],
    values: Sequence[int],
    *,
    x_label: str,
    y_label: str,
    description: str = "",
    width: int = 640,
    height: int = 260,
    table_extra_heading: str = "",
    table_extra: Sequence[str] = (),
) -> BarChart:
    left, right, top, bottom = 48, 12, 24, height - 48
    plot_width = width - left - right
    top_value = _nice_max(max(values, default=0))
    slot = plot_width / max(len(values), 1)
    bar_width = max(slot * 0.7, 2.0)
    bars = []
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        bar_height = (bottom - top) * value / top_value if top_value else 0
        x = left + i * slot + (slot - bar_width) / 2
        bars.append(
            Bar(
                label=label,
                value=value,
                x=round(x, 1),
                y=round(bottom - bar_height, 1),
                width=round(bar_width, 1),
                height=round(bar_height, 1),
                label_x=round(x + bar_width / 2, 1),
                value_y=round(bottom - bar_height - 4, 1),
            )
        )
    tick_step = max(top_value // 4, 1)
    ticks = tuple(
        Tick(v, round(bottom - (bottom - top) * v / top_value, 1))
        for v in range(0, top_value + 1, tick_step)
    )
    return BarChart(
        slug=slug,
        title=title,
        description=description,
        x_label=x_label,
        y_label=y_label,
        width=width,
        height=height,
        plot_left=left,
        plot_bottom=bottom,
        plot_right=width - right,
        bars=tuple(bars),
        ticks=ticks,
        table_extra_heading=table_extra_heading,
        table_extra=tuple(table_extra),
    )
