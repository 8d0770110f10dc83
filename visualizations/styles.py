"""Colours, shapes and legend texts shared by every map, so a sector looks the same everywhere."""
from __future__ import annotations

SECTOR_COLORS = {  # colour-blind friendly (Okabe–Ito)
    "chien": "#E69F00",        # 地縁
    "civic": "#009E73",        # 区民活動
    "business": "#0072B2",     # 事業者・大学
    "public": "#CC79A7",       # 公助
    "intermediary": "#D55E00", # 中間支援
}
PERSON_COLOR = "#7f8c8d"
COLLABORATION_COLOR = "#F0E442"
UNKNOWN_COLOR = "#bbbbbb"
HIGHLIGHT_COLOR = "#1a1aff"
NEW_TIE_COLOR = "#D55E00"      # begun within a year of the map's day
FADING_TIE_COLOR = "#d5d5d5"   # not confirmed for TSUNAGU_FADE_DAYS

SHAPES = {"Person": "dot", "Group": "square", "Intermediary": "diamond", "Collaboration": "star"}

EDGE_STYLES = {
    "KNOWS": {"color": "#95a5a6"},
    "MEMBER_OF": {"color": "#bdc3c7", "dashes": [2, 4]},
    "PARTNER_IN": {"color": "#b7950b"},
    "RELATION:cooperation": {"color": "#27ae60", "width": 3},
    "RELATION:conflict": {"color": "#c0392b", "width": 3, "dashes": [8, 6]},
}

TEXT = {
    "ja": {
        "sector": {"chien": "地縁", "civic": "区民活動", "business": "事業者・大学",
                   "public": "公助(区)", "intermediary": "中間支援"},
        "type": {"Person": "人", "Group": "団体", "Intermediary": "中間支援組織",
                 "Collaboration": "協働"},
        "edge": {"KNOWS": "知り合い", "MEMBER_OF": "所属", "PARTNER_IN": "協働に参加",
                 "RELATION:cooperation": "協力の歴史", "RELATION:conflict": "対立の歴史",
                 "GROUP_LINK": "団体間のつながり(共通の会員・知り合い)"},
        "anonymous": "(非公開の人)",
        "ties": "つながり",
        "new_tie": "(この1年の新しいつながり)",
        "fading_tie": "(長く確認されていないつながり)",
        "title": "練馬区の協働ネットワーク",
    },
    "en": {
        "sector": {"chien": "Neighbourhood (chien)", "civic": "Civic (NPO, volunteers)",
                   "business": "Business & university", "public": "Ward (public)",
                   "intermediary": "Intermediary"},
        "type": {"Person": "Person", "Group": "Group", "Intermediary": "Intermediary",
                 "Collaboration": "Collaboration"},
        "edge": {"KNOWS": "knows", "MEMBER_OF": "member of", "PARTNER_IN": "partner in",
                 "RELATION:cooperation": "past cooperation", "RELATION:conflict": "past conflict",
                 "GROUP_LINK": "groups linked (shared members, acquaintances)"},
        "anonymous": "(private person)",
        "ties": "ties",
        "new_tie": " (new this year)",
        "fading_tie": " (not confirmed for a long time)",
        "title": "Collaboration network of Nerima",
    },
}

LANGUAGES = tuple(TEXT)


def text(lang: str) -> dict:
    return TEXT.get(lang, TEXT["ja"])


def legend(lang: str) -> dict:
    """Legend entries: sectors with their colour, node types with their shape, edge kinds."""
    words = text(lang)
    return {
        "sectors": [{"key": k, "label": words["sector"][k], "color": c} for k, c in SECTOR_COLORS.items()],
        "types": [{"key": k, "label": words["type"][k], "shape": s} for k, s in SHAPES.items()],
        "edges": [{"key": k, "label": words["edge"][k], **style} for k, style in EDGE_STYLES.items()],
    }
