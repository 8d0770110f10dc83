"""GET /api/health and /api/stats (the 503 answers when Neo4j is gone: test_faults.py)."""
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
    """A dashboard that polls gets 304 while nothing changed for it; the tag is made from the
    answer as this reader gets it, so another reader (other names) has another tag."""
    first = client.get("/api/bridging?limit=5")
    tag = first.headers["ETag"]
    assert first.status_code == 200 and tag
    again = client.get("/api/bridging?limit=5", headers={"If-None-Match": tag})
    assert again.status_code == 304 and again.get_data() == b"" and again.headers["ETag"] == tag
    assert again.headers["Cache-Control"] == "no-store"
    other = viewer_client.get("/api/bridging?limit=5", headers={"If-None-Match": tag})
    assert other.status_code == 200 and other.headers["ETag"] != tag  # no names for a viewer: another answer
    assert client.get("/api/bridging?limit=6", headers={"If-None-Match": tag}).status_code == 200
    assert client.get("/api/paths?from=p-001&to=zzz", headers={"If-None-Match": tag}).status_code == 404
