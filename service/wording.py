"""Answers in words, in the reader's language, from the codes and data the analysis gives:
the reasons a candidate is proposed (service/analysis/candidates.py), why someone is a
地域の顔役 and how long a step is (service/analysis/brokerage.py)."""
from __future__ import annotations

from .analysis.brokerage import FIRST_PAIR, LENGTHS, SECTORS
from .analysis.candidates import FULL_WITHIN, POINTS
from .labels import label
from .lang import N_, current_locale, text

REASONS = {
    "reachable": N_("%(hops)s ステップでつながっています"),
    "no_path": N_("人のつながりがまだありません"),
    "same_area": N_("同じ地域で活動: %(areas)s"),
    "shared_theme": N_("共通のテーマ: %(themes)s"),
    "past_cooperation": N_("過去に協力した実績があります"),
    "past_conflict": N_("過去に対立がありました(配慮が必要)"),
    "offer_priority": N_("この強みを優先度 %(priority)s で挙げています"),
    "already_partners": N_("既に協働中: %(collaborations)s"),
}


def reason(found: dict, locale: str | None = None) -> str:
    """One reason in words; lists of names joined as the language joins them."""
    locale = locale or current_locale()
    values = {k: _joiner(locale).join(v) if isinstance(v, list) else v for k, v in found.items()
              if k not in ("code", "points")}
    return text(REASONS[found["code"]], locale, **values)


def score_rule(locale: str | None = None) -> str:
    """How a candidate's score is made, in one sentence from the points themselves."""
    return text(N_("スコアの決め方: 近さ 最大 %(distance)s 点(%(near)s ステップ以内で満点)、同じ地域 %(area)s 点、"
                   "共通のテーマ 1 つ %(theme)s 点(最大 %(themes)s 点)、過去の協力 %(cooperation)s 点、"
                   "強みの優先度 1 なら %(first)s 点・2 なら %(second)s 点、過去の対立 %(conflict)s 点。"),
                locale or current_locale(), distance=POINTS["distance"], near=FULL_WITHIN,
                area=POINTS["same_area"], theme=POINTS["theme"], themes=POINTS["themes_max"],
                cooperation=POINTS["cooperation"], first=POINTS["offer_priority"][1],
                second=POINTS["offer_priority"][2], conflict=POINTS["conflict"])


def with_reasons(candidates: list[dict]) -> list[dict]:
    """The candidates with each reason's words (`text`) in the current language."""
    return [{**item, "reasons": [{**r, "text": reason(r)} for r in item["reasons"]]} for item in candidates]


def why(item: dict, locale: str | None = None) -> str:
    """Why someone ranks as a 地域の顔役, in one or two sentences: the groups of which sectors
    they stand between, and which pair would grow farther apart — or apart — without them.
    (`item` is a bridging item named for the reader: service/questions.bridging_item.) What
    they reach and the pair are the ward's, also in an area's or a theme's list: said so."""
    locale = locale or current_locale()
    reach = item.get("reach") or {}
    order = [s for s in FIRST_PAIR if reach.get(s)] + sorted(
        (s for s in SECTORS if reach.get(s) and s not in FIRST_PAIR), key=lambda s: -reach[s])
    if len(order) >= 2:
        first = text(N_("%(sector)sの%(count)s団体"), locale, sector=label("sector", order[0], locale), count=reach[order[0]])
        second = text(N_("%(sector)sの%(count)s団体"), locale, sector=label("sector", order[1], locale), count=reach[order[1]])
        sentence = text(N_("本人か知り合いを通じて%(first)sと%(second)sに届き、そのあいだに立つ。"), locale,
                        first=first, second=second)
    elif order:
        sentence = text(N_("%(sector)sの%(count)s団体をつなぐ。"), locale, sector=label("sector", order[0], locale),
                        count=reach[order[0]])
    else:
        sentence = text(N_("%(count)s か所の集まりのあいだに立つ。"), locale, count=item.get("places") or 0)
    found = item.get("why")
    if found:
        a, b = (place.get("label") or place.get("name") for place in found["pair"])
        if found["steps_without"] is None:
            sentence += text(N_("いなければ %(a)s と %(b)s はつながらなくなる。"), locale, a=a, b=b)
        else:  # more than one step without them, since more than with them: English plural always
            sentence += text(N_("いなければ %(a)s と %(b)s は %(steps)s ステップから %(without)s ステップに遠くなる。"),
                             locale, a=a, b=b, steps=found["steps"], without=found["steps_without"])
    return sentence if item.get("scope", "ward") == "ward" else text(N_("区全体では、"), locale) + sentence


STEPS = ((N_("団体への所属"), "MEMBER_OF"), (N_("同じイベントへの参加"), "ATTENDED"), (N_("協働・協力の関係"), "PARTNER"))


def step_lengths(locale: str | None = None) -> str:
    """How long a step is when strong ties count as closer (brokerage.LENGTHS), in words:
    「よく知っている 1、知り合い 1.5、…」."""
    locale = locale or current_locale()
    knows = [f"{label('strength', s, locale)} {LENGTHS['KNOWS'][s]:g}" for s in (3, 2, 1)]
    others = [f"{text(name, locale)} {LENGTHS[kind]:g}" for name, kind in STEPS]
    return ("、" if locale == "ja" else ", ").join(knows + others)


def with_why(items: list[dict]) -> list[dict]:
    """Bridging items named for the reader, each with `why_text`, in the current language."""
    return [{**item, "why_text": why(item)} for item in items]


def only_link_why(item: dict, locale: str | None = None) -> str:
    """Why someone alone links groups, in one sentence naming the first pair (`item`: an only-link
    item named for the reader, service/cypher_questions.only_links)."""
    locale = locale or current_locale()
    if not item.get("linked"):
        return ""
    a, b = (g.get("label") or g.get("name") for g in item["linked"][0]["groups"])
    if item["pairs"] == 1:
        return text(N_("この人がいなければ、%(a)s と %(b)s の接点はなくなります。"), locale, a=a, b=b)
    return text(N_("この人がいなければ、%(a)s と %(b)s をはじめ %(count)s 組の団体の接点がなくなります。"),
                locale, a=a, b=b, count=item["pairs"])


def with_only_link_why(items: list[dict]) -> list[dict]:
    """Only-link items named for the reader, each with `why_text`, in the current language."""
    return [{**item, "why_text": only_link_why(item)} for item in items]


def tell_why(item: dict, locale: str | None = None) -> str:
    """Why a department is concerned by a collaboration, and who there already knows a partner,
    in one or two sentences for a mail (`item`: a who-to-tell entry named for the reader,
    service/departments.who_to_tell)."""
    locale = locale or current_locale()
    reasons = []
    if item["supports"]:
        reasons.append(text(N_("%(what)sを支援しています"), locale, what=_labels(item["supports"], locale)))
    if item["themes"]:
        reasons.append(text(N_("テーマ(%(themes)s)が同じです"), locale, themes=_labels(item["themes"], locale)))
    if item["areas"]:
        reasons.append(text(N_("参加団体と同じ地域(%(areas)s)で活動しています"), locale,
                            areas=_labels(item["areas"], locale)))
    known = item["known"][0] if item["known"] else None
    if known:
        reasons.append(text(N_("%(staff)sさんが%(group)sの%(known)sさんを知っています"), locale,
                            staff=known["staff"]["label"], group=known["group"]["label"], known=known["known"]["label"]))
    return _sentences(reasons, locale)


def tell_mail(data: dict, locale: str | None = None) -> str:
    """The who-to-tell list as lines a coordinator can copy into a mail."""
    locale = locale or current_locale()
    head = text(N_("協働「%(name)s」について、次の部署にお知らせください。"), locale,
                name=data["collaboration"]["label"])
    return "\n".join([head] + [f"・{item['department']['label']}: {tell_why(item, locale)}" for item in data["departments"]])  # format


TIED_HOW = {"collaboration": N_("同じ協働に参加"), "member": N_("両方に所属する人がいる"),
            "knows": N_("会員どうしが知り合い"), "cooperation": N_("協力の歴史")}  # ties_between.cypher's ways


def pair_why(pair: dict, locale: str | None = None) -> str:
    """Why two groups are seated to meet at a matching event, in plain words (`pair`: a plan's
    pair named for the reader, service/matching.shown)."""
    locale = locale or current_locale()
    said = []
    for r in pair["reasons"]:
        if r["code"] == "need_offer":
            said.append(text(N_("%(needs)sの課題「%(capabilities)s」に、%(offers)sの強みが応えます"), locale,
                             needs=r["needs"]["label"], offers=r["offers"]["label"],
                             capabilities=_labels(r["capabilities"], locale)))
        elif r["code"] == "no_tie":
            said.append(text(N_("まだつながりがありません"), locale))
        elif r["code"] == "tied":
            said.append(text(N_("ただし、すでにつながっています(%(how)s)"), locale,
                             how=_joiner(locale).join(text(TIED_HOW[way], locale) for way in r["how"])))
        elif r["code"] == "same_area":
            said.append(text(N_("同じ地域(%(areas)s)"), locale, areas=_labels(r["areas"], locale)))
        elif r["code"] == "same_theme":
            said.append(text(N_("同じテーマ(%(themes)s)"), locale, themes=_labels(r["themes"], locale)))
        elif r["code"] == "first_pair":
            said.append(text(N_("地縁と区民活動の出会いです"), locale))
    return _sentences(said, locale)


def with_pair_why(plan: dict) -> dict:
    """A named plan whose pairs each carry `why_text`."""
    return {**plan, "tables": [{**t, "pairs": [{**p, "why_text": pair_why(p)} for p in t["pairs"]]}
                               for t in plan["tables"]]}


SMALL = 5  # fewer new ties among participants than this: the comparison may be chance


def impact_sentences(result: dict, locale: str | None = None) -> dict:
    """One or two sentences a ward official can quote about an event's (or a period's)
    participants (`sentences`), and a `warning` when the numbers are too small to mean much."""
    locale = locale or current_locale()
    rates, counts = result["new_ties_per_1000_pairs"], result["new_ties"]
    inside, outside = rates["participants_after"], rates["others_after"]
    said = []
    if not result["attendees"]:  # nothing to compare: said as such, not as a small difference
        return {"sentences": [text(N_("この期間に参加が記録された人はいません(受付表や、データの取り込みの attendance のシートから数えます)。"), locale)],
                "warning": None}
    if inside and outside:
        said.append(text(N_("参加者どうしの新しいつながりは、参加しなかった人どうしの約%(times)s倍でした(1,000組あたり%(inside)s対%(outside)s)。"),
                         locale, times=_about(inside / outside), inside=f"{inside:.1f}", outside=f"{outside:.1f}"))
    elif inside:
        said.append(text(N_("参加者どうしに新しいつながりが%(count)s本生まれました(参加しなかった人どうしには生まれていません)。"),
                         locale, count=counts["participants_after"]))
    else:
        said.append(text(N_("この期間、参加者どうしの新しいつながりは記録されていません。"), locale))
    before = rates["participants_before"]
    if inside and before:
        said.append(text(N_("参加者どうしでは、その前の同じ長さの期間の約%(times)s倍です。"), locale, times=_about(inside / before)))
    warning = None
    if counts["participants_after"] < SMALL or result["attendees"] < 10:
        warning = text(N_("ただし数が少ないため(参加者 %(people)s 人、新しいつながり %(ties)s 本)、偶然の差かもしれません。"),
                       locale, people=result["attendees"], ties=counts["participants_after"])
    return {"sentences": said, "warning": warning}


def _about(ratio: float) -> str:
    """A ratio as one says it: 5, 2.5, 0.8."""
    return f"{ratio:.0f}" if ratio >= 10 else f"{ratio:.1f}".rstrip("0").rstrip(".")


def _labels(refs: list[dict], locale: str) -> str:
    """Named references as the language lists them: 「子育て、防災」."""
    return _joiner(locale).join(r.get("label") or r.get("name") or "" for r in refs)


def _joiner(locale: str) -> str:
    """How the language joins the items of a list."""
    return "、" if locale == "ja" else ", "


def _sentences(parts: list[str], locale: str) -> str:
    """Clauses as sentences: each ended with the language's full stop."""
    end = "。" if locale == "ja" else ". "
    return end.join(parts).strip() + end.strip()
