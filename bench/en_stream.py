"""A synthetic English news stream: about one report of forced returns in ten articles.

All text is generated here from templates, so the benchmark needs no corpus. Reports vary
the acting state, the people, counts, dates and sources; the other articles are ordinary
news, a share of it regional politics that mentions the subject's places and words.
"""

from __future__ import annotations

import datetime as dt
import random

CASES = [
    ("Chinese authorities", "China", "North Korean escapees", "North Korea", ["Dandong", "Tumen"]),
    ("Thai officials", "Thailand", "Uyghur men", "China", ["Bangkok"]),
    ("Pakistani police", "Pakistan", "Afghan families", "Afghanistan", ["Torkham", "Chaman"]),
    ("Malaysian immigration officers", "Malaysia", "Myanmar nationals", "Myanmar", ["Johor"]),
    ("Iranian border guards", "Iran", "Afghan migrants", "Afghanistan", ["Mashhad"]),
    ("Turkish authorities", "Turkey", "Syrian refugees", "Syria", ["Hatay"]),
]
VERBS = ["forcibly returned", "deported", "sent back", "expelled", "handed over"]
HEDGES = ["about", "some", "more than", "at least", "nearly", "roughly", ""]
WHEN = ["on Monday", "late on Tuesday", "last week", "on the 9th", "early this month",
        "late last month", "on Friday night", "two weeks ago"]  # fmt: skip
SOURCES = ["a local rights group said", "according to the UN refugee agency",
           "activists told reporters", "the interior ministry confirmed",
           "according to people in contact with the families"]  # fmt: skip
BACKGROUND = [
    "Rights groups say those returned face detention, forced labour and worse.",
    "The government says the people concerned entered the country illegally.",
    "Relatives said they had not heard from them since the transfer.",
    "The UN refugee agency has repeatedly asked for access to the detention sites.",
    "Diplomats said the issue was likely to be raised at talks next month.",
    "It was the largest such transfer this year, monitors said.",
]
TOPICS = {
    "sport": [
        "{team} beat {team2} {a}-{b} on {day}, with {name} scoring twice in the second half.",
        "The striker returned from injury last month and has scored in each game since.",
        "The coach said the squad would travel to the away match on {day} full of confidence.",
        "Tickets for the final sold out within an hour, the league said.",
    ],
    "markets": [
        "Shares in {company} rose {a}.{b} percent on {day} after quarterly profit beat forecasts.",
        "The benchmark index closed {a} points higher, led by chipmakers and banks.",
        "Analysts expect the central bank to hold rates steady at its meeting next month.",
        "The company said it would return about {a}00 million dollars to shareholders.",
    ],
    "weather": [
        "Heavy rain is forecast across the south on {day}, with up to {a}0 mm in places.",
        "Temperatures will return to seasonal levels by the weekend, forecasters said.",
        "Flood warnings were issued for {a} districts, and schools closed early.",
    ],
    "culture": [
        "The festival opened on {day} with a sold-out screening of {name}'s new film.",
        "More than {a},000 visitors saw the exhibition in its first week, the museum said.",
        "The orchestra will tour {a} cities in the spring, its director announced.",
    ],
    "politics": [
        "North Korea fired a short-range missile into the sea on {day}, "
        "South Korea's military said.",
        "The foreign ministers held talks in Tokyo and agreed to meet again next month.",
        "Lawmakers in Seoul debated a bill on support for North Korean defectors.",
        "The unification minister said the government was watching the situation closely.",
    ],
}
TEAMS = ["Rovers", "United", "City", "Athletic", "Wanderers", "Tigers", "Dragons"]
NAMES = ["Park Ji-won", "Maria Lopez", "Tom Reyes", "Aiko Tanaka", "Ravi Menon"]
COMPANIES = ["Norvel Foods", "Kestrel Motors", "Brightwave Chips", "Halden Steel"]


def _report(rng: random.Random) -> str:
    actor, state, people, dest, places = rng.choice(CASES)
    hedge = rng.choice(HEDGES)
    n = rng.choice([9, 40, 60, 80, 120, 200, 350, 500, 600])
    count = f"{hedge} {n}".strip()
    verb = rng.choice(VERBS)
    back = " back" if verb == "handed over" else ""
    lead = (
        f"{actor} {verb} {count} {people}{back} to {dest} {rng.choice(WHEN)}, "
        f"{rng.choice(SOURCES)}."
    )
    place = rng.choice(places)
    held = (
        f"The group had been held at a detention facility near {place} for several months "
        f"before the transfer, relatives said."
    )
    earlier = (
        f"In {rng.choice(['March', 'July', 'October'])} {rng.choice([2019, 2021, 2023])}, "
        f"{state} sent {rng.choice([30, 50, 109])} people back in a similar operation."
    )
    paras = [lead, held, *rng.sample(BACKGROUND, 3), earlier, *rng.sample(BACKGROUND, 2)]
    return f"{state} returns {people} despite warnings\n" + "\n".join(paras) + "\n"


def _article(rng: random.Random) -> str:
    topic = rng.choice(list(TOPICS) + ["sport", "markets", "weather", "culture"] * 2)
    lines = []
    for _ in range(rng.randint(6, 12)):
        template = rng.choice(TOPICS[topic])
        lines.append(
            template.format(
                team=rng.choice(TEAMS),
                team2=rng.choice(TEAMS),
                a=rng.randint(1, 9),
                b=rng.randint(0, 9),
                day=rng.choice(["Monday", "Tuesday", "Saturday", "Sunday"]),
                name=rng.choice(NAMES),
                company=rng.choice(COMPANIES),
            )
        )
    return f"{topic.title()} update\n" + "\n".join(lines) + "\n"


def english_stream(n: int, rng: random.Random) -> list[tuple[str, dt.date, bool]]:
    """n (text, publication date, is a report) items, about 10% reports, shuffled."""
    start = dt.date(2024, 1, 1)
    out = []
    for i in range(n):
        report = i % 10 == 0
        text = _report(rng) if report else _article(rng)
        out.append((text, start + dt.timedelta(days=rng.randint(0, 365)), report))
    rng.shuffle(out)
    return out
