"""Charts on a phone: 1080 px wide PNGs whose texts (titles, ticks, value labels, legends) never overlap and never
leave the image — checked on the drawn figures with long Russian labels, big numbers and a full roadmap."""

from __future__ import annotations

import struct
from datetime import date, timedelta
from itertools import combinations
from unittest.mock import patch

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from bot.i18n import Translator
from bot.services.charts import (
    GANTT_ROWS,
    gantt_chart,
    gantt_figure,
    meetings_chart,
    meetings_figure,
    satisfaction_figure,
)

TITLES = [
    "Издание приказа о внедрении системы наставничества педагогических работников в образовательной организации",
    "Анкетирование: профессиональные запросы педагогов и обучающихся, формирование банка наставляемых",
    "Обучение наставников (курсы, установочные сессии, консультации)",
    "Мониторинг",
    "Итоговое мероприятие (круглый стол) по выявлению лучших практик наставничества",
]


def _texts(figure: Figure) -> list[tuple[Text, Bbox]]:
    """Every text matplotlib actually draws on the figure, with its box on the image."""
    drawn: list[Text] = []
    original = Text.draw

    def recording(text: Text, renderer: object) -> None:
        if text.get_visible() and text.get_text().strip():
            drawn.append(text)
        original(text, renderer)

    canvas = FigureCanvasAgg(figure)
    with patch.object(Text, "draw", recording):
        canvas.draw()
    renderer = canvas.get_renderer()
    return [(text, text.get_window_extent(renderer)) for text in drawn]


def _assert_readable(figure: Figure) -> None:
    width, height = figure.bbox.width, figure.bbox.height
    assert width == 1080
    drawn = _texts(figure)
    assert len(drawn) > 5
    for text, box in drawn:
        assert box.x0 >= -1 and box.y0 >= -1 and box.x1 <= width + 1 and box.y1 <= height + 1, text.get_text()
        assert text.get_fontsize() >= 7, text.get_text()  # 7 pt at 150 dpi: 15 px, legible on a phone
    for (first, a), (second, b) in combinations(drawn, 2):
        assert not a.overlaps(b), (first.get_text(), second.get_text())


def test_meetings_per_month_with_big_numbers_and_a_year_of_months() -> None:
    months = [(f"{m:02d}.2026", 9000 + 97 * m) for m in range(1, 13)]
    _assert_readable(meetings_figure(months, "Встречи наставнических пар по месяцам", "Встреч"))
    _assert_readable(meetings_figure([("09.2026", 3), ("10.2026", 0), ("11.2026", 12)], "Встречи", "Встреч"))
    png = meetings_chart(months, "Встречи", "Встреч")
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24])[0] == 1080


def test_satisfaction_with_a_peak_under_the_legend() -> None:
    mentors = {10: 80, 9: 15, 3: 5}  # 80 % of the mentors at the top of the scale, where the legend is
    mentees = {s: 4 for s in range(1, 11)}
    figure = satisfaction_figure(mentors, mentees, "Удовлетворённость программой (общая оценка)",
                                 ("Наставники", "Наставляемые"), "Оценка от 1 до 10")
    _assert_readable(figure)
    ax = figure.axes[0]
    legend = ax.get_legend().get_window_extent()
    assert not any(legend.overlaps(bar.get_window_extent()) for bar in ax.patches if bar.get_height() > 0)


@pytest.mark.parametrize("count", [1, 7, GANTT_ROWS + 5])
def test_the_roadmap_with_long_titles_today_and_a_legend(count: int) -> None:
    start = date(2026, 9, 1)
    rows = [(f"{n + 1}. {TITLES[n % len(TITLES)]}", start + timedelta(days=9 * n), start + timedelta(days=9 * n + 30),
             ("done", "overdue", "open")[n % 3]) for n in range(count)]
    t = Translator().bind("ru")
    legend = (t("chart-roadmap-done"), t("chart-roadmap-overdue"), t("chart-roadmap-open"))
    more = t("chart-roadmap-more", shown=GANTT_ROWS, total=count)
    figure = gantt_figure(rows, date(2026, 11, 20), t("chart-roadmap-title"), t("chart-roadmap-today"), legend, more)
    _assert_readable(figure)
    texts = {text.get_text() for text, _ in _texts(figure)}
    assert {"выполнено", "просрочено", "сегодня, 20.11.2026"} <= texts
    assert (f"Показаны первые {GANTT_ROWS} мероприятий из {count}; все — в Excel и в годовом отчёте." in texts) is (
        count > GANTT_ROWS)
    png = gantt_chart(rows, date(2026, 11, 20), "Дорожная карта", "сегодня", legend)
    width, height = struct.unpack(">II", png[16:24])
    assert width == 1080 and height + width <= 10_000 and height / width <= 20  # what Telegram takes as a photo
