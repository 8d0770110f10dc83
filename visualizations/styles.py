"""Colours and shapes shared by every map, so a sector looks the same everywhere. The words
(names of sectors, kinds of ties, …) come from the caller, in the reader's language."""
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
NEW_TIE_COLOR = "#56B4E9"      # begun within a year of the map's day (sky blue: no sector has it)
FADING_TIE_COLOR = "#d5d5d5"   # not confirmed for TSUNAGU_FADE_DAYS

SHAPES = {"Person": "dot", "Group": "square", "Intermediary": "diamond", "Collaboration": "star"}

EDGE_STYLES = {
    "KNOWS": {"color": "#95a5a6"},
    "MEMBER_OF": {"color": "#bdc3c7", "dashes": [7, 4]},  # long dashes: a fading tie is dotted
    "PARTNER_IN": {"color": "#b7950b"},
    "SUPPORTS": {"color": "#CC79A7", "width": 2, "dashes": [6, 3]},
    "RELATION:cooperation": {"color": "#27ae60", "width": 3},
    "RELATION:conflict": {"color": "#c0392b", "width": 3, "dashes": [8, 6]},
    "GROUP_LINK": {"color": "#95a5a6"},  # a folded map: its width grows with the people the two groups share
}

# Clusters (まとまり), biggest first; those after the eighth share the last colour.
COMMUNITY_COLORS = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#bbbbbb")


def community_color(number: int) -> str:
    return COMMUNITY_COLORS[min(number, len(COMMUNITY_COLORS)) - 1]


CANDIDATE_COLOR = "#000000"    # the border of a collaboration candidate (numbered by rank)

# The marks a map may carry besides colours and shapes, in the order the legend lists them:
# a node's thick border, a route's thick ties, a candidate's dashed border, new and fading ties.
MARKS = {
    "highlight": {"kind": "ring", "color": HIGHLIGHT_COLOR},
    "route": {"kind": "line", "color": HIGHLIGHT_COLOR, "width": 5},
    "candidate": {"kind": "ring", "color": CANDIDATE_COLOR, "dashes": True},
    "new": {"kind": "line", "color": NEW_TIE_COLOR, "width": 3},
    "fading": {"kind": "line", "color": FADING_TIE_COLOR, "dots": True, "width": 3},  # unlike 所属's dashes
}


def legend(words: dict, shown: dict[str, set]) -> dict:
    """Legend entries: sectors with their colour, node types with their shape, edge kinds, and
    the marks (MARKS), in the words of the reader's language (service/maps/words.py); only
    those in `shown` (kind → keys a map uses), so that a map of groups does not explain
    people, nor a map without routes a route."""
    def used(kind: str, key: str) -> bool:
        return key in shown.get(kind, ())
    return {
        "sectors": [{"key": k, "label": words["sector"][k], "color": c} for k, c in SECTOR_COLORS.items()
                    if used("sectors", k)],
        "types": [{"key": k, "label": words["type"][k], "shape": s} for k, s in SHAPES.items() if used("types", k)],
        "edges": [{"key": k, "label": words["edge"][k], **style} for k, style in EDGE_STYLES.items()
                  if used("edges", k)],
        "marks": [{"key": k, "label": words["mark"][k], **style} for k, style in MARKS.items() if used("marks", k)],
        "widths": [note for k, note in words["width"].items() if used("edges", k)],  # what a line's width means
        "size": words["size"],
    }
