"""空白地域: the areas where no group works on a theme, on a small ward worked out by hand."""
import io
import zipfile

from conftest import build_graph

HTML = {"Accept": "text/html"}
WARD = dict(
    areas=[{"id": "r", "name": "練馬地域", "level": "地域", "parent_id": ""},
           {"id": "a1", "name": "豊玉地区", "level": "地区", "parent_id": "r"},
           {"id": "a2", "name": "桜台地区", "level": "地区", "parent_id": "r"},
           {"id": "a3", "name": "北町地区", "level": "地区", "parent_id": "r"},
           {"id": "c1", "name": "豊玉北", "level": "町丁", "parent_id": "a1"}],
    themes=[{"id": "t-kosodate", "name": "子育て"}, {"id": "t-bousai", "name": "防災"}],
    groups=[{"id": "g1", "name": "子育てひろば", "kind": "npo", "sector": "civic"},
            {"id": "g2", "name": "桜台町会", "kind": "neighborhood_association", "sector": "chien"},
            {"id": "g3", "name": "桜台防災会", "kind": "volunteer_group", "sector": "civic"}],
    group_areas=[{"group_id": "g1", "area_id": "c1"}, {"group_id": "g2", "area_id": "a2"},
                 {"group_id": "g3", "area_id": "a2"}],
    group_themes=[{"group_id": "g1", "theme_id": "t-kosodate"}, {"group_id": "g3", "theme_id": "t-bousai"}],
)


def test_areas_without_a_group_of_the_theme(client, fresh_graph, tmp_path):
    build_graph(fresh_graph, tmp_path, **WARD)
    answer = client.get("/api/blank-areas?theme=t-kosodate").get_json()
    # 豊玉 has a 子育て group in 豊玉北 (inside it); 桜台 has two groups, none of 子育て; 北町 has none at all
    assert [(r["area"]["name"], r["groups_there"], [g["name"] for g in r["nearby"]]) for r in answer["areas"]] == [
        ("桜台地区", 2, ["子育てひろば"]), ("北町地区", 0, ["子育てひろば"])]
    assert answer["theme"]["name"] == "子育て" and answer["level"] == "地区"
    assert [r["area"]["name"] for r in client.get("/api/blank-areas?theme=t-bousai").get_json()["areas"]] == [
        "豊玉地区", "北町地区"]
    assert client.get("/api/blank-areas?theme=t-kosodate&level=地域").get_json()["areas"] == []
    page = client.get("/blank-areas?theme=t-kosodate", headers=HTML).get_data(as_text=True)
    assert "桜台地区" in page and 'aria-current="page">空白地域' in page
    english = client.get("/blank-areas?theme=t-kosodate&lang=en", headers=HTML).get_data(as_text=True)
    assert "Blank areas" in english and "Groups on this theme nearby" in english
    csv = client.get("/blank-areas?theme=t-kosodate&format=csv").get_data().decode("utf-8-sig")
    assert csv.splitlines()[1] == "桜台地区,練馬地域,2,子育てひろば"
    assert client.get("/api/blank-areas?theme=nope").status_code == 404
    assert client.get("/api/blank-areas?theme=t-kosodate&level=県").status_code == 400


def test_areas_come_in_the_order_of_their_file_and_themes_in_reading_order(client, admin_client, fresh_graph, tmp_path):
    """Neo4j orders text code point by code point: kanji came in no order a reader knows
    (北町, 桜台, 豊玉), and 北町10丁目 before 北町1丁目. Areas now keep the order of the file
    they came from (the ward's own), level by level, also when exported and imported again;
    themes read numbers as numbers (見守り3 before 見守り12)."""
    numbered = [{"id": f"n{n}", "name": f"北町{written}丁目", "level": "町丁", "parent_id": "a3"}
                for n, written in ((1, "1"), (2, "２"), (10, "10"))]
    themes = [{"id": "t-12", "name": "見守り12"}, {"id": "t-3", "name": "見守り3"}]
    build_graph(fresh_graph, tmp_path, **{**WARD, "areas": WARD["areas"] + numbered, "themes": WARD["themes"] + themes})
    in_file = ["練馬地域", "豊玉地区", "桜台地区", "北町地区", "豊玉北", "北町1丁目", "北町２丁目", "北町10丁目"]
    assert [a["name"] for a in client.get("/api/gaps").get_json()["areas"]] == in_file
    page = client.get("/blank-areas", headers=HTML).get_data(as_text=True)
    assert page.index("見守り3") < page.index("見守り12")
    exported = zipfile.ZipFile(io.BytesIO(admin_client.get("/api/export").get_data()))
    rows = exported.read("areas.csv").decode("utf-8-sig").splitlines()[1:]
    assert [row.split(",")[1] for row in rows] == ["練馬地域", "豊玉地区", "桜台地区", "北町地区", "豊玉北",
                                                  "北町1丁目", "北町２丁目", "北町10丁目"]  # so imported again, it stays


def test_one_area_at_a_time_and_what_an_empty_answer_means(client, fresh_graph, tmp_path):
    """A coordinator scanned the whole ward's table for their own 地域; 町丁, where none are
    registered, said 「どの地域にも、このテーマに取り組む団体があります」; and an area whose
    wider area has no group of the theme showed a bare 「—」."""
    ward = {**WARD, "areas": WARD["areas"] + [{"id": "s", "name": "石神井地域", "level": "地域", "parent_id": ""},
                                             {"id": "s1", "name": "関町地区", "level": "地区", "parent_id": "s"}]}
    build_graph(fresh_graph, tmp_path, **ward)
    whole = [r["area"]["name"] for r in client.get("/api/blank-areas?theme=t-kosodate").get_json()["areas"]]
    assert whole == ["桜台地区", "北町地区", "関町地区"]
    within = client.get("/api/blank-areas?theme=t-kosodate&area=s").get_json()
    assert [r["area"]["name"] for r in within["areas"]] == ["関町地区"] and within["within"]["name"] == "石神井地域"
    page = client.get("/blank-areas?theme=t-kosodate&area=s", headers=HTML).get_data(as_text=True)
    assert "石神井地域の中にもありません" in page and '<option value="s" selected>' in page
    assert client.get("/api/blank-areas?theme=t-kosodate&area=nowhere").status_code == 404
    finer = client.get("/blank-areas?theme=t-kosodate&area=s1&level=地域", headers=HTML).get_data(as_text=True)
    assert "関町地区の中に「地域」の単位の地域はありません" in finer and "どの地域にも" not in finer



def test_a_level_with_no_areas_says_so(client, fresh_graph, tmp_path):
    build_graph(fresh_graph, tmp_path, **{**WARD, "areas": WARD["areas"][:4], "group_areas": WARD["group_areas"][1:]})
    empty = client.get("/blank-areas?theme=t-kosodate&level=町丁", headers=HTML).get_data(as_text=True)
    assert "「町丁」の単位の地域は、まだ登録されていません" in empty and "どの地域にも" not in empty
