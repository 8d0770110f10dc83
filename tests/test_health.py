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
