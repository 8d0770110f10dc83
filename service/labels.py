"""Japanese names of the codes stored in the graph (kinds, sectors, statuses, roles).

Pages show `label(kind, code)`; the English comes from the translation catalog like every
other interface text, so one mechanism translates everything.
"""
from __future__ import annotations

from visualizations import styles

from .lang import gettext

NAMES = {
    "sector": styles.TEXT["ja"]["sector"],  # the maps' legend names them the same way
    "kind": {"neighborhood_association": "町会・自治会", "npo": "NPO法人",
             "volunteer_group": "ボランティア団体", "pta": "PTA", "business": "事業者",
             "university": "大学", "school": "学校", "shopping_street": "商店会",
             "welfare_commissioners": "民生・児童委員", "ward_department": "区の部署",
             "intermediary": "中間支援組織", "childcare": "子育て支援", "care_service": "介護事業者",
             "other": "その他"},
    "status": {"idea": "構想", "starting": "立ち上げ中", "active": "活動中", "ended": "終了"},
    "partner_role": {"lead": "主催", "partner": "パートナー", "supporter": "協力",
                     "coordinator": "コーディネーター"},
    "relation": {"cooperation": "協力", "conflict": "対立"},
    "event_kind": {"festival": "お祭り・フェスティバル", "fair": "見本市", "matching_event": "マッチングイベント",
                   "course": "講座", "meeting": "会議", "training": "研修"},
    "type": {"Person": "人", "Group": "団体", "Collaboration": "協働", "Event": "イベント",
             "Capability": "課題・強み"},
    "strength": {1: "顔見知り", 2: "知り合い", 3: "よく知っている"},
    "role": {"admin": "管理者", "staff": "職員", "viewer": "閲覧者"},
    "introduction": {"proposed": "提案", "contacted": "連絡済み", "met": "顔合わせ済み",
                     "collaborating": "協働が始まった", "declined": "見送り"},
    "how": {"joint_event": "合同行事", "place": "場所の貸し借り", "people": "人の行き来",
            "information": "情報の共有", "funding": "資金・物品の支援"},
    "question": {"partners": "協働した団体", "links": "つなぎ役の人", "capabilities": "課題と強み"},
    "invite_status": {"not_opened": "未開封", "opened": "開いた", "saved": "途中保存", "submitted": "提出済み"},
    "response_status": {"pending": "確認待ち", "accepted": "反映済み", "rejected": "不採用"},
    "visibility": {"public": "公開してよい", "internal": "区と関係者だけ", "private": "公開しない"},
}


def label(kind: str, code) -> str:
    """The name of `code` in the request's language; unknown codes are shown as they are."""
    if code is None:
        return ""
    name = NAMES[kind].get(code)
    return gettext(name) if name else str(code)


def init_app(app) -> None:
    app.jinja_env.globals["label"] = label
