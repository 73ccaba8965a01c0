"""English incidents told in passing: background returns, counts with loose wording, and
custody that is still going on. Sentences are invented for these tests."""

from __future__ import annotations

import datetime as dt

from test_en_incidents import extract, only


def test_a_bussed_group_is_a_return() -> None:
    inc = only(
        extract("In May 2021, roughly 90 Uzbeks held in Osh were bussed across the border.\n")
    )
    assert inc.kind == "forced_return" and inc.count is not None and inc.count.low == 90
    assert inc.when.earliest == dt.date(2021, 5, 1)


def test_pushed_across_the_border_is_a_return() -> None:
    inc = only(
        extract("More than 15,000 Burundians were pushed across the border from Tanzania "
                "between 3 and 9 March.\n")
    )  # fmt: skip
    assert inc.kind == "forced_return" and inc.count is not None and inc.count.low == 15000


def test_coerced_into_going_back_is_a_return() -> None:
    inc = only(
        extract("In 2019 the authorities coerced about 4,000 Syrians, many of them students, "
                "into going back within weeks.\n")
    )  # fmt: skip
    assert inc.kind == "forced_return" and inc.count is not None and inc.count.low == 4000


def test_a_bare_number_inside_what_was_sent_back_counts_people() -> None:
    inc = only(extract("In March 2019 Laos sent back something like 300 Hmong in one week.\n"))
    assert inc.count is not None and (inc.count.low, inc.count.high) == (300, 300)
    assert inc.count.approx


def test_hundreds_still_held_is_a_detention() -> None:
    x = extract(
        "Thai police deported 25 Uyghurs on Monday. Rights groups say hundreds more are "
        "still being held in Bangkok and Songkhla.\n"
    )
    held = [i for i in x.incidents if i.kind == "detention"]
    assert len(held) == 1 and held[0].count is not None and held[0].count.low == 200


def test_the_date_of_a_joined_passive_verb_is_the_return_s() -> None:
    inc = only(
        extract("Investigators have established that 30 Uyghurs were removed from a jail in "
                "Bangkok on 5 May and flown back to China.\n")
    )  # fmt: skip
    assert inc.when.earliest == dt.date(2024, 5, 5)
    assert inc.reported_by == ["Investigators"]


def test_returned_personal_items_are_no_incident() -> None:
    x = extract(
        "With the remains, 300 personal items found on old battlefields, including helmets "
        "and canteens, were also returned to Seoul.\n"
    )
    assert x.incidents == []
