"""Hostile input into every parameter of every endpoint: Cypher fragments, HTML and script,
path traversal, overlong, binary and wrong-typed values. Each is a 4xx JSON error or plain
data, never a 500, and the network is unchanged afterwards."""
import pytest
from flask import Request
from werkzeug.datastructures import ImmutableMultiDict

from conftest import fingerprint

PAYLOADS = [
    "' OR 1=1 //", '"})-[r]-() DETACH DELETE r //', "}) MATCH (n) DETACH DELETE n //",
    "x` DETACH DELETE n //", "CALL db.labels() YIELD label RETURN label", "\\u0027; MATCH (n) RETURN n",
    '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "../../../../etc/passwd",
    "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "あ" * 5000, "\x00\x01\x02\xff", "-1", "1e309", "[]", "{}", "",
]
ALONE = [PAYLOADS[0], PAYLOADS[1], PAYLOADS[3], PAYLOADS[8], PAYLOADS[10], PAYLOADS[11], PAYLOADS[15]]
VALID = {"q": "町会", "group": "g-chokai-toyotama", "need": "cap-wakamono", "from": "p-001", "to": "g-univ",
         "area": "a-toyotama", "sector": "chien", "theme": "t-bousai", "kind": "npo", "limit": "5", "k": "2",
         "max_hops": "6", "long_hops": "4", "depth": "1", "type": "Group"}
PARAMETERS = ["q", "type", "limit", "group", "need", "from", "to", "k", "max_hops", "area", "sector",
              "theme", "kind", "long_hops", "format", "list", "lang", "depth", "action", "user", "token",
              "id", "next", "_scheme", "_external", "_anchor", "_method"]
SKIP = {"static", "vendor.vis_network"}


def _routes(app):
    """(endpoint, url template with {} for each path part) of every GET route."""
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods or rule.endpoint in SKIP:
            continue
        url = rule.rule
        for argument in rule.arguments:
            url = url.replace(f"<any(network, path, bridging):{argument}>", "network")
            url = url.replace(f"<any(ego, candidates):{argument}>", "ego")
            url = url.replace(f"<{argument}>", "{}")
        yield rule.endpoint, url


def _check(response, where):
    assert response.status_code < 500, where
    if response.status_code >= 400 and response.mimetype == "application/json":
        error = response.get_json()["error"]
        assert error["code"] and error["message"] and error["message_en"], where
    text = response.get_data().decode("utf-8", errors="replace")
    if response.mimetype == "text/html":  # JSON is data (and served with nosniff)
        assert "<script>alert(1)</script>" not in text and "<img src=x onerror" not in text, where
    assert "Traceback" not in text, where


class _RecordingArgs(ImmutableMultiDict):
    """Query arguments that remember which names the app asked for."""
    asked: set = set()

    def get(self, key, default=None, type=None):
        _RecordingArgs.asked.add(key)
        return super().get(key, default=default, type=type)

    def __getitem__(self, key):
        _RecordingArgs.asked.add(key)
        return super().__getitem__(key)


class _RecordingRequest(Request):
    parameter_storage_class = _RecordingArgs


def _parameters_read(app, client, url) -> set[str]:
    """The query parameters `url` reads, with no value and with valid values for all."""
    app.request_class, original = _RecordingRequest, app.request_class
    try:
        _RecordingArgs.asked = set()
        client.get(url)
        client.get(url, query_string=VALID)
        return set(_RecordingArgs.asked)
    finally:
        app.request_class = original


def test_every_parameter_of_every_endpoint(admin_client, demo, driver, app):
    """Every payload in every parameter at once on every route and into every path part; then
    into each parameter a JSON route reads, alone."""
    before = fingerprint(driver)
    checked = 0
    for endpoint, url in _routes(app):
        filled = url.replace("{}", "g-shakyo")
        for payload in PAYLOADS:
            _check(admin_client.get(filled, query_string={p: payload for p in PARAMETERS}), (filled, payload))
            if "{}" in url:
                _check(admin_client.get(url.replace("{}", payload.replace("/", "%2F").replace("?", "%3F")
                                                    .replace("#", "%23"))), (url, payload))
        if f"{endpoint}_json" in app.view_functions:
            continue  # a page: its JSON twin runs the same code and is checked alone below
        for parameter in _parameters_read(app, admin_client, filled):
            for payload in ALONE:
                _check(admin_client.get(filled, query_string={**VALID, parameter: payload}), (filled, parameter, payload))
                checked += 1
    for payload in PAYLOADS:
        _check(admin_client.delete(f"/api/people/{payload.replace('/', '%2F').replace('?', '%3F')}"), payload)
        _check(admin_client.post("/sign-in", data={"name": payload, "password": payload}), payload)
    assert checked > 300
    assert fingerprint(driver) == before


@pytest.mark.parametrize("value", ["1' OR '1'='1", "9" * 400, "1.5", "-5", "0x10", "十"])
def test_wrong_types_are_400_naming_the_parameter(client, demo, value):
    for url in ("/api/bridging", "/api/gaps", "/api/search?q=a", "/api/partners?group=g-shakyo&need=cap-koho"):
        response = client.get(url + ("&" if "?" in url else "?") + "limit=" + value)
        assert response.status_code == 400 and response.get_json()["error"]["parameter"] == "limit", (url, value)


def test_request_size_limits(admin_client, client, demo):
    long_url = "/api/search?q=" + "a" * 10_000
    assert client.get(long_url).status_code in (400, 414)
    big = b"x" * (45 * 1_000_000)
    response = admin_client.post("/api/import", data={"file": (__import__("io").BytesIO(big), "big.csv")})
    assert response.status_code in (413, 422)
    assert response.get_json()["error"]["code"] in ("too_large", "invalid_import")
    assert "MB" in response.get_data(as_text=True)


def test_security_headers_on_every_kind_of_response(client, anonymous_client, demo):
    for response in (client.get("/"), client.get("/api/summary"), client.get("/api/groups/nope"),
                     anonymous_client.get("/sign-in"), anonymous_client.get("/api/health")):
        headers = response.headers
        assert "script-src 'self'" in headers["Content-Security-Policy"]
        assert "unsafe-inline" not in headers["Content-Security-Policy"]
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "same-origin"
        assert headers["X-Frame-Options"] == "SAMEORIGIN"
