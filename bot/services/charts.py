"""Charts as PNG images (matplotlib, headless): 1080 px wide for a phone, texts in the caller's language.

Each chart is built as a ``Figure`` of its own (matplotlib's object API, not pyplot's global state), so two charts
drawn at once in worker threads cannot mix; ``*_figure`` builds it, ``*_chart`` renders the PNG. The tests check
on the built figures that no two texts overlap and none leaves the image.
"""

from __future__ import annotations

import io
import textwrap
from datetime import date
from typing import TYPE_CHECKING

from bot.services.questionnaire_model import localized
from bot.services.survey_results import CampaignResults

if TYPE_CHECKING:
    from matplotlib.figure import Figure

PHONE_WIDTH_IN = 7.2  # 1080 px at 150 dpi
DPI = 150
BLUE, ORANGE, GREEN, RED = "#3b7dd8", "#f0a030", "#4caf50", "#e53935"
GANTT_ROWS = 40  # a phone screen's worth; the workbook has them all


def _figure(height: float) -> Figure:
    from matplotlib.figure import Figure  # imported with the first chart: the bot starts without matplotlib

    return Figure(figsize=(PHONE_WIDTH_IN, height), dpi=DPI, layout="constrained")


def png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def _title(figure: Figure, title: str) -> None:
    figure.suptitle("\n".join(textwrap.wrap(title, 45)), fontsize=13)  # centred on the image, not the axes


def campaign_figure(results: CampaignResults, locale: str, title: str, mean_label: str) -> Figure | None:
    """Mean score of every scale question of a campaign as horizontal bars (None when there is nothing to draw)."""
    scales = [q for q in results.questions if q.question.type == "scale" and q.mean is not None]
    if results.hidden or not scales:
        return None
    labels = ["\n".join(textwrap.wrap(localized(q.question.text, locale), 38)[:3])
              for q in scales]
    means = [q.mean or 0.0 for q in scales]
    top = max(int(q.question.max or 10) for q in scales)
    figure = _figure(1.6 + 0.95 * len(scales))
    ax = figure.subplots()
    positions = list(range(len(scales)))[::-1]
    bars = ax.barh(positions, means, color=BLUE, height=0.6)
    ax.set_yticks(positions, labels, fontsize=9)
    ax.set_xlim(0, top)
    ax.set_xlabel(mean_label, fontsize=10)
    _title(figure, title)
    for bar, value in zip(bars, means, strict=True):
        ax.text(bar.get_width() - 0.2, bar.get_y() + bar.get_height() / 2, f"{value:.1f}", ha="right",
                va="center", color="white", fontsize=10, fontweight="bold")
    ax.spines[["top", "right"]].set_visible(False)
    return figure


def campaign_chart(results: CampaignResults, locale: str, title: str, mean_label: str) -> bytes | None:
    figure = campaign_figure(results, locale, title, mean_label)
    return None if figure is None else png(figure)


def meetings_figure(months: list[tuple[str, int]], title: str, y_label: str) -> Figure:
    """Meetings per month as columns (months already labelled in the reader's language)."""
    from matplotlib.ticker import MaxNLocator

    figure = _figure(4.4)
    ax = figure.subplots()
    values = [v for _, v in months]
    bars = ax.bar(range(len(values)), values, color=BLUE, width=0.6)
    slanted = len(values) > 6
    ax.set_xticks(range(len(values)), [m for m, _ in months], fontsize=9, rotation=45 if slanted else 0,
                  ha="right" if slanted else "center", rotation_mode="anchor")
    ax.set_ylabel(y_label, fontsize=10)
    ax.set_ylim(0, max([*values, 1]) * 1.25)  # room for the numbers over the columns
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # meetings are whole
    ax.tick_params(axis="y", labelsize=9)
    small = len(values) > 8 and max(values, default=0) >= 1000  # four digits side by side on twelve columns
    for bar, value in zip(bars, values, strict=True):
        if value:
            ax.text(bar.get_x() + bar.get_width() / 2, bar.get_height(), str(value), ha="center", va="bottom",
                    fontsize=7 if small else 9)
    _title(figure, title)
    ax.spines[["top", "right"]].set_visible(False)
    return figure


def meetings_chart(months: list[tuple[str, int]], title: str, y_label: str) -> bytes:
    return png(meetings_figure(months, title, y_label))


def satisfaction_figure(mentors: dict[int, int], mentees: dict[int, int], title: str, labels: tuple[str, str],
                        x_label: str) -> Figure:
    """The distribution of «overall» scores 1–10: mentors and mentees side by side, in shares of each group."""
    figure = _figure(4.6)
    ax = figure.subplots()
    scores = list(range(1, 11))
    for offset, (counts, label, colour) in enumerate(((mentors, labels[0], BLUE), (mentees, labels[1], ORANGE))):
        total = sum(counts.values()) or 1
        shares = [100 * counts.get(s, 0) / total for s in scores]
        ax.bar([s - 0.2 + 0.4 * offset for s in scores], shares, width=0.4, color=colour,
               label=f"{label} ({sum(counts.values())})")
    ax.set_xticks(scores, [str(s) for s in scores], fontsize=9)
    ax.tick_params(axis="y", labelsize=9)
    ax.set_xlabel(x_label, fontsize=10)
    ax.set_ylabel("%", fontsize=10)
    top = max([100 * n / (sum(c.values()) or 1) for c in (mentors, mentees) for n in c.values()] or [1])
    ax.set_ylim(0, top * 1.35)  # the legend sits above the columns, never on them
    ax.legend(fontsize=9, frameon=False, loc="upper left", ncols=2)
    _title(figure, title)
    ax.spines[["top", "right"]].set_visible(False)
    return figure


def satisfaction_chart(mentors: dict[int, int], mentees: dict[int, int], title: str, labels: tuple[str, str],
                       x_label: str) -> bytes:
    return png(satisfaction_figure(mentors, mentees, title, labels, x_label))


def gantt_figure(rows: list[tuple[str, date, date, str]], today: date, title: str, today_label: str,
                 legend: tuple[str, str, str], more: str = "") -> Figure:
    """The roadmap: one bar per activity from its start to its deadline; done in green, overdue in red, the rest
    in blue; a dashed line for today. rows: (label, start, end, state: done | overdue | open); legend: the three
    states' names in that order; more: a note under the chart when only the first GANTT_ROWS are drawn."""
    from matplotlib.artist import Artist
    from matplotlib.dates import DateFormatter, MonthLocator, date2num
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    colours = {"done": GREEN, "overdue": RED, "open": BLUE}
    shown = rows[:GANTT_ROWS]
    figure = _figure(2.4 + 0.42 * max(len(shown), 1))
    ax = figure.subplots()
    for position, (_, start, end, state) in enumerate(reversed(shown)):
        begin = date2num(start)
        ax.barh(position, max(date2num(end) - begin, 2), left=begin, height=0.6,
                color=colours.get(state, BLUE))
    labels = ["\n".join(textwrap.wrap(r[0], 34, max_lines=2, placeholder="…")) for r in reversed(shown)]
    ax.set_yticks(range(len(shown)), labels, fontsize=8)
    ax.set_ylim(-0.7, len(shown) - 0.3)
    ax.axvline(date2num(today), color="#333333", linestyle="--", linewidth=1.2)
    ax.xaxis.set_major_locator(MonthLocator(interval=2))
    ax.xaxis.set_major_formatter(DateFormatter("%m.%Y"))
    ax.tick_params(axis="x", labelsize=8)
    handles: list[Artist] = [Patch(color=colours[state], label=name)
               for state, name in zip(("done", "overdue", "open"), legend, strict=True)]
    handles.append(Line2D([], [], color="#333333", linestyle="--", label=f"{today_label}, {today:%d.%m.%Y}"))
    figure.legend(handles=handles, loc="outside lower center", ncols=2, fontsize=9, frameon=False)
    if more and len(rows) > GANTT_ROWS:
        ax.set_xlabel(more, fontsize=8)
    _title(figure, title)
    ax.spines[["top", "right"]].set_visible(False)
    return figure


def gantt_chart(rows: list[tuple[str, date, date, str]], today: date, title: str, today_label: str,
                legend: tuple[str, str, str], more: str = "") -> bytes:
    return png(gantt_figure(rows, today, title, today_label, legend, more))
