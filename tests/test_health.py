"""GET /api/health and /api/stats (the 503 answers when Neo4j is gone: test_faults.py), and ETags."""
from conftest import analyse, analyses_done


def test_health_reports_the_running_neo4j(client):
    response = client.get("/api/health")
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "ok"
    assert body["neo4j"]["version"].startswith("5.26.")
    assert body["neo4j"]["edition"] == "community"


def test_stats_count_every_label_and_type(client, demo):
    body = client.get("/api/stats").get_json()
    assert body["nodes"]["Person"] == demo["people"]
    assert body["nodes"]["Group"] == demo["groups"]
    assert body["nodes"]["Intermediary"] == 3
    assert body["relationships"]["MEMBER_OF"] == demo["memberships"]
    assert body["relationships"]["KNOWS"] == demo["knows"]
    assert set(body["nodes"]) == {"Person", "Group", "Intermediary", "Collaboration", "Event",
                                  "Area", "Capability", "Theme"}


def test_answers_carry_an_etag_and_answer_304_when_unchanged(client, viewer_client, demo):
    """A dashboard that polls gets 304 while nothing changed for it; another reader (other
    names) has another tag."""
    first = client.get("/api/bridging?limit=5")
    tag = first.headers["ETag"]
    assert first.status_code == 200 and tag
    again = client.get("/api/bridging?limit=5", headers={"If-None-Match": tag})
    assert again.status_code == 304 and again.get_data() == b"" and again.headers["ETag"] == tag
    assert again.headers["Cache-Control"] == "no-store"
    other = viewer_client.get("/api/bridging?limit=5", headers={"If-None-Match": tag})
    assert other.status_code == 200 and other.headers["ETag"] != tag  # a viewer sees fewer names: another tag
    assert client.get("/api/bridging?limit=6", headers={"If-None-Match": tag}).status_code == 200
    assert client.get("/api/paths?from=p-001&to=zzz", headers={"If-None-Match": tag}).status_code == 404


def test_questions_about_the_network_are_tagged_by_version(client, admin_client, viewer_client, demo):
    """顔役, maps, gaps …: the tag is made before the answer (from the graph's version and
    the reader's level), so a poll that changed nothing costs no computing. Making a person
    private is not a change of the network's shape, yet it makes a new tag, and the answer
    sent then no longer names them."""
    analyses_done()  # while one stores, answers are tagged from the answer (see the next test)
    url = "/api/maps/bridging"
    first = client.get(url)
    tag = first.headers["ETag"]
    named = next(n for n in first.get_json()["nodes"] if n["type"] == "Person" and not n["anonymous"])
    assert tag.startswith('"v') and client.get(url, headers={"If-None-Match": tag}).status_code == 304
    for other in (client.get(url + "?lang=en", headers={"If-None-Match": tag}),
                  viewer_client.get(url, headers={"If-None-Match": tag})):
        assert other.status_code == 200 and other.headers["ETag"] != tag
    download = client.get(url + "?format=graphml", headers={"If-None-Match": tag})
    assert download.status_code == 200 and download.get_data()  # a download is logged: never a 304
    person = client.get(f"/api/people/{named['id']}")  # its page is logged when viewed: tagged by answer
    assert not person.headers["ETag"].startswith('"v')
    again = client.get(f"/api/people/{named['id']}", headers={"If-None-Match": person.headers["ETag"]})
    assert again.status_code == 304

    made_private = admin_client.post(f"/api/people/{named['id']}/visibility", json={"visibility": "private"})
    before = made_private.get_json()["before"]
    try:
        after = client.get(url, headers={"If-None-Match": tag})
        assert after.status_code == 200 and after.headers["ETag"] != tag
        assert named["name"] not in after.get_data(as_text=True) and named["id"] not in after.get_data(as_text=True)
    finally:
        admin_client.post(f"/api/people/{named['id']}/visibility", json={"visibility": before})


def test_new_measures_make_a_new_tag(client, graph, demo):
    """The same network analysed again (new 顔役 scores stored): a tag given before answers 200."""
    analyses_done()
    first = client.get("/api/bridging?limit=5")
    analyse(graph)
    again = client.get("/api/bridging?limit=5", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 200 and again.headers["ETag"] != first.headers["ETag"]


def test_while_an_analysis_stores_answers_are_tagged_from_the_answer(client, graph, demo):
    """What an analysis stores changes answers bit by bit (the ward's 顔役, then each area's,
    then the gaps) without a new graph version: meanwhile no tag is made from the version."""
    analyses_done()
    assert client.get("/api/gaps").headers["ETag"].startswith('"v')
    graph.write("precompute/take_lease", holder="test-etags", seconds=60)
    try:
        assert not client.get("/api/gaps").headers["ETag"].startswith('"v')
    finally:
        graph.write("precompute/release_lease", holder="test-etags")
