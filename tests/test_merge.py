"""Cross-document merging: the pure clustering, estimates, syndication and stable ids."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from refwatch.model import Count, Evidence, Place, Window
from refwatch.resolve.constraints import build, decision
from refwatch.resolve.estimate import merge_windows
from refwatch.resolve.goldcheck import check
from refwatch.resolve.mentions import IncidentMention
from refwatch.resolve.merge import cluster_mentions
from refwatch.resolve.record import assign_ids, summarize
from refwatch.resolve.syndication import syndication_groups

CORPUS = Path(__file__).parents[1].parent / "shared" / "corpus" / "dev"
D = dt.date


def mention(
    key: str,
    *,
    kind: str = "forced_return",
    count: tuple[int | None, int | None, bool] | None = None,
    when: tuple[dt.date | None, dt.date | None] = (None, None),
    where: Place | None = None,
    pair: tuple[str | None, str | None] = ("CN", "KP"),
    published: dt.date | None = None,
    by: tuple[str, ...] = (),
    text: str = "",
) -> IncidentMention:
    doc = key.split(":")[0]
    return IncidentMention(
        key=key,
        document_id=doc,
        source=f"{doc}.html",
        kind=kind,
        evidence=Evidence(0, len(text), text or f"report {key}"),
        published=published,
        count=Count(*count) if count else None,
        when=Window(*when),
        where=where or Place(country=pair[0]),
        from_country=pair[0],
        to_country=pair[1],
        reported_by=by,
    )


def groups_of(clusters: list[list[IncidentMention]]) -> set[frozenset[str]]:
    return {frozenset(m.key for m in c) for c in clusters}


def test_gold_incidents_cluster_by_event_key() -> None:
    if not (CORPUS / "gold").is_dir():
        pytest.skip("shared corpus not present")
    (p, r, f), _ = check(CORPUS)
    assert f >= 0.9, (p, r, f)


OCT = (D(2023, 10, 9), D(2023, 10, 9))
APR = (D(2024, 4, 26), D(2024, 4, 26))


def test_same_event_merges_although_counts_disagree() -> None:
    ms = [
        mention("a:0", count=(500, 500, True), when=OCT, published=D(2023, 10, 12)),
        mention("b:0", count=(600, 600, True), when=OCT, published=D(2023, 10, 13)),
        mention("c:0", count=(200, 999, True), when=(D(2023, 10, 1), D(2023, 10, 31))),
        mention("d:0", count=(200, 200, True), when=APR, published=D(2024, 4, 29)),
        mention("e:0", count=(60, 60, True), when=APR, published=D(2024, 5, 9)),
    ]
    assert groups_of(cluster_mentions(ms)) == {
        frozenset({"a:0", "b:0", "c:0"}),
        frozenset({"d:0", "e:0"}),
    }


def test_small_returns_in_one_month_from_different_cities_stay_apart() -> None:
    sep = (D(2023, 9, 1), D(2023, 9, 30))
    ms = [
        mention("a:0", count=(12, 12, False), when=sep, where=Place(city="Dandong", country="CN")),
        mention("b:0", count=(12, 12, False), when=sep, where=Place(city="Tumen", country="CN")),
        mention("c:0", count=(12, 12, True), when=sep, where=Place(city="단둥", country="CN")),
    ]
    assert groups_of(cluster_mentions(ms)) == {
        frozenset({"a:0", "c:0"}),  # the same city in Korean
        frozenset({"b:0"}),
    }


def test_wide_window_report_joins_the_event_its_count_fits() -> None:
    ms = [
        mention("a:0", kind="detention", count=(1, 1, False), when=(D(2023, 4, 1), D(2023, 4, 30)),
                where=Place(city="Baishan", province="Jilin", country="CN")),
        mention("b:0", kind="detention", count=(9, 9, False), when=(D(2023, 9, 11), D(2023, 9, 20)),
                where=Place(city="Yanji", province="Jilin", country="CN")),
        mention("c:0", kind="detention", count=(1, 1, False), when=(D(2023, 1, 1), D(2023, 12, 31)),
                where=Place(province="Jilin", country="CN")),
    ]  # fmt: skip
    assert groups_of(cluster_mentions(ms)) == {
        frozenset({"a:0", "c:0"}),
        frozenset({"b:0"}),
    }


def test_counts_far_apart_never_merge_even_in_one_window() -> None:
    ms = [
        mention("a:0", count=(370000, None, True), when=(D(2023, 10, 1), D(2023, 11, 24)),
                pair=("PK", "AF")),
        mention("a:1", count=(5, 5, False), when=(D(2023, 11, 21), D(2023, 11, 21)),
                pair=("PK", "AF"), where=Place(city="Karachi", country="PK")),
    ]  # fmt: skip
    assert len(cluster_mentions(ms)) == 2


def test_undated_report_joins_recent_compatible_event_only() -> None:
    dated = [
        mention("a:0", count=(500, 600, False), when=OCT, published=D(2023, 10, 12)),
        mention("b:0", count=(200, 200, True), when=APR, published=D(2024, 4, 29)),
        mention("c:0", count=(60, 60, True), when=(D(2024, 4, 21), D(2024, 4, 30))),
    ]
    recent = mention("d:1", count=(60, 60, True), published=D(2024, 5, 10), by=("An NGO",))
    late = mention("e:0", count=(60, 60, True), published=D(2025, 3, 1))
    other_kind = mention("f:0", kind="detention", count=(60, 60, True), published=D(2024, 5, 1))
    no_pair = mention("g:0", count=(60, 60, True), published=D(2024, 5, 1), pair=(None, "KP"))
    clusters = cluster_mentions([*dated, recent, late, other_kind, no_pair])
    assert frozenset({"b:0", "c:0", "d:1"}) in groups_of(clusters)
    assert {frozenset({"e:0"}), frozenset({"f:0"}), frozenset({"g:0"})} <= groups_of(clusters)


def test_undated_reports_join_each_other_only_when_close_and_agreeing() -> None:
    held = "detention"
    ms = [
        mention("a:0", kind=held, count=(None, 1500, True), published=D(2022, 6, 3)),
        mention("b:0", kind=held, count=(1000, None, True), published=D(2022, 6, 2)),
        mention("c:0", kind=held, count=(1200, 1200, True), published=D(2022, 6, 10)),
        mention("a:1", kind=held, count=(1200, 1200, True), published=D(2022, 6, 3)),
        mention("d:0", kind=held, count=(100, None, True), published=D(2022, 6, 4)),
        mention("e:0", kind=held, count=(1200, 1200, True), published=D(2022, 7, 30)),
        mention("f:0", kind=held, count=(1200, 1200, True), published=D(2022, 6, 3),
                pair=("LA", "CN")),
        mention("g:0", kind=held, published=D(2022, 6, 5)),
    ]  # fmt: skip
    assert groups_of(cluster_mentions(ms)) == {
        frozenset({"a:0", "b:0", "c:0"}),  # "up to 1,500", "over 1,000", "about 1,200"
        frozenset({"a:1"}),  # a second figure in one document is a second group
        frozenset({"d:0"}),  # "more than 100" does not fit "over 1,000"
        frozenset({"e:0"}),  # published weeks later
        frozenset({"f:0"}),  # another country pair
        frozenset({"g:0"}),  # no count and no shared place
    }


def test_undated_reports_without_counts_join_on_a_shared_facility() -> None:
    camp = Place(facility="Kelvar holding centre", city="Kelvar", country="CN")
    ms = [
        mention("a:0", kind="detention", where=camp, published=D(2022, 6, 3)),
        mention("b:0", kind="detention", where=camp, published=D(2022, 6, 8)),
        mention("c:0", kind="detention", published=D(2022, 6, 8)),
    ]
    assert groups_of(cluster_mentions(ms)) == {frozenset({"a:0", "b:0"}), frozenset({"c:0"})}


def test_conflicting_reports_give_median_range_and_conflict() -> None:
    ms = [
        mention("a:0", count=(200, 200, True), when=APR, published=D(2024, 4, 29)),
        mention("b:0", count=(200, 300, False), when=APR, published=D(2024, 4, 30)),
        mention("c:0", count=(60, 60, True), when=APR, published=D(2024, 5, 9)),
        mention("d:0", count=(50, 60, False), when=(D(2024, 4, 21), D(2024, 4, 30))),
    ]
    [cluster] = cluster_mentions(ms)
    inc = summarize("inc-x", cluster, {})
    # points 200, 250, 60, 55 -> median 130
    assert inc.estimate.estimate == 130
    assert (inc.estimate.low, inc.estimate.high) == (50, 300)
    assert inc.conflict and inc.conflict_reason and "disagree" in inc.conflict_reason
    assert (inc.earliest, inc.latest, inc.window_flag) == (APR[0], APR[1], "intersection")
    assert inc.first_reported == D(2024, 4, 29) and inc.last_reported == D(2024, 5, 9)


def test_agreeing_reports_within_approximation_are_no_conflict() -> None:
    ms = [
        mention("a:0", count=(500, 500, True), when=OCT),
        mention("b:0", count=(600, 600, True), when=OCT),
        mention("c:0", count=(500, 600, False), when=OCT),
    ]
    inc = summarize("inc-x", cluster_mentions(ms)[0], {})
    assert inc.estimate.estimate == 550 and not inc.conflict
    assert (inc.estimate.low, inc.estimate.high) == (500, 600)


def test_disagreeing_dates_give_union_window_flagged() -> None:
    w = merge_windows(
        [Window(D(2024, 4, 26), D(2024, 4, 26)), Window(D(2024, 4, 27), D(2024, 4, 27))]
    )
    assert (w.earliest, w.latest, w.flag) == (D(2024, 4, 26), D(2024, 4, 27), "union")


def test_place_is_most_specific_agreed_level_across_languages() -> None:
    korean = Place(facility="바이산 구류소", city="바이산", province="지린성", country="CN")
    ms = [
        mention("a:0", count=(200, 200, True), when=APR, where=korean),
        mention(
            "b:0", count=(200, 200, True), when=APR, where=Place(province="Jilin", country="CN")
        ),
    ]
    [cluster] = cluster_mentions(ms)
    inc = summarize("inc-x", cluster, {})
    assert inc.where.place_id == "cn-baishan-detention" and inc.where.lat is not None


STORY = (
    "Chinese authorities sent back dozens of North Korean escapees from a border detention "
    "centre last week, a rights group said on Tuesday, citing relatives and people inside "
    "the facility who watched the buses leave before dawn under heavy police guard."
)


def test_syndicated_copies_count_as_one_source() -> None:
    texts = {
        "wire": STORY + " The group urged Beijing to stop the returns.",
        "paper": "SEOUL (Wire) - " + STORY + " Officials declined to comment.",
        "own": "A different outlet wrote its own report about refugees held in Jilin "
        "province, quoting a missionary who had visited the area twice this year and "
        "spoke to families of detainees awaiting transfer across the river.",
    }
    groups = syndication_groups(texts)
    assert groups["wire"] == groups["paper"] != groups["own"]
    ms = [mention(f"{d}:0", count=(40, 40, True), when=APR, published=D(2024, 5, 1)) for d in texts]
    inc = summarize("inc-x", cluster_mentions(ms)[0], groups)
    assert (inc.n_reports, inc.n_sources) == (3, 2)


def test_identical_evidence_sentence_joins_documents() -> None:
    sentence = "About 40 people were handed over to North Korean border guards at the bridge."
    groups = syndication_groups({"x": "short", "y": "other"}, [("x", sentence), ("y", sentence)])
    assert groups["x"] == groups["y"]


def test_ids_survive_new_documents_and_remerge() -> None:
    base = [
        mention("a:0", count=(500, 500, True), when=OCT, published=D(2023, 10, 12)),
        mention("b:0", count=(200, 200, True), when=APR, published=D(2024, 4, 29)),
    ]
    first = cluster_mentions(base)
    ids = assign_ids(first, {})
    previous = {i: {m.key for m in c} for i, c in zip(ids, first, strict=True)}
    later = cluster_mentions([
        mention("z:0", count=(600, 600, True), when=OCT, published=D(2023, 10, 1)),  # older doc
        *base,
        mention("c:0", count=(60, 60, True), when=APR, published=D(2024, 5, 9)),
    ])  # fmt: skip
    new_ids = assign_ids(later, previous)
    by_member = {m.key: i for i, c in zip(new_ids, later, strict=True) for m in c}
    assert by_member["a:0"] == by_member["z:0"] == ids[0]
    assert by_member["b:0"] == by_member["c:0"] == ids[1]


def test_split_survives_remerge_and_merge_holds() -> None:
    ms = [
        mention("a:0", count=(200, 200, True), when=APR),
        mention("b:0", count=(200, 200, True), when=APR),
        mention("c:0", count=(60, 60, True), when=APR),
        mention("d:0", count=(500, 500, True), when=OCT),
    ]
    split = build([decision("split", [["c:0"], ["a:0", "b:0"]])])
    assert groups_of(cluster_mentions(ms, split)) == {
        frozenset({"a:0", "b:0"}),
        frozenset({"c:0"}),
        frozenset({"d:0"}),
    }
    # a new report like c's arrives: it may join either side, never reunite them
    more = [*ms, mention("e:0", count=(60, 60, True), when=APR)]
    assert not any({"a:0", "c:0"} <= g for g in groups_of(cluster_mentions(more, split)))
    both = build([
        decision("split", [["c:0"], ["a:0", "b:0"]]),
        decision("merge", [["c:0", "d:0"]]),  # later decisions win
    ])  # fmt: skip
    assert frozenset({"c:0", "d:0"}) in groups_of(cluster_mentions(ms, both))
