"""Documents in: sources, clean article text, metadata, encodings and bad input."""

from __future__ import annotations

import contextlib
import datetime as dt
import http.server
import io
import json
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from refwatch.ingest import document_id, load_documents
from refwatch.ingest.chrome import LineKind, classify
from refwatch.ingest.lang import detect
from refwatch.model import Document, DocumentError

SHARED = Path(__file__).parents[1].parent / "shared"
SEED = SHARED / "seed" / "000_974852c7559f2d91.txt"
DEV = SHARED / "corpus" / "dev"

EN_PARAS = [
    "Police in the border city detained eleven people from the north on Tuesday, a local "
    "aid group said, adding that the detainees were held at a municipal lock-up.",
    "The group said relatives had been told that the eleven would be handed over to border "
    "guards within weeks unless a third country agreed to take them.",
    "A spokesperson for the provincial government declined to comment on the case.",
]
KO_PARAS = [
    "국경 도시의 경찰이 지난 화요일 탈북민 열한 명을 붙잡아 시 구류장에 가뒀다고 "
    "현지 지원단체가 밝혔다.",
    "단체는 가족들이 이들이 몇 주 안에 국경 경비대에 넘겨질 수 있다는 말을 들었다고 전했다.",
    "지방 정부 대변인은 이 사안에 대해 언급을 거부했다.",
]


def html_page(
    paras: list[str],
    *,
    title: str = "Eleven held at border lock-up face return",
    head: str = "",
    lang: str = "en",
    charset: str = "utf-8",
    dateline: str = "",
) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="{charset}"><title>{title} | Example Times</title>
{head}</head><body>
<a class="skip-link" href="#main">Skip to content</a>
<div class="cookie-banner"><p>We use cookies to improve your experience.</p>
<button>Accept all</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
</header>
<main id="main"><article>
<h1>{title}</h1>
<div class="byline">By Staff Reporter {dateline}</div>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<div class="article-body">
{body}
</div>
<p class="copyright">&copy; 2024 Example Times. All rights reserved.</p>
</article>
<aside class="related"><h2>Related articles</h2>
<ul><li><a href="/a">Another story entirely</a></li></ul></aside>
<section class="newsletter"><h2>Get the Morning Brief</h2>
<p>Sign up for our newsletter.</p></section>
</main>
<footer><p>Example Times, 1 Main Street</p></footer>
</body></html>"""


def load(*sources: str, **kw: object) -> list[Document | DocumentError]:
    return list(load_documents(sources, **kw))  # type: ignore[arg-type]


def one_doc(*sources: str, **kw: object) -> Document:
    items = load(*sources, **kw)
    assert len(items) == 1 and isinstance(items[0], Document), items
    return items[0]


def doc_from_text(folder: Path, name: str, text: str, **kw: object) -> Document:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return one_doc(str(path), **kw)


def one_error(*sources: str, **kw: object) -> DocumentError:
    items = load(*sources, **kw)
    assert len(items) == 1 and isinstance(items[0], DocumentError), items
    return items[0]


# ------------------------------------------------------------------ page copies (text)


def test_seed_page_copy_keeps_every_body_paragraph_and_drops_chrome() -> None:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    nonblank = [line.strip() for line in lines if line.strip()]
    doc = one_doc(str(SEED))
    kept = doc.text.split("\n")
    title = nonblank[4]  # after the skip link, progress bar, text-size and close buttons
    assert doc.title == title
    paragraphs = [line for line in nonblank if len(line) > 300 and not line.startswith(title)]
    assert len(paragraphs) >= 10
    for para in paragraphs:
        assert para in kept
    captions = [line for line in nonblank if line.startswith(title) and line != title]
    credits = [line for line in nonblank if line.startswith("[") and line.endswith("]")]
    chrome = nonblank[:4] + nonblank[-4:] + captions + credits
    assert len(captions) >= 3 and credits
    for line in chrome:
        assert line not in kept, line
    # Subheadings inside the article stand right before a caption line and are kept.
    subheads = [nonblank[i - 1] for i, line in enumerate(nonblank) if line in captions]
    for sub in subheads:
        assert sub in kept, sub
    assert doc.lang == "en" and doc.published is None and doc.encoding == "utf-8"
    assert doc.id == document_id(SEED.read_bytes()) and len(doc.id) == 16


EN_COPY = [
    "Skip to main content",
    "The Harbour Gazette",
    "Home | World | Business | Opinion",
    "Text Size",
    "",
    "Eleven held at border lock-up face return to the north",
    "",
    "Posted March 3, 2024 by Gazette Staff",
    "Share: Facebook | X | Email",
    "",
    *(p + "\n" for p in EN_PARAS),
    "Advertisement",
    "",
    "Related",
    "- Families wait for news of relatives",
    "- Aid group opens second shelter",
    "",
    "© 2024 The Harbour Gazette. All rights reserved.",
]
KO_COPY = [
    "본문 바로가기",
    "한빛저널",
    "정치   경제   사회   북한",
    "북한 > 인권",
    "국경 구류장에 탈북민 11명 수감…북송 위기",
    "입력 2024.03.05 10:20   수정 2024.03.06 09:00",
    "홍길동 기자 gildong@example.com",
    "글자크기   공유하기   카카오톡   페이스북",
    "",
    *(p + "\n" for p in KO_PARAS),
    "ⓒ 한빛저널 무단전재 및 재배포 금지",
    "관련기사",
    "· 다른 기사 제목",
    "많이 본 뉴스",
    "1. 날씨 소식",
]


@pytest.mark.parametrize(
    ("lines", "title", "published", "paras", "lang"),
    [
        (EN_COPY, EN_COPY[5], dt.date(2024, 3, 3), EN_PARAS, "en"),
        (KO_COPY, KO_COPY[4], dt.date(2024, 3, 5), KO_PARAS, "ko"),
    ],
)
def test_text_copy_headline_date_body(
    tmp_path: Path, lines: list[str], title: str, published: dt.date, paras: list[str], lang: str
) -> None:
    doc = doc_from_text(tmp_path, "copy.txt", "\n".join(lines))
    assert doc.title == title and doc.published == published and doc.lang == lang
    assert doc.text.split("\n") == paras
    assert doc.media_type == "text/plain"


def test_date_printed_below_the_article(tmp_path: Path) -> None:
    page = "\n".join(["본문 바로가기", "국경 구류장에 탈북민 11명 수감", "",
                      *(p + "\n" for p in KO_PARAS), "등록 2024.03.07 11:00", "목록"])  # fmt: skip
    path = tmp_path / "ko.txt"
    path.write_text(page, encoding="utf-8")
    doc = one_doc(str(path), published=dt.date(2020, 1, 1))
    assert doc.published == dt.date(2024, 3, 7) and doc.text.split("\n") == KO_PARAS


def test_opinion_copy_with_standfirst_paywall_and_footer(tmp_path: Path) -> None:
    standfirst = "Quiet diplomacy has let forced returns become routine, and it should stop."
    page = "\n".join(
        ["THE HARBOUR REVIEW", "Politics   Ideas   Books",
         "You have 3 free articles left this month.", "", "OPINION | ASIA", "",
         "The price of silence on forced returns", "", standfirst, "",
         "By A. Writer", "June 4, 2024", "Share on Facebook | Share on X", "",
         *(p + "\n" for p in EN_PARAS), "Comments are moderated. Read our community guidelines.",
         "Related field notes", "- Another piece", "", "Support independent writing. Donate today.",
         "THE HARBOUR REVIEW | 1 Quay Street | Contact"]
    )  # fmt: skip
    doc = doc_from_text(tmp_path, "op.txt", page)
    assert doc.title == "The price of silence on forced returns"
    assert doc.published == dt.date(2024, 6, 4)
    assert doc.text.split("\n") == [standfirst, *EN_PARAS]


@pytest.mark.parametrize(
    "headline",
    [
        "Will China keep sending people back to face the camps?",
        "탈북민 수백 명 또 북송…국제사회 침묵 계속되나…",
    ],
)
def test_headline_ending_like_a_question_is_not_the_body(tmp_path: Path, headline: str) -> None:
    paras = KO_PARAS if "탈북민" in headline else EN_PARAS
    doc = doc_from_text(tmp_path, "q.txt", "\n\n".join([headline, *paras]))
    assert doc.title == headline and doc.text.split("\n") == paras


def test_chrome_rules_classify_lines() -> None:
    assert classify("본문 바로가기") is LineKind.CHROME
    assert classify("Join us on social!") is LineKind.CHROME
    assert classify("© 2024 Example Times. All rights reserved.") is LineKind.FOOTER
    assert classify("ⓒ 한빛저널 무단전재 및 재배포 금지") is LineKind.FOOTER
    assert classify("많이 본 뉴스") is LineKind.STOPPER
    assert classify("Related articles") is LineKind.STOPPER
    assert classify("Home | World | Business | Opinion") is LineKind.CHROME
    assert classify("2024.06.01 (토) 18:30") is LineKind.CHROME
    assert classify("- 29 August 2023: about 80 people sent back") is LineKind.TEXT
    assert classify(EN_PARAS[0]) is LineKind.TEXT
    assert classify(KO_PARAS[0]) is LineKind.TEXT
    # Short story sentences that share words with chrome stay text.
    for line in [
        "The EU said it would support independent investigations.",
        "Officials admitted they had lowered their standards for asylum interviews.",
        "Copyright lawyers were not involved in the case.",
        "그는 카카오톡으로 가족에게 연락했다고 말했다.",
        "By Thursday, none of the eleven had been released.",
        "서울 · 부산 · 대구에서 집회가 열렸다.",
    ]:
        assert classify(line) is LineKind.TEXT, line


def test_site_chrome_is_extended_by_a_user_data_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from refwatch.domain import load_data
    from refwatch.ingest.chrome import rules

    (tmp_path / "chrome.yaml").write_text("mysite:\n  lines: [Puzzle Corner of the Week]\n")
    assert classify("Puzzle Corner of the Week") is LineKind.TEXT
    monkeypatch.setenv("REFWATCH_DOMAIN", str(tmp_path))
    load_data.cache_clear()
    rules.cache_clear()
    try:
        assert classify("Puzzle Corner of the Week") is LineKind.CHROME
        assert classify("본문 바로가기") is LineKind.CHROME  # bundled rules still apply
    finally:
        monkeypatch.delenv("REFWATCH_DOMAIN")
        load_data.cache_clear()
        rules.cache_clear()


def test_hard_wrapped_text_joins_lines_of_a_paragraph(tmp_path: Path) -> None:
    import textwrap

    wrapped = "\n\n".join(textwrap.fill(p, width=64) for p in EN_PARAS * 2)
    path = tmp_path / "mail.txt"
    path.write_text("Eleven held at border lock-up\n\n" + wrapped + "\n", encoding="utf-8")
    doc = one_doc(str(path))
    assert doc.title == "Eleven held at border lock-up"
    assert doc.text.split("\n") == EN_PARAS * 2


def test_short_opening_paragraph_is_body_not_header(tmp_path: Path) -> None:
    opening = "Police detained eleven people."
    page = "\n".join(
        ["Example Times", "Home | World", "", "Eleven held at border lock-up", "",
         "By Staff Reporter", "May 3, 2024", "", opening, "", *(p + "\n" for p in EN_PARAS)]
    )  # fmt: skip
    path = tmp_path / "short.txt"
    path.write_text(page, encoding="utf-8")
    doc = one_doc(str(path))
    assert doc.title == "Eleven held at border lock-up"
    assert doc.published == dt.date(2024, 5, 3)
    assert doc.text.split("\n") == [opening, *EN_PARAS]


def test_short_korean_paragraphs_are_not_taken_for_wrapped_text(tmp_path: Path) -> None:
    headline = (
        "국경 구류장에 갇힌 탈북민 열한 명 북송 위기에 가족들 애타는 호소 이어져 "
        "정부 대응 촉구 목소리도"
    )
    lines = [headline, "입력 2024.03.05 10:20", "", *KO_PARAS, *KO_PARAS]
    doc = doc_from_text(tmp_path, "ko.txt", "\n".join(lines))
    assert doc.title == headline and doc.published == dt.date(2024, 3, 5)
    assert doc.text.split("\n") == KO_PARAS * 2


def test_markdown_file(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    body = "\n\n".join(EN_PARAS).replace("eleven people", "**eleven people**")
    path.write_text(f"# Eleven held at the border\n\n{body}\n", encoding="utf-8")
    doc = one_doc(str(path))
    assert doc.title == "Eleven held at the border"
    assert doc.text.split("\n") == EN_PARAS
    assert doc.media_type == "text/markdown"


# ------------------------------------------------------------------ HTML


def test_html_body_title_date_lang(tmp_path: Path) -> None:
    head = '<meta property="article:published_time" content="2024-03-05T23:30:00+09:00">'
    path = tmp_path / "page.html"
    path.write_text(html_page(EN_PARAS, head=head), encoding="utf-8")
    doc = one_doc(str(path), published=dt.date(2020, 1, 1))
    assert doc.text.split("\n") == EN_PARAS
    assert doc.title == "Eleven held at border lock-up face return"
    # The page's own date, in its own offset, wins over the fallback.
    assert doc.published == dt.date(2024, 3, 5)
    assert doc.lang == "en" and doc.media_type == "text/html"


@pytest.mark.parametrize(
    ("head", "dateline", "expected"),
    [
        (
            '<script type="application/ld+json">{"@context":"https://schema.org",'
            '"@graph":[{"@type":"NewsArticle","datePublished":"2023-11-02T08:00:00Z"}]}</script>',
            "",
            dt.date(2023, 11, 2),
        ),
        ("", '<time datetime="2022-07-19" pubdate>July 19</time>', dt.date(2022, 7, 19)),
        (
            "",
            '<time class="updated" datetime="2022-08-01">Aug 1</time>'
            '<time datetime="2022-07-19T09:00:00+09:00">July 19</time>',
            dt.date(2022, 7, 19),
        ),
        ("", "Published 2021.06.30 10:12 Updated 2021.07.01 08:00", dt.date(2021, 6, 30)),
        ("", "", dt.date(2020, 1, 1)),  # no date on the page: the fallback
    ],
)
def test_html_publication_date_sources(
    tmp_path: Path, head: str, dateline: str, expected: dt.date
) -> None:
    path = tmp_path / "page.html"
    path.write_text(html_page(EN_PARAS, head=head, dateline=dateline), encoding="utf-8")
    assert one_doc(str(path), published=dt.date(2020, 1, 1)).published == expected


def test_dates_inside_the_story_are_not_the_publication_date(tmp_path: Path) -> None:
    paras = [*EN_PARAS, "The talks were first held on June 12, 2018, in a third country."]
    path = tmp_path / "page.html"
    path.write_text(html_page(paras), encoding="utf-8")
    assert one_doc(str(path)).published is None


def test_html_keeps_subheadings_and_lists(tmp_path: Path) -> None:
    markup = html_page(EN_PARAS).replace(
        f"<p>{EN_PARAS[1]}</p>",
        f"<h2>Waiting for word</h2>\n<p>{EN_PARAS[1]}</p>\n"
        "<ul><li>release the eleven detainees at once;</li>"
        "<li>let the refugee agency see them.</li></ul>",
    )
    path = tmp_path / "page.html"
    path.write_text(markup, encoding="utf-8")
    lines = one_doc(str(path)).text.split("\n")
    assert "Waiting for word" in lines
    assert any("release the eleven detainees" in line for line in lines)
    assert not any("Related" in line or "cookies" in line for line in lines)


def test_title_when_the_logo_is_the_h1(tmp_path: Path) -> None:
    paras = "".join(f"{p}<br><br>" for p in KO_PARAS)
    markup = f"""<html><head><title>탈북민 열한 명 북송 위기 : 예시 뉴스</title></head><body>
<div id="header"><h1 class="logo">예시 뉴스</h1>
<ul class="lnb"><li>정치</li><li>경제</li></ul></div>
<h3 id="articleTitle">탈북민 열한 명 북송 위기…"국경 경비 강화"</h3>
<span class="info">기사입력 2024-05-10 오전 10:00</span>
<div id="articleBodyContents">{paras}홍길동 기자 gildong@example.com</div>
<div class="copyright">Copyright 예시 뉴스. 무단 전재 및 재배포 금지.</div></body></html>"""
    path = tmp_path / "portal.html"
    path.write_text(markup, encoding="utf-8")
    doc = one_doc(str(path))
    assert doc.title == '탈북민 열한 명 북송 위기…"국경 경비 강화"'
    assert doc.text.split("\n") == KO_PARAS
    assert doc.published == dt.date(2024, 5, 10)


def test_teaser_box_inside_the_article_does_not_end_it(tmp_path: Path) -> None:
    box = (
        "<h3>Related articles</h3><ul><li><a href='/x'>Aid group opens shelter</a></li>"
        "<li><a href='/y'>Families wait for news</a></li></ul>"
    )
    markup = html_page(EN_PARAS).replace(f"<p>{EN_PARAS[1]}</p>", f"{box}<p>{EN_PARAS[1]}</p>")
    path = tmp_path / "page.html"
    path.write_text(markup, encoding="utf-8")
    assert one_doc(str(path)).text.split("\n") == EN_PARAS


def test_reworded_social_title_yields_to_the_printed_headline(tmp_path: Path) -> None:
    head = '<meta property="og:title" content="Eleven face return after border lock-up arrest">'
    markup = html_page(EN_PARAS, title="Eleven held at border lock-up face return", head=head)
    doc = doc_from_text(tmp_path, "og.html", markup)
    assert doc.title == "Eleven held at border lock-up face return"


def test_inline_tag_links_keep_their_words(tmp_path: Path) -> None:
    linked = EN_PARAS[0].replace("border city", '<a class="tag" href="/t/b">border city</a>')
    markup = html_page(EN_PARAS).replace(f"<p>{EN_PARAS[0]}</p>", f"<p>{linked}</p>")
    assert doc_from_text(tmp_path, "tag.html", markup).text.split("\n") == EN_PARAS


def test_div_paragraphs_and_a_comment_thread(tmp_path: Path) -> None:
    body = "".join(f'<div class="par">{p}</div>' for p in KO_PARAS)
    comment = (
        "<div class='cmt'><p>정말 안타까운 일입니다. 정부가 나서야 합니다. 너무하네요.</p></div>"
    )
    markup = f"""<html lang="ko"><head><meta charset="utf-8"><title>북송 위기 - 예시일보</title>
<meta property="og:title" content="탈북민 열한 명 북송 위기"></head><body>
<div class="view_head"><h2>탈북민 열한 명 북송 위기</h2><span>송고시간 2024-06-02 07:00</span></div>
<div class="view_cont">{body}</div>
<div class="cmt_wrap"><h4>댓글 4</h4>{comment * 4}</div></body></html>"""
    doc = doc_from_text(tmp_path, "divs.html", markup)
    assert doc.title == "탈북민 열한 명 북송 위기" and doc.published == dt.date(2024, 6, 2)
    assert doc.text.split("\n") == KO_PARAS


# ------------------------------------------------------- end-of-article chrome

EN_LAST_QUOTE = (
    '"We will keep asking where they are," said Lee Min-ji, a researcher at the aid group, '
    "who has followed the case since March."
)
EN_BIO = (
    "Jane Holloway is a senior researcher at the Harbour Institute, where she covers "
    "migration in East Asia. Follow her on X @jholloway."
)
EN_DONATE = (
    "Your gift helps us keep reporting on people who are sent back. Every donation, big or "
    "small, makes this work possible."
)
EN_NEWSLETTER = "Sign up for our weekly newsletter to get these stories in your inbox."
KO_LAST = '단체 관계자는 "이들이 어디에 있는지 끝까지 묻겠다"고 말했다.'
KO_BIO = "홍길동 기자는 북한과 중국 접경 지역의 인권 문제를 10년째 취재하고 있다."
KO_DONATE = "여러분의 후원이 독립 언론을 지킵니다. 지금 후원해 주세요."


def test_html_bio_box_donation_and_inline_teasers_without_classes(tmp_path: Path) -> None:
    paras = [*EN_PARAS, EN_LAST_QUOTE]
    body = (
        f"<p>{paras[0]}</p><p><strong>Read more:</strong> <a href='/x'>Shelter opens</a></p>"
        f"<p>{paras[1]}</p><p><em>{EN_NEWSLETTER}</em></p><p>Advertisement</p>"
        f"<p>{paras[2]}</p><p>Photo: Kim Soo-jin for the Review</p><p>{paras[3]}</p>"
        "<p><em>This article was originally published by Border Notes.</em></p>"
        "<p>Topics: Migration, China, Human rights</p><p>Share this article</p>"
        f"<h3>About the author</h3><p>{EN_BIO}</p>"
        f"<h3>Support independent reporting — donate</h3><p>{EN_DONATE}</p>"
        "<p><a href='/give'>Give now</a></p><p>12 comments</p>"
    )
    markup = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Eleven held at border lock-up face return</title></head><body>
<div><h1>Eleven held at border lock-up face return</h1>{body}</div></body></html>"""
    doc = doc_from_text(tmp_path, "bare.html", markup)
    assert doc.text.split("\n") == paras


def test_html_structural_author_box_and_support_panel(tmp_path: Path) -> None:
    paras = [*EN_PARAS, EN_LAST_QUOTE]
    bio = (
        '<div class="contributor-card" role="complementary"><img src="j.png" alt="">'
        f'<p><a rel="author" href="/a/jh">Jane Holloway</a> {EN_BIO.split(" ", 2)[2]}</p></div>'
    )
    support = (
        '<div class="appeal-box"><h4>Before you go</h4>'
        f"<p>{EN_DONATE}</p><p><a href='/give'>Support us</a></p></div>"
    )
    markup = html_page(paras).replace('</div>\n<p class="copyright">', f"{bio}{support}</div><p>")
    doc = doc_from_text(tmp_path, "box.html", markup)
    assert doc.text.split("\n") == paras


def test_korean_html_reporter_box_and_support_appeal(tmp_path: Path) -> None:
    paras = [*KO_PARAS, KO_LAST]
    body = "".join(f"<p>{p}</p>" for p in paras)
    markup = f"""<html lang="ko"><head><meta charset="utf-8"><title>탈북민 열한 명 북송 위기</title>
</head><body><h1>탈북민 열한 명 북송 위기</h1><section>{body}
<p>이 기사는 국경뉴스에 먼저 실렸습니다.</p><p>광고</p>
<div><h4>기자 소개</h4><p>{KO_BIO}</p></div>
<div><p>{KO_DONATE}</p><p>후원하기</p><p>뉴스레터 구독 신청</p></div></section></body></html>"""
    doc = doc_from_text(tmp_path, "ko.html", markup)
    assert doc.text.split("\n") == paras


def test_english_text_copy_with_bio_and_appeal(tmp_path: Path) -> None:
    paras = [*EN_PARAS, EN_LAST_QUOTE]
    page = "\n".join(
        ["BORDER NOTES", "Eleven held at border lock-up face return", "", "By Jane Holloway",
         "June 4, 2024", "", paras[0], "", "Related: Shelter opens in border town", "",
         paras[1], "", EN_NEWSLETTER, "", "Editor's note: names have been changed.", "",
         paras[2], "", paras[3], "",
         "Correction: An earlier version of this article misstated the date of the arrests.",
         "", EN_BIO, "", "Support independent reporting — donate", EN_DONATE, "",
         "Share this article", "4 Comments"]
    )  # fmt: skip
    doc = doc_from_text(tmp_path, "en.txt", page)
    assert doc.title == "Eleven held at border lock-up face return"
    assert doc.text.split("\n") == paras


def test_korean_text_copy_with_reporter_box_and_appeal(tmp_path: Path) -> None:
    paras = [*KO_PARAS, KO_LAST]
    page = "\n".join(
        ["본문 바로가기", "탈북민 열한 명 북송 위기", "입력 2024.06.02 07:00", "",
         paras[0], "", "[관련기사] 접경 도시에 쉼터 문 열어", "", paras[1], "", "광고", "",
         paras[2], "", "사진=국경뉴스 자료", "", paras[3], "",
         "이 기사는 국경뉴스에 먼저 실렸습니다.", "", "기자 소개", KO_BIO, "", KO_DONATE,
         "후원하기", "뉴스레터 구독 신청", "댓글 3"]
    )  # fmt: skip
    doc = doc_from_text(tmp_path, "ko.txt", page)
    assert doc.title == "탈북민 열한 명 북송 위기" and doc.published == dt.date(2024, 6, 2)
    assert doc.text.split("\n") == paras


@pytest.mark.parametrize(
    "last",
    [
        "Park Ji-hoon is a researcher at the Korea Institute for National Unification, said the "
        "aid group, which asked him to review the case.",
        'Kim, the aid group\'s director, said: "Support us or not, we will not stop."',
        '김 대표는 "여러분의 관심이 이들을 살린다"고 말했다.',
    ],
)
def test_the_articles_own_last_paragraph_stays(tmp_path: Path, last: str) -> None:
    paras = [
        "Park Ji-hoon, who met the families in March, said they had been told nothing. Kim "
        "said the group would keep asking.",
        *EN_PARAS,
        last,
    ]
    doc = doc_from_text(tmp_path, "last.html", html_page(paras))
    assert doc.text.split("\n") == paras


@pytest.mark.parametrize(
    "line",
    [
        "ADVERTISEMENT - SCROLL TO CONTINUE",
        "A version of this story first appeared in Border Notes.",
        "Editor's note: This story has been updated.",
        "Clarification (June 5): The group has two offices, not one.",
        "Get our weekly newsletter delivered to your inbox.",
        "Credit: Jane Doe / Border Notes",
        "37 comments",
        "이 글은 국경인권연구소 블로그에 먼저 게재됐습니다.",
        "매주 뉴스레터를 받아보시려면 구독 신청하기",
        "#탈북민 #강제북송",
        "[편집자주] 국경 지역의 구금 실태를 세 차례에 걸쳐 싣습니다.",
        "댓글 12",
    ],
)
def test_end_matter_lines_are_chrome(line: str) -> None:
    assert classify(line) is not LineKind.TEXT


@pytest.mark.parametrize(
    "last",
    [
        "Jane Holloway covers migration and borders for the Review.",
        "If you value our reporting, please consider a monthly gift.",
        "필자는 북한인권연구소 연구위원이며 국경 지역 구금 문제를 연구하고 있다.",
    ],
)
def test_trailing_bio_or_appeal_without_heading(tmp_path: Path, last: str) -> None:
    doc = doc_from_text(tmp_path, "tail.html", html_page([*EN_PARAS, last]))
    assert doc.text.split("\n") == EN_PARAS


# ------------------------------------------------------------------ encodings


def test_euc_kr_page_with_meta_charset(tmp_path: Path) -> None:
    path = tmp_path / "ko.html"
    path.write_bytes(
        html_page(KO_PARAS, title="탈북민 열한 명 북송 위기", lang="ko", charset="euc-kr").encode(
            "cp949"
        )
    )
    doc = one_doc(str(path))
    assert doc.encoding == "cp949"
    assert doc.text.split("\n") == KO_PARAS
    assert doc.title == "탈북민 열한 명 북송 위기" and doc.lang == "ko"


def test_cp949_text_without_declaration_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "ko.txt"
    # 똠 and 펲 exist only in CP949, not in EUC-KR proper.
    text = "\n\n".join([*KO_PARAS, "똠방각하라는 별명의 펲시 씨도 이 소식을 전해 들었다고 말했다."])
    path.write_bytes(text.encode("cp949"))
    doc = one_doc(str(path))
    assert doc.encoding == "cp949"
    assert doc.text.split("\n")[0] == KO_PARAS[0] and "똠방각하" in doc.text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-8-sig"])
def test_unicode_forms(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "ko.txt"
    path.write_bytes("\n\n".join(KO_PARAS).encode(encoding))
    doc = one_doc(str(path))
    assert doc.text.split("\n") == KO_PARAS
    assert doc.encoding == encoding


# ------------------------------------------------------------------ bad input


def test_bad_inputs_are_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.html"
    good.write_text(html_page(EN_PARAS), encoding="utf-8")
    cases = {
        "empty.txt": b"",
        "nul.html": b"<html>" + b"\x00\x01\x02\x03" * 500,
        "doc.txt": b"%PDF-1.7\n" + bytes(range(256)) * 4,
        "noise.html": bytes((i * 37 + 11) % 256 for i in range(4000)).replace(b"\x00", b"\x01"),
        "chrome-only.html": (
            b"<html><body><nav><a href='/'>Home</a></nav><div class='share'>Share</div>"
            b"<footer>(c) 2024 Example. All rights reserved.</footer></body></html>"
        ),
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    sources = [str(tmp_path / n) for n in cases] + [str(tmp_path / "missing.html"), str(good)]
    items = load(*sources)
    assert [type(i).__name__ for i in items] == ["DocumentError"] * 6 + ["Document"]
    reasons = {Path(i.source).name: i.reason for i in items if isinstance(i, DocumentError)}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["nul.html"]
    assert "PDF" in reasons["doc.txt"]
    assert "binary" in reasons["noise.html"] or "undecodable" in reasons["noise.html"]
    assert "no article text" in reasons["chrome-only.html"]
    assert "no such file" in reasons["missing.html"]
    for item in items:
        if isinstance(item, DocumentError):
            assert "\n" not in str(item) and str(item).startswith(item.source)


def test_truncated_html_keeps_what_is_there(tmp_path: Path) -> None:
    markup = html_page(EN_PARAS)
    cut = markup.index(EN_PARAS[2][:30])
    path = tmp_path / "cut.html"
    path.write_text(markup[:cut], encoding="utf-8")
    doc = one_doc(str(path))
    assert doc.text.split("\n")[:2] == EN_PARAS[:2]
    path.write_text(markup[: markup.index("<main")], encoding="utf-8")
    assert "no article text" in one_error(str(path)).reason


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    with path.open("wb") as fh:  # sparse: its size is known without writing it
        fh.truncate(5 * 1024**3)
    err = one_error(str(path), max_bytes=1024 * 1024)
    assert "larger than" in err.reason


def test_oversized_stdin_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(("\n\n".join(EN_PARAS) * 50).encode()))
    monkeypatch.setattr(sys, "stdin", fake)
    assert "larger than" in one_error("-", max_bytes=500).reason


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO("\n\n".join(EN_PARAS).encode()))
    monkeypatch.setattr(sys, "stdin", fake)
    doc = one_doc("-")
    assert doc.source == "-" and doc.text.split("\n") == EN_PARAS


# ------------------------------------------------------------------ folders and globs


def test_folder_walk_is_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for rel in ["b/two.txt", "a.html", ".hidden.txt", ".git/x.txt", "c.txt", "image.png"]:
        (tmp_path / rel).write_text("\n\n".join(EN_PARAS) + f"\n\n{rel} was written here.\n")
    names = [Path(d.source).relative_to(tmp_path).as_posix() for d in load(str(tmp_path))]
    assert names == ["a.html", "b/two.txt", "c.txt"]
    globbed = [Path(d.source).name for d in load(str(tmp_path / "*.txt"))]
    assert globbed == ["c.txt"]
    assert "no files match" in one_error(str(tmp_path / "*.nothing")).reason


def test_same_content_same_id(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("\n\n".join(EN_PARAS))
    (tmp_path / "two.txt").write_text("\n\n".join(EN_PARAS))
    a, b = load(str(tmp_path))
    assert isinstance(a, Document) and isinstance(b, Document)
    assert a.id == b.id and a.source != b.source and a.raw == b.raw


def test_language_detection() -> None:
    assert detect(" ".join(EN_PARAS)) == "en"
    assert detect(" ".join(KO_PARAS)) == "ko"
    assert detect("中, 탈북민 북송 " + KO_PARAS[0], "en") == "ko"
    assert (
        detect("Der Bericht wurde am Dienstag veröffentlicht und sorgt für Kritik.", "de") == "de"
    )
    assert detect("Полиция задержала одиннадцать человек во вторник.") == "ru"


# ------------------------------------------------------------------ URLs and feeds

PAGES: dict[str, tuple[int, str, bytes]] = {}


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(2)
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/page")
            self.end_headers()
            return
        if self.path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                for _ in range(2000):
                    self.wfile.write(b"<p>" + b"x" * 1021)
            return
        status, ctype, body = PAGES.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    ko = html_page(KO_PARAS, title="탈북민 열한 명 북송 위기", lang="ko", charset="x")
    PAGES.update(
        {
            "/page": (200, "text/html; charset=utf-8", html_page(EN_PARAS).encode()),
            "/ko": (200, "text/html; charset=euc-kr", ko.encode("cp949")),
            "/big": (200, "text/html", b"<p>" + b"y" * 300_000),
            "/slow": (200, "text/html", html_page(EN_PARAS).encode()),
            "/item-1": (200, "text/html", html_page(EN_PARAS, title="First item page").encode()),
            "/feed.xml": (200, "application/rss+xml", rss(base).encode()),
        }
    )
    yield base
    httpd.shutdown()


def test_url_success_redirect_and_charset_header(server: str) -> None:
    doc = one_doc(f"{server}/page")
    assert doc.source == f"{server}/page" and doc.text.split("\n") == EN_PARAS
    assert one_doc(f"{server}/redirect").text.split("\n") == EN_PARAS
    ko = one_doc(f"{server}/ko")
    assert ko.encoding == "cp949" and ko.text.split("\n") == KO_PARAS


def test_url_failures(server: str) -> None:
    urls = [f"{server}/{p}" for p in ("missing", "slow", "big", "endless")]
    urls += ["http://127.0.0.1:9/refused", f"{server}/page"]
    items = load(*urls, timeout=0.5, max_bytes=100_000)
    errors = [i for i in items if isinstance(i, DocumentError)]
    assert len(errors) == 5 and isinstance(items[-1], Document)
    assert "404" in errors[0].reason
    assert "timed out" in errors[1].reason
    assert "larger than" in errors[2].reason and "larger than" in errors[3].reason
    assert "fetch failed" in errors[4].reason


def rss(base: str) -> str:
    full = "".join(f"<p>{p}</p>" for p in EN_PARAS * 2)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Example Times</title><link>{base}/</link><description>News</description>
<item><title>First item</title><link>{base}/item-1</link>
<description>A short teaser only.</description>
<pubDate>Tue, 05 Mar 2024 23:30:00 +0900</pubDate></item>
<item><title>Second item</title><link>{base}/item-2</link>
<description>Teaser.</description><content:encoded><![CDATA[{full}]]></content:encoded>
<pubDate>Wed, 06 Mar 2024 08:00:00 +0900</pubDate></item>
<item><title>Gone item</title><link>{base}/item-404</link><description>Teaser.</description></item>
</channel></rss>"""


def test_rss_feed_items_become_documents(server: str, tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(rss(server), encoding="utf-8")
    for source in (str(path), f"{server}/feed.xml"):
        first, second, gone = load(source)
        assert isinstance(first, Document) and isinstance(second, Document)
        # Summary-only item: the linked page is fetched; its own title wins.
        assert first.source == f"{server}/item-1" and first.title == "First item page"
        assert first.published == dt.date(2024, 3, 5)
        # Full-content item: read from the feed, with the feed's title and date.
        assert second.source == f"{server}/item-2" and second.title == "Second item"
        assert second.published == dt.date(2024, 3, 6)
        assert second.text.split("\n") == EN_PARAS * 2
        assert isinstance(gone, DocumentError) and "404" in gone.reason


def test_atom_feed_file(tmp_path: Path) -> None:
    content = "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in KO_PARAS * 3)
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>예시 뉴스</title><id>urn:x</id>
<updated>2024-03-05T10:00:00+09:00</updated>
<entry><title>탈북민 열한 명 북송 위기</title><id>urn:x:1</id>
<link href="https://news.example/ko/1"/><published>2024-03-05T01:00:00+09:00</published>
<updated>2024-03-05T10:00:00+09:00</updated><content type="html">{content}</content></entry>
</feed>"""
    path = tmp_path / "feed.atom"
    path.write_text(atom, encoding="utf-8")
    doc = one_doc(str(path))
    assert doc.source == "https://news.example/ko/1"
    assert doc.title == "탈북민 열한 명 북송 위기" and doc.lang == "ko"
    assert doc.published == dt.date(2024, 3, 5)
    assert doc.text.split("\n") == KO_PARAS * 3


# ------------------------------------------------------------------ the dev corpus


def test_dev_corpus_body_title_and_date() -> None:
    docs = DEV / "docs"
    items = {Path(d.source).stem: d for d in load(str(docs)) if isinstance(d, Document)}
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((DEV / "gold").glob("*"))]
    assert len(items) == len(golds)
    for gold in golds:
        doc = items[gold["id"]]
        body = " ".join(doc.text.split())
        for fragment in gold["body_must_contain"]:
            assert " ".join(fragment.split()) in body, (gold["id"], fragment)
        for fragment in gold["body_must_not_contain"]:
            assert fragment not in body, (gold["id"], fragment)
        assert doc.lang == gold["lang"]
        if gold["published"]:
            assert doc.published == dt.date.fromisoformat(gold["published"]), gold["id"]


# ------------------------------------------------------------------ page copies: body edges

_WIRE_COPY = """Skip to main content
Harbour Ledger
World   Asia   Politics   Opinion
Home > World > Asia
Nine river crossers handed back, aid workers say
By Mara Ellison, staff reporter
Updated 2 hours ago
Share Facebook X LinkedIn Email
SEOUL, June 10 (Harbour Ledger) - Nine people who waded across a river were handed back on Monday.
Relatives wait outside a county police station on June 9, 2025. HARBOUR/Pia Lund
"They left before dawn in a closed van," one of the aid workers said.
The handover took place at a river crossing.
Get the top Asia stories delivered to your inbox every weekday.
Enter your email address
By signing up, you agree to our Privacy Policy and Terms of Use and to occasional offers.
Advertisement
Officials did not answer calls seeking comment.
"We only want to know where they are."
Contact the writer at mara.ellison@ledger.example.
END
Related articles
Aid groups fear a new sweep along the river
12 Comments
© 2025 Harbour Ledger. All rights reserved.
"""

_RELEASE_COPY = """Home | About | Our Work | Press | Donate
For immediate release
Alliance asks border state to free held asylum seekers
LISBON, 3 April 2025 — An alliance of nine aid groups today asked the state to free thirty people.
The alliance set out three demands:
1. Free everyone held for the crossing.
2. Let the UN refugee agency visit each holding site.
3. Stop all removals until a court has heard each case.
"Nobody should be sent back to harm," said Oren Tal, who speaks for the alliance.
###
About the Alliance
The Alliance for Safe Passage is a network of nine groups helping people on the move.
Media contact
Rui Neves, +351 21 555 0199, press@alliance.example
"""

_KO_WIRE_COPY = """본문 바로가기
한빛통신
전체메뉴
정치 > 북한
"국경서 붙잡힌 6명 송환 임박"…단체 "중단하라"
송고2025-05-14 10:31
공유하기
카카오톡 페이스북 트위터 URL복사
(서울=한빛통신) 윤서하 기자 = 탈북민 6명이 곧 북한으로 넘겨질 위기라고 한 단체가 14일 밝혔다.
14일 서울 종로구에서 열린 집회에서 참가자들이 손팻말을 들고 있다. 2025.5.14/한빛통신
단체는 "이들은 지난달 초 시 외곽에서 붙잡혔다"고 전했다.
▲ 집회 참가자들이 구호를 외치고 있다. ⓒ 한빛통신
"살려 달라는 목소리를 외면하지 말라"
seoha@hanbit.example
(끝)
관련기사
구호단체들, 국경 송환 규탄 회견
<저작권자(c) 한빛통신, 무단 전재-재배포 금지>
"""

_KO_STATEMENT_COPY = """알림마당
[성명] 억류된 탈북민 송환을 멈춰라
2025-04-20
국경인권연대는 억류된 탈북민 열두 명이 곧 송환된다는 소식에 깊은 우려를 표한다.
우리는 다음과 같이 요구한다.
1. 당국은 송환 절차를 즉시 멈춰라.
2. 정부는 외교 경로로 이들의 안전을 확인하라.
우리는 국제사회가 이들의 목소리에 귀 기울여 주기를 호소한다
2025년 4월 20일
국경인권연대
문의: 사무국 02-555-0199
공유하기
"""


def test_wire_copy_keeps_short_and_quoted_paragraphs_and_drops_furniture(
    tmp_path: Path,
) -> None:
    doc = doc_from_text(tmp_path, "wire.txt", _WIRE_COPY)
    assert doc.title == "Nine river crossers handed back, aid workers say"
    paras = doc.text.split("\n")
    assert paras[0].startswith("SEOUL, June 10 (Harbour Ledger) - Nine people")
    assert "The handover took place at a river crossing." in paras  # a one-line paragraph
    assert paras[-1] == '"We only want to know where they are."'  # a closing quotation
    for chrome in (
        "HARBOUR/Pia",
        "LinkedIn",
        "inbox",
        "By signing up",
        "Contact the writer",
        "END",
        "Related",
        "Comments",
        "©",
        "Advertisement",
        "Updated",
    ):
        assert chrome not in doc.text, chrome


def test_press_release_keeps_numbered_demands_and_ends_at_the_end_mark(tmp_path: Path) -> None:
    # The contact block and the "About us" boilerplate below "###" are the sender's, not
    # the story's: the body ends with the release's last paragraph.
    doc = doc_from_text(tmp_path, "release.txt", _RELEASE_COPY)
    assert doc.title == "Alliance asks border state to free held asylum seekers"
    paras = doc.text.split("\n")
    assert paras[0].startswith("LISBON, 3 April 2025")
    assert [p[:2] for p in paras[2:5]] == ["1.", "2.", "3."]
    assert paras[-1].startswith('"Nobody should be sent back to harm,"')
    for chrome in ("###", "About the Alliance", "network of nine", "Rui Neves", "press@"):
        assert chrome not in doc.text, chrome


def test_korean_wire_copy_drops_captions_and_keeps_a_closing_quotation(tmp_path: Path) -> None:
    doc = doc_from_text(tmp_path, "ko-wire.txt", _KO_WIRE_COPY)
    assert doc.title == '"국경서 붙잡힌 6명 송환 임박"…단체 "중단하라"'
    paras = doc.text.split("\n")
    assert paras[0].startswith("(서울=한빛통신) 윤서하 기자 =")
    assert paras[-1] == '"살려 달라는 목소리를 외면하지 말라"'
    for chrome in ("2025.5.14/", "ⓒ", "카카오톡", "seoha@", "(끝)", "관련기사", "무단"):
        assert chrome not in doc.text, chrome


def test_korean_statement_keeps_a_last_clause_without_a_stop(tmp_path: Path) -> None:
    doc = doc_from_text(tmp_path, "ko-statement.txt", _KO_STATEMENT_COPY)
    paras = doc.text.split("\n")
    assert paras[0].startswith("국경인권연대는 억류된 탈북민")
    assert [p[:2] for p in paras[2:4]] == ["1.", "2."]
    assert paras[-1] == "우리는 국제사회가 이들의 목소리에 귀 기울여 주기를 호소한다"
    for chrome in ("2025년 4월 20일", "문의", "공유하기"):
        assert chrome not in doc.text, chrome


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Share Facebook X LinkedIn Email", LineKind.CHROME),
        ("카카오톡 페이스북 트위터 URL복사", LineKind.CHROME),
        ("Get our morning briefing sent to your inbox.", LineKind.CHROME),
        ("Crowds gather in the square on Friday. WIRE/Ana Ruiz", LineKind.CHROME),
        ("시민들이 행진하고 있다. 2025.3.1/한빛통신", LineKind.CHROME),
        ("###", LineKind.FOOTER),
        ("-30-", LineKind.FOOTER),
        ("(끝)", LineKind.FOOTER),
        ("Notes to editors", LineKind.FOOTER),
        ("The Tide Review is published under a Creative Commons licence.", LineKind.FOOTER),
        ("Some rights reserved.", LineKind.FOOTER),
        ("문의: 홍보팀 02-555-0100", LineKind.CHROME),
        # story lines that look a little like furniture stay
        ("The family shared a flat with two other households.", LineKind.TEXT),
        ("He said the end of the talks was near.", LineKind.TEXT),
        ('"Email was the only way we could reach them," she said.', LineKind.TEXT),
    ],
)
def test_page_copy_furniture_classes(line: str, kind: LineKind) -> None:
    assert classify(line) is kind


def test_teaser_box_inside_an_unspaced_copy_does_not_cut_the_story(tmp_path: Path) -> None:
    # Copied without blank lines, a "Related" box between paragraphs ends where running
    # prose resumes; a spaced copy's box still runs to its blank line.
    unspaced = (
        "Harbour Ledger\nFerry workers held at the port for a week\n"
        "Port police held four ferry workers for a week without charge, a union said.\n"
        "Related articles\nUnion plans a strike at the port\nShipping firms count the cost\n"
        "The union said the four were released on Friday after a court hearing.\n"
        "Most read\n1. Rates rise again\n© 2025 Harbour Ledger\n"
    )
    doc = doc_from_text(tmp_path, "unspaced.txt", unspaced)
    assert doc.text.split("\n") == [
        "Port police held four ferry workers for a week without charge, a union said.",
        "The union said the four were released on Friday after a court hearing.",
    ]
    ko = (
        "한빛일보\n항만 노동자 네 명 일주일 구금\n"
        "항만 경찰이 노동자 네 명을 일주일 동안 구금했다고 노조가 3일 밝혔다.\n"
        '관련기사\n노조, 항만 파업 예고\n선사들 "피해 우려"\n'
        '노조는 "법원 심리 뒤 네 명이 풀려났다"고 전했다.\n윤서하 기자\n많이 본 뉴스\n'
    )
    doc = doc_from_text(tmp_path, "ko-unspaced.txt", ko)
    assert doc.text.split("\n")[-1] == '노조는 "법원 심리 뒤 네 명이 풀려났다"고 전했다.'
    assert "관련기사" not in doc.text and "파업 예고" not in doc.text
    spaced = (
        "Ferry workers held at the port for a week\n\n"
        "Port police held four ferry workers for a week without charge, a union said.\n\n"
        "Related articles\nUnion plans a strike\n"
        "The union has called a vote on a strike for all of the port's ferry crews.\n\n"
        "The union said the four were released on Friday after a court hearing.\n"
    )
    doc = doc_from_text(tmp_path, "spaced.txt", spaced)
    assert "called a vote" not in doc.text
    assert doc.text.endswith("released on Friday after a court hearing.")


def test_a_photo_credit_mid_story_is_not_the_copyright_footer(tmp_path: Path) -> None:
    copy = (
        "Coalition for Safe Passage\nAlliance asks border state to free held asylum seekers\n"
        "LISBON, 3 April 2025 — An alliance of nine aid groups today asked the state to free "
        "thirty people.\n© Jane Roe/Coalition\n"
        '"Nobody should be sent back to harm," said Oren Tal, who speaks for the alliance.\n'
        "© 2025 Coalition for Safe Passage\n"
        "The coalition thanks its donors for their support of this year's work.\n"
    )
    doc = doc_from_text(tmp_path, "credit.txt", copy)
    assert doc.text.split("\n")[-1].startswith('"Nobody should be sent back to harm,"')
    assert "Jane Roe" not in doc.text and "donors" not in doc.text


def test_a_broadcast_sign_off_ends_a_korean_transcript_copy(tmp_path: Path) -> None:
    # Radio scripts close with "<outlet> <reporter>입니다"; a closing sentence of the story
    # that merely ends in 입니다 stays.
    copy = (
        "한빛방송\n항만 노동자 구금 열흘째\n"
        "항만 경찰이 노동자 네 명을 열흘째 구금하고 있다고 노조가 밝혔다.\n"
        '노조 관계자는 "이번 주 안에 풀려나기를 바란다"고 말했다.\n'
        "부산에서 한빛방송 윤서하입니다.\n"
    )
    doc = doc_from_text(tmp_path, "ko-radio.txt", copy)
    assert doc.text.split("\n")[-1] == '노조 관계자는 "이번 주 안에 풀려나기를 바란다"고 말했다.'
    story = (
        "한빛일보\n노조, 성명 발표\n"
        "노조는 3일 성명을 내고 구금된 노동자 네 명의 석방을 요구했다.\n"
        "노조는 이것이 조합원 모두의 뜻입니다.\n"
    )
    doc = doc_from_text(tmp_path, "ko-story.txt", story)
    assert doc.text.endswith("조합원 모두의 뜻입니다.")


def test_html_byline_date_under_the_standfirst(tmp_path: Path) -> None:
    # Opinion layouts print headline, standfirst, byline box, then the date, then the text.
    page = (
        "<html><head><title>Returns at the river | The Lakeside Ledger</title></head><body>"
        '<div class="nav"><a href="/">Home</a> <a href="/opinion">Opinion</a></div>'
        "<article><h1>Returns at the river</h1>"
        '<h2 class="standfirst">A quiet policy of sending people back deserves a loud answer.'
        '</h2><div class="byline"><b>Ines Varga</b><br>Wed 5 Mar 2025 07.30 GMT</div>'
        + "".join(f"<p>{p}</p>" for p in EN_PARAS)
        + "</article></body></html>"
    )
    path = tmp_path / "op.html"
    path.write_text(page, encoding="utf-8")
    assert one_doc(str(path)).published == dt.date(2025, 3, 5)


def test_html_date_stamp_below_the_article(tmp_path: Path) -> None:
    # Some column pages print the date only in a stamp element after the text; the dated
    # teasers in the related-articles list must not stand in for it.
    teasers = "".join(
        f'<li><a href="/r{i}">Another column</a><span class="date">2024.01.0{i}</span></li>'
        for i in (1, 2)
    )
    page = (
        "<html><head><title>Nobody asked them | The Hill Review</title></head><body>"
        "<article><h1>Nobody asked them</h1>"
        + "".join(f"<p>{p}</p>" for p in EN_PARAS)
        + '<p class="pubdate">2025.06.09 06:00 | Print A27</p></article>'
        + f'<ul class="related">{teasers}</ul></body></html>'
    )
    path = tmp_path / "column.html"
    path.write_text(page, encoding="utf-8")
    assert one_doc(str(path)).published == dt.date(2025, 6, 9)
    # Without the stamp the page has no date of its own: the teasers' dates are not taken.
    path.write_text(page.replace("2025.06.09 06:00 | Print A27", "Print edition"), "utf-8")
    assert one_doc(str(path)).published is None


def test_text_copy_with_only_an_update_date(tmp_path: Path) -> None:
    page = "\n".join(
        ["The Valley Post", "Home | World | Opinion", "",
         "Nine fishermen sent back across the strait", "",
         "Relatives say they were never told where the men are held", "",
         "Updated: April 2, 2025 18:05 IST", "", *(p + "\n" for p in EN_PARAS)]
    )  # fmt: skip
    doc = doc_from_text(tmp_path, "post.txt", page)
    # The update time is the only date the page prints: the best reference it has.
    assert doc.published == dt.date(2025, 4, 2)
    # A deck runs longer than its headline but never stands above it.
    assert doc.title == "Nine fishermen sent back across the strait"


def test_a_menu_above_the_headline_is_not_taken_for_it(tmp_path: Path) -> None:
    page = "\n".join(
        ["Login Subscribe Mobile Korean", "Home / News / Asia Pacific", "",
         "Officials deny plan to deport dozens of stranded workers", "",
         "Published 2025-06-11", "", *(p + "\n" for p in EN_PARAS)]
    )  # fmt: skip
    doc = doc_from_text(tmp_path, "brief.txt", page)
    assert doc.title == "Officials deny plan to deport dozens of stranded workers"
