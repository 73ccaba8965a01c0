"""The web app through HTTP: sign-in, roles on every route, CSRF, hostile content kept inert,
reviews with their audit trail surviving re-extraction, exports with redaction."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

import webdata
from pg import pg_server, pg_url  # noqa: F401 - fixtures
from refwatch.resolve import ensure_merged
from refwatch.store import Store, open_store
from refwatch.web.app import create_app
from refwatch.web.auth import RateLimiter, SessionCodec, load_secret, new_session
from refwatch.web.routes import ROUTERS

# Routes an analyst needs (everything else needs a viewer, except the sign-in pages).
ANALYST_ROUTES = {
    "/review",
    "/review/{table}/{record_id}",
    "/audit",
    "/incidents/{incident_id}/split",
    "/incidents/merge",
    "/actors/{actor_id}/protect",
    "/actors/{actor_id}/edit",
}
ADMIN_ROUTES = {"/users", "/users/{name}/role"}
PUBLIC_ROUTES = {"/login", "/logout", "/briefing.css"}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("web") / "web.db"
    webdata.build(f"sqlite:///{path}")
    yield path


@pytest.fixture(scope="module")
def app(db: Path):  # type: ignore[no-untyped-def]
    return create_app(f"sqlite:///{db}", secret="test-secret-" + "x" * 20)


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "page has no CSRF field"
    return found.group(1)


def login(app, name: str) -> TestClient:  # type: ignore[no-untyped-def]
    client = TestClient(app)
    token = csrf_of(client.get("/login").text)
    r = client.post(
        "/login", data={"name": name, "password": webdata.PASSWORD, "csrf": token, "next": "/"}
    )
    assert r.status_code == 200 and r.url.path == "/", r.text[:500]
    return client


def ids(db: Path) -> dict[str, str]:
    con = sqlite3.connect(db)
    try:
        return {
            "incident_id": con.execute(
                "SELECT id FROM incidents ORDER BY n_sources DESC, id"
            ).fetchone()[0],
            "doc_id": con.execute("SELECT id FROM documents ORDER BY id").fetchone()[0],
            "actor_id": str(con.execute("SELECT min(id) FROM actors").fetchone()[0]),
            "record_id": str(con.execute("SELECT min(id) FROM incident_mentions").fetchone()[0]),
            "table": "incident_mentions",
            "what": "incidents",
            "name": "vera",
            "fmt": "csv",
        }
    finally:
        con.close()


def all_routes() -> list[APIRoute]:
    return [r for router in ROUTERS for r in router.routes if isinstance(r, APIRoute)]


def concrete(path: str, values: dict[str, str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), "json"), path)


def test_anonymous_is_sent_to_login_and_headers_are_strict(app) -> None:  # type: ignore[no-untyped-def]
    client = TestClient(app)
    r = client.get("/incidents", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login?next=")
    r = TestClient(app).get("/login")
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe" not in csp
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    assert r.headers["x-frame-options"] == "DENY"


def test_secure_cookie_when_https(db: Path) -> None:
    client = TestClient(create_app(f"sqlite:///{db}", secret="s" * 32, https=True))
    assert "secure" in client.get("/login").headers["set-cookie"].lower()


def test_wrong_password_then_rate_limited(db: Path) -> None:
    client = TestClient(create_app(f"sqlite:///{db}", secret="r" * 32))
    token = csrf_of(client.get("/login").text)
    codes = [
        client.post("/login", data={"name": "anna", "password": "nope", "csrf": token}).status_code
        for _ in range(6)
    ]
    assert codes[:5] == [401] * 5 and codes[5] == 429
    # even the right password is refused while the limit holds
    r = client.post("/login", data={"name": "anna", "password": webdata.PASSWORD, "csrf": token})
    assert r.status_code == 429


def test_rate_limiter_forgets_after_window() -> None:
    lim = RateLimiter(limit=2, window=0.0)
    lim.fail("k")
    lim.fail("k")
    assert not lim.blocked("k")  # window of zero: every failure has already expired


def test_session_cookie_is_signed() -> None:
    codec = SessionCodec("one-secret")
    cookie = codec.dumps(new_session("adam"))
    assert codec.loads(cookie) is not None and codec.loads(cookie).user == "adam"  # type: ignore[union-attr]
    assert SessionCodec("another-secret").loads(cookie) is None
    assert codec.loads(cookie[:-2] + "xx") is None


def test_login_redirect_stays_on_site(app) -> None:  # type: ignore[no-untyped-def]
    client = TestClient(app)
    token = csrf_of(client.get("/login").text)
    r = client.post(
        "/login",
        data={
            "name": "vera",
            "password": webdata.PASSWORD,
            "csrf": token,
            "next": "//evil.example/",
        },
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"] == "/"


def test_every_route_needs_the_right_role(app, db: Path) -> None:  # type: ignore[no-untyped-def]
    values = ids(db)
    routes = all_routes()
    paths = {r.path for r in routes}
    assert paths >= ANALYST_ROUTES
    anon, viewer, analyst = TestClient(app), login(app, "vera"), login(app, "anna")
    admin = login(app, "adam")
    viewer_token = csrf_of(viewer.get("/").text)
    analyst_token = csrf_of(analyst.get("/").text)
    for route in routes:
        path = concrete(route.path, values)
        if route.path in PUBLIC_ROUTES:
            continue
        if "GET" in route.methods:
            r = anon.get(path, follow_redirects=False)
            assert r.status_code == 303, path
            want = 403 if route.path in ANALYST_ROUTES | ADMIN_ROUTES else 200
            assert viewer.get(path).status_code == want, path
            want = 403 if route.path in ADMIN_ROUTES else 200
            assert analyst.get(path).status_code == want, path
            assert admin.get(path).status_code == 200, path
        if "POST" in route.methods:
            writers = ANALYST_ROUTES | ADMIN_ROUTES
            assert route.path in writers, f"{path} changes state but any viewer may call it"
            r = anon.post(path, data={}, follow_redirects=False)
            assert r.status_code in (303, 403), path
            r = viewer.post(path, data={"csrf": viewer_token, "action": "reject"})
            assert r.status_code == 403, path
            if route.path in ADMIN_ROUTES:
                r = analyst.post(path, data={"csrf": analyst_token, "role": "admin"})
                assert r.status_code == 403, path


def test_post_without_csrf_is_refused(app, db: Path) -> None:  # type: ignore[no-untyped-def]
    values = ids(db)
    analyst = login(app, "anna")
    for route in all_routes():
        if "POST" in route.methods and route.path != "/login":
            path = concrete(route.path, values)
            r = analyst.post(path, data={"action": "reject", "ids": "a b"})
            assert r.status_code == 403 and "security token" in r.text, path
            r = analyst.post(path, data={"action": "reject", "csrf": "forged"})
            assert r.status_code == 403, path
    # the fact was not touched
    con = sqlite3.connect(db)
    status = con.execute(
        "SELECT review_status FROM incident_mentions WHERE id = ?", (int(values["record_id"]),)
    ).fetchone()[0]
    assert status == "machine"
    # and a login form posted without the token is refused too
    r = TestClient(app).post("/login", data={"name": "anna", "password": webdata.PASSWORD})
    assert r.status_code == 403


class LiveMarkup(HTMLParser):
    """Collects what a browser would act on: script/img elements, on* handlers, js: URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "img", "iframe", "object", "embed"):
            self.found.append(tag)
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(name)
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.found.append(f"{name}={value}")


def live_markup(html: str) -> list[str]:
    parser = LiveMarkup()
    parser.feed(html)
    return parser.found


def test_hostile_document_is_inert_everywhere(app, db: Path) -> None:  # type: ignore[no-untyped-def]
    con = sqlite3.connect(db)
    doc_id = con.execute("SELECT id FROM documents WHERE source LIKE 'javascript:%'").fetchone()[0]
    (inc_id,) = con.execute(
        "SELECT m.incident_id FROM incident_members m "
        "JOIN incident_mentions i ON i.id = m.mention_id WHERE i.document_id = ?",
        (doc_id,),
    ).fetchone()
    assert live_markup('<a href="javascript:x"><img src=x onerror=y>') != []  # the detector works
    client = login(app, "adam")
    pages = [
        "/",
        f"/documents/{doc_id}",
        f"/incidents/{inc_id}",
        "/incidents",
        "/review",
        "/statements",
        "/search?q=officials",
        "/search?q=%3Cscript%3E",
        "/briefing",
        "/audit",
    ]
    for page in pages:
        r = client.get(page)
        assert r.status_code == 200, page
        assert live_markup(r.text) == [], page
    doc = client.get(f"/documents/{doc_id}").text
    assert "&lt;script&gt;alert(&#34;t&#34;)&lt;/script&gt;" in doc or "&lt;script&gt;" in doc
    assert "javascript:alert(5)" in doc and 'href="javascript' not in doc  # shown, not linked


def test_document_highlights_each_fact(app, db: Path) -> None:  # type: ignore[no-untyped-def]
    con = sqlite3.connect(db)
    (doc_id,) = con.execute(
        "SELECT id FROM documents WHERE source = 'https://news.example/a'"
    ).fetchone()
    facts = con.execute(
        "SELECT id, ev_text FROM incident_mentions WHERE document_id = ?", (doc_id,)
    ).fetchall()
    html = login(app, "vera").get(f"/documents/{doc_id}").text
    for fact_id, ev in facts:
        assert f'id="ev-incident_mentions-{fact_id}"' in html
        assert f'id="fact-incident_mentions-{fact_id}"' in html
        assert ev.split(",")[0] in html
    assert html.count('<mark class="ev') >= 3


def test_search_finds_words_and_marks_them(app) -> None:  # type: ignore[no-untyped-def]
    html = login(app, "vera").get("/search", params={"q": "Baishan"}).text
    assert "Escapees sent back" in html and "<mark>Baishan</mark>" in html
    assert "0 document(s)" in login(app, "vera").get("/search", params={"q": "zzzqqq"}).text


def test_dashboard_draws_timeline_map_and_matrix(app) -> None:  # type: ignore[no-untyped-def]
    html = login(app, "vera").get("/").text
    assert 'class="chart timeline"' in html and 'class="bar"' in html
    assert 'class="chart map"' in html and 'class="land"' in html and "pin-facility" in html
    assert 'class="matrix"' in html and "t-criticize" in html
    link = re.search(r'href="(/statements\?[^"]+)"[^>]*>criticize', html)
    assert link, "matrix cells link to their statements"
    listed = login(app, "vera").get(link.group(1).replace("&amp;", "&")).text
    assert "Jeong Park" in listed and "Kim Sora" not in listed
    # filters narrow everything
    html = login(app, "vera").get("/", params={"since": "2024-04-01", "until": "2024-04-30"}).text
    assert "1 dated incident(s), best estimate 200 people" in html


def _analyst_correct(app, record_id: int, fields: dict[str, str]):  # type: ignore[no-untyped-def]
    client = login(app, "anna")
    form = client.get(f"/review/incident_mentions/{record_id}").text
    data = dict(re.findall(r'<input name="(\w+)" value="([^"]*)"', form))
    data.update(fields, csrf=csrf_of(form), action="correct")
    return client, client.post(f"/review/incident_mentions/{record_id}", data=data)


def test_correction_is_audited_and_survives_reextraction(app, db: Path) -> None:  # type: ignore[no-untyped-def]
    store: Store = open_store(f"sqlite:///{db}")
    con = sqlite3.connect(db)
    (rid,) = con.execute(
        "SELECT id FROM incident_mentions WHERE count_words = 'about 500'"
    ).fetchone()
    client, r = _analyst_correct(app, rid, {"count_low": "450", "count_high": "480"})
    assert r.status_code == 200
    audit = client.get("/audit").text
    assert "anna" in audit and "review:corrected" in audit and "450" in audit
    # the same document re-read by a newer extractor keeps the analyst's numbers
    assert store.save_extraction(webdata.doc_a("webtest@2")).kept >= 1
    ensure_merged(store)
    row = con.execute(
        "SELECT count_low, count_high, review_status, reviewed_by FROM incident_mentions "
        "WHERE count_words = 'about 500'"
    ).fetchall()
    assert row == [(450, 480, "corrected", "anna")]
    (inc,) = con.execute(
        "SELECT incident_id FROM incident_members WHERE mention_id = ?", (rid,)
    ).fetchone()
    assert "450–480" in client.get(f"/incidents/{inc}").text


def test_bad_correction_is_refused(app, db: Path) -> None:  # type: ignore[no-untyped-def]
    (rid,) = sqlite3.connect(db).execute("SELECT min(id) FROM incident_mentions").fetchone()
    _, r = _analyst_correct(app, rid, {"count_low": "many"})
    assert r.status_code == 400 and "not valid" in r.text
    _, r = _analyst_correct(app, rid, {"from_country": "China"})
    assert r.status_code == 400


def test_protect_redacts_exports_but_not_for_admins_who_ask(app, db: Path) -> None:  # type: ignore[no-untyped-def]
    con = sqlite3.connect(db)
    (aid,) = con.execute("SELECT id FROM actors WHERE name = 'Kim Sora'").fetchone()
    analyst = login(app, "anna")
    page = analyst.get(f"/actors/{aid}").text
    r = analyst.post(f"/actors/{aid}/protect", data={"csrf": csrf_of(page), "protected": "1"})
    assert r.status_code == 200 and "protected" in r.text
    viewer = login(app, "vera")
    actors_csv = viewer.get("/export/actors.csv").text
    statements_json = viewer.get("/export/statements.json").json()
    assert "Kim Sora" not in actors_csv and "김소라" not in actors_csv
    assert "[protected]" in actors_csv
    assert all("Kim Sora" not in json.dumps(s) for s in statements_json)
    assert "Kim Sora" not in viewer.get("/briefing", params={"format": "md"}).text
    assert viewer.get("/export/actors.csv", params={"include_protected": "true"}).status_code == 403
    admin = login(app, "adam")
    assert "Kim Sora" in admin.get("/export/actors.csv", params={"include_protected": "true"}).text


def test_exports_csv_json_geojson(app) -> None:  # type: ignore[no-untyped-def]
    client = login(app, "vera")
    r = client.get("/export/incidents.csv")
    assert r.headers["content-disposition"].startswith("attachment")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == 3 and {"estimate", "low", "high", "sources"} <= set(rows[0])
    per_report = list(
        csv.DictReader(io.StringIO(client.get("/export/incidents.csv?per_report=true").text))
    )
    assert len(per_report) == 4 and all(r["incident_id"] for r in per_report)
    geo = client.get("/export/incidents.geojson").json()
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 3
    lon, lat = geo["features"][0]["geometry"]["coordinates"]
    assert 120 < lon < 131 and 39 < lat < 44
    assert client.get("/export/actors.geojson").status_code == 404


def test_merge_and_split_from_the_review_screens(app, db: Path) -> None:  # type: ignore[no-untyped-def]
    con = sqlite3.connect(db)
    analyst = login(app, "anna")
    (big,) = con.execute("SELECT id FROM incidents WHERE n_reports = 2").fetchone()
    mention = con.execute(
        "SELECT min(mention_id) FROM incident_members WHERE incident_id = ?", (big,)
    ).fetchone()[0]
    page = analyst.get(f"/incidents/{big}").text
    r = analyst.post(
        f"/incidents/{big}/split", data={"csrf": csrf_of(page), "mention": str(mention)}
    )
    assert r.status_code == 200
    assert con.execute("SELECT count(*) FROM incidents").fetchone()[0] == 4
    ids_now = [
        i
        for (i,) in con.execute(
            "SELECT id FROM incidents WHERE n_reports = 1 AND kind = 'forced_return'"
        )
    ]
    r = analyst.post("/incidents/merge", data={"csrf": csrf_of(page), "ids": " ".join(ids_now)})
    assert r.status_code == 200
    assert con.execute("SELECT count(*) FROM incidents").fetchone()[0] == 3
    actions = [a for (a,) in con.execute("SELECT action FROM merge_decisions ORDER BY id")]
    assert actions == ["split", "merge"]


def test_secret_file_is_made_once_and_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("REFWATCH_SECRET", raising=False)
    url = f"sqlite:///{tmp_path / 'x.db'}"
    first = load_secret(url)
    assert load_secret(url) == first and len(first) >= 32
    assert (tmp_path / "x.db.secret").stat().st_mode & 0o077 == 0
    monkeypatch.setenv("REFWATCH_SECRET", "from-the-environment")
    assert load_secret(url) == "from-the-environment"


@pytest.mark.postgres
def test_pages_and_exports_on_postgresql(pg_url: str) -> None:  # noqa: F811
    webdata.build(pg_url)
    app = create_app(pg_url, secret="p" * 32)
    client = login(app, "anna")
    store = open_store(pg_url)
    with store.read() as conn:
        inc = conn.exec_driver_sql("SELECT id FROM incidents ORDER BY n_reports DESC").first()[0]
        doc = conn.exec_driver_sql("SELECT min(id) FROM documents").first()[0]
    dash = client.get("/", params={"since": "2023-01-01"}).text
    assert 'class="bar"' in dash and "pin-facility" in dash and "t-criticize" in dash
    for page in ("/incidents", f"/incidents/{inc}", f"/documents/{doc}", "/review", "/actors"):
        assert client.get(page).status_code == 200, page
    assert "Escapees sent back" in client.get("/search", params={"q": "Baishan"}).text
    assert len(client.get("/export/incidents.geojson").json()["features"]) == 3
    assert client.get("/briefing", params={"format": "md"}).text.startswith("# refwatch briefing")


def test_analyst_corrects_an_actor(app, db: Path) -> None:  # type: ignore[no-untyped-def]
    (aid,) = (
        sqlite3.connect(db).execute("SELECT id FROM actors WHERE name = 'Liu Xiaoming'").fetchone()
    )
    client = login(app, "anna")
    page = client.get(f"/actors/{aid}").text
    form = {
        "csrf": csrf_of(page),
        "name": "Liu Xiaoming",
        "kind": "person",
        "country": "cn",
        "org": "Ministry of Foreign Affairs",
        "role": "Special Representative",
        "alias": "劉曉明",
    }
    html = client.post(f"/actors/{aid}/edit", data=form).text
    assert "Ministry of Foreign Affairs" in html and "劉曉明" in html
    audit = client.get("/audit", params={"table": "actors", "record": str(aid)}).text
    assert "Special Representative" in audit and "anna" in audit
    assert client.post(f"/actors/{aid}/edit", data={**form, "country": "China"}).status_code == 400


def test_admin_changes_a_role_and_it_is_audited(app) -> None:  # type: ignore[no-untyped-def]
    admin = login(app, "adam")
    page = admin.get("/users").text
    assert "vera" in page and "anna" in page
    r = admin.post("/users/vera/role", data={"csrf": csrf_of(page), "role": "analyst"})
    assert r.status_code == 200
    assert login(app, "vera").get("/review").status_code == 200  # effective at once
    assert "user:update" in admin.get("/audit", params={"table": "users"}).text
    r = admin.post("/users/adam/role", data={"csrf": csrf_of(page), "role": "viewer"})
    assert r.status_code == 400
    admin.post("/users/vera/role", data={"csrf": csrf_of(page), "role": "viewer"})


def test_head_answers_like_get_without_a_body(app) -> None:  # type: ignore[no-untyped-def]
    client = login(app, "vera")
    for path in ("/", "/incidents", "/search?q=Dandong", "/static/favicon.svg"):
        got, head = client.get(path), client.head(path)
        assert head.status_code == got.status_code == 200, path
        assert head.content == b"", path
        assert head.headers["content-type"] == got.headers["content-type"], path
        assert int(head.headers["content-length"]) == len(got.content), path
    assert TestClient(app).head("/incidents", follow_redirects=False).status_code == 303
    assert client.head("/incidents/no-such-incident").status_code == 404


def test_incident_page_relates_facts_near_its_own_window(app, db: Path) -> None:  # type: ignore[no-untyped-def]
    client = login(app, "vera")
    con = sqlite3.connect(db)
    try:
        october, baishan = (
            con.execute(
                "SELECT i.id FROM incidents i WHERE i.earliest = ? AND i.kind = ?", (day, kind)
            ).fetchone()[0]
            for day, kind in (("2023-10-01", "forced_return"), ("2024-04-26", "detention"))
        )
    finally:
        con.close()
    # the May 2024 meeting is in the same report as the October 2023 return, months later
    assert "Liu Xiaoming" not in section(client.get(f"/incidents/{october}").text, "Meetings")
    assert "Liu Xiaoming" in section(client.get(f"/incidents/{baishan}").text, "Meetings")
    assert "Jeong Park" not in section(client.get(f"/incidents/{october}").text, "Statements")
    assert "Jeong Park" in section(client.get(f"/incidents/{baishan}").text, "Statements")


def section(html: str, heading: str) -> str:
    start = html.index(f"<h2>{heading} in the same weeks</h2>")
    return html[start : html.index("</section>", start)]
