"""Answering without an account, in a real browser at a phone's size (Debian's Chromium via
Playwright): a survey end to end with save-and-return, the event sign-in with the keyboard
alone, and the coordinator accepting what came in."""
import pytest
from test_collect import DEADLINE, WARD, _token

from conftest import build_graph, guarded_page

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}


@pytest.fixture()
def phone(chromium, live_server):
    """A phone with no account: a respondent."""
    context = chromium.new_context(**PHONE)
    tab = guarded_page(context, live_server)
    yield tab
    assert tab.foreign == [] and tab.problems == []
    context.close()


def _no_sideways_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_answering_a_survey_on_a_phone_with_save_and_return(phone, browser, client, live_server, fresh_graph,
                                                            tmp_path, output_dir):
    build_graph(fresh_graph, tmp_path, **WARD)
    made = client.post("/api/surveys", json={"title": "つながり調査", "deadline": DEADLINE, "groups": "g1",
                                             "sender": "地域福祉係", "questions": ["partners", "links", "capabilities"]}).get_json()
    url = f"{live_server}/r/{_token(made['invites'][0]['link'])}"
    phone.goto(url)
    assert phone.locator("h1").inner_text() == "つながり調査" and _no_sideways_scroll(phone)
    phone.fill("#respondent_name", "山田太郎")
    phone.locator("#partner-0-name").press_sequentially("ねりま", delay=30)  # kana finds 練馬こども食堂
    phone.wait_for_selector("#group-suggestions option", state="attached")
    assert phone.locator("#group-suggestions option").first.get_attribute("value") == "練馬こども食堂"
    phone.fill("#partner-0-name", "練馬こども食堂")
    phone.check("input[name=partner-0-how][value=place]")
    phone.select_option("#partner-0-strength", "2")
    phone.fill("#partner-1-name", "まだ無い会")
    phone.click("#respond-save")
    assert "途中まで保存しました" in phone.locator("#respond-status").inner_text()
    phone.screenshot(path=str(output_dir / "survey-phone-saved.png"), full_page=True)

    phone.goto(url)  # coming back later from the same link
    assert phone.input_value("#partner-0-name") == "練馬こども食堂"
    assert phone.input_value("#partner-1-name") == "まだ無い会"
    assert phone.is_checked("input[name=partner-0-how][value=place]")
    phone.click("#respond-submit")
    assert "お名前の扱い" in phone.locator("#respond-problems").inner_text()  # consent is asked before submitting
    phone.check("input[name=visibility][value=internal]")
    phone.click("#respond-submit")
    assert "ご回答ありがとうございました" in phone.locator("#respond-status").inner_text()
    assert _no_sideways_scroll(phone)

    coordinator = browser.new_page(viewport={"width": 1280, "height": 900})
    coordinator.goto(f"{live_server}/responses?status=pending")
    coordinator.click("text=東町会")
    assert coordinator.locator("#row-0-group option:checked").inner_text().startswith("練馬こども食堂")
    coordinator.select_option("#row-1-kind", "volunteer_group")
    coordinator.click("#accept")
    assert coordinator.locator("#response-status").inner_text() == "反映済み"
    records, _, _ = fresh_graph.driver.execute_query(
        "MATCH (:Group {id: 'g1'})-[r:RELATION]-(g:Group) RETURN g.name AS name, g.kind AS kind, r.strength AS s ORDER BY name")
    assert [r.data() for r in records] == [{"name": "まだ無い会", "kind": "volunteer_group", "s": None},
                                           {"name": "練馬こども食堂", "kind": "childcare", "s": 2}]
    coordinator.close()


def test_event_sign_in_with_the_keyboard_alone(phone, client, live_server, fresh_graph, tmp_path):
    build_graph(fresh_graph, tmp_path, **WARD)
    sheet = client.post("/api/sign-in-sheets", json={"event": "e1"}).get_json()
    phone.goto(f"{live_server}/s/{_token(sheet['link'])}")
    for _ in range(12):  # from the top of the page to the name field
        phone.keyboard.press("Tab")
        if phone.evaluate("document.activeElement.id") == "name":
            break
    assert phone.evaluate("document.activeElement.id") == "name"
    phone.keyboard.type("佐藤花子")
    phone.keyboard.press("Tab")
    phone.keyboard.type("西NPO")
    phone.keyboard.press("Tab")
    phone.keyboard.type("山田太郎")
    phone.keyboard.press("Tab")  # the first visibility choice
    phone.keyboard.press("Space")
    phone.keyboard.press("Tab")
    assert phone.evaluate("document.activeElement.id") == "signin-submit"
    phone.keyboard.press("Enter")
    phone.wait_for_selector("#signin-status")
    assert _no_sideways_scroll(phone)
    entry = client.get("/api/responses?kind=signin").get_json()["items"][0]
    assert entry["payload"] == {"name": "佐藤花子", "group_name": "西NPO", "group_id": "g2", "met": ["山田太郎"],
                                "visibility": "public"}


@pytest.mark.parametrize("size", [(1366, 850), (390, 844)], ids=["desk", "phone"])
def test_review_chooses_the_close_match_and_says_what_would_be_recorded(size, browser, client, anonymous_client,
                                                                       live_server, fresh_graph, tmp_path, output_dir):
    from test_collect import _answer
    build_graph(fresh_graph, tmp_path, **WARD)
    made = client.post("/api/surveys", json={"title": "つながり調査", "deadline": DEADLINE, "groups": "g1",
                                             "sender": "地域福祉係", "questions": ["partners"]}).get_json()
    _answer(anonymous_client, _token(made["invites"][0]["link"]), "submit", respondent_name="山田太郎",
            visibility="internal", **{"partner-0-name": "こども食堂", "partner-0-how": "place"})
    coordinator = browser.new_page(viewport={"width": size[0], "height": size[1]})
    coordinator.goto(f"{live_server}/responses?status=pending")
    coordinator.click("text=東町会")
    coordinator.wait_for_load_state()  # the page's script has run (it hides what only a new group needs)
    chosen = coordinator.locator("#row-0-group option:checked").inner_text()
    assert "練馬こども食堂" in chosen and "0." not in chosen  # the close match, said in words, not a score
    assert coordinator.locator("#chosen-note").is_visible()
    assert "「練馬こども食堂」にまとめる" in coordinator.locator("#side-by-side").inner_text()
    assert not coordinator.locator("#row-0-kind").is_visible()  # a new group's kind only for a new group
    coordinator.select_option("#row-0-group", "new")
    assert coordinator.locator("#row-0-kind").is_visible()
    assert _no_sideways_scroll(coordinator)
    coordinator.screenshot(path=str(output_dir / f"review-close-match-{size[0]}.png"), full_page=True)
    for lang in ("ja", "en"):  # the list of surveys: its seven columns ran 120 px off a phone's screen
        coordinator.goto(f"{live_server}/surveys?lang={lang}")
        assert "つながり調査" in coordinator.locator("main").inner_text() and _no_sideways_scroll(coordinator), lang
    coordinator.goto(f"{live_server}/gaps?lang=en")  # an English jump link longer than the line
    assert _no_sideways_scroll(coordinator)
    coordinator.goto(f"{live_server}/?lang=ja")  # back to Japanese: the choice is kept for the signed-in user
    coordinator.close()
