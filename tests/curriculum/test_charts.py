"""Charts are drawn on the server as geometry for inline SVG, readable without colour."""

from datetime import date, datetime, timedelta

from django.utils import timezone

from curriculum.charts import bar_chart
from curriculum.dashboard import completion_over_time


def test_bars_are_scaled_to_a_round_maximum_and_carry_their_values():
    chart = bar_chart(
        "c", "Title", ["a", "b", "c"], [0, 6, 12], x_label="x", y_label="y", height=260
    )
    tallest = chart.bars[2]
    assert chart.ticks[-1].value >= 12
    assert tallest.y >= 24 and tallest.y + tallest.height == chart.plot_bottom
    assert [b.value for b in chart.bars] == [0, 6, 12]
    assert chart.bars[0].height == 0


def test_an_empty_chart_is_valid_and_says_it_is_empty():
    chart = bar_chart("c", "Title", ["a"], [0], x_label="x", y_label="y")
    assert chart.is_empty
    assert chart.ticks[-1].value == 1


def test_completions_of_the_last_two_weeks_are_counted_per_day_with_a_running_total():
    today = date(2026, 3, 20)
    at = lambda d: timezone.make_aware(datetime(d.year, d.month, d.day, 12))  # noqa: E731
    chart = completion_over_time([at(today), at(today), at(today - timedelta(days=2))], today=today)
    assert chart.title == "Lessons completed per day"
    assert [b.value for b in chart.bars][-3:] == [1, 0, 2]
    assert chart.rows[-1] == ("20 Mar", 2, "3")


def test_completions_spread_over_months_are_counted_per_week():
    today = date(2026, 3, 20)
    old = timezone.make_aware(datetime(2025, 12, 1, 9))
    chart = completion_over_time([old, timezone.make_aware(datetime(2026, 3, 18, 9))], today=today)
    assert chart.title == "Lessons completed per week"
    assert len(chart.bars) == 14
    assert chart.rows[-1][2] == "2"  # the running total includes completions before the window
