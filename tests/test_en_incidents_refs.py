"""English incidents: back-references, demands and lists of places (sentences written for
these tests)."""

from __future__ import annotations

import datetime as dt

from refwatch.extract.english import EnglishExtractor
from refwatch.model import Document, Extraction

REF = dt.date(2024, 6, 14)  # a Friday


def extract(text: str) -> Extraction:
    doc = Document(
        id="t", sha256="", source="t.txt", raw=text.encode(), text=text, published=REF, lang="en"
    )
    return EnglishExtractor().extract(doc)


def test_a_retelling_dates_the_counted_event_instead_of_adding_one() -> None:
    x = extract(
        "A week after Chinese police sent about 80 North Koreans back across the border, "
        "the Amnok Watch Network still has no news of them.\n"
        "The handover happened late on 3 June, the network said.\n"
        "The network asked Pyongyang to say where those returned on 3 June are now.\n"
    )
    assert len(x.incidents) == 1, x.incidents
    inc = x.incidents[0]
    assert (inc.when.earliest, inc.when.latest) == (dt.date(2024, 6, 3), dt.date(2024, 6, 3))


def test_custody_of_people_the_sentence_returned_is_not_a_detention() -> None:
    x = extract(
        "Days after Chinese guards sent 45 North Korean women back across the river, "
        "the Sinuiju Family Network cannot learn where they are being held.\n"
        "At least 20 others remain in a detention centre in Yanji, the network said.\n"
    )
    kinds = sorted((i.kind, i.count.low if i.count else None) for i in x.incidents)
    assert kinds == [("detention", 20), ("forced_return", 45)]


def test_a_call_to_stop_sending_people_back_is_no_event() -> None:
    x = extract(
        "Lao police deported 12 Hmong men to Thailand on 2 June, a monitor said.\n"
        "On Monday lawmakers adopted a motion calling on Laos to stop sending people back "
        "to countries where they face harm.\n"
    )
    assert len(x.incidents) == 1, x.incidents


def test_a_list_of_provinces_names_none_of_them_as_the_place() -> None:
    x = extract(
        "Chinese police rounded up 30 North Koreans in Jilin and Liaoning provinces last "
        "week and sent them back to North Korea, a Seoul group said.\n"
    )
    assert x.incidents
    assert all(i.where.province is None for i in x.incidents)


def test_a_described_source_takes_the_name_the_text_gives_it_and_cited_sources_count() -> None:
    x = extract(
        "A group of 33 Lao men were sent back across the Mekong on 4 June, another rights "
        "network, the Saen River Monitor, said last week.\n"
        "Malaysia sent 210 Burmese nationals home by ship on 5 June, the state news agency "
        "Warta reported, citing the Coastal Security Office.\n"
    )
    sources = sorted(tuple(i.reported_by) for i in x.incidents)
    assert sources == [("Saen River Monitor",), ("Warta", "Coastal Security Office")], sources
