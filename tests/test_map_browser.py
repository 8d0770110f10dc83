"""The map in a real browser (Debian's Chromium driven by Playwright): it draws every node,
settles, answers a click and a search, and asks no other host for anything. The workspace
(filters by name, redrawn in place, back and links, zoom, PNG, phone and tablet) is in
test_map_workspace.py."""
import pytest


def test_map_renders_settles_and_stays_on_its_host(browser, live_server, client, output_dir):
    expected = len(client.get("/api/network").get_json()["nodes"])
    page, foreign, problems = _open(browser, live_server, "/maps/whole")
    assert page.evaluate("window.network.body.data.nodes.length") == expected
    assert page.evaluate("window.network.physics.physicsEnabled") is False

    _click_node(page, "g-shakyo")
    assert page.locator("#details-name").text_content() == "練馬区社会福祉協議会"
    page.wait_for_selector("#details-more dd", timeout=5000)
    details = page.locator("#details-more").inner_text()
    assert "強み" in details and "コーディネート" not in details and "企画・運営" in details

    page.fill("#map-search-input", "街かどケアの会")
    page.click("#map-search button")
    assert page.evaluate("window.network.getSelectedNodes()") == ["g-vol-cafe"]
    page.fill("#map-search-input", "町会")  # several: which one of how many, the next on each press
    page.click("#map-search button")
    first = page.evaluate("window.network.getSelectedNodes()")
    assert "件中 1 件目" in page.locator("#map-search-status").inner_text()
    page.click("#map-search button")
    assert "件中 2 件目" in page.locator("#map-search-status").inner_text()
    assert page.evaluate("window.network.getSelectedNodes()") != first
    page.fill("#map-search-input", "髙橋由美")  # as a name card writes 高橋 由美
    page.click("#map-search button")
    assert page.evaluate("window.network.getSelectedNodes()") == ["p-003"]

    page.evaluate("window.network.fit()")
    page.screenshot(path=str(output_dir / "map-network.png"))
    assert foreign == []
    assert problems == []
    page.close()


def test_positions_are_stable_between_reloads(browser, live_server):
    positions = []
    for _ in range(2):
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.goto(live_server + "/maps/whole")
        page.wait_for_selector("#network[data-ready=true]", state="attached", timeout=60000)
        positions.append(page.evaluate("window.network.getPositions(['g-shakyo', 'p-001', 'c-hiroba'])"))
        page.close()
    assert positions[0] == positions[1]


MAP_PAGES = {
    "network-chien": "/maps/network?sector=chien",
    "ego": "/maps/ego/p-001?depth=2",
    "path": "/maps/path?from=p-003&to=p-011",
    "bridging": "/maps/bridging",
    "candidates": "/maps/candidates/g-npo-kosodate?need=cap-basho",
}


@pytest.mark.parametrize("name", sorted(MAP_PAGES))
def test_every_map_draws_its_nodes_and_opens_details(browser, live_server, client, output_dir, name):
    url = MAP_PAGES[name]
    expected = client.get("/api" + url).get_json()["nodes"]
    page, foreign, problems = _open(browser, live_server, url)
    assert page.evaluate("window.network.body.data.nodes.length") == len(expected)
    first = next(n["id"] for n in expected if not n["anonymous"])
    _click_node(page, first)
    assert page.locator("#details").is_visible()
    assert page.locator("#details-ego").get_attribute("href").startswith("/maps/ego/")
    page.evaluate("window.network.fit()")
    page.screenshot(path=str(output_dir / f"map-{name}.png"))
    assert foreign == [] and problems == []
    page.close()


def test_hostile_names_never_run(browser, live_server, fresh_graph, tmp_path, output_dir):
    from conftest import build_graph
    evil = '<img src=x onerror=alert(1)></script><script>alert(2)</script>'
    build_graph(fresh_graph, tmp_path, people=[{"id": "p1", "name": evil, "visibility": "public"}],
                groups=[{"id": "g1", "name": evil, "kind": "npo", "sector": "civic"}],
                memberships=[{"person_id": "p1", "group_id": "g1"}])
    for url in ("/maps/whole", "/maps/ego/g1"):
        page, foreign, problems = _open(browser, live_server, url)
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        position = _dom_position(page, "g1")
        page.mouse.move(position["x"], position["y"])
        page.wait_for_selector(".vis-tooltip", state="visible", timeout=5000)
        assert evil in page.locator(".vis-tooltip").inner_text()
        _click_node(page, "g1")
        assert page.locator("#details-name").text_content() == evil
        page.fill("#map-search-input", "<img")
        page.click("#map-search button")
        assert page.evaluate("window.network.getSelectedNodes()")[0] in ("g1", "p1")
        page.screenshot(path=str(output_dir / "map-hostile.png"))
        assert dialogs == [] and foreign == [] and problems == []
        assert page.locator("img[src=x]").count() == 0
        page.close()


def _open(browser, live_server, url, viewport=(1366, 850)):
    page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
    foreign, problems = [], []

    def guard(route):
        if route.request.url.startswith(live_server):
            route.continue_()
        else:
            foreign.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda err: problems.append(str(err)))
    page.goto(live_server + url)
    _wait_drawn(page)
    return page, foreign, problems


def _wait_drawn(page):
    page.wait_for_selector("#network[data-ready=true]", state="attached", timeout=60000)


def _dom_position(page, node_id):
    """Zoom onto the node (as a user would before clicking a crowded spot), then locate it on
    the page once it stands still: under a full run's load the page was sometimes still
    laying itself out after the map was drawn, and a click at a position read a moment
    before selected a neighbour."""
    return page.evaluate(
        """(id) => new Promise(done => {
             window.network.moveTo({position: window.network.getPosition(id), scale: 3});
             const where = () => {
               const box = document.getElementById("network").getBoundingClientRect();
               const p = window.network.canvasToDOM(window.network.getPosition(id));
               return {x: box.left + p.x, y: box.top + p.y};
             };
             let last = where(), still = 0;
             const look = () => requestAnimationFrame(() => {
               const now = where();
               still = Math.abs(now.x - last.x) < 0.5 && Math.abs(now.y - last.y) < 0.5 ? still + 1 : 0;
               last = now;
               if (still >= 3) { done(now); } else { look(); }
             });
             look();
           })""", node_id)


def _click_node(page, node_id):
    position = _dom_position(page, node_id)
    page.mouse.click(position["x"], position["y"])


def test_time_slider_redraws_in_place_as_of_a_year(browser, live_server):
    page, foreign, problems = _open(browser, live_server, "/maps/ego/g-chokai-toyotama?depth=2")
    today_edges = page.evaluate("window.network.body.data.edges.length")
    page.evaluate("window.stayed = true")
    page.evaluate("document.getElementById('f-year').value = '2016'")
    page.locator("#f-year").dispatch_event("input")
    assert page.locator("#f-year-shown").text_content() == "2016年末"
    page.locator("#f-year").dispatch_event("change")
    page.wait_for_url("**as_of=2016**")
    _wait_drawn(page)
    assert page.evaluate("window.stayed") is True  # redrawn in place, not reloaded
    assert page.evaluate("window.network.body.data.edges.length") < today_edges
    assert "2016年12月31日" in page.locator("#map-subtitle").text_content()
    assert page.locator("#map-today").is_hidden() is False  # a past year's map offers the way back
    page.click("#map-today")
    page.wait_for_url(lambda url: "as_of" not in url)
    _wait_drawn(page)
    page.wait_for_function("(edges) => window.network.body.data.edges.length === edges", arg=today_edges)
    assert page.locator("#f-year-shown").text_content() == "今日" and page.locator("#map-today").is_hidden()
    assert page.evaluate("window.stayed") is True
    assert foreign == [] and problems == []


def test_a_search_for_a_person_on_a_folded_map_says_why_it_finds_nobody(browser, live_server, app):
    """Above TSUNAGU_MAP_MAX_NODES people are drawn inside their groups: searching one found
    「見つかりません」 and nothing more (a ward's 顔役 no. 1 among them)."""
    app.config["MAP_MAX_NODES"] = 50
    try:
        page, foreign, problems = _open(browser, live_server, "/maps/whole")
    finally:
        app.config["MAP_MAX_NODES"] = 1500
    page.fill("#map-search-input", "吉田 翔")
    page.click("#map-search button")
    assert "人は所属団体にまとめ" in page.locator("#map-search-status").inner_text()
    page.fill("#map-search-input", "街かどケアの会")  # groups are still found
    page.click("#map-search button")
    assert page.evaluate("window.network.getSelectedNodes()") == ["g-vol-cafe"]
    assert foreign == [] and problems == []
    page.close()


def test_a_collaboration_found_on_the_map_gets_a_card_of_its_own(browser, live_server):
    """Its card asked the map's details of a person or group (a 404 in the console) and offered
    「この人・団体のページ」."""
    page, foreign, problems = _open(browser, live_server, "/maps/whole")
    page.fill("#map-search-input", "街かどケアカフェ")
    page.click("#map-search button")
    assert page.locator("#details-name").text_content().startswith("街かどケアカフェ")
    assert page.locator("#details-page").get_attribute("href").startswith("/collaborations/")
    assert page.locator("#details-page").text_content() == "詳しいページ"
    page.wait_for_timeout(500)  # the details it no longer asks for would have answered by now
    assert foreign == [] and problems == []
    page.close()
