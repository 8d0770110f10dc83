# i18n: data — other ways offices write a coded value in a spreadsheet (accepted input, not interface text)
"""Other ways of writing a code than its label (service/labels.py) that the importer accepts:
「公開」 for 公開してよい, 「町会」 for 町会・自治会. Add a word here when a ward's files use it."""
from __future__ import annotations

WRITTEN = {
    "sector": {"business": ("事業者", "大学", "事業者・大学"), "public": ("公助", "区", "行政"),
               "chien": ("地縁団体",), "civic": ("区民活動団体", "市民活動")},
    "kind": {"neighborhood_association": ("町会", "自治会", "町内会"), "npo": ("NPO", "特定非営利活動法人"),
             "volunteer_group": ("ボランティア",), "welfare_commissioners": ("民生委員", "児童委員"),
             "ward_department": ("区役所", "区の課")},
    "visibility": {"public": ("公開",), "internal": ("区と関係者", "関係者のみ", "内部"), "private": ("非公開",)},
    "status": {"idea": ("アイデア",), "starting": ("準備中",), "active": ("実施中", "継続中"),
               "ended": ("完了",)},
    "partner_role": {"lead": ("代表", "主体")},
}
