"""A synthetic Korean news stream for the extraction benchmark, and its two runners.

About one article in ten reports a forced return (counts, dates, places, NGOs and officials
drawn at random); the rest is ordinary news (markets, weather, sport, culture). Sentences
are templates written for this benchmark.
"""

from __future__ import annotations

import datetime as dt
import random
import time

_PLACES = [
    "지린성 투먼",
    "랴오닝성 단둥",
    "지린성 훈춘",
    "지린성 바이산",
    "랴오닝성 선양",
    "윈난성 쿤밍",
]
_NGOS = ["북방인권연대", "국경인권감시단", "새길인권센터", "두레인권모임", "북녘인권네트워크"]
_PEOPLE = ["김하준", "이서윤", "박지호", "최민서", "정우진", "강하은", "조예준", "윤서아"]
_COUNTS = ["{n}여 명", "약 {n}명", "{n}명가량", "{n}~{m}명", "수십 명", "수백 명", "{n}명 이상"]
_WHEN = ["지난 {d}일", "지난달 {d}일", "지난해 {mo}월", "이달 초", "지난주", "최근"]

_RELEVANT = [
    "중국 당국이 {when} {place}에서 탈북민 {count}을 북한으로 강제 송환한 것으로 알려졌다.",
    '북한인권단체 {ngo}는 {d}일 "{place} 구류소에 수감돼 있던 탈북민 {count}이 {when} '
    '북송됐다"고 밝혔다.',
    '{person} {ngo} 대표는 "중국 정부는 강제북송을 즉각 중단해야 한다"고 촉구했다.',
    '통일부는 "관련 동향을 예의주시하고 있다"고만 밝혔다.',
    "{ngo}에 따르면 현재 {place} 변방구류소에는 탈북민 {count}이 북송을 기다리고 있다.",
    '중국 외교부는 "불법 월경자를 법에 따라 처리했을 뿐"이라는 입장을 되풀이했다.',
]
# By SCHEMA a report is relevant only when it tells of people returned or held for return,
# so every relevant article opens with one of these (statements alone would not make it so).
_INCIDENT_TEMPLATES = [t for t in _RELEVANT if "송환" in t or ("북송" in t and "중단" not in t)]
_ORDINARY = [
    "코스피가 {d}일 외국인 매수세에 힘입어 전 거래일보다 {n}포인트 오른 채 마감했다.",
    "기상청은 {when} 중부지방에 최대 {n}㎜의 비가 내릴 것으로 내다봤다.",
    "프로야구 정규리그 {n}번째 경기에서 홈팀이 연장 끝에 승리를 거뒀다.",
    "서울시는 {when}부터 시내버스 {n}개 노선의 배차 간격을 줄인다고 밝혔다.",
    "올해 가을 공연 시즌을 맞아 국립극장은 {n}편의 신작을 무대에 올린다.",
    '{person} 연구위원은 "반도체 수출이 회복세를 보이고 있다"고 설명했다.',
    "주말 고속도로 교통량은 평소보다 {n}%가량 많을 것으로 예상된다.",
]


def _fill(template: str, rng: random.Random) -> str:
    n = rng.choice([5, 12, 30, 50, 60, 80, 200, 500])
    count = rng.choice(_COUNTS).format(n=n, m=n * 2)
    when = rng.choice(_WHEN).format(d=rng.randint(1, 28), mo=rng.randint(1, 12))
    return template.format(
        when=when,
        place=rng.choice(_PLACES),
        count=count,
        ngo=rng.choice(_NGOS),
        person=rng.choice(_PEOPLE),
        d=rng.randint(1, 28),
        n=n,
    )


def korean_stream(n: int, rng: random.Random) -> list[tuple[str, dt.date, bool]]:
    out = []
    start = dt.date(2023, 1, 1)
    for _ in range(n):
        relevant = rng.random() < 0.1
        pool = _RELEVANT if relevant else _ORDINARY
        k = rng.randint(4, 8)
        sentences = [_fill(rng.choice(pool), rng) for _ in range(k)]
        if relevant:
            sentences[0] = _fill(rng.choice(_INCIDENT_TEMPLATES), rng)
        if not relevant:
            sentences += [_fill(rng.choice(_ORDINARY), rng) for _ in range(2)]
        day = start + dt.timedelta(days=rng.randint(0, 700))
        out.append(("\n".join(sentences), day, relevant))
    return out


def run_refwatch_ko(texts: list[str], published: list[dt.date]) -> dict[str, float]:
    from refwatch.extract.korean import KoreanExtractor
    from refwatch.model import Document

    extractor = KoreanExtractor()  # model and domain loading is not throughput: warm up
    extractor.extract(Document(id="w", sha256="", source="w", raw=b"", text=texts[0], lang="ko"))
    relevant = incidents = 0
    begin = time.perf_counter()
    for i, (text, day) in enumerate(zip(texts, published, strict=True)):
        doc = Document(
            id=str(i), sha256="", source=f"bench-{i}", raw=b"", text=text, published=day,
            lang="ko",
        )  # fmt: skip
        x = extractor.extract(doc)
        relevant += x.relevant
        incidents += len(x.incidents)
    return {"seconds": time.perf_counter() - begin, "relevant": relevant, "incidents": incidents}


def run_kiwi_ko(texts: list[str], published: list[dt.date]) -> dict[str, float]:
    from refwatch.nlp.kiwi_model import kiwi

    model = kiwi()
    model.tokenize(texts[0])
    begin = time.perf_counter()
    tokens = sum(len(model.tokenize(t)) for t in texts)
    return {"seconds": time.perf_counter() - begin, "tokens": tokens}
