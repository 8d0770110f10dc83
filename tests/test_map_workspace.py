"""The map workspace as a coordinator uses it, in a real browser at desk, tablet and phone
sizes: filters chosen by name redraw the map in place and update the URL (back and a copied
link give the same view), a node's card leads on to its surroundings and to an introduction
route, the controls zoom, fit and export, names stay readable, and a phone gets the map with
the panel as a drawer. Screenshots are saved for looking at."""
from __future__ import annotations

from conftest import SignedInBrowser
from test_map_browser import _click_node, _open, _wait_drawn


def test_filters_by_name_redraw_in_place_and_back_returns(browser, live_server, client, output_dir):
    page, foreign, problems = _open(browser, live_server, "/maps/network")
    everything = page.evaluate("window.network.body.data.nodes.length")
    page.evaluate("window.stayed = true")
    region = page.locator("#f-area optgroup").first
    region_name = region.get_attribute("label")
    district = region.locator("option").nth(1)
    district_name = district.text_content()
    page.select_option("select[name=area]", district.get_attribute("value"))
    page.wait_for_url("**area=**")
    _wait_drawn(page)
    chosen = page.evaluate("window.network.body.data.nodes.length")
    assert 0 < chosen < everything
    assert district_name in page.locator("#map-subtitle").text_content()
    expected = client.get(f"/api/maps/network?area={district.get_attribute('value')}").get_json()
    assert chosen == len(expected["nodes"])

    page.select_option("select[name=sector]", "chien")
    page.wait_for_url("**sector=chien**")
    _wait_drawn(page)
    assert page.evaluate("window.stayed") is True
    page.screenshot(path=str(output_dir / "workspace-filtered.png"))

    page.go_back()
    page.wait_for_url(lambda url: "sector" not in url)
    _wait_drawn(page)
    assert page.evaluate("window.network.body.data.nodes.length") == chosen
    assert page.locator("select[name=sector]").input_value() == ""
    page.go_back()
    page.wait_for_url(lambda url: "area" not in url)
    _wait_drawn(page)
    assert page.evaluate("window.network.body.data.nodes.length") == everything
    assert region_name  # the areas are offered as 地域 → 地区
    assert foreign == [] and problems == []
    page.close()


def test_a_copied_link_by_area_name_gives_the_same_view(browser, live_server, client):
    twin = client.get("/api/maps/bridging?area=光が丘").get_json()
    page, foreign, problems = _open(browser, live_server, "/maps/bridging?area=光が丘")
    assert page.evaluate("window.network.body.data.nodes.length") == len(twin["nodes"])
    assert page.locator("#map-title").text_content() == "地域の顔役"
    assert "光が丘" in page.locator("#map-subtitle").text_content()
    assert page.locator("select[name=area]").input_value() == twin["filters"]["area"]
    assert foreign == [] and problems == []
    page.close()


def test_an_unknown_area_is_said_on_the_page_with_the_panel_to_choose_again(browser, live_server):
    page = browser.new_page(viewport={"width": 1366, "height": 850})
    response = page.goto(live_server + "/maps/bridging?area=どこにもない町")
    assert response.status == 404
    assert "「どこにもない町」という地域はありません" in page.locator("#map-problem").text_content()
    assert page.locator("select[name=area]").is_visible()
    page.select_option("select[name=area]", index=1)
    page.wait_for_selector("#map-problem[hidden]", state="attached")
    _wait_drawn(page)
    assert page.evaluate("window.network.body.data.nodes.length") > 0
    page.close()


def test_card_leads_to_surroundings_and_an_introduction_route(browser, live_server, client, output_dir):
    around = client.get("/api/maps/ego/p-003").get_json()["nodes"]
    other = next(n for n in around if n["type"] == "Person" and not n["anonymous"] and n["id"] != "p-003")
    page, foreign, problems = _open(browser, live_server, "/maps/network")
    _click_node(page, "p-003")
    assert page.locator("#details-name").text_content() == "高橋 由美"
    page.click("#details-ego")
    page.wait_for_url("**/maps/ego/p-003**")
    _wait_drawn(page)
    assert page.locator("#map-title").text_content() == "周りのつながり: 高橋 由美"

    _click_node(page, "p-003")
    page.click("#details-from")
    assert page.locator("#map-asks").is_visible()
    _click_node(page, other["id"])
    assert page.locator("#details-name").text_content() == other["name"]
    page.click("#details-to")
    page.wait_for_url("**/maps/path?**")
    _wait_drawn(page)
    assert page.locator("#map-title").text_content() == f"紹介ルート: 高橋 由美 → {other['name']}"
    assert page.evaluate("window.network.body.data.edges.get({filter: e => e.route}).length") >= 1
    page.screenshot(path=str(output_dir / "workspace-path.png"))
    assert foreign == [] and problems == []
    page.close()


def test_controls_zoom_fit_export_and_names_follow_the_zoom(browser, live_server, tmp_path):
    page, foreign, problems = _open(browser, live_server, "/maps/network")
    for action in ("zoom-in", "zoom-out", "fit", "fullscreen", "png"):
        assert page.locator(f"[data-action={action}]").count() == 1
    for name in ("area", "sector", "theme"):
        assert page.locator(f"select[name={name}]").count() == 1
    assert page.locator("input[name=as_of]").count() == 1
    first = page.evaluate("window.network.getScale()")
    assert first >= 0.3  # the first view is not a speck
    labels_far = page.evaluate("window.tsunaguMap.labelsDrawn")
    page.click("[data-action=zoom-in]")
    page.wait_for_timeout(400)
    assert page.evaluate("window.network.getScale()") > first
    page.click("[data-action=zoom-out]")
    page.wait_for_timeout(400)
    page.evaluate("window.network.moveTo({scale: 1.2})")
    page.wait_for_timeout(100)
    people_named = page.evaluate("window.tsunaguMap.labelsDrawn")
    assert labels_far > 0 and people_named > 0
    with page.expect_download() as download:
        page.click("[data-action=png]")
    saved = tmp_path / "map.png"
    download.value.save_as(saved)
    assert saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    picture = page.evaluate("window.tsunaguMap.lastPicture")
    canvas_height = page.evaluate("document.querySelector('#network canvas').height")
    assert picture["height"] > canvas_height  # title and legend around the map
    assert foreign == [] and problems == []
    page.close()


def test_candidates_map_marks_the_candidates_and_the_need(browser, live_server, client):
    items = client.get("/api/groups/g-npo-kosodate/candidates?need=cap-basho&limit=10").get_json()["items"]
    page, foreign, problems = _open(browser, live_server, "/maps/candidates/g-npo-kosodate?need=cap-basho")
    marked = page.evaluate("window.network.body.data.nodes.get({filter: n => n.candidate}).length")
    assert marked == len(items) > 0
    assert "場所" in page.locator("#map-subtitle").text_content()
    assert page.locator("#legend-body .mark-candidate").count() == 1
    assert foreign == [] and problems == []
    page.close()


def test_phone_gets_the_map_and_a_drawer(browser, live_server, output_dir):
    page, foreign, problems = _open(browser, live_server, "/maps/network", viewport=(390, 844))
    box = page.locator("#network").bounding_box()
    assert box["width"] >= 388 and box["y"] + box["height"] >= 844 - 20  # the map reaches the screen's foot
    panel = page.locator("#panel")
    assert panel.bounding_box()["x"] + panel.bounding_box()["width"] <= 0  # out of sight
    page.click("[data-action=panel]")
    page.wait_for_timeout(350)
    assert panel.bounding_box()["x"] >= 0
    page.screenshot(path=str(output_dir / "workspace-phone-drawer.png"))
    page.fill("#map-search-input", "街かどケアの会")  # found: its card, as after a tap on it
    page.click("#map-search button")
    assert page.locator("#details-name").is_visible() and page.locator("#details-name").text_content() == "街かどケアの会"
    assert panel.bounding_box()["x"] >= 0 and page.evaluate("window.network.getSelectedNodes()") == ["g-vol-cafe"]
    page.evaluate("() => { const p = document.getElementById('panel'); p.scrollTop = p.scrollHeight; }")
    close = page.locator("[data-action=panel-close]").bounding_box()
    assert 0 <= close["y"] and close["y"] + close["height"] <= 844  # 閉じる stays in reach, the panel scrolled
    page.click("[data-action=panel-close]")
    page.wait_for_timeout(350)
    assert panel.bounding_box()["x"] + panel.bounding_box()["width"] <= 0
    page.screenshot(path=str(output_dir / "workspace-phone.png"))
    # an area, then a sector: the drawer stays open between them, and says the map is redrawn
    page.click("[data-action=panel]")
    page.wait_for_timeout(350)
    page.select_option("select[name=area]", "a-hikarigaoka")
    page.wait_for_selector("#network[data-ready=true]", state="attached")
    assert panel.bounding_box()["x"] >= 0
    page.select_option("select[name=sector]", "chien")
    page.wait_for_selector("#network[data-ready=true]", state="attached")
    count = page.evaluate("window.network.body.data.nodes.length")
    assert page.locator("[data-action=panel-close]").inner_text() == f"地図を見る({count} 件)"
    page.click("[data-action=panel-close]")
    page.wait_for_timeout(350)
    assert panel.bounding_box()["x"] + panel.bounding_box()["width"] <= 0
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 390
    assert foreign == [] and problems == []
    page.close()


def test_tablet_fits_without_sideways_scrolling(browser, live_server, output_dir):
    page, foreign, problems = _open(browser, live_server, "/maps/bridging", viewport=(1024, 768))
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 1024
    assert page.locator("#panel").is_visible() and page.locator("#network").bounding_box()["width"] > 600
    page.screenshot(path=str(output_dir / "workspace-tablet.png"))
    assert foreign == [] and problems == []
    page.close()


def test_colour_by_cluster_and_choose_one(browser, live_server, output_dir):
    page, foreign, problems = _open(browser, live_server, "/maps/network")
    page.select_option("select[name=colour]", "community")
    page.wait_for_url("**colour=community**")
    _wait_drawn(page)
    page.wait_for_selector("#clusters-list li a")
    assert page.locator("#legend-body li").first.text_content().startswith("まとまり 1")
    page.locator("#clusters-list li a").first.click()
    selected = page.evaluate("window.network.getSelectedNodes()")
    clusters = page.evaluate("[...new Set(window.network.getSelectedNodes().map("
                             "id => window.network.body.data.nodes.get(id).community))]")
    assert selected and clusters == [1]
    page.screenshot(path=str(output_dir / "workspace-clusters.png"))
    page.select_option("select[name=area]", "a-shakujii")  # one area: only its clusters are listed
    page.wait_for_url("**area=a-shakujii**")
    _wait_drawn(page)
    drawn = page.evaluate("() => [...new Set(window.network.body.data.nodes.get().map(n => n.community))].sort()")
    page.wait_for_function("(count) => document.querySelectorAll('#clusters-list li').length === count", arg=len(drawn))
    listed = page.evaluate("() => [...document.querySelectorAll('#clusters-list li')].map(li => li.value).sort()")
    assert listed == drawn
    assert foreign == [] and problems == []
    page.close()


def test_the_keyboard_reaches_every_named_node_through_the_list(browser, live_server):
    page, foreign, problems = _open(browser, live_server, "/maps/network")
    page.focus("#node-list summary")
    page.keyboard.press("Enter")
    first = page.locator("#node-list-items button").first
    first.focus()
    name = first.text_content()
    page.keyboard.press("Enter")
    assert page.locator("#details").is_visible() and page.locator("#details-name").text_content() == name
    selected = page.evaluate("window.network.getSelectedNodes()")
    assert len(selected) == 1
    assert page.evaluate("document.activeElement.id") == "details-name"
    named = page.evaluate("window.network.body.data.nodes.get({filter: n => !n.anonymous}).length")
    assert page.locator("#node-list-items button").count() == named
    assert page.locator("#network").get_attribute("role") == "region"
    assert foreign == [] and problems == []
    page.close()


def test_someones_surroundings_name_the_people_at_the_first_view(browser, live_server, output_dir):
    """People's names came only once zoomed in: a phone's first view of 高橋 由美's surroundings
    showed a dozen nameless grey dots (none of them private). A map this small names them at
    every zoom; a name that would overlap a more important one is still left out."""
    page, foreign, problems = _open(browser, live_server, "/maps/ego/p-003", viewport=(390, 844))
    named_others = page.evaluate("window.network.body.data.nodes.get({filter: n => n.type !== 'Person' || n.highlight}).length")
    assert page.evaluate("window.network.getScale()") < 0.75  # far off: people were not named here
    page.wait_for_function("(least) => (window.tsunaguMap.labelsDrawn || 0) >= least", arg=named_others + 3)
    covered = page.evaluate("""() => {  // a name read as another's: over someone else's dot
      const out = [], nodes = window.network.body.nodes;
      for (const label of window.tsunaguMap.labels) {
        for (const [id, node] of Object.entries(nodes)) {
          const r = node.options.size || 10;
          if (id !== label.id && node.x + r > label.x && node.x - r < label.x + label.w
              && node.y + r > label.y && node.y - r < label.y + label.h) { out.push([label.id, id]); }
        }
      }
      return out; }""")
    assert covered == []
    page.screenshot(path=str(output_dir / "workspace-ego-phone.png"))
    assert foreign == [] and problems == []
    page.close()


def test_a_route_names_both_of_its_ends_even_among_crowding_nodes(browser, live_server):
    """豊玉北町会, where a route began, sat among five of its members: each place for its name
    covered one of their dots, and the map's subject was the one node left without a name."""
    page, foreign, problems = _open(browser, live_server, "/maps/path?from=g-chokai-toyotama&to=p-010")
    ends = page.evaluate("() => window.network.body.data.nodes.get({filter: n => n.highlight}).map(n => n.id)")
    named = page.evaluate("() => window.tsunaguMap.labels.map(label => label.id)")
    assert len(ends) == 2 and set(ends) <= set(named)
    assert foreign == [] and problems == []
    page.close()


def test_no_name_is_cut_off_at_the_edge_of_a_phone(browser, live_server):
    """On a phone the map of groups wrote 「…サロン」 and 「…ンター」 half outside the screen: a
    name goes where it is whole (moved in from the edge, or to its node's other side)."""
    page, foreign, problems = _open(browser, live_server, "/maps/groups", viewport=(390, 844))
    cut = page.evaluate("""() => {
      const canvas = window.network.canvas.frame.canvas;
      const topLeft = window.network.DOMtoCanvas({x: 0, y: 0});
      const bottomRight = window.network.DOMtoCanvas({x: canvas.clientWidth, y: canvas.clientHeight});
      return window.tsunaguMap.labels.filter(l => l.x < topLeft.x - 0.5 || l.x + l.w > bottomRight.x + 0.5
        || l.y < topLeft.y - 0.5 || l.y + l.h > bottomRight.y + 0.5).map(l => l.id); }""")
    assert page.evaluate("window.tsunaguMap.labelsDrawn") > 5 and cut == []
    assert foreign == [] and problems == []
    page.close()


def test_a_map_of_groups_does_not_offer_the_size_of_people(browser, live_server):
    page, foreign, problems = _open(browser, live_server, "/maps/groups")
    assert page.locator("#size-field").is_hidden()
    page.select_option("select[name=map]", "network")
    page.wait_for_url("**/maps/network**")
    _wait_drawn(page)
    assert page.locator("#size-field").is_visible()
    assert foreign == [] and problems == []
    page.close()


def test_every_group_is_named_on_a_phone_among_its_people(browser, live_server):
    """関町地区 on a phone: each group's name would have covered a member's dot, so both groups
    were drawn as bare squares while every person was named. A group is named, over a dot if it
    must (never over a name)."""
    page, foreign, problems = _open(browser, live_server, "/maps/network?area=a-sekimachi", viewport=(390, 844))
    groups = page.evaluate("() => window.network.body.data.nodes.get({filter: n => n.level === 0}).map(n => n.id)")
    page.wait_for_function("(least) => (window.tsunaguMap.labelsDrawn || 0) >= least", arg=len(groups))
    named = page.evaluate("() => window.tsunaguMap.labels.map(label => label.id)")
    assert len(groups) >= 2 and set(groups) <= set(named)
    assert foreign == [] and problems == []
    page.close()


def test_a_viewers_note_is_a_line_above_the_map_not_a_column_beside_it(chromium, accounts, live_server, output_dir):
    """A viewer's note (names are not shown) stood as a column beside the map and took half of
    it on a desk, all of it on a tablet."""
    viewer = SignedInBrowser(chromium, accounts["viewer"])
    for width, height in ((1366, 850), (1024, 768)):
        page, foreign, problems = _open(viewer, live_server, "/maps/network?area=a-sekimachi", viewport=(width, height))
        note = page.locator("#viewer-note").bounding_box()
        network = page.locator("#network").bounding_box()
        page.screenshot(path=str(output_dir / f"workspace-viewer-{width}.png"))
        assert note["y"] + note["height"] <= network["y"] and note["width"] > width * 0.9
        assert network["width"] > width * 0.55 and network["height"] > height * 0.4
        assert foreign == [] and problems == []
        page.close()


def test_a_filtered_map_opens_with_all_of_its_clusters_in_view(browser, live_server):
    """光が丘 and 地縁 make three clusters of about equal size: the map opened on the largest,
    and its PNG and printout showed two of the four 町会. Only a few far islands are set aside."""
    for viewport in ((1366, 850), (390, 844)):
        page, foreign, problems = _open(browser, live_server, "/maps/network?area=a-hikarigaoka&sector=chien",
                                        viewport=viewport)
        outside = page.evaluate("""() => {
          const canvas = window.network.canvas.frame.canvas;
          const topLeft = window.network.DOMtoCanvas({x: 0, y: 0});
          const bottomRight = window.network.DOMtoCanvas({x: canvas.clientWidth, y: canvas.clientHeight});
          const groups = window.network.body.data.nodes.get({filter: n => n.level === 0}).map(n => n.id);
          const at = window.network.getPositions(groups);
          return [groups.length, groups.filter(id => at[id].x < topLeft.x || at[id].x > bottomRight.x
                                                    || at[id].y < topLeft.y || at[id].y > bottomRight.y)]; }""")
        assert outside[0] >= 4 and outside[1] == [], viewport
        assert foreign == [] and problems == []
        page.close()


def test_the_printed_legend_keeps_its_colours(browser, live_server, tmp_path):
    """Printing the map dropped the legend's colour dots (backgrounds are not printed unless a
    page asks): a printout of 地縁 and 区民活動 had empty circles."""
    page, foreign, problems = _open(browser, live_server, "/maps/network?area=a-hikarigaoka")
    page.evaluate("() => { window.print = () => { window.printed = true; }; }")  # the browser's dialog, stood in for
    page.click("[data-action=print]")  # the map has its own 印刷, as the list pages do
    assert page.evaluate("window.printed") is True
    assert "管理者に頼んでください" in page.locator("#embed-ask").inner_text()  # staff: how to get an embed
    page.emulate_media(media="print")
    kept = page.evaluate("""() => [...document.querySelectorAll('#legend .swatch, #legend .shape')]
        .map(e => getComputedStyle(e).printColorAdjust)""")
    assert kept and set(kept) == {"exact"}
    page.pdf(path=str(tmp_path / "map.pdf"))
    assert foreign == [] and problems == []
    page.close()


def test_everyone_on_a_route_is_named_on_a_phone(browser, live_server):
    """太田 麻衣 → 豊玉北町会 on a phone: the groups beside the route were named first, and
    高橋 由美, the person in the middle of it, was left without a name under a group's."""
    page, foreign, problems = _open(browser, live_server, "/maps/path?from=p-087&to=g-chokai-toyotama&k=1",
                                    viewport=(390, 844))
    route = page.evaluate("""() => { const on = new Set();
        window.network.body.data.edges.get({filter: e => e.route}).forEach(e => { on.add(e.from); on.add(e.to); });
        return [...on]; }""")
    page.wait_for_function("(least) => (window.tsunaguMap.labelsDrawn || 0) >= least", arg=len(route))
    named = page.evaluate("() => window.tsunaguMap.labels.map(label => label.id)")
    assert len(route) >= 4 and set(route) <= set(named)
    assert foreign == [] and problems == []
    page.close()


TOUCHING = """() => {  // pairs of names on one line closer than half a character
      const labels = window.tsunaguMap.labels, found = [];
      for (const a of labels) for (const b of labels) {
        if (a.id >= b.id || a.y >= b.y + b.h || b.y >= a.y + a.h) continue;  // not on one line
        const space = Math.max(b.x - (a.x + a.w), a.x - (b.x + b.w)), half = a.h / 1.2 / 2;
        if (space < half - 0.01) found.push([a.id, b.id]);
      }
      return found; }"""


def test_names_on_one_line_keep_a_space_between_them(browser, live_server):
    """On a phone the whole map wrote 「練馬区 都市農業課石神井台町会」: two names end to end read
    as one. Names side by side keep half a character apart."""
    touching = []
    for url, viewport in (("/maps/whole", (390, 844)), ("/maps/groups", (1366, 850)), ("/maps/network", (1024, 768))):
        page, foreign, problems = _open(browser, live_server, url, viewport=viewport)
        page.wait_for_function("() => (window.tsunaguMap.labelsDrawn || 0) > 5")
        touching += page.evaluate(TOUCHING)
        assert foreign == [] and problems == []
        page.close()
    assert touching == []

