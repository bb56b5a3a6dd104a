from __future__ import annotations

from pathlib import Path

from bot.services.questionnaire_model import load
from bot.services.survey_results import summarise

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "questionnaires" / "sample.json"


def test_distribution_mean_median_satisfied_and_texts() -> None:
    q = load(SAMPLE)
    answers = [
        {"years": 2, "areas": ["method"], "score": 9, "note": "Спасибо"},
        {"years": 10, "areas": ["method", "parents"], "score": 7, "note": None},
        {"years": 4, "areas": ["other"], "other_text": "Журнал", "score": 10, "note": "Больше встреч"},
        {"years": 4, "areas": ["parents"], "score": 5},
    ]
    result = summarise(q, answers, anonymous=False)
    by_id = {r.question.id: r for r in result.questions}
    assert result.respondents == 4 and not result.hidden
    assert by_id["areas"].counts == {"method": 2, "parents": 2, "other": 1}
    score = by_id["score"]
    assert score.mean == 7.75 and score.median == 8.0 and score.satisfied_share == 0.5
    assert score.counts["9"] == 1 and score.counts["1"] == 0 and len(score.counts) == 10
    assert by_id["years"].median == 4 and by_id["years"].counts == {"2": 1, "4": 2, "10": 1}
    assert by_id["note"].texts == ("Спасибо", "Больше встреч")  # skipped answers are not listed
    assert by_id["other_text"].answered == 1


def test_anonymous_results_are_hidden_below_three() -> None:
    q = load(SAMPLE)
    two = [{"years": 1, "areas": ["method"], "score": 8}, {"years": 3, "areas": ["parents"], "score": 6}]
    hidden = summarise(q, two, anonymous=True)
    assert hidden.hidden and hidden.questions == () and hidden.respondents == 2
    shown = summarise(q, [*two, {"years": 5, "areas": ["method"], "score": 10}], anonymous=True)
    assert not shown.hidden and shown.respondents == 3


def test_campaign_chart_is_a_phone_sized_png() -> None:
    import struct

    from bot.services.charts import campaign_chart

    q = load(SAMPLE)
    answers = [{"years": 2, "areas": ["method"], "score": s} for s in (9, 7, 10)]
    png = campaign_chart(summarise(q, answers, anonymous=False), "ru", "Удовлетворённость", "Средняя оценка")
    assert png is not None and png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert width == 1080 and 300 <= height <= 2400
    assert campaign_chart(summarise(q, answers[:2], anonymous=True), "ru", "x", "y") is None  # hidden: no chart


def test_campaign_chart_texts_do_not_overlap() -> None:
    from bot.services.charts import campaign_figure
    from tests.unit.test_charts import _assert_readable

    q = load(SAMPLE)
    answers = [{"years": 2, "areas": ["method"], "score": s} for s in (9, 7, 10)]
    figure = campaign_figure(summarise(q, answers, anonymous=False), "ru",
                             "Удовлетворённость участников программой наставничества, итоговый опрос", "Средняя оценка")
    assert figure is not None
    _assert_readable(figure)
