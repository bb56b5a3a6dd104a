"""Charts as PNG images (matplotlib, headless): readable on a phone, texts from the caller's language."""

from __future__ import annotations

import io
import textwrap
from datetime import date

from bot.services.survey_results import CampaignResults

PHONE_WIDTH_IN = 7.2  # 1080 px at 150 dpi
DPI = 150


def campaign_chart(results: CampaignResults, locale: str, title: str, mean_label: str) -> bytes | None:
    """Mean score of every scale question of a campaign as horizontal bars (None when there is nothing to draw)."""
    import matplotlib

    matplotlib.use("Agg")  # no screen
    import matplotlib.pyplot as plt

    scales = [q for q in results.questions if q.question.type == "scale" and q.mean is not None]
    if results.hidden or not scales:
        return None
    labels = ["\n".join(textwrap.wrap(q.question.text.get(locale) or q.question.text["ru"], 38)[:3])
              for q in scales]
    means = [q.mean or 0.0 for q in scales]
    top = max(int(q.question.max or 10) for q in scales)
    height = 1.6 + 0.95 * len(scales)
    fig, ax = plt.subplots(figsize=(PHONE_WIDTH_IN, height), dpi=DPI)
    try:
        positions = range(len(scales))[::-1]
        bars = ax.barh(list(positions), means, color="#3b7dd8", height=0.6)
        ax.set_yticks(list(positions), labels, fontsize=9)
        ax.set_xlim(0, top)
        ax.set_xlabel(mean_label, fontsize=10)
        fig.suptitle("\n".join(textwrap.wrap(title, 45)), fontsize=12)  # centred on the image, not the axes
        for bar, value in zip(bars, means, strict=True):
            ax.text(bar.get_width() - 0.2, bar.get_y() + bar.get_height() / 2, f"{value:.1f}", ha="right",
                    va="center", color="white", fontsize=10, fontweight="bold")
        ax.spines[["top", "right"]].set_visible(False)
        fig.tight_layout()
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png")
        return buffer.getvalue()
    finally:
        plt.close(fig)


def _png(fig: object) -> bytes:
    buffer = io.BytesIO()
    fig.tight_layout()  # type: ignore[attr-defined]
    fig.savefig(buffer, format="png")  # type: ignore[attr-defined]
    return buffer.getvalue()


def _pyplot():  # type: ignore[no-untyped-def]
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def meetings_chart(months: list[tuple[str, int]], title: str, y_label: str) -> bytes:
    """Meetings per month as columns (months already labelled in the reader's language)."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(PHONE_WIDTH_IN, 4.2), dpi=DPI)
    try:
        labels = [m for m, _ in months]
        values = [v for _, v in months]
        bars = ax.bar(range(len(values)), values, color="#3b7dd8", width=0.6)
        ax.set_xticks(range(len(values)), labels, fontsize=9, rotation=45 if len(values) > 6 else 0,
                      ha="right" if len(values) > 6 else "center")
        ax.set_ylabel(y_label, fontsize=10)
        ax.set_ylim(0, max([*values, 1]) * 1.2)
        from matplotlib.ticker import MaxNLocator

        ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # meetings are whole
        for bar, value in zip(bars, values, strict=True):
            if value:
                ax.text(bar.get_x() + bar.get_width() / 2, bar.get_height(), str(value), ha="center", va="bottom",
                        fontsize=9)
        fig.suptitle("\n".join(textwrap.wrap(title, 45)), fontsize=12)
        ax.spines[["top", "right"]].set_visible(False)
        return _png(fig)
    finally:
        plt.close(fig)


def satisfaction_chart(mentors: dict[int, int], mentees: dict[int, int], title: str, labels: tuple[str, str],
                       x_label: str) -> bytes:
    """The distribution of «overall» scores 1–10: mentors and mentees side by side, in shares of each group."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(PHONE_WIDTH_IN, 4.4), dpi=DPI)
    try:
        scores = list(range(1, 11))
        for offset, (counts, label, colour) in enumerate(((mentors, labels[0], "#3b7dd8"),
                                                          (mentees, labels[1], "#f0a030"))):
            total = sum(counts.values()) or 1
            shares = [100 * counts.get(s, 0) / total for s in scores]
            ax.bar([s - 0.2 + 0.4 * offset for s in scores], shares, width=0.4, color=colour,
                   label=f"{label} ({sum(counts.values())})")
        ax.set_xticks(scores, [str(s) for s in scores], fontsize=9)
        ax.set_xlabel(x_label, fontsize=10)
        ax.set_ylabel("%", fontsize=10)
        ax.legend(fontsize=9, frameon=False)
        fig.suptitle("\n".join(textwrap.wrap(title, 45)), fontsize=12)
        ax.spines[["top", "right"]].set_visible(False)
        return _png(fig)
    finally:
        plt.close(fig)


def gantt_chart(rows: list[tuple[str, date, date, str]], today: date, title: str, today_label: str) -> bytes:
    """The roadmap: one bar per activity from its start to its deadline; done in green, overdue in red,
    the rest in blue; a dashed line for today. rows: (label, start, end, state: done | overdue | open)."""
    import matplotlib.dates as mdates

    plt = _pyplot()
    colours = {"done": "#4caf50", "overdue": "#e53935", "open": "#3b7dd8"}
    shown = rows[:40]  # a phone screen; the workbook has them all
    fig, ax = plt.subplots(figsize=(PHONE_WIDTH_IN, 1.6 + 0.32 * max(len(shown), 1)), dpi=DPI)
    try:
        for position, (_, start, end, state) in enumerate(reversed(shown)):
            begin = mdates.date2num(start)
            ax.barh(position, max(mdates.date2num(end) - begin, 2), left=begin, height=0.6,
                    color=colours.get(state, colours["open"]))
        ax.set_yticks(range(len(shown)), [textwrap.shorten(r[0], 42, placeholder="…") for r in reversed(shown)],
                      fontsize=7)
        ax.axvline(mdates.date2num(today), color="#333333", linestyle="--", linewidth=1)
        ax.text(mdates.date2num(today), len(shown) - 0.3, f" {today_label}", fontsize=8, va="bottom")
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%m.%y"))
        ax.tick_params(axis="x", labelsize=8)
        fig.suptitle("\n".join(textwrap.wrap(title, 45)), fontsize=12)
        ax.spines[["top", "right"]].set_visible(False)
        return _png(fig)
    finally:
        plt.close(fig)
