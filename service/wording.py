"""Answers in words: the reasons a candidate is proposed, from the codes and data the
analysis gives (service/analysis/candidates.py), in the reader's language."""
from __future__ import annotations

from .lang import N_, current_locale, text

REASONS = {
    "reachable": N_("%(hops)s ステップでつながっています"),
    "no_path": N_("人のつながりがまだありません"),
    "same_area": N_("同じ地域で活動: %(areas)s"),
    "shared_theme": N_("共通のテーマ: %(themes)s"),
    "past_cooperation": N_("過去に協力した実績があります"),
    "past_conflict": N_("過去に対立がありました(配慮が必要)"),
    "offer_priority": N_("この強みを特に提供できます"),
    "already_partners": N_("既に協働中: %(collaborations)s"),
}


def reason(found: dict, locale: str | None = None) -> str:
    """One reason in words; lists of names joined as the language joins them."""
    locale = locale or current_locale()
    joiner = "、" if locale == "ja" else ", "
    values = {k: joiner.join(v) if isinstance(v, list) else v for k, v in found.items() if k not in ("code", "points")}
    return text(REASONS[found["code"]], locale, **values)


def with_reasons(candidates: list[dict]) -> list[dict]:
    """The candidates with each reason's words (`text`) in the current language."""
    return [{**item, "reasons": [{**r, "text": reason(r)} for r in item["reasons"]]} for item in candidates]
