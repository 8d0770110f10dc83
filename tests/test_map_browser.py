"""The map in a real browser (Debian's Chromium driven by Playwright): it draws every node,
settles, answers a click and a search, and asks no other host for anything."""
import shutil

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        yield browser
        browser.close()


def test_map_renders_settles_and_stays_on_its_host(browser, live_server, client, output_dir):
    expected = len(client.get("/api/network").get_json()["nodes"])
    page = browser.new_page(viewport={"width": 1280, "height": 800})
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
    page.goto(live_server + "/")
    page.wait_for_selector("#network[data-ready=true]", state="attached", timeout=60000)
    assert page.evaluate("window.network.body.data.nodes.length") == expected
    assert page.evaluate("window.network.physics.physicsEnabled") is False

    position = page.evaluate("""() => {
        const p = window.network.getPosition('g-shakyo');
        return window.network.canvasToDOM(p); }""")
    box = page.locator("#network").bounding_box()
    page.mouse.click(box["x"] + position["x"], box["y"] + position["y"])
    assert page.locator("#details-name").text_content() == "練馬区社会福祉協議会"

    page.fill("#map-search-input", "街かどケアの会")
    page.click("#map-search button")
    assert page.evaluate("window.network.getSelectedNodes()") == ["g-vol-cafe"]

    page.screenshot(path=str(output_dir / "map-network.png"))
    assert foreign == []
    assert problems == []
    page.close()


def test_positions_are_stable_between_reloads(browser, live_server):
    positions = []
    for _ in range(2):
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.goto(live_server + "/")
        page.wait_for_selector("#network[data-ready=true]", state="attached", timeout=60000)
        positions.append(page.evaluate("window.network.getPositions(['g-shakyo', 'p-001', 'c-hiroba'])"))
        page.close()
    assert positions[0] == positions[1]
