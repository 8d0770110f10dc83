"""The words of a map (sector and tie names, the tooltip's lines, the title) in a language,
from the one catalogue (service/lang.py, service/labels.py): visualizations/ draws, this names."""
from __future__ import annotations

from visualizations import styles

from ..labels import NAMES, label
from ..lang import N_, text

EDGES = {"KNOWS": N_("知り合い"), "MEMBER_OF": N_("所属"), "PARTNER_IN": N_("協働に参加"), "SUPPORTS": N_("区の支援"),
         "RELATION:cooperation": N_("協力の歴史"), "RELATION:conflict": N_("対立の歴史"),
         "GROUP_LINK": N_("団体間のつながり(共通の会員・知り合い)")}
WIDTHS = {"KNOWS": N_("知り合いの線の太さ = 知り合いの度合い(顔見知り・知り合い・よく知っている)"),
          "GROUP_LINK": N_("団体間の線の太さ = 共通の会員と、知り合いどうしの会員の数")}


def words(locale: str) -> dict:
    return {
        "sector": {code: label("sector", code, locale) for code in NAMES["sector"]},
        "type": {kind: label("type", kind, locale) for kind in styles.SHAPES},
        "edge": {key: text(name, locale) for key, name in EDGES.items()},
        "width": {key: text(name, locale) for key, name in WIDTHS.items()},
        "anonymous": text(N_("(非公開の人)"), locale),
        "ties": text(N_("つながり"), locale),
        "new_tie": text(N_("(この1年の新しいつながり)"), locale),
        "fading_tie": text(N_("(長く確認されていないつながり)"), locale),
        "title": text(N_("練馬区の協働ネットワーク"), locale),
        "mark": {"highlight": text(N_("選んだ人・団体(太い枠)"), locale),
                 "route": text(N_("紹介ルートのつながり"), locale),
                 "candidate": text(N_("協働の候補(点線の枠、数字は順位)"), locale),
                 "new": text(N_("この1年の新しいつながり"), locale),
                 "fading": text(N_("薄れたつながり(長く確認されていない)"), locale)},
        "size": text(N_("大きさ = つながりの数"), locale),
        "candidate": text(N_("候補"), locale),
        "bridging_score": text(N_("顔役スコア"), locale),
        "candidate_points": text(N_("候補の点数"), locale),
    }
