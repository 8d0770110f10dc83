"""Writes the fictional demo network of Nerima into seed/demo/ in the import template.

The groups, collaborations and events follow the ward's own documents (街かどケアカフェ,
子育てのひろば, ねりまコンビニ協働プロジェクト, みどりの区民会議, 練馬野菜のレシピ開発,
学童クラブ × 町会); every person is invented. Ordinary members and their ties are drawn
from a fixed random seed, so running this again writes the same files.

    python seed/build_demo.py
"""
from __future__ import annotations

import csv
import random
from datetime import date, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parent / "demo"
RNG = random.Random(20261122)

AREAS = [  # id, name, level, parent
    ("a-nerima", "練馬地域", "地域", ""), ("a-hikarigaoka", "光が丘地域", "地域", ""),
    ("a-shakujii", "石神井地域", "地域", ""), ("a-oizumi", "大泉地域", "地域", ""),
    ("a-toyotama", "豊玉地区", "地区", "a-nerima"), ("a-sakuradai", "桜台地区", "地区", "a-nerima"),
    ("a-kitamachi", "北町地区", "地区", "a-nerima"),
    ("a-hikari", "光が丘地区", "地区", "a-hikarigaoka"), ("a-tagara", "田柄地区", "地区", "a-hikarigaoka"),
    ("a-takamatsu", "高松地区", "地区", "a-hikarigaoka"),
    ("a-shakujiidai", "石神井台地区", "地区", "a-shakujii"), ("a-sekimachi", "関町地区", "地区", "a-shakujii"),
    ("a-kamishakujii", "上石神井地区", "地区", "a-shakujii"),
    ("a-higashioizumi", "東大泉地区", "地区", "a-oizumi"), ("a-nishioizumi", "西大泉地区", "地区", "a-oizumi"),
    ("a-gakuen", "大泉学園町地区", "地区", "a-oizumi"),
]

THEMES = [("t-kosodate", "子育て"), ("t-mimamori", "高齢者見守り"), ("t-bousai", "防災"),
          ("t-midori", "みどり"), ("t-shoku", "食・農"), ("t-shougai", "障害者"), ("t-bunka", "文化"),
          ("t-tabunka", "多文化共生")]

CAPABILITIES = [  # id, name, category
    ("cap-hitode", "人手", "資源"), ("cap-basho", "場所", "資源"), ("cap-shikin", "資金", "資源"),
    ("cap-koho", "広報", "資源"), ("cap-kaigo", "専門知識（介護）", "専門知識"),
    ("cap-kosodate", "専門知識（子育て）", "専門知識"), ("cap-bousai", "専門知識（防災）", "専門知識"),
    ("cap-wakamono", "若い世代との接点", "つながり"), ("cap-shinrai", "地域の信頼", "つながり"),
    ("cap-chori", "調理技術", "専門知識"), ("cap-yasai", "練馬野菜（地元食材）", "資源"),
    ("cap-kikaku", "企画・運営", "ノウハウ"), ("cap-it", "ITスキル", "ノウハウ"),
]

# id, name, kana, kind, sector, intermediary, areas, themes, members to generate
GROUPS = [
    ("g-chokai-toyotama", "豊玉北町会", "とよたまきたちょうかい", "neighborhood_association", "chien", False, ["a-toyotama"], ["t-mimamori", "t-bousai"], 7),
    ("g-chokai-sakuradai", "桜台一丁目町会", "さくらだいいっちょうめちょうかい", "neighborhood_association", "chien", False, ["a-sakuradai"], ["t-bousai"], 6),
    ("g-chokai-kitamachi", "北町二丁目町会", "きたまちにちょうめちょうかい", "neighborhood_association", "chien", False, ["a-kitamachi"], ["t-bousai"], 5),
    ("g-chokai-hikari", "光が丘第三自治会", "ひかりがおかだいさんじちかい", "neighborhood_association", "chien", False, ["a-hikari"], ["t-kosodate", "t-bousai"], 6),
    ("g-chokai-tagara", "田柄三丁目町会", "たがらさんちょうめちょうかい", "neighborhood_association", "chien", False, ["a-tagara"], ["t-mimamori"], 5),
    ("g-chokai-takamatsu", "高松二丁目町会", "たかまつにちょうめちょうかい", "neighborhood_association", "chien", False, ["a-takamatsu"], ["t-bousai"], 5),
    ("g-chokai-shakujii", "石神井台町会", "しゃくじいだいちょうかい", "neighborhood_association", "chien", False, ["a-shakujiidai"], ["t-midori", "t-bousai"], 6),
    ("g-chokai-sekimachi", "関町北自治会", "せきまちきたじちかい", "neighborhood_association", "chien", False, ["a-sekimachi"], ["t-bousai"], 6),
    ("g-chokai-higashioizumi", "東大泉町会", "ひがしおおいずみちょうかい", "neighborhood_association", "chien", False, ["a-higashioizumi"], ["t-kosodate", "t-mimamori"], 6),
    ("g-chokai-nishioizumi", "西大泉町会", "にしおおいずみちょうかい", "neighborhood_association", "chien", False, ["a-nishioizumi"], ["t-shoku", "t-mimamori"], 5),
    ("g-pta-toyotama", "豊玉小学校PTA", "とよたましょうがっこうぴーてぃーえー", "pta", "chien", False, ["a-toyotama"], ["t-kosodate"], 4),
    ("g-pta-hikari", "光が丘第八小学校PTA", "ひかりがおかだいはちしょうがっこうぴーてぃーえー", "pta", "chien", False, ["a-hikari"], ["t-kosodate"], 4),
    ("g-pta-oizumi", "大泉東小学校PTA", "おおいずみひがししょうがっこうぴーてぃーえー", "pta", "chien", False, ["a-higashioizumi"], ["t-kosodate"], 4),
    ("g-shoten-nerima", "練馬駅北口商店会", "ねりまえききたぐちしょうてんかい", "shopping_street", "chien", False, ["a-toyotama"], ["t-bunka"], 4),
    ("g-shoten-shakujii", "石神井公園商店会", "しゃくじいこうえんしょうてんかい", "shopping_street", "chien", False, ["a-shakujiidai"], ["t-midori", "t-bunka"], 4),
    ("g-minsei-nerima", "練馬地区民生・児童委員協議会", "ねりまちくみんせいじどういいんきょうぎかい", "welfare_commissioners", "chien", False, ["a-nerima"], ["t-mimamori", "t-kosodate"], 4),
    ("g-minsei-oizumi", "大泉地区民生・児童委員協議会", "おおいずみちくみんせいじどういいんきょうぎかい", "welfare_commissioners", "chien", False, ["a-oizumi"], ["t-mimamori"], 3),
    ("g-npo-kosodate", "NPO法人ねりま子育てネット", "ねりまこそだてねっと", "npo", "civic", False, ["a-hikari", "a-sakuradai"], ["t-kosodate"], 6),
    ("g-npo-mimamori", "NPO法人見守りサポートねりま", "みまもりさぽーとねりま", "npo", "civic", False, ["a-toyotama", "a-kitamachi"], ["t-mimamori"], 5),
    ("g-npo-bousai", "防災ねりまの会", "ぼうさいねりまのかい", "npo", "civic", False, ["a-sekimachi", "a-kamishakujii"], ["t-bousai"], 5),
    ("g-npo-shougai", "NPO法人ともに生きる練馬", "ともにいきるねりま", "npo", "civic", False, ["a-takamatsu"], ["t-shougai", "t-shoku"], 5),
    ("g-npo-midori", "石神井みどりの会", "しゃくじいみどりのかい", "npo", "civic", False, ["a-shakujiidai"], ["t-midori"], 5),
    ("g-npo-shokudo", "大泉こども食堂", "おおいずみこどもしょくどう", "npo", "civic", False, ["a-nishioizumi"], ["t-kosodate", "t-shoku"], 5),
    ("g-vol-cafe", "街かどケアの会", "まちかどけあのかい", "volunteer_group", "civic", False, ["a-toyotama"], ["t-mimamori"], 6),
    ("g-vol-yomikikase", "おはなしポケット", "おはなしぽけっと", "volunteer_group", "civic", False, ["a-hikari"], ["t-kosodate", "t-bunka"], 4),
    ("g-vol-hikari", "光が丘ふれあいボランティア", "ひかりがおかふれあいぼらんてぃあ", "volunteer_group", "civic", False, ["a-hikari", "a-tagara"], ["t-mimamori"], 5),
    ("g-vol-oizumi", "大泉さんぽの会", "おおいずみさんぽのかい", "volunteer_group", "civic", False, ["a-gakuen"], ["t-mimamori", "t-midori"], 4),
    ("g-vol-tabunka", "ねりま多文化サロン", "ねりまたぶんかさろん", "volunteer_group", "civic", False, ["a-kitamachi"], ["t-tabunka"], 4),
    ("g-vol-nouen", "練馬農園ボランティア", "ねりまのうえんぼらんてぃあ", "volunteer_group", "civic", False, ["a-gakuen"], ["t-shoku", "t-midori"], 4),
    ("g-biz-gakudo", "民間学童クラブ あおぞらキッズ", "あおぞらきっず", "childcare", "business", False, ["a-higashioizumi"], ["t-kosodate"], 3),
    ("g-biz-care", "ケアサービスねりま株式会社", "けあさーびすねりま", "care_service", "business", False, ["a-nerima", "a-hikarigaoka"], ["t-mimamori"], 3),
    ("g-biz-conv-toyotama", "コンビニ 練馬豊玉店", "こんびにねりまとよたまてん", "business", "business", False, ["a-toyotama"], ["t-mimamori"], 2),
    ("g-biz-conv-hikari", "コンビニ 光が丘公園店", "こんびにひかりがおかこうえんてん", "business", "business", False, ["a-hikari"], ["t-mimamori"], 2),
    ("g-biz-conv-oizumi", "コンビニ 大泉学園店", "こんびにおおいずみがくえんてん", "business", "business", False, ["a-gakuen"], ["t-mimamori"], 2),
    ("g-biz-chefs", "練馬シェフの会", "ねりましぇふのかい", "business", "business", False, ["a-nerima", "a-oizumi"], ["t-shoku"], 4),
    ("g-biz-noka", "練馬野菜生産者グループ", "ねりまやさいせいさんしゃぐるーぷ", "business", "business", False, ["a-oizumi", "a-gakuen"], ["t-shoku", "t-midori"], 3),
    ("g-univ", "練馬学園大学 地域連携センター", "ねりまがくえんだいがく", "university", "business", False, ["a-kitamachi"], ["t-mimamori", "t-kosodate"], 4),
    ("g-dept-kyodo", "練馬区 協働推進課", "きょうどうすいしんか", "ward_department", "public", False, ["a-nerima"], [], 2),
    ("g-dept-kosodate", "練馬区 子育て支援課", "こそだてしえんか", "ward_department", "public", False, ["a-nerima"], ["t-kosodate"], 2),
    ("g-dept-koreisha", "練馬区 高齢者支援課", "こうれいしゃしえんか", "ward_department", "public", False, ["a-nerima"], ["t-mimamori"], 2),
    ("g-dept-midori", "練馬区 みどり推進課", "みどりすいしんか", "ward_department", "public", False, ["a-nerima"], ["t-midori"], 2),
    ("g-dept-bousai", "練馬区 防災計画課", "ぼうさいけいかくか", "ward_department", "public", False, ["a-nerima"], ["t-bousai"], 2),
    ("g-school-toyotama", "豊玉中学校", "とよたまちゅうがっこう", "school", "public", False, ["a-toyotama"], ["t-kosodate", "t-bousai"], 2),
    ("g-shakyo", "練馬区社会福祉協議会", "ねりまくしゃかいふくしきょうぎかい", "intermediary", "intermediary", True, ["a-nerima", "a-hikarigaoka", "a-shakujii", "a-oizumi"], ["t-mimamori", "t-kosodate"], 3),
    ("g-midori-center", "みどりのまちづくりセンター", "みどりのまちづくりせんたー", "intermediary", "intermediary", True, ["a-nerima", "a-shakujii", "a-oizumi"], ["t-midori"], 2),
    ("g-jinzai-bank", "ねりま地域人材バンク", "ねりまちいきじんざいばんく", "intermediary", "intermediary", True, ["a-nerima", "a-hikarigaoka", "a-shakujii", "a-oizumi"], [], 2),
]

# The bridging people: id, name, kana, visibility, [(group, role)], home area
KEY_PEOPLE = [
    ("p-001", "田中 美和子", "たなか みわこ", "public", [("g-chokai-toyotama", "役員"), ("g-vol-cafe", "ボランティア"), ("g-minsei-nerima", "会員")], "a-toyotama"),
    ("p-002", "鈴木 健一", "すずき けんいち", "public", [("g-shakyo", "スタッフ"), ("g-jinzai-bank", "スタッフ")], "a-kitamachi"),
    ("p-003", "高橋 由美", "たかはし ゆみ", "public", [("g-pta-hikari", "会長"), ("g-npo-kosodate", "会員"), ("g-chokai-hikari", "会員")], "a-hikari"),
    ("p-004", "渡辺 誠", "わたなべ まこと", "public", [("g-chokai-higashioizumi", "会長"), ("g-pta-oizumi", "会員")], "a-higashioizumi"),
    ("p-005", "伊藤 さくら", "いとう さくら", "public", [("g-univ", "スタッフ"), ("g-npo-mimamori", "役員")], "a-kitamachi"),
    ("p-006", "山本 浩二", "やまもと こうじ", "public", [("g-npo-midori", "会長"), ("g-chokai-shakujii", "役員"), ("g-shoten-shakujii", "会員")], "a-shakujiidai"),
    ("p-007", "中村 陽子", "なかむら ようこ", "internal", [("g-midori-center", "スタッフ")], "a-shakujiidai"),
    ("p-008", "小林 大輔", "こばやし だいすけ", "public", [("g-biz-chefs", "会長"), ("g-biz-noka", "会員")], "a-gakuen"),
    ("p-009", "加藤 直美", "かとう なおみ", "internal", [("g-npo-shokudo", "会長"), ("g-chokai-nishioizumi", "会員"), ("g-minsei-oizumi", "会員")], "a-nishioizumi"),
    ("p-010", "吉田 翔", "よしだ しょう", "internal", [("g-dept-kyodo", "担当職員")], "a-nerima"),
    ("p-011", "佐藤 久美子", "さとう くみこ", "internal", [("g-biz-gakudo", "会長")], "a-higashioizumi"),
    ("p-012", "松本 隆", "まつもと たかし", "private", [("g-chokai-sekimachi", "役員"), ("g-npo-bousai", "会員")], "a-sekimachi"),
]

SURNAMES = [("井上", "いのうえ"), ("木村", "きむら"), ("林", "はやし"), ("清水", "しみず"), ("山崎", "やまざき"),
            ("森", "もり"), ("池田", "いけだ"), ("橋本", "はしもと"), ("阿部", "あべ"), ("石川", "いしかわ"),
            ("山下", "やました"), ("中島", "なかじま"), ("石井", "いしい"), ("小川", "おがわ"), ("前田", "まえだ"),
            ("岡田", "おかだ"), ("長谷川", "はせがわ"), ("藤田", "ふじた"), ("後藤", "ごとう"), ("近藤", "こんどう"),
            ("村上", "むらかみ"), ("遠藤", "えんどう"), ("青木", "あおき"), ("坂本", "さかもと"), ("斉藤", "さいとう"),
            ("福田", "ふくだ"), ("太田", "おおた"), ("西村", "にしむら"), ("藤井", "ふじい"), ("金子", "かねこ"),
            ("髙橋", "たかはし"), ("山﨑", "やまざき"), ("三浦", "みうら"), ("岡本", "おかもと"), ("松田", "まつだ")]
GIVEN = [("恵子", "けいこ"), ("博", "ひろし"), ("明美", "あけみ"), ("正人", "まさと"), ("裕子", "ゆうこ"),
         ("修", "おさむ"), ("真理", "まり"), ("健太", "けんた"), ("彩", "あや"), ("大輝", "だいき"),
         ("千尋", "ちひろ"), ("拓也", "たくや"), ("弘子", "ひろこ"), ("勇", "いさむ"), ("里美", "さとみ"),
         ("和夫", "かずお"), ("智子", "ともこ"), ("翼", "つばさ"), ("陽菜", "ひな"), ("蓮", "れん"),
         ("幸子", "さちこ"), ("茂", "しげる"), ("麻衣", "まい"), ("悠真", "ゆうま"), ("澄江", "すみえ")]

LEAD_ROLE = {"ward_department": "担当職員", "intermediary": "スタッフ", "business": "スタッフ",
             "care_service": "スタッフ", "childcare": "スタッフ", "university": "スタッフ",
             "school": "スタッフ"}

COLLABORATIONS = [  # id, name, status, started, themes, partners[(group, role, since)]
    ("c-care-cafe", "街かどケアカフェ とよたま", "active", "2016-04-01", ["t-mimamori"],
     [("g-vol-cafe", "lead", "2016-04-01"), ("g-chokai-toyotama", "partner", "2016-04-01"),
      ("g-npo-mimamori", "partner", "2017-06-01"), ("g-biz-care", "supporter", "2018-04-01"),
      ("g-shakyo", "coordinator", "2016-04-01")]),
    ("c-hiroba", "子育てのひろば ひかりがおか", "active", "2018-10-01", ["t-kosodate"],
     [("g-npo-kosodate", "lead", "2018-10-01"), ("g-chokai-hikari", "partner", "2018-10-01"),
      ("g-pta-hikari", "partner", "2018-10-01"), ("g-vol-yomikikase", "partner", "2019-05-01"),
      ("g-shakyo", "coordinator", "2018-10-01")]),
    ("c-conveni", "ねりまコンビニ協働プロジェクト", "active", "2019-07-01", ["t-mimamori"],
     [("g-univ", "lead", "2019-07-01"), ("g-biz-care", "partner", "2019-07-01"),
      ("g-biz-conv-toyotama", "partner", "2019-07-01"), ("g-biz-conv-hikari", "partner", "2019-09-01"),
      ("g-biz-conv-oizumi", "partner", "2020-04-01"), ("g-npo-mimamori", "supporter", "2020-04-01")]),
    ("c-midori-kaigi", "みどりの区民会議", "active", "2017-11-01", ["t-midori"],
     [("g-midori-center", "coordinator", "2017-11-01"), ("g-npo-midori", "partner", "2017-11-01"),
      ("g-chokai-shakujii", "partner", "2017-11-01"), ("g-shoten-shakujii", "partner", "2018-04-01"),
      ("g-vol-nouen", "partner", "2019-04-01")]),
    ("c-recipe", "練馬野菜レシピ開発プロジェクト", "starting", "2024-09-01", ["t-shoku", "t-shougai"],
     [("g-biz-chefs", "lead", "2024-09-01"), ("g-biz-noka", "partner", "2024-09-01"),
      ("g-npo-shougai", "partner", "2024-11-01")]),
    ("c-gakudo", "学童クラブ×町会 見守りと行事協力", "active", "2020-05-01", ["t-kosodate"],
     [("g-biz-gakudo", "lead", "2020-05-01"), ("g-chokai-higashioizumi", "partner", "2020-05-01"),
      ("g-pta-oizumi", "supporter", "2021-04-01")]),
    ("c-shokudo", "大泉こども食堂", "active", "2021-06-01", ["t-kosodate", "t-shoku"],
     [("g-npo-shokudo", "lead", "2021-06-01"), ("g-chokai-nishioizumi", "partner", "2021-06-01"),
      ("g-minsei-oizumi", "partner", "2021-06-01"), ("g-biz-chefs", "supporter", "2023-02-01")]),
    ("c-bousai", "関町 多世代防災訓練", "idea", "2026-04-01", ["t-bousai"],
     [("g-chokai-sekimachi", "lead", "2026-04-01"), ("g-npo-bousai", "partner", "2026-04-01")]),
    ("c-tabunka", "多文化防災ワークショップ", "ended", "2019-01-15", ["t-tabunka", "t-bousai"],
     [("g-vol-tabunka", "lead", "2019-01-15"), ("g-chokai-kitamachi", "partner", "2019-01-15")]),
]

SUPPORTS = [("g-dept-koreisha", "c-care-cafe", "助成", "2016-04-01"),
            ("g-dept-kosodate", "c-hiroba", "場所", "2018-10-01"),
            ("g-dept-koreisha", "c-conveni", "相談", "2019-07-01"),
            ("g-dept-midori", "c-midori-kaigi", "相談", "2017-11-01"),
            ("g-dept-kyodo", "c-recipe", "助成", "2024-09-01"),
            ("g-dept-bousai", "g-npo-bousai", "相談", "2022-04-01"),
            ("g-dept-kyodo", "g-jinzai-bank", "助成", "2020-04-01"),
            ("g-dept-kosodate", "g-npo-shokudo", "助成", "2021-06-01")]

# The ward's administration across its silos (縦割り): seven more departments, each with its
# themes, two staff and the groups and collaborations it supports, drawn from their own random
# seed so that everything above stays as it was. Fictional, like the rest.
DEPARTMENTS = [  # id, name, kana, themes
    ("g-dept-fukushi", "練馬区 地域福祉課", "ちいきふくしか", ["t-mimamori", "t-shougai"]),
    ("g-dept-shougai", "練馬区 障害者施策推進課", "しょうがいしゃしさくすいしんか", ["t-shougai"]),
    ("g-dept-kankyo", "練馬区 環境課", "かんきょうか", ["t-midori"]),
    ("g-dept-gakko", "練馬区 学校教育支援課", "がっこうきょういくしえんか", ["t-kosodate"]),
    ("g-dept-seishonen", "練馬区 青少年課", "せいしょうねんか", ["t-kosodate", "t-bunka"]),
    ("g-dept-shoko", "練馬区 商工観光課", "しょうこうかんこうか", ["t-bunka", "t-shoku"]),
    ("g-dept-nogyo", "練馬区 都市農業課", "としのうぎょうか", ["t-shoku", "t-midori"]),
    ("g-dept-bunka", "練馬区 文化・生涯学習課", "ぶんか・しょうがいがくしゅうか", ["t-bunka", "t-tabunka"]),
]
DEPT_RNG = random.Random(20261206)
TIME_RNG = random.Random(20261207)
DEMO_DAY = date(2026, 11, 1)  # the day the demo describes (its ties are confirmed up to then)
PROGRAMS = ["助成", "場所", "相談", "広報", "委託", "後援"]

EVENTS = [  # id, name, date, kind, organizers
    ("e-fes-2024", "地域活動フェスティバル 2024", "2024-10-20", "festival", ["g-dept-kyodo", "g-shakyo"]),
    ("e-fes-2025", "地域活動フェスティバル 2025", "2025-10-19", "festival", ["g-dept-kyodo", "g-shakyo"]),
    ("e-mihonichi-2025", "地域活動見本市 2025", "2025-06-14", "fair", ["g-shakyo", "g-jinzai-bank"]),
    ("e-matching-2025", "マッチングイベント「課題×強み」", "2025-11-08", "matching_event", ["g-dept-kyodo", "g-shakyo"]),
    ("e-en-2025a", "練馬Enカレッジ 協働入門講座", "2025-05-17", "course", ["g-dept-kyodo"]),
    ("e-en-2025b", "練馬Enカレッジ 地域コーディネーター講座", "2025-09-06", "course", ["g-dept-kyodo", "g-shakyo"]),
    ("e-midori-2025", "第8回 みどりの区民会議", "2025-07-05", "meeting", ["g-midori-center"]),
    ("e-bousai-2025", "関町 合同防災訓練", "2025-09-01", "training", ["g-chokai-sekimachi"]),
]

RELATIONS = [
    ("g-chokai-toyotama", "g-vol-cafe", "cooperation", "2016-04-01", "街かどケアカフェを町会会館で開催"),
    ("g-chokai-higashioizumi", "g-biz-gakudo", "cooperation", "2020-05-01", "学童クラブの行事を町会が手伝い、保護者とのつながりができた"),
    ("g-chokai-hikari", "g-pta-hikari", "cooperation", "2015-04-01", "夏祭りの共催"),
    ("g-npo-midori", "g-chokai-shakujii", "cooperation", "2017-11-01", "石神井公園周辺の清掃"),
    ("g-chokai-nishioizumi", "g-npo-shokudo", "cooperation", "2021-06-01", "会館を食堂の会場に提供"),
    ("g-biz-chefs", "g-npo-shokudo", "cooperation", "2023-02-01", "月1回の調理協力"),
    ("g-chokai-sakuradai", "g-npo-kosodate", "conflict", "2019-03-01", "事前の相談なく行事の実施が決まり、町会役員が反発した"),
    ("g-chokai-tagara", "g-vol-hikari", "conflict", "2021-09-01", "掲示板の使い方をめぐって対立"),
]

NEEDS = [  # group, capability, priority, note
    ("g-chokai-toyotama", "cap-wakamono", 1, "役員の高齢化"), ("g-chokai-toyotama", "cap-it", 2, "回覧板の電子化"),
    ("g-chokai-sakuradai", "cap-hitode", 1, "防災訓練の担い手不足"), ("g-chokai-sakuradai", "cap-wakamono", 2, ""),
    ("g-chokai-kitamachi", "cap-hitode", 1, ""), ("g-chokai-hikari", "cap-koho", 2, "若い世帯に情報が届かない"),
    ("g-chokai-tagara", "cap-hitode", 1, "見守り訪問の人手"), ("g-chokai-takamatsu", "cap-wakamono", 1, ""),
    ("g-chokai-shakujii", "cap-hitode", 2, ""), ("g-chokai-sekimachi", "cap-bousai", 1, "訓練内容の見直し"),
    ("g-chokai-sekimachi", "cap-wakamono", 2, ""), ("g-chokai-higashioizumi", "cap-hitode", 2, ""),
    ("g-chokai-nishioizumi", "cap-koho", 2, ""), ("g-pta-toyotama", "cap-basho", 2, ""),
    ("g-shoten-nerima", "cap-koho", 1, "空き店舗の活用"), ("g-minsei-nerima", "cap-hitode", 1, "委員のなり手不足"),
    ("g-npo-kosodate", "cap-basho", 1, "ひろばの会場"), ("g-npo-kosodate", "cap-shinrai", 2, "町会との関係づくり"),
    ("g-npo-mimamori", "cap-shikin", 1, ""), ("g-npo-bousai", "cap-shinrai", 1, "地域への入り口"),
    ("g-npo-bousai", "cap-basho", 2, ""), ("g-npo-shougai", "cap-koho", 1, "商品の販路"),
    ("g-npo-midori", "cap-wakamono", 2, ""), ("g-npo-shokudo", "cap-yasai", 1, "食材の確保"),
    ("g-npo-shokudo", "cap-shikin", 2, ""), ("g-vol-cafe", "cap-kaigo", 1, "認知症の方への対応"),
    ("g-vol-yomikikase", "cap-basho", 2, ""), ("g-vol-hikari", "cap-shinrai", 1, ""),
    ("g-vol-tabunka", "cap-basho", 1, ""), ("g-vol-tabunka", "cap-koho", 2, ""),
    ("g-biz-gakudo", "cap-hitode", 1, "行事の見守り"), ("g-biz-gakudo", "cap-shinrai", 2, ""),
    ("g-biz-care", "cap-koho", 2, ""), ("g-biz-chefs", "cap-yasai", 1, "練馬野菜の仕入れ"),
    ("g-univ", "cap-shinrai", 2, "学生の実践の場"), ("g-biz-conv-toyotama", "cap-kaigo", 1, "認知症の方への声かけ"),
]
OFFERS = [
    ("g-chokai-toyotama", "cap-basho", 1, "町会会館"), ("g-chokai-toyotama", "cap-shinrai", 1, ""),
    ("g-chokai-sakuradai", "cap-basho", 2, "町会会館"), ("g-chokai-hikari", "cap-basho", 1, "集会所"),
    ("g-chokai-tagara", "cap-koho", 2, "回覧板"), ("g-chokai-shakujii", "cap-shinrai", 1, ""),
    ("g-chokai-sekimachi", "cap-basho", 2, "防災倉庫と広場"), ("g-chokai-higashioizumi", "cap-shinrai", 1, ""),
    ("g-chokai-higashioizumi", "cap-hitode", 2, ""), ("g-chokai-nishioizumi", "cap-basho", 1, "町会会館"),
    ("g-chokai-kitamachi", "cap-koho", 2, "掲示板"), ("g-pta-hikari", "cap-wakamono", 1, ""),
    ("g-pta-oizumi", "cap-wakamono", 1, ""), ("g-pta-toyotama", "cap-hitode", 2, ""),
    ("g-shoten-nerima", "cap-basho", 2, "空き店舗"), ("g-shoten-shakujii", "cap-koho", 2, ""),
    ("g-minsei-nerima", "cap-shinrai", 1, ""), ("g-minsei-oizumi", "cap-shinrai", 1, ""),
    ("g-npo-kosodate", "cap-kosodate", 1, ""), ("g-npo-kosodate", "cap-kikaku", 2, ""),
    ("g-npo-mimamori", "cap-kaigo", 1, ""), ("g-npo-mimamori", "cap-hitode", 2, ""),
    ("g-npo-bousai", "cap-bousai", 1, ""), ("g-npo-bousai", "cap-wakamono", 2, "大学生の会員"),
    ("g-npo-shougai", "cap-hitode", 2, ""), ("g-npo-midori", "cap-kikaku", 2, ""),
    ("g-vol-cafe", "cap-hitode", 1, ""), ("g-vol-yomikikase", "cap-kosodate", 2, ""),
    ("g-vol-hikari", "cap-hitode", 1, ""), ("g-vol-oizumi", "cap-hitode", 2, ""),
    ("g-vol-tabunka", "cap-wakamono", 2, ""), ("g-vol-nouen", "cap-yasai", 2, ""),
    ("g-biz-gakudo", "cap-wakamono", 1, ""), ("g-biz-care", "cap-kaigo", 1, ""),
    ("g-biz-conv-toyotama", "cap-basho", 2, "店頭"), ("g-biz-conv-hikari", "cap-koho", 2, "店頭ポスター"),
    ("g-biz-chefs", "cap-chori", 1, ""), ("g-biz-noka", "cap-yasai", 1, ""),
    ("g-univ", "cap-wakamono", 1, "学生ボランティア"), ("g-univ", "cap-it", 2, ""),
    ("g-dept-kyodo", "cap-shikin", 1, "協働事業の助成"), ("g-dept-kosodate", "cap-basho", 2, "区立施設"),
    ("g-school-toyotama", "cap-basho", 2, "体育館"), ("g-shakyo", "cap-kikaku", 1, "コーディネート"),
    ("g-shakyo", "cap-koho", 2, ""), ("g-jinzai-bank", "cap-hitode", 1, "登録ボランティア"),
    ("g-midori-center", "cap-kikaku", 1, ""),
]

# Ties between key people that make them bridges (a, b, strength, since, context)
KEY_TIES = [
    ("p-001", "p-002", 3, "2016-04-01", "街かどケアカフェの立ち上げ"),
    ("p-002", "p-003", 2, "2018-10-01", "子育てのひろば"),
    ("p-002", "p-010", 3, "2020-04-01", "人材バンクの運営"),
    ("p-002", "p-009", 2, "2021-06-01", "こども食堂の相談"),
    ("p-005", "p-001", 2, "2019-07-01", "コンビニ協働プロジェクト説明会"),
    ("p-005", "p-010", 2, "2019-07-01", "協働事業提案"),
    ("p-004", "p-011", 3, "2020-05-01", "学童クラブからの相談"),
    ("p-006", "p-007", 3, "2017-11-01", "みどりの区民会議"),
    ("p-007", "p-010", 2, "2018-04-01", "庁内連絡会"),
    ("p-008", "p-009", 3, "2023-02-01", "こども食堂の調理協力"),
    ("p-008", "p-010", 1, "2024-09-01", "レシピ開発の助成相談"),
    ("p-012", "p-010", 1, "2025-05-17", "練馬Enカレッジ"),
    ("p-004", "p-009", 2, "2019-04-01", "大泉地域の町会連合会"),
    ("p-003", "p-001", 1, "2024-10-20", "地域活動フェスティバル"),
]


def main() -> None:
    people, memberships, person_areas = _people()
    knows = _knows(memberships)
    attendance = _attendance(people)
    supports = _departments(people, memberships, person_areas, knows)
    knows = _unique(knows)
    knows, memberships = _over_time(knows, memberships, attendance)
    groups = GROUPS + [(d, name, kana, "ward_department", "public", False, ["a-nerima"], themes, 2)
                       for d, name, kana, themes in DEPARTMENTS]
    OUT.mkdir(exist_ok=True)
    _write("areas", ["id", "name", "level", "parent_id"], AREAS)
    _write("themes", ["id", "name"], THEMES)
    _write("capabilities", ["id", "name", "category"], CAPABILITIES)
    _write("people", ["id", "name", "kana", "visibility"], people)
    _write("groups", ["id", "name", "kana", "kind", "sector", "intermediary"],
           [(g[0], g[1], g[2], g[3], g[4], "true" if g[5] else "false") for g in groups])
    _write("collaborations", ["id", "name", "status", "started"], [c[:4] for c in COLLABORATIONS])
    _write("events", ["id", "name", "date", "kind"], [e[:4] for e in EVENTS])
    _write("memberships", ["person_id", "group_id", "role", "since", "until", "confirmed"], memberships)
    _write("knows", ["person_id", "other_id", "strength", "since", "context", "confirmed"], knows)
    _write("partners", ["group_id", "collaboration_id", "role", "since"],
           [(g, c[0], role, since) for c in COLLABORATIONS for g, role, since in c[5]])
    _write("needs", ["group_id", "capability_id", "priority", "note"], NEEDS)
    _write("offers", ["group_id", "capability_id", "priority", "note"], OFFERS)
    _write("relations", ["group_id", "other_id", "kind", "since", "note"], RELATIONS)
    _write("group_areas", ["group_id", "area_id"], [(g[0], a) for g in groups for a in g[6]])
    _write("person_areas", ["person_id", "area_id"], person_areas)
    _write("group_themes", ["group_id", "theme_id"], [(g[0], t) for g in groups for t in g[7]])
    _write("collaboration_themes", ["collaboration_id", "theme_id"],
           [(c[0], t) for c in COLLABORATIONS for t in c[4]])
    _write("attendance", ["person_id", "event_id"], attendance)
    _write("organizers", ["group_id", "event_id"], [(g, e[0]) for e in EVENTS for g in e[4]])
    _write("supports", ["department_id", "target_id", "program", "since"], supports)


def _people():
    people, memberships, person_areas = [], [], []
    used_names = {p[1] for p in KEY_PEOPLE}
    for pid, name, kana, visibility, groups, area in KEY_PEOPLE:
        people.append((pid, name, kana, visibility))
        person_areas.append((pid, area))
        for group, role in groups:
            memberships.append((pid, group, role, f"{RNG.randint(2008, 2020)}-04-01", ""))
    counter = len(KEY_PEOPLE)
    key_counts = {}
    for _, _, _, _, groups, _ in KEY_PEOPLE:
        for group, _ in groups:
            key_counts[group] = key_counts.get(group, 0) + 1
    for gid, _, _, kind, _, _, areas, _, size in GROUPS:
        for index in range(max(size - key_counts.get(gid, 0), 1)):
            counter += 1
            pid = f"p-{counter:03d}"
            name, kana = _new_name(RNG, used_names)
            visibility = RNG.choices(["public", "internal", "private"], [2, 7, 1])[0]
            people.append((pid, name, kana, visibility))
            role = (LEAD_ROLE.get(kind, "会長") if index == 0 and not key_counts.get(gid)
                    else LEAD_ROLE.get(kind, RNG.choice(["役員", "会員", "会員", "ボランティア"])))
            memberships.append((pid, gid, role, f"{RNG.randint(2005, 2024)}-04-01", ""))
            person_areas.append((pid, RNG.choice(areas) if not areas[0].endswith(("nerima", "oizumi"))
                                 else RNG.choice(["a-toyotama", "a-sakuradai", "a-gakuen", "a-nishioizumi"])))
    # a few people who left their group, and a few who belong to a second group nearby
    for pid, gid, *_ in RNG.sample([m for m in memberships if m[0] > "p-012"], 6):
        memberships.append((pid, RNG.choice([g[0] for g in GROUPS if g[4] == "civic"]), "会員", "2019-04-01", "2024-03-31"))
    return people, _unique(memberships), person_areas


def _new_name(rng: random.Random, used: set[str]) -> tuple[str, str]:
    """A name (and its reading) no one in `used` has yet, drawn by `rng`; added to `used`."""
    while True:
        (sur, sur_kana), (given, given_kana) = rng.choice(SURNAMES), rng.choice(GIVEN)
        if f"{sur} {given}" not in used:
            break
    used.add(f"{sur} {given}")
    return f"{sur} {given}", f"{sur_kana} {given_kana}"


def _departments(people, memberships, person_areas, knows) -> list[tuple]:
    """The departments' staff (added to the lists given) and every support: each department
    supports a few of the groups and collaborations working on its themes, so that some are
    supported by several departments whose staff do not know one another."""
    used = {p[1] for p in people}
    counter = len(people)
    themes_of = {g[0]: set(g[7]) for g in GROUPS}
    themes_of.update({c[0]: set(c[4]) for c in COLLABORATIONS})
    members: dict[str, list[str]] = {}
    for pid, gid, *_ in memberships:
        members.setdefault(gid, []).append(pid)
    supports = list(SUPPORTS)
    for dept, _, _, themes in DEPARTMENTS:
        staff = []
        for _ in range(2):
            counter += 1
            pid = f"p-{counter:03d}"
            name, kana = _new_name(DEPT_RNG, used)
            people.append((pid, name, kana, "internal"))
            memberships.append((pid, dept, "担当職員", f"{DEPT_RNG.randint(2012, 2024)}-04-01", ""))
            person_areas.append((pid, "a-nerima"))
            staff.append(pid)
        knows.append((staff[0], staff[1], 3, f"{DEPT_RNG.randint(2015, 2024)}-04-01", "同じ課"))
        reached = sorted(t for t, found in themes_of.items() if found & set(themes) and not t.startswith("g-dept"))
        for target in DEPT_RNG.sample(reached, min(len(reached), DEPT_RNG.randint(7, 10))):
            supports.append((dept, target, DEPT_RNG.choice(PROGRAMS), f"{DEPT_RNG.randint(2012, 2025)}-04-01"))
            if target in members and DEPT_RNG.random() < 0.4:  # staff who know someone there
                knows.append((DEPT_RNG.choice(staff), DEPT_RNG.choice(members[target]), 1,
                              f"{DEPT_RNG.randint(2018, 2025)}-06-01", "担当業務"))
    return _unique(supports)


def _over_time(knows, memberships, attendance):
    """A network that behaves like a real one over time (its own random seed: what is above
    stays as it was): people who met at an event know each other from that day, and each tie
    was last confirmed some time after it began — most lately, some years ago (fading ties)."""
    tied = {tuple(sorted(k[:2])) for k in knows}
    by_event: dict[str, list[str]] = {}
    for pid, event in attendance:
        by_event.setdefault(event, []).append(pid)
    for event_id, name, day, *_ in EVENTS:
        met = by_event.get(event_id, [])
        pairs = [(a, b) for i, a in enumerate(met) for b in met[i + 1:] if tuple(sorted((a, b))) not in tied]
        for a, b in TIME_RNG.sample(pairs, min(len(pairs), 4)):
            knows.append((a, b, 1, day, name))
            tied.add(tuple(sorted((a, b))))
    return ([(*k, _confirmed(k[3])) for k in knows],
            [(*m, "" if m[4] else _confirmed(m[3])) for m in memberships])


def _confirmed(since: str) -> str:
    """A day between the tie's beginning and the demo's day: recent for most ties, years ago
    for about one in four (they fade: 「薄れたつながりを除く」 leaves them out)."""
    begun = date.fromisoformat(since) if since else date(2015, 4, 1)
    span = max((DEMO_DAY - begun).days, 0)
    if TIME_RNG.random() < 0.25:
        return (begun + timedelta(days=TIME_RNG.randint(0, span // 3))).isoformat()
    return (DEMO_DAY - timedelta(days=TIME_RNG.randint(0, min(span, 500)))).isoformat()


def _knows(memberships):
    by_group: dict[str, list[str]] = {}
    for pid, gid, *_ in memberships:
        by_group.setdefault(gid, []).append(pid)
    names = {g[0]: g[1] for g in GROUPS}
    ties = {}
    for gid, members in by_group.items():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if RNG.random() < 0.7:
                    ties[tuple(sorted((a, b)))] = (RNG.choice([2, 3]), f"{RNG.randint(2010, 2024)}-06-01", names[gid])
    everyone = sorted({m[0] for m in memberships})
    for _ in range(40):  # weak ties met at events and in the neighbourhood
        a, b = RNG.sample(everyone, 2)
        ties.setdefault(tuple(sorted((a, b))), (1, f"{RNG.randint(2018, 2025)}-10-01", "地域の行事"))
    for a, b, strength, since, context in KEY_TIES:
        ties[tuple(sorted((a, b)))] = (strength, since, context)
    return [(a, b, *value) for (a, b), value in sorted(ties.items())]


def _attendance(people):
    rows = []
    ids = [p[0] for p in people]
    for event in EVENTS:
        chosen = set(RNG.sample(ids, 14))
        chosen |= {"p-002", "p-010"} if event[3] in ("festival", "matching_event", "fair") else set()
        rows.extend((pid, event[0]) for pid in sorted(chosen))
    rows.extend([("p-001", "e-matching-2025"), ("p-003", "e-matching-2025"), ("p-006", "e-midori-2025"),
                 ("p-007", "e-midori-2025"), ("p-012", "e-en-2025a"), ("p-012", "e-bousai-2025")])
    return _unique(rows)


def _unique(rows):
    seen, result = set(), []
    for row in rows:
        if row[:2] not in seen:
            seen.add(row[:2])
            result.append(row)
    return result


def _write(stem, header, rows):
    with open(OUT / f"{stem}.csv", "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)


if __name__ == "__main__":
    main()
