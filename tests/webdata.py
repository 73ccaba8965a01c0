"""A small, realistic database for the web and report tests, written through the store's API.

The sentences are made up for these tests. One document is hostile: its title, text and
source carry script, event-handler and javascript: payloads that must stay inert.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from refwatch.model import (
    Actor,
    Count,
    Document,
    Evidence,
    Extraction,
    Incident,
    Meeting,
    Place,
    Statement,
    Window,
)
from refwatch.resolve import merge_store
from refwatch.store import Store, open_store
from refwatch.web.auth import add_user

PASSWORD = "correct horse battery"
XSS_TITLE = '<script>alert("t")</script>Escapees <img src=x onerror=alert(1)>'
XSS_WORDS = "<img src=x onerror=alert(2)> javascript:alert(3) <script>alert(4)</script>"

TEXT_A = (
    "Chinese authorities sent about 500 North Korean escapees back across the border at "
    "Dandong in October last year, Human Rights Watch said on Friday. "
    "Some 200 North Koreans were held at the Baishan detention centre in Jilin province on "
    "April 26 awaiting return, according to activists. "
    "Jeong Park, the US senior official for North Korea policy, met Liu Xiaoming in Tokyo "
    "on May 9 and criticized China's forced returns of North Korean escapees."
)
TEXT_B = (
    "As many as 600 North Koreans were repatriated by China in October 2023, a Seoul-based "
    "monitoring group said. Kim Sora, an escapee whose brother was among them, urged China "
    "to stop the returns."
)
TEXT_X = (
    f"Officials said {XSS_WORDS} that 30 people were detained near Tumen on March 3 for "
    "return to North Korea."
)


def span(text: str, words: str) -> Evidence:
    start = text.index(words)
    return Evidence(start, start + len(words), words)


def sentence(text: str, start_words: str) -> Evidence:
    start = text.index(start_words)
    end = text.find(". ", start)
    end = len(text) if end < 0 else end + 1
    return Evidence(start, end, text[start:end])


def document(text: str, source: str, title: str, published: dt.date) -> Document:
    raw = text.encode()
    sha = hashlib.sha256(raw).hexdigest()
    return Document(sha[:16], sha, source, raw, text, title, published, "en", "utf-8")


def doc_a(version: str = "webtest@1") -> Extraction:
    d = document(TEXT_A, "https://news.example/a", "Escapees sent back", dt.date(2024, 5, 10))
    return Extraction(
        d,
        version,
        relevant=True,
        incidents=[
            Incident(
                "forced_return",
                sentence(TEXT_A, "Chinese authorities"),
                Count(500, 500, True, "about 500"),
                Window(dt.date(2023, 10, 1), dt.date(2023, 10, 31), "October last year"),
                Place(city="Dandong", country="CN", place_id="cn-dandong", lat=40.12, lon=124.39),
                ["Dandong"],
                "CN",
                "KP",
                ["Human Rights Watch"],
            ),
            Incident(
                "detention",
                sentence(TEXT_A, "Some 200"),
                Count(200, 200, True, "Some 200"),
                Window(dt.date(2024, 4, 26), dt.date(2024, 4, 26), "April 26"),
                Place(
                    facility="Baishan detention centre",
                    city="Baishan",
                    province="Jilin",
                    country="CN",
                    place_id="cn-baishan-detention",
                    lat=41.94,
                    lon=126.42,
                ),
                [],
                "CN",
                "KP",
                [],
            ),
        ],
        meetings=[
            Meeting(
                ["Jeong Park", "Liu Xiaoming"],
                sentence(TEXT_A, "Jeong Park"),
                dt.date(2024, 5, 9),
                "Tokyo",
            )
        ],
        statements=[
            Statement(
                "Jeong Park",
                "criticize",
                sentence(TEXT_A, "Jeong Park"),
                "US",
                "CN",
                "forced_return",
                dt.date(2024, 5, 9),
            )
        ],
        actors=[
            Actor(
                "Jeong Park",
                "person",
                ["Jung Park"],
                "US",
                "U.S. Department of State",
                "Senior Official for North Korea Policy",
            ),
            Actor("Liu Xiaoming", "person", [], "CN"),
            Actor("Human Rights Watch", "organization"),
        ],
    )


def doc_b() -> Extraction:
    d = document(TEXT_B, "https://news.example/b", "Hundreds returned", dt.date(2024, 5, 12))
    return Extraction(
        d,
        "webtest@1",
        relevant=True,
        incidents=[
            Incident(
                "forced_return",
                sentence(TEXT_B, "As many as"),
                Count(None, 600, True, "As many as 600"),
                Window(dt.date(2023, 10, 1), dt.date(2023, 10, 31), "October 2023"),
                Place(country="CN"),
                [],
                "CN",
                "KP",
                [],
            )
        ],
        statements=[
            Statement(
                "Kim Sora",
                "urge",
                sentence(TEXT_B, "Kim Sora"),
                None,
                "CN",
                "forced_return",
                dt.date(2024, 5, 11),
            )
        ],
        actors=[Actor("Kim Sora", "person", ["김소라"])],
    )


def doc_x() -> Extraction:
    d = document(TEXT_X, "javascript:alert(5)", XSS_TITLE, dt.date(2024, 3, 5))
    return Extraction(
        d,
        "webtest@1",
        relevant=True,
        incidents=[
            Incident(
                "detention",
                sentence(TEXT_X, "Officials said"),
                Count(30, 30, False, "30 people"),
                Window(dt.date(2024, 3, 3), dt.date(2024, 3, 3), "March 3"),
                Place(city="Tumen", country="CN", place_id="cn-tumen", lat=42.97, lon=129.84),
                [],
                "CN",
                "KP",
                [XSS_WORDS],
            )
        ],
        statements=[
            Statement(
                XSS_WORDS,
                "concern",
                sentence(TEXT_X, "Officials said"),
                None,
                None,
                "forced_return",
                dt.date(2024, 3, 5),
                XSS_WORDS,
            )
        ],
    )


def build(url: str, hostile: bool = True) -> Store:
    store = open_store(url)
    for x in (doc_a(), doc_b(), doc_x()) if hostile else (doc_a(), doc_b()):
        store.save_extraction(x)
    merge_store(store)
    for name, role in (("vera", "viewer"), ("anna", "analyst"), ("adam", "admin")):
        add_user(store, name, role, PASSWORD)
    return store
