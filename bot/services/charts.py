"""Charts as PNG images (matplotlib, headless): readable on a phone, texts from the caller's language."""

from __future__ import annotations

import io
import textwrap

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
