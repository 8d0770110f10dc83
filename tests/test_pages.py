"""The coordinator pages and their JSON twins: the same content, clear errors, escaped
values, private people never named, lists downloadable as CSV (UTF-8 with BOM) and JSON."""
import csv
import html
import io
import re
from urllib.parse import unquote

import pytest

from conftest import build_graph

HTML = {"Accept": "text/html"}

PAGES = [
    ("/", "/api/summary"),
    ("/search?q=ちょうかい", "/api/search?q=ちょうかい"),
    ("/groups/g-chokai-toyotama", "/api/groups/g-chokai-toyotama"),
    ("/groups/g-shakyo", "/api/groups/g-shakyo"),
    ("/people/p-001", "/api/people/p-001"),
    ("/collaborations/c-care-cafe", "/api/collaborations/c-care-cafe"),
    ("/events/e-fes-2024", "/api/events/e-fes-2024"),
    ("/partners?q=町会", "/api/partners?q=町会"),
    ("/partners?group=g-chokai-toyotama&need=cap-wakamono", "/api/partners?group=g-chokai-toyotama&need=cap-wakamono"),
    ("/who-knows-whom?from=p-001&to=g-univ", "/api/who-knows-whom?from=p-001&to=g-univ"),
    ("/gaps", "/api/gaps"),
]
SHOWN_ELSEWHERE = {"bridges", "cut_off", "unconnected_parts", "measures", "capabilities", "areas"}


def names_in(value, skip=SHOWN_ELSEWHERE) -> set[str]:
    """Every name and label a JSON answer holds (outside the `skip` keys)."""
    found = set()
    if isinstance(value, dict):
        for k, v in value.items():
            if k in skip:
                continue
            if k in ("name", "label") and isinstance(v, str):
                found.add(v)
            else:
                found |= names_in(v, skip)
    elif isinstance(value, list):
        for item in value:
            found |= names_in(item, skip)
    return found


@pytest.mark.parametrize("page_url, twin_url", PAGES)
def test_page_and_twin_hold_the_same_content(client, demo, page_url, twin_url):
    page = client.get(page_url, headers=HTML)
    twin = client.get(twin_url)
    assert page.status_code == twin.status_code == 200
    assert page.mimetype == "text/html" and twin.mimetype == "application/json"
    text = html.unescape(page.get_data(as_text=True))
    assert '<html lang="ja">' in text
    link = re.search(r'<a class="twin" href="([^"]+)"', page.get_data(as_text=True)).group(1)
    assert unquote(html.unescape(link)) == twin_url
    expected = names_in(twin.get_json()) - {"(非公開の人)"}
    assert expected, "the twin should hold names"
    missing = sorted(n for n in expected if n not in text)
    assert not missing


def test_partners_offers_each_need_once(client, demo):
    """The group's own needs came again under 「ほかの課題・強み」 (ITスキル twice)."""
    page = client.get("/partners?group=g-chokai-toyotama", headers=HTML).get_data(as_text=True)
    chooser = page.split('id="partners-need"')[1].split("</select>")[0]
    values = [part.split('"')[0] for part in chooser.split('<option value="')[1:]]
    assert values and len(values) == len(set(values))


def test_dashboard_figures(client, demo):
    summary = client.get("/api/summary").get_json()
    assert summary["people"] == demo["people"] and summary["groups"] == demo["groups"]
    assert {s["sector"] for s in summary["groups_by_sector"]} == {"chien", "civic", "business", "public", "intermediary"}
    assert summary["collaborations_active"] >= 1 and summary["chien_civic_ties"] >= 1
    assert summary["isolated_groups"] == len(client.get("/api/gaps").get_json()["isolated_groups"]["items"])
    assert [p["rank"] for p in summary["top_bridging"]] == [1, 2, 3, 4, 5]
    started = [c["started"] for c in summary["newest_collaborations"]]
    assert started == sorted(started, reverse=True)
    page = client.get("/", headers=HTML).get_data(as_text=True)
    for url in ("/maps/whole", "/maps/network", "/maps/bridging", "/partners", "/who-knows-whom", "/gaps"):
        assert f'href="{url}"' in page
    assert f'<dd id="fig-chien-civic">{summary["chien_civic_ties"]} 組</dd>' in page  # with what it counts
    assert f'スコア {summary["top_bridging"][0]["score"]}</span>' in page  # not a bare number


def test_group_page_holds_everything_about_the_group(client, demo):
    group = client.get("/api/groups/g-chokai-toyotama").get_json()
    assert group["group"]["sector"] == "chien" and group["areas"] and group["themes"]
    assert {m.get("role") for m in group["members"]} >= {"役員"}  # (a member shown without a name: without a role)
    assert group["needs"] and group["offers"] and group["relations"]
    need_ids = [n["id"] for n in group["needs"]]
    assert [e["need"]["id"] for e in group["candidates_by_need"]] == need_ids
    first = group["candidates_by_need"][0]["candidates"][0]
    assert first["introduction"]["ask_first"]["name"] and first["reasons"]
    for entry in group["candidates_by_need"]:  # read for every need at once: as asked one need at a time
        asked = client.get(f"/api/groups/g-chokai-toyotama/candidates?need={entry['need']['id']}&limit=3").get_json()
        assert [(c["group"]["id"], c["score"], c["reasons"]) for c in entry["candidates"]] == \
            [(c["group"]["id"], c["score"], c["reasons"]) for c in asked["items"]]
    shakyo = client.get("/api/groups/g-shakyo").get_json()
    assert shakyo["collaborations"] and shakyo["events"]
    kosodate = client.get("/api/groups/g-npo-kosodate").get_json()
    assert kosodate["supported_by"], "the ward department supporting its collaboration"
    page = client.get("/groups/g-chokai-toyotama", headers=HTML).get_data(as_text=True)
    assert 'src="/maps/ego/g-chokai-toyotama"' in page


def test_person_page(client, demo):
    person = client.get("/api/people/p-001").get_json()
    assert person["person"]["name"] == "田中 美和子"
    assert person["groups"] and person["knows"] and person["bridging"]["why_text"].endswith("遠くなる。")
    top = client.get("/api/bridging?limit=1").get_json()["items"][0]
    assert client.get(f"/api/people/{top['id']}").get_json()["bridging"] == top
    assert all({"strength", "context"} <= set(k) for k in person["knows"] if not k["anonymous"])
    hidden = [k for k in person["knows"] if k["anonymous"]]
    assert hidden and all("context" not in k for k in hidden)  # where they met would name them
    assert [k["anonymous"] for k in person["knows"]] == sorted(k["anonymous"] for k in person["knows"])
    page = client.get(f"/people/{top['id']}", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "顔役スコア(区全体)" in page and "区全体の順位" in page  # not the score of an area's list


def test_collaboration_and_event_pages(client, demo):
    cafe = client.get("/api/collaborations/c-care-cafe").get_json()
    assert {p["role"] for p in cafe["partners"]} >= {"lead", "coordinator", "partner"}
    assert [c["id"] for c in cafe["coordinators"]] == ["g-shakyo"]
    assert cafe["themes"] and cafe["supported_by"]
    festival = client.get("/api/events/e-fes-2024").get_json()
    assert festival["organizers"] and festival["attendees"] and festival["attendee_groups"]


def test_private_people_are_never_named_on_pages(client, demo, driver):
    records, _, _ = driver.execute_query(
        "MATCH (p:Person {visibility: 'private'})-[:MEMBER_OF]->(g:Group) RETURN p.id AS id, p.name AS name, g.id AS g")
    assert records
    for record in records[:5]:
        page = client.get(f"/groups/{record['g']}", headers=HTML).get_data(as_text=True)
        twin = client.get(f"/api/groups/{record['g']}").get_data(as_text=True)
        assert record["name"] not in page and record["name"] not in twin
        assert "(非公開の人)" in page
        response = client.get(f"/people/{record['id']}", headers=HTML)
        assert response.status_code == 404 and record["name"] not in response.get_data(as_text=True)


@pytest.mark.parametrize("url", ["/groups/nope", "/people/nope", "/collaborations/nope", "/events/nope",
                                 "/partners?group=nope", "/gaps?area=nope"])
def test_unknown_ids_are_a_japanese_404_page_and_a_json_404(client, demo, url):
    page = client.get(url, headers=HTML)
    assert page.status_code == 404 and page.mimetype == "text/html"
    text = page.get_data(as_text=True)
    assert "見つかりません" in text and "Traceback" not in text
    twin = client.get("/api" + url)
    assert twin.status_code == 404 and twin.get_json()["error"]["code"] == "not_found"


def test_unknown_page_in_english(client, demo):
    page = client.get("/groups/nope?lang=en", headers=HTML)
    assert page.status_code == 404 and "No group with the id" in page.get_data(as_text=True)


def test_partners_step_by_step(client, demo):
    found = client.get("/api/partners?q=とよたま").get_json()
    assert "g-chokai-toyotama" in [g["id"] for g in found["groups_found"]]
    needs = client.get("/api/partners?group=g-chokai-toyotama").get_json()
    assert [n["id"] for n in needs["needs"]] and needs["candidates"] == []
    answer = client.get("/api/partners?group=g-chokai-toyotama&need=cap-wakamono").get_json()
    assert answer["need"]["declared"] is True and answer["candidates"]
    scores = [c["score"] for c in answer["candidates"]]
    assert scores == sorted(scores, reverse=True)
    page = client.get("/partners?group=g-chokai-toyotama&need=cap-wakamono", headers=HTML).get_data(as_text=True)
    first = answer["candidates"][0]["group"]["id"]
    assert f'/maps/path?k=1&amp;from=g-chokai-toyotama&amp;to={first}' in page  # the card's route alone


def test_candidates_say_how_the_score_is_made_and_what_the_strength_is(client, demo):
    """Every candidate said 「この強みを特に提供できます」 (they all offer it: the list is of those
    that do), the score was never explained, and matching was offered only before a group was
    chosen."""
    answer = client.get("/api/partners?group=g-chokai-shakujii&need=cap-basho").get_json()
    page = client.get("/partners?group=g-chokai-shakujii&need=cap-basho", headers=HTML).get_data(as_text=True)
    assert "近さ 最大 40 点(2 ステップ以内で満点)" in answer["score_rule"] and answer["score_rule"] in page
    given = [r for c in answer["candidates"] for r in c["reasons"] if r["code"] == "offer_priority"]
    assert given and all(r["text"] == f"この強みを優先度 {r['priority']} で挙げています" for r in given)
    noted = [c["capability"]["offer_note"] for c in answer["candidates"] if c["capability"].get("offer_note")]
    assert noted and all(f"強みについて: {note}" in page for note in noted)  # 町会会館, 集会所…
    assert 'id="matching-hint"' in page


def test_who_knows_whom_takes_names(client, demo):
    by_name = client.get("/api/who-knows-whom", query_string={"from": "たなか みわこ", "to": "練馬学園大学"}).get_json()
    by_id = client.get("/api/who-knows-whom?from=p-001&to=g-univ").get_json()
    assert by_name["from"]["chosen"]["id"] == "p-001" and by_name["to"]["chosen"]["id"] == "g-univ"
    assert by_name["paths"] == by_id["paths"] and by_id["paths"]
    assert by_id["paths"][0]["nodes"][0]["id"] == "p-001" and by_id["paths"][0]["nodes"][-1]["id"] == "g-univ"
    assert by_id["map_url"].startswith("/maps/path?")
    assert (by_id["from"]["query"], by_id["to"]["query"]) == ("田中 美和子", "練馬学園大学 地域連携センター")  # ids shown as names
    several = client.get("/api/who-knows-whom?from=町会&to=g-univ").get_json()
    assert several["from"]["chosen"] is None and len(several["from"]["choices"]) > 1
    nobody = client.get("/who-knows-whom?from=zzzz&to=g-univ", headers=HTML).get_data(as_text=True)
    assert "見つかりませんでした" in nobody
    # the boxes keep what was typed; a choice among namesakes says their groups and areas, and stays made
    page = client.get("/who-knows-whom", query_string={"from": "たなか みわこ", "to": "町会"}, headers=HTML)
    html = page.get_data(as_text=True)
    assert 'value="たなか みわこ"' in html and 'name="from_id" value="p-001"' in html and 'value="町会"' in html
    choice = several["from"]["choices"][0]
    assert "groups" in choice and "areas" in choice and "href" in choice
    followed = client.get(choice["href"].replace("/who-knows-whom", "/api/who-knows-whom", 1)).get_json()
    assert followed["from"]["chosen"]["id"] == choice["id"] and followed["from"]["query"] == choice["name"]


def test_gaps_by_area(client, demo):
    gaps = client.get("/api/gaps").get_json()
    assert gaps["by_area"] and gaps["areas"]
    for section in gaps["by_area"]:
        for pair in section["far_complementary_pairs"]:
            assert section["area"] in [area["name"] for area in pair["areas"]]
    listed = [area["name"] for area in gaps["areas"]]  # sections in the lists' order: 地域 before 地区
    assert [section["area"] for section in gaps["by_area"]] == [name for name in listed
                                                                if name in {s["area"] for s in gaps["by_area"]}]
    page = client.get("/gaps?area=a-hikarigaoka", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert '<p class="printed-on">光が丘地域</p>' in page and "印刷日" in page  # a printout says of where and when
    jump = page.split('class="jump')[1].split("</nav>")[0]
    assert "遠い組 " in jump  # the jump list says what it counts
    several = any(len(pair["areas"]) > 1 for pair in gaps["far_complementary_pairs"]["items"])
    assert gaps["in_several_areas"] == several and several  # the demo's ケアサービス pair concerns two areas
    assert "それぞれの地域に載せています" in client.get("/gaps", headers={"Accept": "text/html"}).get_data(as_text=True)
    narrowed = client.get("/api/gaps?area=a-hikarigaoka").get_json()
    assert narrowed["area"] == "a-hikarigaoka"
    assert narrowed["far_complementary_pairs"]["total"] <= gaps["far_complementary_pairs"]["total"]


def test_each_far_pair_leads_to_a_route_or_to_other_candidates(client, demo):
    """The page listed far pairs and said 「つながる道なし」 beside 「すでに協働」, with nothing to do
    next: a pair reached through people leads to its introduction route, every pair to the
    candidates for its need."""
    page = client.get("/gaps", headers={"Accept": "text/html"}).get_data(as_text=True)
    pairs = client.get("/api/gaps?limit=50").get_json()["far_complementary_pairs"]["items"]
    routes = re.findall(r'href="(/who-knows-whom\?[^"]+)"', page)
    assert "人のつながりでは届かない" in page and "つながる道なし" not in page
    assert len(routes) == sum(1 for p in pairs if p["connected"]) > 0
    shown = client.get(routes[0].replace("&amp;", "&")).get_data(as_text=True)
    assert "ルート 1" in shown
    for p in pairs:
        assert f'href="/partners?group={p["needing"]["id"]}&amp;need={p["capability"]["id"]}"' in page


def test_csv_download_is_excel_ready(client, demo):
    response = client.get("/partners?group=g-chokai-toyotama&need=cap-wakamono&format=csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    body = response.get_data()
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[0][:3] == ["順位", "ID", "候補の団体"]
    twin = client.get("/api/partners?group=g-chokai-toyotama&need=cap-wakamono").get_json()
    assert [r[1] for r in rows[1:]] == [c["group"]["id"] for c in twin["candidates"]]
    english = client.get("/partners?group=g-chokai-toyotama&need=cap-wakamono&format=csv&lang=en")
    assert english.get_data().decode("utf-8-sig").startswith("Rank,ID,Candidate group")


def test_json_download_and_list_choice(client, demo):
    members = client.get("/groups/g-chokai-toyotama?format=json&list=members")
    assert members.mimetype == "application/json" and "attachment" in members.headers["Content-Disposition"]
    rows = members.get_json()
    assert rows and set(rows[0]) == {"id", "label", "role", "since", "until"}
    assert client.get("/api/groups/g-chokai-toyotama?format=csv&list=members").status_code == 200
    assert client.get("/gaps?format=csv&list=isolated").get_data().decode("utf-8-sig").startswith("ID,団体")
    assert client.get("/gaps?format=xml").get_json()["error"]["parameter"] == "format"
    assert client.get("/gaps?format=csv&list=nope").get_json()["error"]["parameter"] == "list"


def test_page_offers_its_downloads(client, demo):
    page = client.get("/groups/g-chokai-toyotama", headers=HTML).get_data(as_text=True)
    for key in ("members", "collaborations", "candidates"):
        assert f'data-download="{key}-csv"' in page and f'data-download="{key}-json"' in page


def test_formula_cells_are_neutralised_in_csv(client, fresh_graph, tmp_path):
    build_graph(fresh_graph, tmp_path, groups=[{"id": "g1", "name": "=HYPERLINK(\"x\")", "kind": "npo", "sector": "civic"}])
    body = client.get("/search?q=hyperlink&format=csv").get_data().decode("utf-8-sig")
    assert "'=HYPERLINK" in body


def test_hostile_names_are_escaped_on_every_page(client, fresh_graph, tmp_path):
    evil = '<img src=x onerror=alert(1)>"\'<script>alert(2)</script>'
    build_graph(fresh_graph, tmp_path,
                people=[{"id": "p1", "name": evil, "kana": evil, "visibility": "public"},
                        {"id": "p2", "name": "普通の人", "visibility": "public"}],
                groups=[{"id": "g1", "name": evil, "kind": "npo", "sector": "civic"}],
                collaborations=[{"id": "c1", "name": evil, "status": "active"}],
                events=[{"id": "e1", "name": evil, "kind": "festival"}],
                capabilities=[{"id": "k1", "name": evil}],
                memberships=[{"person_id": "p1", "group_id": "g1", "role": evil}],
                knows=[{"person_id": "p1", "other_id": "p2", "context": evil}],
                partners=[{"group_id": "g1", "collaboration_id": "c1", "role": "lead"}],
                attendance=[{"person_id": "p1", "event_id": "e1"}],
                needs=[{"group_id": "g1", "capability_id": "k1", "note": evil}])
    for url in ("/", "/search?q=img", "/groups/g1", "/people/p1", "/people/p2", "/collaborations/c1",
                "/events/e1", "/partners?q=img", "/partners?group=g1&need=k1", "/who-knows-whom?from=p1&to=g1",
                "/gaps", f"/who-knows-whom?from={evil}&to=g1"):
        response = client.get(url, headers=HTML)
        assert response.status_code == 200, url
        text = response.get_data(as_text=True)
        assert "<img src=x" not in text and "<script>alert" not in text, url


def test_empty_network_has_clear_empty_states(client, fresh_graph):
    page = client.get("/", headers=HTML)
    assert page.status_code == 200
    assert "まだデータがありません" in page.get_data(as_text=True)
    assert client.get("/api/summary").get_json()["people"] == 0
    assert client.get("/gaps", headers=HTML).status_code == 200
    assert "人・団体・協働" in client.get("/search", headers=HTML).get_data(as_text=True)


def test_csv_downloads_read_as_the_site_shows_them(client, admin_client, demo):
    """Excel readers get the words of the site (地縁, 活動中, times in Japan time), while the
    JSON download keeps the codes for programs."""
    csv_text = client.get("/groups/g-shakyo?format=csv&list=collaborations").get_data(as_text=True)
    assert "活動中" in csv_text and ",active," not in csv_text
    partners = client.get("/partners?group=g-npo-kosodate&need=cap-basho&format=csv").get_data(as_text=True)
    assert "地縁" in partners and ",chien," not in partners
    as_json = client.get("/partners?group=g-npo-kosodate&need=cap-basho&format=json").get_json()
    assert any(row["sector"] == "chien" for row in as_json)
    audit_csv = admin_client.get("/admin/audit?format=csv").get_data(as_text=True)
    assert "T" not in audit_csv.splitlines()[1].split(",")[0]  # 2026年11月25日(水) 17:03, not an ISO moment


def test_the_list_of_groups_filters_prints_and_downloads(client, demo):
    """ホーム's count of groups opens the list of them, which narrows to an area (and the areas
    inside it), a sector, a kind or a theme, says on a printout what it is of, and downloads as
    an Excel-ready table in the site's words."""
    home = client.get("/", headers=HTML).get_data(as_text=True)
    assert 'href="/groups"' in home and 'href="/groups?sector=chien"' in home
    every = client.get("/api/groups").get_json()["groups"]
    assert len(every) == client.get("/api/summary").get_json()["groups"]  # the count it opens from
    hikarigaoka = client.get("/api/groups", query_string={"area": "光が丘", "sector": "chien"}).get_json()
    assert hikarigaoka["chosen"] == ["光が丘地域", "地縁"] and 0 < len(hikarigaoka["groups"]) < len(every)
    assert all(g["group"]["sector"] == "chien" for g in hikarigaoka["groups"])
    assert {g["group"]["id"] for g in hikarigaoka["groups"]} < {g["group"]["id"] for g in every}
    chokai = next(g for g in every if g["group"]["id"] == "g-chokai-toyotama")
    assert chokai["members"] > 0 and chokai["areas"] and chokai["areas"][0]["name"]
    page = client.get("/groups?area=a-hikarigaoka&sector=chien", headers=HTML).get_data(as_text=True)
    assert '<p class="printed-on">光が丘地域 · 地縁</p>' in page and "印刷日" in page
    rows = list(csv.reader(io.StringIO(client.get("/groups?sector=chien&format=csv&list=groups").get_data().decode("utf-8-sig"))))
    assert rows[0][:4] == ["団体", "よみ", "種別", "分野"] and all(row[3] == "地縁" for row in rows[1:])
    assert client.get("/api/groups?sector=nothing").status_code == 400


def test_pages_about_the_network_offer_a_past_day_to_choose(client, demo):
    """A day in the past could be asked only on the map (its year slider) or by typing as_of
    into the address bar. Every page about the network as it was on a day now offers one, and
    keeps the page's other choices."""
    page = client.get("/bridging?area=a-hikarigaoka&sort=between", headers=HTML).get_data(as_text=True)
    form = page.split('class="view-day')[1].split("</form>")[0]
    assert 'name="as_of"' in form and 'type="date"' in form and "過去の日付のネットワークで見る" in form
    assert '<input type="hidden" name="area" value="a-hikarigaoka">' in form
    assert '<input type="hidden" name="sort" value="between">' in form
    for url in ("/gaps", "/communities", "/who-knows-whom?from=p-001&to=g-univ", "/partners?group=g-chokai-toyotama&need=cap-wakamono"):
        assert 'class="view-day' in client.get(url, headers=HTML).get_data(as_text=True), url
    past = client.get("/bridging?as_of=2023-03-31", headers=HTML).get_data(as_text=True)
    form = past.split('class="view-day')[1].split("</form>")[0]
    assert 'value="2023-03-31"' in form and "ほかの日付のネットワークで見る" in form
    assert 'name="as_of" value' not in form.split('type="date"')[0]  # the day asked once, not kept twice
    assert 'class="view-day' not in client.get("/groups/g-chokai-toyotama", headers=HTML).get_data(as_text=True)
    year = client.get("/bridging?as_of=2020", headers=HTML).get_data(as_text=True)  # the map's year: its last day
    assert 'id="view-day" name="as_of" min="1900-01-01"' in year and 'value="2020-12-31" required' in year


def test_ended_memberships_read_as_past_not_current(client, demo):
    """石井 智子 was listed among the 会員 of NPO法人ともに生きる練馬 「2019年4月1日」 with nothing
    to say she left on 2024-03-31, while the routes (which leave ended ties out) went round her."""
    group = client.get("/api/groups/g-npo-shougai").get_json()
    ended = [m for m in group["members"] if m["ended"]]
    assert ended and all(m["until"] for m in ended) and not any(m["until"] for m in group["members"] if not m["ended"])
    assert [m["ended"] for m in group["members"]] == sorted(m["ended"] for m in group["members"])  # current first
    page = client.get("/groups/g-npo-shougai", headers=HTML).get_data(as_text=True)
    current = len(group["members"]) - len(ended)
    assert f'会員 <small>{current}</small>' in page
    past = page.split('id="ended-members"')[1].split("</details>")[0]
    assert f"以前の会員 {len(ended)} 人" in past and ended[0]["name"] in past and "〜2024年3月31日" in past
    person = client.get(f"/api/people/{ended[0]['id']}").get_json()
    assert [g["ended"] for g in person["groups"] if g["id"] == "g-npo-shougai"] == [True]
    assert "以前の所属" in client.get(f"/people/{ended[0]['id']}", headers=HTML).get_data(as_text=True)


def test_a_hidden_person_to_ask_comes_with_who_to_ask_instead(client, viewer_client, demo):
    """The top candidate for 田柄三丁目町会's 人手 said 紹介を頼む人: (非公開の人), someone staff
    cannot contact, and nothing more. The card now says whom to ask instead."""
    found = client.get("/api/partners?group=g-chokai-tagara&need=cap-hitode").get_json()["candidates"]
    hidden = [c for c in found if c["introduction"] and (c["introduction"]["ask_first"] or {}).get("anonymous")]
    assert hidden and not hidden[0]["introduction"]["from_member"]["anonymous"]
    page = client.get("/partners?group=g-chokai-tagara&need=cap-hitode", headers=HTML).get_data(as_text=True)
    card = next(c for c in page.split('<article class="candidate">')[1:] if hidden[0]["group"]["name"] in c.split("</h")[0])
    member = hidden[0]["introduction"]["from_member"]["label"]
    assert f"紹介を頼む人は非公開の人です。こちらの会員 {member} さんから頼んでもらってください。" in card
    named = [c for c in page.split('<article class="candidate">')[1:] if "ask-hidden" not in c]
    assert named  # a card whose person to ask is named says nothing of it
    viewer = viewer_client.get("/partners?group=g-chokai-tagara&need=cap-hitode", headers=HTML).get_data(as_text=True)
    assert "ask-hidden" not in viewer  # a viewer sees no one named: not that they chose it
