"""Names of the codes stored in the graph (sectors, kinds, statuses, roles …), declared once.

Pages, maps, legends, CSV downloads and the command line show `label(kind, code)`: the
Japanese name here, or its English from the catalogue. Each kind is the message's context,
so one Japanese word with two meanings translates twice ("協力": a partner's role
"supporter", a relation "cooperation").
"""
from __future__ import annotations

from functools import lru_cache

from .lang import NP_, current_locale, text

NAMES = {
    "sector": {"chien": NP_("sector", "地縁"), "civic": NP_("sector", "区民活動"),
               "business": NP_("sector", "事業者・大学"), "public": NP_("sector", "公助(区)"),
               "intermediary": NP_("sector", "中間支援")},
    "kind": {"neighborhood_association": NP_("kind", "町会・自治会"), "npo": NP_("kind", "NPO法人"),
             "volunteer_group": NP_("kind", "ボランティア団体"), "pta": NP_("kind", "PTA"),
             "business": NP_("kind", "事業者"), "university": NP_("kind", "大学"), "school": NP_("kind", "学校"),
             "shopping_street": NP_("kind", "商店会"), "welfare_commissioners": NP_("kind", "民生・児童委員"),
             "ward_department": NP_("kind", "区の部署"), "intermediary": NP_("kind", "中間支援組織"),
             "childcare": NP_("kind", "子育て支援"), "care_service": NP_("kind", "介護事業者"),
             "other": NP_("kind", "その他")},
    "status": {"idea": NP_("status", "構想"), "starting": NP_("status", "立ち上げ中"),
               "active": NP_("status", "活動中"), "ended": NP_("status", "終了")},
    "partner_role": {"lead": NP_("partner_role", "主催"), "partner": NP_("partner_role", "パートナー"),
                     "supporter": NP_("partner_role", "協力"), "coordinator": NP_("partner_role", "コーディネーター")},
    "relation": {"cooperation": NP_("relation", "協力"), "conflict": NP_("relation", "対立")},
    "event_kind": {"festival": NP_("event_kind", "お祭り・フェスティバル"), "fair": NP_("event_kind", "見本市"),
                   "matching_event": NP_("event_kind", "マッチングイベント"), "course": NP_("event_kind", "講座"),
                   "meeting": NP_("event_kind", "会議"), "training": NP_("event_kind", "研修")},
    "type": {"Person": NP_("type", "人"), "Group": NP_("type", "団体"), "Intermediary": NP_("type", "中間支援組織"),
             "Collaboration": NP_("type", "協働"), "Event": NP_("type", "イベント"),
             "Capability": NP_("type", "課題・強み")},
    "strength": {1: NP_("strength", "顔見知り"), 2: NP_("strength", "知り合い"), 3: NP_("strength", "よく知っている")},
    "tie": {"MEMBER_OF": NP_("tie", "所属"), "KNOWS": NP_("tie", "知り合い"), "ATTENDED": NP_("tie", "行事への参加"),
            "LIVES_IN": NP_("tie", "居住地域"), "ORGANIZED": NP_("tie", "行事の主催"), "SUPPORTS": NP_("tie", "区の支援"),
            "PARTNER_IN": NP_("tie", "協働への参加"), "NEEDS": NP_("tie", "課題"), "OFFERS": NP_("tie", "強み"),
            "RELATION": NP_("tie", "団体間の関係"), "ACTIVE_IN": NP_("tie", "活動地域"), "WORKS_ON": NP_("tie", "テーマ"),
            "ADDRESSES": NP_("tie", "協働のテーマ"), "PART_OF": NP_("tie", "上位の地域")},
    "role": {"admin": NP_("role", "管理者"), "staff": NP_("role", "職員"), "viewer": NP_("role", "閲覧者")},
    "introduction": {"proposed": NP_("introduction", "提案"), "contacted": NP_("introduction", "連絡済み"),
                     "met": NP_("introduction", "顔合わせ済み"), "collaborating": NP_("introduction", "協働が始まった"),
                     "declined": NP_("introduction", "見送り")},
    "how": {"joint_event": NP_("how", "合同行事"), "place": NP_("how", "場所の貸し借り"),
            "people": NP_("how", "人の行き来"), "information": NP_("how", "情報の共有"),
            "funding": NP_("how", "資金・物品の支援")},
    "question": {"partners": NP_("question", "協働した団体"), "links": NP_("question", "つなぎ役の人"),
                 "capabilities": NP_("question", "課題と強み")},
    "invite_status": {"not_opened": NP_("invite_status", "未開封"), "opened": NP_("invite_status", "開いた"),
                      "saved": NP_("invite_status", "途中保存"), "submitted": NP_("invite_status", "提出済み")},
    "response_status": {"pending": NP_("response_status", "確認待ち"), "accepted": NP_("response_status", "反映済み"),
                        "rejected": NP_("response_status", "不採用")},
    "visibility": {"public": NP_("visibility", "公開してよい"), "internal": NP_("visibility", "区と関係者だけ"),
                   "private": NP_("visibility", "公開しない")},
}


def label(kind: str, code, locale: str | None = None) -> str:
    """The name of `code` in `locale` (default: the current language); an unknown code is
    shown as it is."""
    if code is None:
        return ""
    name = NAMES[kind].get(code)
    return text(name, locale or current_locale(), context=kind) if name else str(code)


def init_app(app) -> None:
    app.jinja_env.globals["label"] = label


def family_of(codes) -> str | None:
    """The family of NAMES that holds every one of `codes` (a template column's choices)."""
    return next((name for name, family in NAMES.items() if set(codes) <= set(family)), None)


@lru_cache(maxsize=None)
def _written(family: str, codes: tuple) -> dict[str, object]:
    from .search import fold
    found = {}
    from .written import WRITTEN
    for code in codes:
        words = [str(code), label(family, code, "ja"), label(family, code, "en"), *WRITTEN.get(family, {}).get(code, ())]
        found.update({fold(word): code for word in words})
    return found


def code_for(codes: tuple, given: str):
    """The code among `codes` that `given` names: the code itself, the label the site shows
    (in Japanese or English, 全角 or 半角, katakana or hiragana) or a common way of writing
    it (WRITTEN); None when it names none."""
    from .search import fold
    family = family_of(codes)
    if family is None:
        return given if given in codes else None
    return _written(family, tuple(codes)).get(fold(given))


def choices_text(codes: tuple):
    """The values a column accepts, as the reader will see them: labels in their language."""
    from .lang import Lazy
    family = family_of(codes)
    if family is None:
        return ", ".join(map(str, codes))
    return Lazy.joined([Lazy(NAMES[family][code], context=family) for code in codes])


def closest(codes: tuple, given: str):
    """The label (translated where shown) of the code `given` most likely meant (「地緑」 →
    地縁, 「npo法人」 → NPO法人), or None."""
    import difflib
    from .lang import Lazy
    family = family_of(codes)
    if family is None:
        return None
    written = {word: code for code in codes for word in (label(family, code, "ja"), label(family, code, "en"), code)}
    found = difflib.get_close_matches(given, list(written), n=1, cutoff=0.5)
    return Lazy(NAMES[family][written[found[0]]], context=family) if found else None


# Columns of the downloadable lists whose values are codes, and the families that name them
# (tried in order: a status may be a collaboration's, an introduction's, an invitation's …).
COLUMNS = {"sector": ("sector",), "sectors": ("sector",), "kind": ("kind", "event_kind"),
           "status": ("status", "introduction", "invite_status", "response_status"),
           "role": ("partner_role", "role"), "visibility": ("visibility",), "how": ("how",)}


def shown(column: str, value, locale: str | None = None):
    """`value` of a downloaded list's `column` as the site shows it: a code by its label, the
    same value otherwise."""
    for family in COLUMNS.get(column, ()):
        if value in NAMES[family]:
            return label(family, value, locale)
    return value
