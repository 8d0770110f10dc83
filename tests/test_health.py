"""GET /api/health and /api/stats, and the 503 answer when Neo4j is gone."""
import time

from service import create_app, localdb


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


def test_health_is_503_json_when_neo4j_is_stopped(tmp_path):
    """A second home runs beside the session's; stopping it turns health into a fast 503."""
    home = tmp_path / "second-home"
    conn = localdb.start(home)
    try:
        app = create_app({"NEO4J_URI": conn.uri, "NEO4J_USER": conn.user,
                          "NEO4J_PASSWORD": conn.password, "DB_TIMEOUT": 2, "TESTING": True})
        client = app.test_client()
        assert client.get("/api/health").status_code == 200
    finally:
        localdb.stop(home)
    started = time.monotonic()
    response = client.get("/api/health")
    elapsed = time.monotonic() - started
    assert response.status_code == 503
    error = response.get_json()["error"]
    assert error["code"] == "database_unavailable"
    assert error["message"] and error["message_en"]
    assert elapsed < 5
    stats = client.get("/api/stats")
    assert stats.status_code == 503
    assert stats.get_json()["error"]["code"] == "database_unavailable"
