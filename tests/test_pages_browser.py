"""The coordinator's main flows in a real browser (Debian's Chromium via Playwright):
search → group page → find partners → the introduction path map; switching language;
downloading a list; keyboard, tablet and print."""
import pytest
from conftest import analyse, guarded_page


@pytest.fixture()
def page(browser, live_server):
    """A fresh browser page that may ask only the app for anything."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    tab = guarded_page(context, live_server)
    yield tab
    assert tab.foreign == [] and tab.problems == []
    context.close()


def test_search_then_group_then_partners_then_path_map(page, live_server, output_dir):
    page.goto(live_server + "/")
    page.fill("#quick-q", "とよたまきた")
    page.press("#quick-q", "Enter")
    page.wait_for_selector("#results-group")
    page.click("#results-group >> text=豊玉北町会")
    assert page.locator("h1").inner_text().startswith("豊玉北町会")
    page.click("text=この団体の協働の相手を探す")
    page.select_option("#partners-need", label="若い世代との接点")
    page.click("text=候補を探す")
    page.wait_for_selector(".candidate")
    first = page.locator(".candidate h3 a").first.inner_text()
    assert first
    page.screenshot(path=str(output_dir / "pages-partners.png"), full_page=True)
    page.locator("a.path-map").first.click()
    page.wait_for_selector("#network[data-ready=true]", state="attached", timeout=60000)
    labels = page.evaluate("window.network.body.data.nodes.get().map(n => n.name)")
    assert "豊玉北町会" in labels and first in labels
    # the route the card describes, alone: the map drew two more, through other people
    route = page.evaluate("window.network.body.data.edges.get({filter: e => e.route}).map(e => [e.from, e.to])")
    assert "k=1" in page.url and len({end for tie in route for end in tie}) == len(route) + 1  # one path
    page.screenshot(path=str(output_dir / "pages-path-map.png"))


def test_switching_language_is_remembered(page, live_server):
    page.goto(live_server + "/groups/g-chokai-toyotama")
    assert page.locator("html").get_attribute("lang") == "ja"
    page.click("#switch-lang")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h2#needs-h").inner_text() == "Needs"
    page.click("nav >> text=Gaps in the network")
    assert page.locator("h1").inner_text() == "Gaps in the network"
    page.click("#switch-lang")
    assert page.locator("html").get_attribute("lang") == "ja"


def test_download_csv_from_the_partners_page(page, live_server, tmp_path):
    page.goto(live_server + "/partners?group=g-chokai-toyotama&need=cap-wakamono")
    with page.expect_download() as info:
        page.click('[data-download="candidates-csv"]')
    download = info.value
    assert download.suggested_filename == "tsunagu-partners-candidates.csv"
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("順位,ID,候補の団体")
    assert "練馬学園大学 地域連携センター" in text


def test_keyboard_tablet_and_print(page, live_server, output_dir):
    page.set_viewport_size({"width": 768, "height": 1024})
    page.goto(live_server + "/groups/g-chokai-toyotama")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.screenshot(path=str(output_dir / "pages-group-tablet.png"))
    page.goto(live_server + "/gaps")
    page.emulate_media(media="print")
    assert not page.locator("header.site").is_visible()
    assert page.locator("main h1").is_visible()
    page.pdf(path=str(output_dir / "gaps-print.pdf"))


def test_a_printout_shows_what_is_folded_and_says_when_and_how_to_keep_it(page, live_server, output_dir):
    """A group page printed 「紹介ルート」 with no route (a folded part stays closed on paper), and
    no page said when it was printed nor that it holds people's names."""
    page.goto(live_server + "/groups/g-chokai-toyotama")
    routes = page.locator("article.candidate details")
    assert routes.count() > 0 and not routes.first.locator("ol.path").is_visible()
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")  # as the browser does before printing
    page.emulate_media(media="print")
    assert routes.first.locator("ol.path").is_visible()
    foot = page.locator(".page-foot")
    assert foot.is_visible() and "印刷日" in foot.inner_text() and "取り扱いに注意" in foot.inner_text()
    page.screenshot(path=str(output_dir / "group-print.png"), full_page=True)
    page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
    page.emulate_media(media="screen")
    assert not routes.first.locator("ol.path").is_visible() and not foot.is_visible()


def test_sign_in_in_the_browser(chromium, live_server, accounts):
    from conftest import PASSWORD
    context = chromium.new_context(viewport={"width": 390, "height": 844})  # a phone, no token
    page = context.new_page()
    page.goto(live_server + "/groups/g-shakyo")
    assert page.url.startswith(live_server + "/sign-in?next=")
    page.fill("#sign-in-name", "test-staff")
    page.fill("#sign-in-password", "wrong password")
    page.press("#sign-in-password", "Enter")
    assert "ユーザー名かパスワードが違います" in page.locator("#sign-in-problem").inner_text()
    page.fill("#sign-in-password", PASSWORD)
    page.press("#sign-in-password", "Enter")
    page.wait_for_url(live_server + "/groups/g-shakyo")
    assert page.locator("h1").inner_text().startswith("練馬区社会福祉協議会")
    assert not page.locator(".who").is_visible()  # on a phone the menu and the account fold away
    page.click(".menu-toggle")
    assert "test-staff" in page.locator(".who").inner_text()
    page.click("text=サインアウト")
    page.wait_for_url(live_server + "/sign-in")
    page.goto(live_server + "/api/summary")
    assert "sign_in_required" in page.content()
    context.close()


def test_a_page_about_another_day_says_so_and_keeps_that_day(page, live_server, output_dir):
    page.goto(live_server + "/partners?group=g-chokai-toyotama&as_of=2018-04-01")
    banner = page.locator("#as-of-banner")
    assert "2018年4月1日" in banner.inner_text() and "今日のネットワークに戻す" in banner.inner_text()
    links = [a.get_attribute("href") for a in page.locator("main a[href^='/groups/']").all()]
    assert links and all("as_of=2018-04-01" in href for href in links)  # links keep the day
    assert page.locator("main form input[name=as_of]").count() >= 1  # and so do forms
    page.screenshot(path=str(output_dir / "as-of-partners.png"), full_page=True)
    with page.expect_navigation():
        page.click("#as-of-banner a")
    assert "as_of" not in page.url and page.locator("#as-of-banner").count() == 0
    page.goto(live_server + "/who-knows-whom?from=p-001&to=p-011&as_of=2000-01-01")
    assert "2000年1月1日(土) 時点では、8 ステップ以内のつながりは見つかりませんでした" in page.locator("main").inner_text()


def test_a_slow_question_says_it_is_computing_once_asked(page, live_server, output_dir):
    """地域の顔役 on other ties is computed on asking (up to a minute for a whole ward): once
    the form is sent, it says so and cannot be sent twice (here the navigation is held back, so
    that what the coordinator sees meanwhile can be read)."""
    page.goto(live_server + "/bridging")
    page.click("details.more summary")
    page.uncheck("input[name=evidence][value=events]")
    page.evaluate("document.querySelector('form[data-busy]').addEventListener('submit', e => e.preventDefault())")
    page.click("form[data-busy] button[type=submit]")
    assert "区全体では1分ほどかかることがあります" in page.locator("form[data-busy] output.busy-text").inner_text()
    assert page.locator("form[data-busy] button[type=submit]").is_disabled()
    page.screenshot(path=str(output_dir / "bridging-computing.png"))
    page.goto(live_server + "/bridging?evidence=knows&evidence=members&evidence=partners")
    assert page.locator("ol.bridging li").count() > 0
    assert not page.locator("form[data-busy] button[type=submit]").is_disabled()


def test_gaps_on_a_phone_jump_to_an_area_and_read_each_pair_as_a_card(browser, live_server, output_dir):
    """ネットワークのすき間 runs to one section per area: a phone got a long page of four-column
    tables squeezed to 390 px. It now lists the areas to jump to, and each pair reads as a card."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    tab = guarded_page(context, live_server)
    tab.goto(live_server + "/gaps")
    areas = tab.locator("section.area h2")
    jump = tab.locator("nav.jump a")
    assert jump.count() == areas.count() + 1  # and the fragile collaborations at the end
    last = areas.nth(areas.count() - 1)
    assert jump.nth(areas.count() - 1).inner_text() == last.inner_text()
    jump.nth(areas.count() - 1).click()
    tab.wait_for_function("(y) => window.scrollY > y", arg=500)
    assert 0 <= last.bounding_box()["y"] < 100  # at the top of the screen
    cell = tab.locator("section.area table.stack td[data-label]").first
    assert cell.evaluate("e => getComputedStyle(e).display") == "block"
    assert tab.evaluate("document.scrollingElement.scrollWidth") <= 390
    tab.screenshot(path=str(output_dir / "gaps-phone.png"))
    assert tab.foreign == [] and tab.problems == []
    context.close()


def test_a_map_inside_a_page_shows_no_second_site_header(page, live_server):
    """The map of a group's surroundings, framed in its page, repeated the site's header and
    menu inside the frame (a phone showed 「つなぐ … メニュー」 twice)."""
    page.goto(live_server + "/groups/g-chokai-toyotama")
    frame_element = page.locator("iframe.ego-map")
    frame_element.scroll_into_view_if_needed()
    frame = frame_element.element_handle().content_frame()
    frame.wait_for_selector("#network[data-ready=true]", state="attached", timeout=60000)
    assert frame.locator("header.site").is_hidden() and frame.locator("#map-title").is_visible()
    assert page.locator("header.site").is_visible()  # the page's own stays


def test_names_are_suggested_as_they_are_typed(page, live_server):
    """誰が誰を知っている took a name but suggested none while typing (the map's and the edit
    forms' boxes did): its boxes now offer people and groups by name, and an edit form's person
    box still offers ids, shown with the name."""
    page.goto(live_server + "/who-knows-whom")
    page.type("#wkw-from", "たなか")
    page.wait_for_selector("#wkw-from-names option", state="attached")
    assert "田中 美和子" in page.eval_on_selector_all("#wkw-from-names option", "(options) => options.map(o => o.value)")
    page.type("#wkw-to", "ねりまがくえん")
    page.wait_for_selector("#wkw-to-names option", state="attached")
    page.fill("#wkw-from", "田中 美和子")
    page.fill("#wkw-to", page.locator("#wkw-to-names option").first.get_attribute("value"))
    page.click("text=ルートを探す")
    page.wait_for_selector("section.route")
    page.goto(live_server + "/data/edit/memberships")
    field = page.locator("input[data-suggest=Person]").first
    field.type("たなか")
    page.wait_for_selector(f"#{field.get_attribute('list')} option", state="attached")
    assert "p-001" in page.eval_on_selector_all(f"#{field.get_attribute('list')} option", "(options) => options.map(o => o.value)")


def test_a_list_shown_while_the_analysis_runs_offers_the_new_one_when_stored(page, live_server, graph, driver):
    """After an import the 顔役 are computed again (a minute at ward scale) and the previous
    ones are shown meanwhile, said so. The page asks in the background and, once the new ones
    are stored, offers them — without reloading under the reader's eyes; if the computation
    fails, it says so instead of promising it."""
    driver.execute_query("MATCH (m:TsunaguMeta {id: 'bridging'}) SET m.format = 1")  # as if of an older network
    try:
        page.goto(live_server + "/bridging?area=a-sekimachi")
        notice = page.locator("#stale-notice")
        assert "いま表示しているのは前回の計算です" in notice.inner_text()
        rows = page.locator("table tbody tr").count()
        driver.execute_query("MATCH (m:TsunaguMeta {id: 'bridging'}) SET m.failed_version = $version",
                             version=graph.version())  # the analysis failed: said, not promised
        page.locator("#stale-notice", has_text="計算ができませんでした").wait_for(timeout=20000)
        analyse(graph)  # and the retry succeeded
        page.wait_for_selector("#stale-notice a", timeout=20000)
        assert notice.inner_text() == "新しい計算ができました。 表示し直す"
        assert page.locator("table tbody tr").count() == rows  # not reloaded by itself
        page.click("#stale-notice a")
        page.wait_for_selector("h1")
        assert "area=a-sekimachi" in page.url and page.locator("#stale-notice").count() == 0
    finally:
        analyse(graph)


def test_japanese_lines_on_a_phone_break_between_phrases_and_never_start_with_a_comma(browser, live_server, output_dir):
    """On a phone the home page split 練馬シェフの会 as 「練馬 / シェフの会」 and began lines with
    「、」 (after a sector badge). Lines now break between phrases, and the comma stays behind the
    badge it follows."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    tab = guarded_page(context, live_server)
    tab.goto(live_server + "/")
    starts = tab.evaluate("""() => {
        const found = [];
        const walk = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
        for (let node = walk.nextNode(); node; node = walk.nextNode()) {
            for (let i = node.data.indexOf('、'); i >= 0; i = node.data.indexOf('、', i + 1)) {
                const range = document.createRange(); range.setStart(node, i); range.setEnd(node, i + 1);
                let block = node.parentElement;
                while (getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
                const left = block.getBoundingClientRect().left + parseFloat(getComputedStyle(block).paddingLeft);
                if (Math.abs(range.getBoundingClientRect().left - left) < 2) found.push(block.textContent.slice(0, 40));
            }
        }
        return found;
    }""")
    assert starts == []
    links = tab.locator("main a", has_text="シェフの会")
    assert links.count() and all(len(links.nth(i).evaluate("a => [...a.getClientRects()]")) == 1 for i in range(links.count()))
    tab.screenshot(path=str(output_dir / "home-phone-lines.png"), full_page=True)
    tab.goto(live_server + "/collaborations/c-care-cafe")  # its partners' table ran 60 px off the screen
    assert tab.evaluate("document.scrollingElement.scrollWidth") <= 390
    assert tab.foreign == [] and tab.problems == []
    context.close()


def test_a_step_on_a_long_list_of_introductions_is_said_beside_its_row(browser, client, demo, live_server, output_dir):
    """「…を「連絡済み」に進めました」 was at the top of the page while the page opened at the row,
    several screens down on a phone: the message is now just above the row."""
    groups = ["g-chokai-toyotama", "g-shakyo", "g-univ", "g-vol-cafe", "g-chokai-tagara", "g-npo-shougai"]
    for other in groups[1:]:
        assert client.post("/api/introductions", json={"group": groups[0], "candidate": other}).status_code in (201, 409)
    tab = browser.new_page(viewport={"width": 390, "height": 844})
    tab.goto(live_server + "/introductions")
    last = tab.locator("#introductions tbody tr").last
    last.locator("button[type=submit]", has_text="進める").click()
    tab.wait_for_load_state()
    notice = tab.locator("#introductions .notice.done")
    assert "に進めました" in notice.inner_text() and tab.locator("main > .notice.done").count() == 0
    box = notice.bounding_box()
    assert 0 <= box["y"] and box["y"] + box["height"] <= 844  # on the screen the page opened at
    assert tab.evaluate("window.scrollY") > 844  # several screens down: where the row is
    tab.screenshot(path=str(output_dir / "introduction-advanced-phone.png"))
    tab.close()
