"""The gazetteer is data: every name points at a place with coordinates, in both languages."""

from refwatch.domain import ancestors, place_names, places


def test_every_place_has_coordinates_and_a_known_parent() -> None:
    table = places()
    for entry in table.values():
        assert entry.lat is not None and entry.lon is not None, entry.id
        assert entry.parent is None or entry.parent in table, entry.id


def test_english_and_korean_names_point_at_the_same_place() -> None:
    assert place_names("en")["baishan detention center"] == place_names("ko")["바이산 구치소"]
    assert place_names("en")["dandong"] == place_names("ko")["단둥"] == "cn-dandong"


def test_ancestors_run_from_facility_to_country() -> None:
    kinds = [p.kind for p in ancestors("cn-baishan-detention")]
    assert kinds == ["facility", "city", "province", "country"]
