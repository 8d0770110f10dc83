"""地域の顔役 through the real importer, Neo4j, the background analysis and the HTTP API: small
networks worked out by hand, a classic network against networkx, planted brokers, the lists
of an area, the sorts and filters a coordinator uses, and names only for those who may see
them. (The measures themselves on small graphs in memory: tests/test_analysis.py.)"""
import csv
import json
import io
import random
import re
import threading
import time
from urllib.parse import parse_qs, urlsplit

import networkx as nx
import pytest

from conftest import build_graph
from service import precompute
from service.analysis import brokerage

GROUPS = [{"id": "ga", "name": "A町会", "kind": "neighborhood_association", "sector": "chien"},
          {"id": "gb", "name": "BのNPO", "kind": "npo", "sector": "civic"}]


def _people(*ids, visibility="public"):
    return [{"id": i, "name": f"人{i}", "visibility": visibility} for i in ids]


def _members(group, *people):
    return [{"person_id": p, "group_id": group} for p in people]


def _knows(*pairs, strength=2):
    return [{"person_id": a, "other_id": b, "strength": strength} for a, b in pairs]


def _two_groups_joined_by_x(fresh_graph, tmp_path, x_visibility="public"):
    build_graph(fresh_graph, tmp_path, people=_people("a1", "a2", "a3", "b1", "b2", "b3")
                + _people("x", visibility=x_visibility), groups=GROUPS,
                memberships=_members("ga", "a1", "a2", "a3", "x") + _members("gb", "b1", "b2", "b3", "x"))


def test_the_sole_shared_member_of_a_chien_and_a_civic_group(client, fresh_graph, tmp_path):
    _two_groups_joined_by_x(fresh_graph, tmp_path)
    body = client.get("/api/bridging").get_json()
    assert body["fresh"] is True and body["method"] == "exact" and body["weights"] == {"between": 60, "sectors": 40}
    [x] = body["items"]
    assert (x["id"], x["rank"], x["score"]) == ("x", 1, 100.0)
    assert x["parts"] == {"between": 1.0, "liaison": 0, "representative": 1, "coordinator": 0, "itinerant": 0,
                          "first_pair": 1}
    assert x["pairs"] == {"chien-civic": 1} and x["own_sectors"] == ["chien", "civic"]
    assert [(g["id"], g["name"]) for g in x["groups"]] == [("ga", "A町会"), ("gb", "BのNPO")]
    assert x["why"]["steps"] == 2 and x["why"]["steps_without"] is None
    assert {g["name"] for g in x["why"]["pair"]} == {"A町会", "BのNPO"}
    assert x["cut_off"][0]["group_count"] == 1 and x["cut_off"][0]["people_count"] == 3
    assert x["why_text"].startswith("本人か知り合いを通じて地縁の1団体と区民活動の1団体に届き")
    assert "はつながらなくなる" in x["why_text"]
    person = client.get("/api/people/x").get_json()["bridging"]
    assert person["rank"] == 1 and person["why_text"] == x["why_text"]
    page = client.get("/bridging", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "人x" in page and "はつながらなくなる" in page
    rows = list(csv.reader(io.StringIO(client.get("/bridging?format=csv&table=people").get_data(as_text=True))))
    assert rows[0][:3] == ["\ufeff順位", "名前", "顔役スコア"] and rows[1][:3] == ["1", "人x", "100.0"]
    english = client.get("/api/bridging?lang=en").get_json()["items"][0]["why_text"]
    assert english.startswith("Reaches Neighbourhood-based groups (1) and Civic groups (1)")
    assert "would not be connected at all" in english


def test_private_people_are_ranked_but_never_named(client, viewer_client, fresh_graph, tmp_path):
    _two_groups_joined_by_x(fresh_graph, tmp_path, x_visibility="private")
    for reader in (client, viewer_client):
        top = reader.get("/api/bridging").get_json()["items"][0]
        assert top["anonymous"] is True and top["id"] is None and top["name"] is None and top["rank"] == 1
        for url in ("/api/bridging", "/bridging", "/bridging?format=csv&table=people", "/api/summary", "/",
                    "/api/bridging?evidence=members&evidence=knows"):
            assert "人x" not in reader.get(url, headers={"Accept": "text/html"}).get_data(as_text=True), url
    assert client.get("/api/people/x").status_code == 404


def test_an_acquaintance_who_joins_two_groups_and_the_evidence_switches(client, fresh_graph, tmp_path):
    # h is in no group but knows a1 (町会) and b1 (NPO): on the path ga – a1 – h – b1 – gb, a liaison
    build_graph(fresh_graph, tmp_path, people=_people("a1", "b1", "h"), groups=GROUPS,
                memberships=_members("ga", "a1") + _members("gb", "b1"), knows=_knows(("a1", "h"), ("h", "b1")))
    items = client.get("/api/bridging").get_json()["items"]
    assert [(i["id"], i["rank"], i["score"]) for i in items] == [("h", 1, 100.0), ("a1", 2, 60.0), ("b1", 2, 60.0)]
    assert items[0]["parts"]["liaison"] == 1 and items[0]["own_sectors"] == []
    members_only = client.get("/api/bridging?evidence=members").get_json()
    assert members_only["items"] == [] and members_only["evidence"] == {"kinds": ["members"], "weighted": False}
    assert members_only["computed_at"] is None  # another view: computed for the question, not stored
    by_pair = client.get("/api/bridging?pair=chien-civic").get_json()["items"]
    assert [i["id"] for i in by_pair] == ["h"]
    by_between = client.get("/api/bridging?sort=between").get_json()
    assert by_between["sort"] == "between" and [i["id"] for i in by_between["items"]] == ["h", "a1", "b1"]
    assert [i["id"] for i in client.get("/api/bridging?sector=civic").get_json()["items"]] == ["b1"]
    for bad, parameter in (("evidence=gossip", "evidence"), ("sort=age", "sort"), ("pair=chien-mars", "pair"),
                           ("weighted=perhaps", "weighted")):
        response = client.get(f"/api/bridging?{bad}")
        assert response.status_code == 400 and response.get_json()["error"]["parameter"] == parameter, bad


def test_the_lists_of_an_area_count_only_its_groups(client, fresh_graph, tmp_path):
    # x joins g1 (east) and g2 (west), y joins g1 and g3 (both east): in the east, only y stands between
    build_graph(fresh_graph, tmp_path, people=_people("x", "y", "p", "q", "r"),
                areas=[{"id": "east", "name": "東", "level": "地区"}, {"id": "west", "name": "西", "level": "地区"}],
                groups=[{"id": "g1", "name": "東の町会", "kind": "neighborhood_association", "sector": "chien"},
                        {"id": "g2", "name": "西のNPO", "kind": "npo", "sector": "civic"},
                        {"id": "g3", "name": "東のNPO", "kind": "npo", "sector": "civic"}],
                group_areas=[{"group_id": "g1", "area_id": "east"}, {"group_id": "g2", "area_id": "west"},
                             {"group_id": "g3", "area_id": "east"}],
                memberships=_members("g1", "x", "y", "p") + _members("g2", "x", "q") + _members("g3", "y", "r"))
    assert {i["id"] for i in client.get("/api/bridging").get_json()["items"]} == {"x", "y"}
    east = client.get("/api/bridging?area=east").get_json()
    assert [(i["id"], i["scope"]) for i in east["items"]] == [("y", "area")]
    assert [i["id"] for i in client.get("/api/bridging?area=west").get_json()["items"]] == []
    assert client.get("/api/bridging?area=nowhere").status_code == 404


def test_between_agrees_with_networkx_through_neo4j(client, fresh_graph, tmp_path):
    davis = nx.davis_southern_women_graph()
    women = [v for v, side in davis.nodes(data="bipartite") if side == 0]
    events = [v for v, side in davis.nodes(data="bipartite") if side == 1]
    ids = {v: f"n{i}" for i, v in enumerate(davis)}
    build_graph(fresh_graph, tmp_path, people=_people(*(ids[w] for w in women)),
                events=[{"id": ids[e], "name": e, "date": "2024-01-01"} for e in events],
                attendance=[{"person_id": ids[a] if a in women else ids[b], "event_id": ids[b] if a in women else ids[a]}
                            for a, b in davis.edges()])
    expected = nx.betweenness_centrality_subset(davis, events, events, normalized=False)
    found = {i["id"]: i["parts"]["between"] for i in client.get("/api/bridging?limit=500").get_json()["items"]}
    assert {ids[w]: found.get(ids[w], 0.0) for w in women} == pytest.approx(
        {ids[w]: round(expected[w], 2) for w in women}, abs=0.006)


def test_planted_brokers_are_found_at_the_top(client, fresh_graph, tmp_path):
    rng = random.Random(11)
    sectors = ("chien", "civic", "business", "public")
    clusters = [[f"c{c}-{i}" for i in range(25)] for c in range(4)]
    pairs = set()
    for members in clusters:
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if rng.random() < 0.3:
                    pairs.add((a, b))
    brokers = ["broker-1", "broker-2", "broker-3"]
    for broker, (left, right) in zip(brokers, [(0, 1), (1, 2), (2, 3)]):  # clusters touch only through them
        for person in rng.sample(clusters[left], 4) + rng.sample(clusters[right], 4):
            pairs.add((broker, person))
    everyone = [p for members in clusters for p in members] + brokers
    build_graph(fresh_graph, tmp_path, people=_people(*everyone), knows=_knows(*sorted(pairs)),
                groups=[{"id": f"g{c}", "name": f"会{c}", "kind": "other", "sector": sectors[c]} for c in range(4)],
                memberships=[m for c, members in enumerate(clusters) for m in _members(f"g{c}", *members)])
    top = [i["id"] for i in client.get("/api/bridging?limit=3").get_json()["items"]]
    assert set(top) == set(brokers)


def test_measures_stored_in_an_older_format_are_recomputed(client, fresh_graph, tmp_path, driver):
    _two_groups_joined_by_x(fresh_graph, tmp_path)
    driver.execute_query("MATCH (m:TsunaguMeta {id: 'bridging'}) SET m.format = 1")
    driver.execute_query("MATCH (p:Person {id: 'a1'}) SET p.bridging_score = 5.0, p.bridging_betweenness = 3.0")
    driver.execute_query("MATCH (p:Person {id: 'a2'}) SET p.bridging_score = 7.0, p.bridging_rank = 1")  # not ranked now
    driver.execute_query("MATCH (p:Person {id: 'x'}) SET p.bridging_score = 1.0, p.bridging_betweenness = 3.0")
    assert precompute.status(fresh_graph)["fresh"] is False
    body = client.get("/api/bridging").get_json()
    assert body["fresh"] is False and [i["id"] for i in body["items"]] == ["x"]  # a1's old measures: not shown
    assert precompute.refresh(fresh_graph)["people"] == 1
    assert precompute.status(fresh_graph)["fresh"] is True
    records, _, _ = driver.execute_query("MATCH (p:Person) WHERE p.id IN ['a1', 'a2', 'x'] RETURN p.id AS id, "
                                         "[k IN keys(p) WHERE k STARTS WITH 'bridging_'] AS left ORDER BY id")
    assert [(r["id"], sorted(r["left"])) for r in records] == [
        ("a1", []), ("a2", []), ("x", sorted(precompute.PREFIX + name for name in precompute.STORED))]
    assert client.get("/api/bridging").get_json()["items"][0]["score"] == 100.0  # x's own, stored again


def test_a_failed_analysis_is_said_not_promised(client, fresh_graph, tmp_path, driver, monkeypatch):
    """When the analysis after a change fails, the page that shows the previous measures says
    that it failed (not 「ふつう1分ほど」 for ever), in JSON and HTML; an analysis that then
    succeeds makes the measures fresh and the failure forgotten."""
    _two_groups_joined_by_x(fresh_graph, tmp_path)
    driver.execute_query("MATCH (a:Person {id: 'a1'}), (b:Person {id: 'b1'}) CREATE (a)-[:KNOWS {strength: 2}]->(b)")

    def broken(*_args, **_kwargs):
        raise RuntimeError("out of memory, say")
    monkeypatch.setattr(brokerage, "evidence_graph", broken)
    with pytest.raises(RuntimeError):
        precompute.refresh(fresh_graph)
    body = client.get("/api/bridging").get_json()
    assert body["fresh"] is False and body["analysis_failed"] is True and [i["id"] for i in body["items"]] == ["x"]
    page = client.get("/bridging", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "計算ができませんでした" in page and "ふつう1分ほど" not in page
    monkeypatch.undo()
    assert precompute.refresh(fresh_graph)["people"] is not None
    body = client.get("/api/bridging").get_json()
    assert body["fresh"] is True and body["analysis_failed"] is False


def test_the_analysis_lease_is_short_renewed_while_it_runs_and_taken_over_when_it_lapses(
        fresh_graph, tmp_path, driver, monkeypatch):
    """A process stopped while analysing (a restart, a deploy) leaves a lease no one renews: it
    lapses after LEASE_SECONDS and another process computes; the holder of a running analysis
    renews it from a thread, so a long analysis keeps it, and releases it at the end."""
    _two_groups_joined_by_x(fresh_graph, tmp_path)
    driver.execute_query("MATCH (a:Person {id: 'a1'}), (b:Person {id: 'b1'}) CREATE (a)-[:KNOWS {strength: 2}]->(b)")
    until = "MATCH (l:TsunaguMeta {id: 'analysis-lease'}) RETURN l.holder AS holder, l.until AS until"
    driver.execute_query("MATCH (l:TsunaguMeta {id: 'analysis-lease'}) SET l.holder = 'stopped process', "
                         "l.until = datetime() - duration({seconds: 1})")  # its lease lapsed
    monkeypatch.setattr(precompute, "LEASE_SECONDS", 1)
    monkeypatch.setattr(precompute, "RENEW_SECONDS", 0.2)
    seen = []
    slow = brokerage.evidence_graph

    def watched(*args, **kwargs):  # the analysis runs three lease lengths long, looked at as it goes
        for _ in range(6):
            time.sleep(0.5)
            seen.append((driver.execute_query(until).records[0]["holder"], precompute.status(fresh_graph)["running"]))
        return slow(*args, **kwargs)
    monkeypatch.setattr(brokerage, "evidence_graph", watched)
    assert precompute.refresh(fresh_graph)["people"] is not None  # taken over from the stopped process
    assert all(holder not in (None, "stopped process") and running for holder, running in seen)  # renewed throughout
    assert len({holder for holder, _ in seen}) == 1
    assert driver.execute_query(until).records[0]["holder"] is None  # released
    assert precompute.status(fresh_graph)["fresh"] is True


def test_an_analysis_running_past_the_longest_lets_its_lease_lapse_and_stores_nothing(
        fresh_graph, tmp_path, driver, monkeypatch):
    """A stuck analysis (a call that never returns) must not hold the lease for as long as its
    process lives: past LONGEST_SECONDS it stops renewing, another process may compute, and it
    stores nothing when it wakes."""
    _two_groups_joined_by_x(fresh_graph, tmp_path)
    driver.execute_query("MATCH (a:Person {id: 'a1'}), (b:Person {id: 'b1'}) CREATE (a)-[:KNOWS {strength: 2}]->(b)")
    monkeypatch.setattr(precompute, "LEASE_SECONDS", 1)
    monkeypatch.setattr(precompute, "RENEW_SECONDS", 0.2)
    monkeypatch.setattr(precompute, "LONGEST_SECONDS", 0.5)
    slow = brokerage.evidence_graph

    def stuck(*args, **kwargs):
        time.sleep(2.5)  # past the longest, and past the lease after it
        return slow(*args, **kwargs)
    monkeypatch.setattr(brokerage, "evidence_graph", stuck)
    lapsed = []
    worker = threading.Thread(target=lambda: lapsed.append(precompute.refresh(fresh_graph)))
    worker.start()
    time.sleep(2.2)
    assert precompute.status(fresh_graph)["running"] is False  # the lease lapsed while it was stuck
    worker.join()
    assert lapsed == [None] and precompute.status(fresh_graph)["fresh"] is False  # it stored nothing


def test_the_points_of_an_area_add_up_to_its_score(client, demo):
    """An area's list ranks by the area's own score; its two parts were the ward's (光が丘:
    スコア 89.72 = 団体のあいだ 18.18 + 分野をつなぐ 8.67), so they did not add up."""
    areas = [a["id"] for a in client.get("/api/bridging").get_json()["areas"]]
    items = [item for area in [None, *areas]
             for item in client.get("/api/bridging" + (f"?area={area}" if area else "")).get_json()["items"]]
    assert len(areas) > 3 and len(items) > 20
    for item in items:
        assert item["score"] == pytest.approx(item["points"]["between"] + item["points"]["sectors"], abs=0.02), item


def test_a_slow_view_is_computed_once_in_the_background_and_shared(config, accounts, client, demo, monkeypatch):
    """Other ties for a whole ward take up to a minute: the request is not kept waiting (202,
    Retry-After; the page reloads itself), one process computes it and every process then
    reads what it wrote. Two apps stand for two workers (each its own caches). The demo is
    small, so it is made to count as big."""
    import threading
    from conftest import signed_in
    from service import create_app, questions, slow_answers
    url = "/api/bridging?evidence=knows&evidence=members&limit=50"
    expected = client.get(url).get_json()["items"]  # computed in the request, as for a small network
    monkeypatch.setattr(questions, "QUICK_TIES", 0)
    done, ranked, work, computed = threading.Event(), precompute.ranked, slow_answers._work, []
    monkeypatch.setattr(precompute, "ranked", lambda *a, **k: done.wait(30) and ranked(*a, **k))  # a minute, as it were
    monkeypatch.setattr(slow_answers, "_work", lambda *a: computed.append(1) or work(*a))
    first, second = (signed_in(create_app(config), accounts["staff"]) for _ in range(2))
    asked = first.get(url)
    assert asked.status_code == 202 and asked.get_json()["error"]["code"] == "computing"
    assert asked.headers["Retry-After"] == "5"
    page = first.get("/bridging?evidence=knows&evidence=members", headers={"Accept": "text/html"})
    assert page.status_code == 202 and '<meta http-equiv="refresh" content="5">' in page.get_data(as_text=True)
    assert "計算しています" in page.get_data(as_text=True) and "エラー" not in page.get_data(as_text=True)
    assert second.get(url).status_code == 202  # the other worker waits for it too, and does not compute it again
    done.set()
    for _ in range(150):
        answered = first.get(url)
        if answered.status_code == 200:
            break
        time.sleep(0.2)
    assert answered.status_code == 200 and answered.get_json()["items"] == expected
    assert second.get(url).get_json()["items"] == expected  # the other worker reads what the first wrote
    assert computed == [1]


def test_an_analysis_ended_before_the_lists_of_the_areas_is_finished_later(client, demo, graph, driver):
    """The ward's scores are stored first, the areas' lists a minute later at ward scale: a
    service stopped in between left the ward's fresh and the areas' lists stale (of an older
    network, or of an older format, as here: scores whose parts did not add up) with nothing
    to recompute them. Now the lists count as fresh only once stored for this version, and
    the next analysis stores them (and the gaps) without computing the ward's again."""
    area = next(a["id"] for a in client.get("/api/bridging").get_json()["areas"]
                if client.get(f"/api/bridging?area={a['id']}").get_json()["items"])
    computed_at = precompute.status(graph)["computed_at"]
    driver.execute_query("MATCH (b:TsunaguMeta {id: 'bridging'}) SET b.lists_version = null")
    driver.execute_query("MATCH (m:TsunaguMeta {id: $id}) SET m.ranked = '[[\"p-001\", 50.0, 1, 1.0, 0, 0, 0]]'",
                         id=f"bridging-area:{area}")  # a list of the format before
    state = precompute.status(graph)
    assert state["fresh"] is True and state["lists_fresh"] is False
    assert client.get(f"/api/bridging?area={area}").get_json()["fresh"] is False  # said on the page
    done = precompute.refresh(graph)
    assert done["people"] is None and done["lists"] > 0  # the lists only
    assert precompute.status(graph)["lists_fresh"] is True and precompute.status(graph)["computed_at"] == computed_at
    answer = client.get(f"/api/bridging?area={area}").get_json()
    assert answer["fresh"] is True and answer["items"]
    for item in answer["items"]:
        assert item["score"] == pytest.approx(item["points"]["between"] + item["points"]["sectors"], abs=0.02)


def test_a_slow_answer_written_just_before_a_claim_is_read_not_computed_again(tmp_path, monkeypatch):
    """A process that found no file, while another finished writing it and removed its mark,
    then won the claim: it computed the whole answer a second time (seen once in CI). Now the
    winner of a claim looks for the file once more."""
    from types import SimpleNamespace
    from service import slow_answers
    from service.graph import Caches
    graph = SimpleNamespace(config={"TSUNAGU_HOME": str(tmp_path)}, caches=Caches())
    key, written = ("bridging", 7, "knows"), [["p-1", 3.5]]
    path = slow_answers._path(graph.config, key)
    claim = slow_answers._claim

    def another_process_finishes_first(at):
        at.parent.mkdir(parents=True, exist_ok=True)
        at.write_text(json.dumps(written), encoding="utf-8")
        return claim(at)
    monkeypatch.setattr(slow_answers, "_claim", another_process_finishes_first)
    computed = []
    assert slow_answers.answer(graph, key, lambda: computed.append(1) or [], quick=False) == written
    assert computed == [] and not slow_answers._mark(path).exists()


def test_a_district_with_nobody_between_its_groups_says_why_and_where_to_look(client, demo):
    """関町地区 has too few groups for anyone to stand between two of them: the page said only
    that nobody was found, while 「ひとりだけがつなぐ団体の組」 of 関町 named people."""
    assert client.get("/api/bridging?area=a-sekimachi").get_json()["items"] == []
    page = client.get("/bridging?area=a-sekimachi").get_data(as_text=True)
    assert "団体の少ない地区では、だれも出ないことがあります" in page
    assert 'href="/bridging?area=a-shakujii">石神井地域(全体)で見る</a>' in page
    assert 'href="/bridging/only-links?area=a-sekimachi"' in page
    assert client.get("/api/bridging/only-links?area=a-sekimachi").get_json()["items"]  # where it leads, someone


def test_an_areas_list_says_which_parts_are_the_areas_and_which_the_wards(client, demo):
    """In 石神井地域's list, the sentence named a pair of groups outside the area and counted the
    ward's 地縁 and 区民活動 groups, beside parts counted in the area (地縁と区民活動 0)."""
    items = client.get("/api/bridging?area=a-shakujii").get_json()["items"]
    page = client.get("/bridging?area=a-shakujii").get_data(as_text=True)
    assert items and all(item["why_text"].startswith("区全体では、") for item in items)
    assert page.count("石神井地域の中で: ") == len(items)
    first = page.split('<ol class="bridging">')[1].split("</li>")[0]
    assert first.index("石神井地域の中で: ") < first.index("区全体では、")  # the area's own score first (a walk read the ward's as the reason)
    assert "橋渡し: どちらも本人の所属団体とは別の分野" in page  # the parts in brackets are said in words
    assert not any(item["why_text"].startswith("区全体では") for item in client.get("/api/bridging").get_json()["items"])
    assert '<optgroup label="石神井地域"><option value="a-shakujii" selected>石神井地域(全体)</option>' in page


def test_the_download_is_the_list_shown_with_every_box_ticked_and_its_points(client, demo):
    """The CSV link kept only the first ticked 使うつながり (evidence=knows), which alone found
    nobody in 石神井地域: the file had only its header. And its 団体のあいだ was the raw measure
    (3.38) where the page said 24.1点."""
    asked = "?area=a-shakujii&" + "&".join(f"evidence={kind}" for kind in brokerage.EVIDENCE)
    page = client.get("/bridging" + asked).get_data(as_text=True)
    link = re.search(r'href="([^"]*format=csv[^"]*)"', page).group(1).replace("&amp;", "&")
    assert sorted(parse_qs(urlsplit(link).query)["evidence"]) == sorted(brokerage.EVIDENCE)
    rows = list(csv.DictReader(io.StringIO(client.get(link).get_data(as_text=True).lstrip("\ufeff"))))
    shown = client.get("/api/bridging" + asked).get_json()["items"]
    assert len(rows) == len(shown) > 0
    for row, item in zip(rows, shown):
        assert (float(row["団体のあいだ"]), float(row["分野をつなぐ"])) == (item["points"]["between"], item["points"]["sectors"])
