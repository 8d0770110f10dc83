"""The demo network of Nerima: big enough, drawn from the seed documents, idempotent to load."""
import csv
from pathlib import Path

from click.testing import CliRunner

from service.cli import main
from service.seed import DEMO_DIR, load_demo


def _rows(stem):
    with open(Path(DEMO_DIR) / f"{stem}.csv", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def _scalar(driver, query, **params):
    records, _, _ = driver.execute_query(query, params)
    return records[0][0]


def test_loaded_counts_match_the_files(demo):
    for stem in ("people", "groups", "memberships", "knows", "partners", "needs", "offers"):
        assert demo[stem] == len(_rows(stem)), stem


def test_demo_is_ward_sized_and_covers_every_sector(driver, demo):
    assert _scalar(driver, "MATCH (g:Group) RETURN count(g)") >= 40
    assert _scalar(driver, "MATCH (p:Person) RETURN count(p)") >= 150
    sectors = _scalar(driver, "MATCH (g:Group) RETURN collect(DISTINCT g.sector)")
    assert set(sectors) == {"chien", "civic", "business", "public", "intermediary"}
    kinds = set(_scalar(driver, "MATCH (g:Group) RETURN collect(DISTINCT g.kind)"))
    assert {"neighborhood_association", "npo", "volunteer_group", "pta", "business", "university",
            "shopping_street", "welfare_commissioners", "ward_department", "intermediary",
            "childcare", "care_service"} <= kinds
    regions = _scalar(driver, "MATCH (a:Area {level: '地域'}) RETURN collect(a.name)")
    assert set(regions) == {"練馬地域", "光が丘地域", "石神井地域", "大泉地域"}
    intermediaries = _scalar(driver, "MATCH (g:Intermediary) RETURN collect(g.name)")
    assert "練馬区社会福祉協議会" in intermediaries and "みどりのまちづくりセンター" in intermediaries


def test_seed_collaborations_and_history_are_there(driver, demo):
    names = _scalar(driver, "MATCH (c:Collaboration) RETURN collect(c.name)")
    for expected in ("街かどケアカフェ", "子育てのひろば", "ねりまコンビニ協働プロジェクト",
                     "みどりの区民会議", "練馬野菜レシピ", "学童クラブ×町会"):
        assert any(expected in name for name in names), expected
    assert _scalar(driver, "MATCH ()-[r:RELATION {kind: 'conflict'}]->() RETURN count(r)") >= 1
    assert _scalar(driver, "MATCH (e:Event {kind: 'matching_event'})<-[:ATTENDED]-() RETURN count(*)") > 0


def test_some_people_bridge_chien_and_civic(driver, demo):
    bridges = _scalar(driver, """
        MATCH (a:Group {sector: 'chien'})<-[:MEMBER_OF]-(p:Person)-[:MEMBER_OF]->(b:Group {sector: 'civic'})
        RETURN count(DISTINCT p)""")
    assert 3 <= bridges <= 25


def test_loading_twice_changes_nothing(driver, demo, graph):
    before = _scalar(driver, "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) + count(r)")
    load_demo(graph)
    after = _scalar(driver, "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) + count(r)")
    assert after == before


def test_cli_seed_if_empty_leaves_data_alone(neo4j, demo, driver):
    env = {"NEO4J_URI": neo4j.uri, "NEO4J_USER": neo4j.user, "NEO4J_PASSWORD": neo4j.password}
    result = CliRunner().invoke(main, ["seed", "--if-empty"], env=env)
    assert result.exit_code == 0, result.output
    assert "already has data" in result.output
