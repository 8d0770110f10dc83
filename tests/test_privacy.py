"""Private stays private, in every answer: generated from the app's URL map.

Every GET endpoint and page (HTML, JSON, each list's CSV and JSON download, maps, embeds) is
asked first as an admin — which fills every cache — and then as staff, as a viewer and, for
embeds, with embed tokens. No answer may hold a name the reader may not see, nor the real id
of a person shown without a name. A new endpoint is covered without editing this test: its
path arguments need a sample value below, or the test fails saying which.

What the reader asked for is not a leak: ids and text in the request's own URL (a 404 that
repeats the id asked for) are left out of the check.
"""
from __future__ import annotations

import io
import re
from urllib.parse import parse_qsl, urlsplit

import pytest

from conftest import build_graph, signed_in
from service import embed

ANY = re.compile(r"<any\(([^)]*)\):(\w+)>")
ARGUMENT = re.compile(r"<(?:[\w]+:)?(\w+)>")
SKIP = {"static", "vendor.vis_network", "health.health", "account.sign_in", "account.password",
        "data.export_zip"}  # no people in them, or admins only (export: admins see everyone anyway)


@pytest.fixture(scope="module")
def world(demo, driver, app, accounts, graph):
    """Sample values for every path argument, chosen where private people are close by, and
    the things (a survey, a response, a sign-in sheet, an introduction, embed tokens) that
    only exist once someone made them."""
    client, anonymous_client = signed_in(app, accounts["staff"]), app.test_client()

    def one(query):
        records, _, _ = driver.execute_query(query)
        return records[0][0]

    group = one("MATCH (p:Person {visibility: 'private'})-[:MEMBER_OF]->(g:Group) "
                "RETURN g.id ORDER BY COUNT { (g)<-[:MEMBER_OF]-() } DESC, g.id LIMIT 1")
    other = one(f"MATCH (g:Group) WHERE g.id <> '{group}' AND EXISTS {{ (g)<-[:MEMBER_OF]-(:Person {{visibility: 'private'}}) }} "
                "RETURN g.id ORDER BY g.id DESC LIMIT 1")
    person = one("MATCH (p:Person {visibility: 'public'})-[:KNOWS]-(:Person {visibility: 'private'}) RETURN p.id ORDER BY p.id LIMIT 1")
    event = one("MATCH (e:Event)<-[:ATTENDED]-(:Person {visibility: 'private'}) RETURN e.id ORDER BY e.id LIMIT 1")
    collaboration = one("MATCH (c:Collaboration)<-[:PARTNER_IN]-(:Group)<-[:MEMBER_OF]-(:Person {visibility: 'private'}) "
                        "RETURN c.id ORDER BY c.id LIMIT 1")
    department = one("MATCH (d:Group {kind: 'ward_department'}) RETURN d.id "  # staff who know a private person first
                     "ORDER BY COUNT { (d)<-[:MEMBER_OF]-(:Person)-[:KNOWS]-(:Person {visibility: 'private'}) } DESC, "
                     "COUNT { (d)-[:SUPPORTS]->() } DESC, d.id LIMIT 1")
    need = one(f"MATCH (:Group {{id: '{group}'}})-[:NEEDS]->(c:Capability) RETURN c.id ORDER BY c.id LIMIT 1") \
        if one(f"MATCH (:Group {{id: '{group}'}}) RETURN COUNT {{ (:Group {{id: '{group}'}})-[:NEEDS]->() }}") \
        else one("MATCH (c:Capability) RETURN c.id ORDER BY c.id LIMIT 1")
    survey = client.post("/api/surveys", json={"title": "つながり調査", "deadline": "2099-01-01", "sender": "地域福祉係",
                                               "questions": ["partners", "links", "capabilities"],
                                               "groups": group}).get_json()
    token = survey["invites"][0]["link"].rsplit("/", 1)[1]
    page = anonymous_client.get(f"/r/{token}")
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.get_data(as_text=True)).group(1)
    anonymous_client.post(f"/r/{token}", data={"csrf_token": csrf, "action": "submit", "respondent_name": "回答 する人",
                                               "visibility": "public", "partner-0-name": "新しい会"})
    response = client.get("/api/responses").get_json()["items"][-1]["id"]
    sheet = client.post("/api/sign-in-sheets", json={"event": event}).get_json()
    introduction = client.post("/api/introductions", json={"group": group, "candidate": other}).get_json()
    private = one("MATCH (p:Person {visibility: 'private'}) RETURN p.id + ',' + p.name ORDER BY p.id LIMIT 1")
    private_id = private.split(",")[0]
    private_member = one(f"MATCH (p:Person {{visibility: 'private'}})-[:MEMBER_OF]->(:Group {{id: '{group}'}}) RETURN p.id LIMIT 1")
    upload = signed_in(app, accounts["admin"]).post(  # an upload naming a private person, not yet imported
        "/api/data/import", data={"file": (io.BytesIO(f"id,name,visibility\n{private},private\n".encode()), "people.csv")},
        content_type="multipart/form-data").get_json()
    assert upload["token"], upload["problems"]
    upload = upload["token"]
    tokens = {}
    for names in (True, False):
        for map_name, target, filters in (("network", None, {}), ("path", None, {"from": group, "to": other}),
                                          ("bridging", None, {}), ("ego", group, {}),
                                          ("candidates", group, {"need": need})):
            tokens[(map_name, names)] = (embed.create(graph, map_name, target, filters, names, "privacy test"),
                                         target, filters)
    people, _, _ = driver.execute_query("MATCH (p:Person) RETURN p.id AS id, p.name AS name, p.kana AS kana, "
                                        "coalesce(p.visibility, 'internal') AS visibility")
    return {
        "values": {"group_id": group, "person_id": person, "event_id": event, "collaboration_id": collaboration,
                   "node_id": group, "department_id": department,
                   "target": {"maps.page:department": department, "maps.twin:department": department, "*": group}, "survey_id": survey["survey"]["id"], "response_id": response,
                   "sheet_id": sheet["id"], "introduction_id": introduction["introduction"]["id"],
                   "token": {"respond.survey": token, "respond.survey_json": token,
                             "respond.survey_groups": token, "respond.sign_in": sheet["link"].rsplit("/", 1)[1],
                             "respond.sign_in_json": sheet["link"].rsplit("/", 1)[1],
                             "respond.sign_in_groups": sheet["link"].rsplit("/", 1)[1],
                             "data_import.progress": upload, "data_import.progress_json": upload},
                   "stem": {"editing.form": "people", "editing.row_json": "people", "editing.confirm_delete": "memberships"}},
        "query": {"who_knows_whom.who_knows_whom": f"from={group}&to={other}",
                  "who_knows_whom.who_knows_whom_json": f"from={group}&to={other}",
                  "partners.partners": f"group={group}&need={need}", "partners.partners_json": f"group={group}&need={need}",
                  "questions.paths": f"from={group}&to={other}&k=5", "bridging.bridging": "limit=500&weighted=true",
                  "bridging.bridging_json": "limit=500",
                  "impact.impact_report": f"event={event}", "impact.impact_report_json": f"event={event}",
                  "changes.between": "from=2000-01-01&to=2099-12-31", "search.results": "q=の",
                  "search.results_json": "q=の", "questions.candidates": f"need={need}",
                  "maps.page:path": f"from={group}&to={other}", "maps.twin:path": f"from={group}&to={other}",
                  "maps.page:candidates": f"need={need}", "maps.twin:candidates": f"need={need}",
                  "maps.page:ego": "depth=2", "maps.twin:ego": "depth=2", "profiles.person": "", "r/groups": "q=会",
                  "editing.form": f"id={private_id}", "editing.row_json": f"id={private_id}",
                  "editing.confirm_delete": f"person_id={private_member}&group_id={group}"},
        "people": [r.data() for r in people], "embeds": tokens,
    }


def _urls(app, world):
    """(endpoint, url) for every GET endpoint, with every list download of the pages."""
    values, queries = world["values"], world["query"]
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods or rule.endpoint in SKIP or rule.endpoint.startswith("embed."):
            continue
        choices = ANY.search(rule.rule)
        options = choices.group(1).replace(" ", "").split(",") if choices else [None]
        for option in options:
            url = ANY.sub(option or "", rule.rule)
            for argument in ARGUMENT.findall(url):
                value = values.get(argument)
                if isinstance(value, dict):
                    value = value.get(f"{rule.endpoint}:{option}") or value.get(rule.endpoint) or value.get("*")
                assert value, f"no sample value for <{argument}> of {rule.rule} ({rule.endpoint}): add one to world()"
                url = url.replace(f"<{argument}>", value)
            key = f"{rule.endpoint}:{option}" if option else rule.endpoint
            query = queries.get(key) or queries.get(rule.endpoint) or ""
            if rule.endpoint.endswith("_groups"):
                query = queries["r/groups"]
            yield rule.endpoint, url + (f"?{query}" if query else "")
            tables = getattr(app.view_functions[rule.endpoint], "tables", None) or {}
            for table in tables:
                joiner = "&" if query else "?"
                yield rule.endpoint, f"{url}?{query}{joiner if query else ''}format=csv&list={table}".replace("??", "?")
                yield rule.endpoint, f"{url}?{query}{joiner if query else ''}format=json&list={table}".replace("??", "?")


def _forbidden(world, named: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """The names (and kana) and the ids a reader who may see `named` visibilities must not meet."""
    hidden = [p for p in world["people"] if p["visibility"] not in named]
    words = sorted({w for p in hidden for w in (p["name"], p["kana"]) if w and len(w) > 1}, key=len, reverse=True)
    return words, sorted({p["id"] for p in hidden})


def _leaks(body: str, url: str, words: list[str], ids: list[str]) -> list[str]:
    asked = urlsplit(url)
    typed = [part for part in asked.path.split("/") if len(part) > 2] + [v for _, v in parse_qsl(asked.query)]
    for value in sorted(typed, key=len, reverse=True):
        body = body.replace(value, " ")  # what the reader typed is theirs
    found = [w for w in words if w in body]
    found += [i for i in ids if re.search(rf"(?<![\w-]){re.escape(i)}(?![\w-])", body)]
    return found


HTML = {"Accept": "text/html"}


def test_no_answer_names_a_person_the_reader_may_not_see(app, world, admin_client, client, viewer_client):
    urls = list(_urls(app, world))
    assert len(urls) > 80  # the walk covers the whole app
    for _endpoint, url in urls:  # warm every cache as the reader who sees the most
        admin_client.get(url, headers=HTML)
    leaks = []
    for role, reader, named in (("staff", client, ("public", "internal")), ("viewer", viewer_client, ())):
        words, ids = _forbidden(world, named)
        for endpoint, url in urls:
            response = reader.get(url, headers=HTML if not url.startswith("/api/") else {})
            assert response.status_code < 500, (role, url, response.status_code)
            found = _leaks(response.get_data(as_text=True), url, words, ids)
            if found:
                leaks.append((role, url, found[:5]))
    assert leaks == []


def test_embeds_name_only_public_people_and_only_when_allowed(world, anonymous_client):
    for (map_name, names), (token, target, filters) in world["embeds"].items():
        query = "&".join([f"token={token}"] + [f"{k}={v}" for k, v in filters.items()])
        url = f"/embed/{map_name}" + (f"/{target}" if target else "") + f"?{query}"
        response = anonymous_client.get(url)
        assert response.status_code == 200, (url, response.get_data(as_text=True)[:300])
        words, ids = _forbidden(world, ("public",) if names else ())
        assert _leaks(response.get_data(as_text=True), url, words, ids) == [], url


def test_a_person_shown_without_a_name_is_shown_without_their_role(fresh_graph, tmp_path, client, viewer_client,
                                                                   admin_client):
    """A route read 「(非公開の人) ↓所属(会長) 大泉さんぽの会」 and a group's members listed roles
    beside hidden names: a group's 会長 is known to all its members, so the role named them; so
    would where two met."""
    build_graph(fresh_graph, tmp_path, people=[{"id": "a", "name": "区民A", "visibility": "public"},
                                               {"id": "p", "name": "会長P", "visibility": "private"}],
                groups=[{"id": "g0", "name": "東町会", "kind": "neighborhood_association", "sector": "chien"},
                        {"id": "g1", "name": "大泉さんぽの会", "kind": "volunteer_group", "sector": "civic"}],
                memberships=[{"person_id": "a", "group_id": "g0", "role": "会員"},
                             {"person_id": "p", "group_id": "g1", "role": "会長", "since": "2020-04-01"}],
                knows=[{"person_id": "a", "other_id": "p", "strength": 2, "context": "防災訓練", "since": "2021-05-01"}])
    for reader in (client, viewer_client):
        members = reader.get("/api/groups/g1").get_json()["members"]
        assert members and members[0]["anonymous"] and "role" not in members[0]
        changed = reader.get("/api/changes?from=2000-01-01&to=2099-12-31").get_json()["ties_appeared"]
        beside = [t for t in changed if t["a"]["anonymous"] or t["b"]["anonymous"]]
        assert beside and all("role" not in t and "context" not in t for t in beside)  # what changed, too
        path = reader.get("/api/who-knows-whom?from=g0&to=g1").get_json()["paths"][0]
        assert path["nodes"][2]["anonymous"] and path["ties"][1:] == [{"type": "KNOWS", "strength": 2}, {"type": "MEMBER_OF"}]
        page = reader.get("/who-knows-whom?from=g0&to=g1", headers=HTML).get_data(as_text=True)
        assert "会長" not in page and "防災訓練" not in page
    assert client.get("/api/who-knows-whom?from=g0&to=g1").get_json()["paths"][0]["ties"][0]["role"] == "会員"  # named: kept
    assert admin_client.get("/api/groups/g1").get_json()["members"][0]["role"] == "会長"  # an admin still reads it
    ties = admin_client.get("/api/who-knows-whom?from=g0&to=g1").get_json()["paths"][0]["ties"]
    assert (ties[1]["context"], ties[2]["role"]) == ("防災訓練", "会長")
