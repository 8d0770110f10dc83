"""Time until a map is interactive and stable, in headless Chromium, for 100, 1,000 and
10,000 underlying people and groups: Tsunagu's /maps/network against pyvis's default output
for the same graph (write_html with everything inline), in the same run.

    .venv/bin/python bench/maps_bench.py [--sizes 100 1000 10000]

"Stable" is the moment the physics stops: Tsunagu's page marks #network[data-ready]; pyvis's
page fades out its loading bar (or, under 100 nodes where it has none, draws its first frame).
Above TSUNAGU_MAP_MAX_NODES Tsunagu folds people into their groups; the table says so.

Then, in the workspace: choosing a sector in the panel until the map is redrawn in place,
against opening the same filtered map's address afresh (the baseline, in the same run); one
step of the year slider; and the PNG export until the file is offered.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import wardscale  # noqa: E402
from pyvis.network import Network  # noqa: E402
from werkzeug.serving import make_server  # noqa: E402

from service import create_app, cypher  # noqa: E402
from service.projections import current  # noqa: E402
from service.importer.run import import_path  # noqa: E402

TIMEOUT_MS = 180_000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright
    with (tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright,
          wardscale.local_neo4j(Path(tmp) / "home") as (config, graph)):
        tmp = Path(tmp)
        config = {**config, "TESTING": True}
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium",
                                             args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        token = wardscale.staff_token(graph)
        print(f"{'nodes':>7} {'tsunagu s':>10} {'pyvis s':>9} {'ratio':>7}  tsunagu drew")
        try:
            for size in args.sizes:
                with graph.driver.session(database="neo4j") as session:
                    session.run(cypher.load("admin/delete_network")).consume()
                people, groups = int(size * 0.9), max(size // 10, 2)
                wardscale.write(tmp / f"files-{size}", people, groups, knows=people * 3)
                assert import_path(graph, tmp / f"files-{size}", 200_000_000).ok
                app = create_app(config)
                server = make_server("127.0.0.1", 0, app, threaded=True)
                threading.Thread(target=server.serve_forever, daemon=True).start()
                ours, drew = _time_tsunagu(browser, f"http://127.0.0.1:{server.server_port}/maps/network", token)
                steps = _time_workspace(browser, f"http://127.0.0.1:{server.server_port}/maps/network", token)
                server.shutdown()
                print(f"  tsunagu: {ours:.2f} s for {size} underlying nodes; timing pyvis's default…", flush=True)
                baseline = _time_pyvis(browser, current(graph), tmp / f"pyvis-{size}.html")
                ratio = f"{baseline / ours:.1f}x" if baseline else "n/a"
                base_text = f"{baseline:.2f}" if baseline else f">{TIMEOUT_MS // 1000}"
                print(f"{size:>7} {ours:>10.2f} {base_text:>9} {ratio:>7}  {drew}")
                print(f"         workspace: filter redrawn in place {steps['filter']:.2f} s (opening it afresh "
                      f"{steps['reload']:.2f} s, {steps['reload'] / steps['filter']:.1f}x), year step "
                      f"{steps['year']:.2f} s, PNG {steps['png']:.2f} s", flush=True)
        finally:
            browser.close()


def _time_tsunagu(browser, url: str, token: str) -> tuple[float, str]:
    page = browser.new_page(viewport={"width": 1280, "height": 800},
                            extra_http_headers={"Authorization": f"Bearer {token}"})
    started = time.perf_counter()
    page.goto(url)
    page.wait_for_selector("#network[data-ready=true]", state="attached", timeout=TIMEOUT_MS)
    seconds = time.perf_counter() - started
    drawn = page.evaluate("window.network.body.data.nodes.length")
    folded = page.locator("#map-notice:not([hidden])").count() > 0
    started = time.perf_counter()
    page.goto(url)
    page.wait_for_selector("#network[data-ready=true]", state="attached", timeout=TIMEOUT_MS)
    warm = time.perf_counter() - started
    page.close()
    return seconds, f"{drawn} nodes" + (" (people folded into groups)" if folded else "") + f"; warm {warm:.2f} s"


def _time_workspace(browser, url: str, token: str) -> dict[str, float]:
    """Seconds for each step a coordinator takes in the workspace (see the module's doc)."""
    page = browser.new_page(viewport={"width": 1366, "height": 850},
                            extra_http_headers={"Authorization": f"Bearer {token}"})

    def ready():
        page.wait_for_selector("#network[data-ready=true]", state="attached", timeout=TIMEOUT_MS)

    found = {}
    started = time.perf_counter()
    page.goto(url + "?sector=civic")
    ready()
    found["reload"] = time.perf_counter() - started
    page.goto(url)
    ready()
    started = time.perf_counter()
    page.select_option("select[name=sector]", "civic")
    ready()
    found["filter"] = time.perf_counter() - started
    started = time.perf_counter()
    page.evaluate("document.getElementById('f-year').value = String(new Date().getFullYear() - 1)")
    page.locator("#f-year").dispatch_event("change")
    ready()
    found["year"] = time.perf_counter() - started
    started = time.perf_counter()
    with page.expect_download():
        page.click("[data-action=png]")
    found["png"] = time.perf_counter() - started
    page.close()
    return found


def _time_pyvis(browser, projection, path: Path) -> float | None:
    net = Network(cdn_resources="in_line")
    for node in projection.nodes:
        net.add_node(node["id"], label=node["id"])
    for (a, b) in projection.graph.get_edgelist():
        net.add_edge(projection.ids[a], projection.ids[b])
    net.write_html(str(path))
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    started = time.perf_counter()
    try:
        page.goto(path.as_uri(), wait_until="commit", timeout=TIMEOUT_MS)
        if len(projection.nodes) > 100:
            page.wait_for_function("document.getElementById('loadingBar').style.opacity === '0'",
                                   timeout=TIMEOUT_MS, polling=100)
        else:
            page.wait_for_function("typeof network !== 'undefined' && network.body", timeout=TIMEOUT_MS,
                                   polling=50)
        return time.perf_counter() - started
    except Exception:  # the timeout: pyvis never settled
        return None
    finally:
        page.close()


if __name__ == "__main__":
    main()
