"""The indicators' arithmetic and the totals' checks (bot/services/indicators.py), without a database."""

from __future__ import annotations

import pytest

from bot.services import indicators
from bot.services.errors import InvalidInput


def _counts(**changes: int) -> indicators.Counts:
    zero = dict.fromkeys(indicators.Counts.__dataclass_fields__, 0)
    return indicators.Counts(**{**zero, **changes})


def test_a_share_needs_its_total_and_is_never_made_up() -> None:
    values = {v.indicator.code: v for v in indicators.compute(_counts(pupil_mentees=12, teacher_mentors=3), {
        "teachers": 0, "pupils_10_19": 300})}
    assert (values["pupil_mentees"].share, values["pupil_mentees"].percent) == (12 / 300, 4)
    assert values["pupil_mentors"].missing_total == "pupils_15_19" and values["pupil_mentors"].share is None
    assert values["teacher_mentors"].share is None and values["teacher_mentors"].missing_total is None  # of 0
    assert values["partners"].share is None  # a number, not a share
    assert values["satisfaction_mentors"].share is None  # nobody answered
    assert [v.indicator.code for v in indicators.compute(_counts(), {})] == [i.code for i in indicators.INDICATORS]


def test_every_indicator_names_its_source_and_every_share_of_a_total_names_a_total() -> None:
    for indicator in indicators.INDICATORS:
        assert indicator.source in (indicators.R145, indicators.MR42, indicators.AZ1128)
        assert (indicator.total in indicators.TOTALS) == (indicator.kind == indicators.SHARE
                                                          and indicator.code != "mentors_trained")


@pytest.mark.parametrize("typed, value", [("450", 450), (" 1 200 ", 1200), ("0", 0)])
def test_totals_are_whole_numbers(typed: str, value: int) -> None:
    assert indicators.parse_total(typed) == value


@pytest.mark.parametrize("typed, key", [("12.5", "report-totals-error-number"), ("-3", "report-totals-error-number"),
                                        ("много", "report-totals-error-number"), (None, "report-totals-error-number"),
                                        ("1000000", "report-totals-error-big")])
def test_a_total_that_is_not_a_head_count_is_refused(typed: str | None, key: str) -> None:
    with pytest.raises(InvalidInput) as error:
        indicators.parse_total(typed)
    assert error.value.key == key


def test_a_part_is_never_above_its_whole() -> None:
    indicators.check_totals({"pupils": 500, "pupils_10_19": 300, "pupils_15_19": 300, "teachers": 40})
    indicators.check_totals({"pupils_15_19": 90})  # the whole is not known: nothing to compare
    for values in ({"pupils": 100, "pupils_10_19": 101}, {"pupils_10_19": 50, "pupils_15_19": 51},
                   {"teachers": 10, "teachers_under_35": 11}, {"teachers": 10, "young_specialists": 12}):
        with pytest.raises(InvalidInput) as error:
            indicators.check_totals(values)
        assert error.value.key == "report-totals-error-part"


def test_satisfied_means_8_or_more_over_the_official_items() -> None:
    assert indicators.satisfied([8.0, 7.99, 10.0, 1.0]) == 2
    assert "overall" not in indicators.OFFICIAL_ITEMS and "effectiveness" in indicators.OFFICIAL_ITEMS
