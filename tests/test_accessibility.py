"""axe-core over the main pages, as staff, at a desk and on a phone: no serious or critical
violation, and none of the findings walked before (aria-prohibited-attr on the map container,
empty-table-header, heading-order, landmark-unique). axe-core is the copy inside the
axe-playwright-python package, injected into the page from disk: nothing comes from a CDN."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import guarded_page

PAGES = ("/", "/search?q=会", "/groups/g-chokai-toyotama", "/people/p-001", "/collaborations/c-hiroba",
         "/events/e-fes-2024", "/partners?group=g-chokai-toyotama&need=cap-wakamono", "/bridging",
         "/bridging/only-links?area=a-hikarigaoka", "/who-knows-whom?from=p-001&to=p-011", "/introductions",
         "/impact?event=e-fes-2024", "/gaps", "/blank-areas?theme=t-kosodate", "/departments",
         "/departments/g-dept-kosodate", "/departments/overlaps", "/matching", "/surveys", "/maps/network",
         "/data/edit/groups?id=g-chokai-toyotama")
WALKED = {"aria-prohibited-attr", "empty-table-header", "heading-order", "landmark-unique"}


@pytest.fixture(scope="module")
def axe_source() -> str:
    import axe_playwright_python
    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")


@pytest.mark.parametrize("size", [(1366, 850), (390, 844)], ids=["desk", "phone"])
def test_main_pages_pass_axe(size, browser, live_server, axe_source):
    context = browser.new_context(viewport={"width": size[0], "height": size[1]}, bypass_csp=True)  # to inject axe
    page = guarded_page(context, live_server)
    found = []
    for path in PAGES:
        page.goto(live_server + path)
        page.wait_for_load_state("networkidle")
        page.add_script_tag(content=axe_source)
        result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        for violation in result["violations"]:
            if violation["impact"] in ("serious", "critical") or violation["id"] in WALKED:
                found.append((path, violation["id"], violation["impact"],
                              [n["target"] for n in violation["nodes"]][:3]))
        wide = page.evaluate("document.scrollingElement.scrollWidth")
        if wide > size[0]:  # a phone scrolling sideways cuts off a table's last columns
            found.append((path, "scrolls sideways", wide))
    context.close()
    assert found == []


def _tab_to(page, test: str, limit: int = 300) -> None:
    """Press Tab until the focused element passes `test` (a JS expression on `el`)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(el => !!el && ({test}))(document.activeElement)"):
            return
    raise AssertionError(f"never reached by Tab: {test}")


def test_keyboard_only_from_sign_in_to_a_recorded_introduction(chromium, live_server, accounts, fresh_graph, tmp_path):
    from conftest import build_graph
    from test_time import HISTORY
    build_graph(fresh_graph, tmp_path, **{**HISTORY, "capabilities": [{"id": "cap", "name": "人手"}],
                                          "needs": [{"group_id": "g1", "capability_id": "cap"}],
                                          "offers": [{"group_id": "g2", "capability_id": "cap"}]})
    from service.auth.users import Users
    users = Users(fresh_graph)
    if users.find("keyboard-staff") is None:
        users.add("keyboard-staff", "staff", "keyboard password 2026")
    page = chromium.new_page(viewport={"width": 1280, "height": 900})
    page.goto(live_server + "/sign-in")
    _tab_to(page, "el.id === 'sign-in-name'")
    page.keyboard.type("keyboard-staff")
    page.keyboard.press("Tab")
    page.keyboard.type("keyboard password 2026")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "keyboard-staff" in page.locator("header").inner_text()  # signed in
    page.goto(live_server + "/partners?group=g1&need=cap")
    _tab_to(page, "el.tagName === 'BUTTON' && el.textContent.includes('この紹介を記録する')")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "紹介を記録しました" in page.locator(".notice.done").inner_text()
    assert 0 <= page.locator(".notice.done").bounding_box()["y"] < 700  # said where it is seen (it was above the screen)
    _tab_to(page, "el.tagName === 'SELECT' && el.name === 'status'")
    page.keyboard.press("ArrowDown")  # from 連絡済み (the first choice) to the next: 見送り, also a valid step
    _tab_to(page, "el.tagName === 'BUTTON' && el.textContent.includes('進める')")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "に進めました" in page.locator(".notice.done").inner_text()
    page.close()
