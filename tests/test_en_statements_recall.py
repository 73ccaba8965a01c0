"""English statements: forms of speech that a reporting verb with a plain subject misses."""

from __future__ import annotations

from test_en_statements import one, statements_of


def test_demand_list_after_an_adverb_gives_one_demand_per_item() -> None:
    found = statements_of(
        "The Irrawaddy Shelter Alliance condemned the removals.\n"
        "The Irrawaddy Shelter Alliance also urges:\n"
        "- the Lao authorities to stop all transfers to the border;\n"
        "- the Vietnamese government to let monitors visit those returned.\n"
    )
    urges = {s.target_country for s in one(found, "Irrawaddy Shelter Alliance") if s.type == "urge"}
    assert urges == {"LA", "VN"}


def test_a_resolution_speaks_for_the_body_that_adopts_it() -> None:
    found = statements_of(
        "Laos sent 14 Hmong families back to Vietnam last week. On Monday the Nordic Council "
        "passed a resolution deploring the removals and calling on Laos to halt them.\n"
    )
    types = sorted(s.type for s in one(found, "Nordic Council"))
    assert types == ["criticize", "urge"]


def test_two_that_clauses_give_two_stances() -> None:
    found = statements_of(
        "Interior Minister Bounthong Keo said there were no refugees among the deportees and "
        "that they had been sent back in accordance with the law.\n"
    )
    assert sorted(s.type for s in one(found, "Bounthong Keo")) == ["defend", "deny"]


def test_a_past_verb_after_would_joins_the_reporting_verb() -> None:
    found = statements_of(
        "Labour Minister Tenzin Dorje said the relief fund would cover the fares and promised "
        "that every returnee would be paid within a fortnight.\n"
    )
    assert [s.type for s in one(found, "Tenzin Dorje")] == ["pledge"]


def test_a_verb_in_an_apposition_does_not_hide_the_speaker() -> None:
    found = statements_of(
        "In Hanoi, Tran Minh Chau, a retired border official who now lectures at the police "
        "academy, defended the Vietnamese authorities, arguing that the returns were lawful.\n"
    )
    assert one(found, "Tran Minh Chau")[0].type == "defend"


def test_a_quote_paragraph_goes_on_with_the_last_speaker() -> None:
    found = statements_of(
        '"Laos has no right to hand these families over," said Pernille Aas, who heads the '
        "Mekong Exile Project.\n\n"
        '"Every week Vientiane looks away, more people disappear."\n'
    )
    assert len(one(found, "Pernille Aas")) >= 1
    assert any(s.quote and s.quote.startswith("Every week") for s in found)


def test_a_private_persons_place_names_are_no_reproach() -> None:
    found = statements_of(
        '"I went to Malaysia to earn money for my sisters," said Ram Bahadur Thapa, 29, as '
        "he collected his bag.\n"
    )
    assert not [s for s in found if s.speaker == "Ram Bahadur Thapa"]


def test_both_sides_of_a_meeting_agree_each_for_itself() -> None:
    found = statements_of(
        "Bhutan's ambassador to India, Karma Wangchuk, met India's deputy labour minister, "
        "Rohan Mehta, in New Delhi on May 3. Both sides agreed that the stranded workers "
        "could fly home without paying fines.\n"
    )
    assert one(found, "Karma Wangchuk")[0].type == "pledge"
    assert one(found, "Rohan Mehta")[0].type == "pledge"


def test_an_unnamed_ministry_spokesman_speaks_for_the_government_just_heard() -> None:
    found = statements_of(
        "Vietnam's foreign ministry said the talks had been useful. A ministry spokesman said "
        "afterwards that the government would guarantee the safety of every returnee.\n"
    )
    (s,) = one(found, "A ministry spokesman")
    assert s.type == "pledge" and s.speaker_country == "VN"


def test_lexicon_cues_for_refusals_denials_and_pledges() -> None:
    found = statements_of(
        "The Cambodian Interior Ministry has not explained why the flight left early.\n"
        "Cambodia's labour ministry said it would pursue the agencies for the unpaid fees.\n"
    )
    kinds = {s.type for s in found}
    assert {"decline", "pledge"} <= kinds


def test_a_title_before_a_name_gives_the_person_however_parsed() -> None:
    found = statements_of(
        'Vietnam\'s foreign ministry is "deeply troubled" by the reports and is verifying the '
        "details, ministry spokeswoman Dao Thi Lan told reporters on Monday.\n"
        "A spokesperson for the Lao government, Somphone Vilay, declined to comment.\n"
    )
    assert [s.type for s in one(found, "Dao Thi Lan")] == ["concern"]
    assert [s.type for s in one(found, "Somphone Vilay")] == ["decline"]


def test_relative_clauses_and_passive_participles() -> None:
    found = statements_of(
        "Reporters asked about Ines Varga, who on Monday urged Laos to stop the returns.\n"
        "Pressed on the figures, Minister Khamla Sith repeated that he had nothing further "
        "to add.\n"
        "Hanoi has never publicly acknowledged any such transfers.\n"
    )
    assert one(found, "Ines Varga")[0].target_country == "LA"
    assert [s.type for s in one(found, "Khamla Sith")] == ["decline"]
    assert any(s.type == "decline" and s.speaker_country == "VN" for s in found)


def test_a_joint_statement_speaks_for_the_body_leading_it() -> None:
    found = statements_of(
        "On May 2, a joint statement signed by 14 groups, led by the Jakarta-based Sunda "
        "Refuge Coalition, called on Malaysia to stop the deportations.\n"
    )
    assert one(found, "Sunda Refuge Coalition")[0].target_country == "MY"


def test_a_worry_and_a_reproach_in_two_clauses_are_two_statements() -> None:
    found = statements_of(
        'The Geneva Asylum Office said it was "alarmed" by the removals and that Malaysia '
        "appeared to have violated its obligations.\n"
    )
    got = {(s.type, s.target_country) for s in one(found, "Geneva Asylum Office")}
    assert got == {("concern", "MY"), ("criticize", "MY")}


def test_wishes_fears_and_demands_to_many() -> None:
    found = statements_of(
        "Envoy Tan Wei said Beijing hoped both sides would keep working together.\n"
        '"They were sent back to face prison," said Oyuna Bat, director of the Steppe Exile '
        'Network. "Hanoi knows this."\n'
        "The Steppe Exile Network called on nearby states to keep their borders open.\n"
    )
    assert not [s for s in found if s.speaker == "Tan Wei"]
    assert [s.type for s in one(found, "Oyuna Bat")] == ["criticize"]
    (urge,) = [s for s in one(found, "Steppe Exile Network") if s.type == "urge"]
    assert urge.target_country is None


def test_an_official_takes_the_state_named_before_the_name() -> None:
    found = statements_of(
        "A spokesperson for the Lao government, Somphone Vilay, declined to comment.\n"
    )
    assert one(found, "Somphone Vilay")[0].speaker_country == "LA"


def test_common_wire_shapes_of_pledges_defences_and_reproaches() -> None:
    found = statements_of(
        "Somchai Rattana told reporters that the families would be allowed to stay until "
        "March.\n"
        "Laos firmly opposes any interference in its affairs, a government spokesman said.\n"
        "In a statement, the Lao embassy in Bangkok said the group had been repatriated in "
        "line with a bilateral agreement.\n"
        "Thailand's prime minister said her government would look into the matter.\n"
    )
    got = {(s.speaker, s.type) for s in found}
    assert ("Somchai Rattana", "pledge") in got
    assert ("A government spokesman", "criticize") in got
    assert ("Lao embassy in Bangkok", "defend") in got
    assert ("Thailand's prime minister", "pledge") in got


def test_two_demands_by_two_verbs_in_one_sentence_are_two_statements() -> None:
    found = statements_of(
        "Lina Sabri of the Delta Detainee Support Forum said the men were sent back at night. "
        "The forum has asked the High Court to halt further removals, and urged the "
        "government to let the UN refugee agency assess the claims of every detainee.\n"
        "The Delta Detainee Support Forum urged Laos to stop the removals and urged Laos to "
        "stop the removals.\n"
    )
    assert [s.type for s in one(found, "Delta Detainee Support Forum")].count("urge") == 3


def test_states_on_europes_eastern_borders_are_known() -> None:
    found = statements_of(
        "Lithuania's interior minister, Greta Vaitkute, told parliament that the border "
        "guards had acted lawfully.\n"
        '"Families were left in the forest at night," said Ilze Berzina, a lawyer with the '
        'Riga Asylum Desk. "Latvia knows what happens at its border."\n'
        "The European Commission said it would assess the situation.\n"
    )
    (s,) = one(found, "Greta Vaitkute")
    assert s.type == "defend" and s.speaker_country == "LT"
    assert one(found, "Ilze Berzina")[0].target_country == "LV"
    assert one(found, "European Commission")[0].type == "pledge"
