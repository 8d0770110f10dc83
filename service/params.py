"""Checking request parameters: a bad value is a 400 naming the parameter, an unknown id a 404."""
from __future__ import annotations

from datetime import date

from flask import g, request

from . import db
from .errors import ApiError
from .lang import N_


def value(name: str) -> str | None:
    """A parameter of the request — or, for an embed, of its token (which fixes the filters)."""
    source = g.get("param_source")
    return (source if source is not None else request.args).get(name) or None


def values(name: str) -> list[str]:
    """Every value of a parameter given several times (the boxes ticked in a form,
    `evidence=knows&evidence=members`) or as a comma-separated list."""
    source = g.get("param_source")
    if source is None:
        given = request.args.getlist(name)
    else:
        found = source.get(name)
        given = found if isinstance(found, list) else [found] if found else []
    return [part for item in given for part in str(item).split(",") if part]


def given(excluding: tuple[str, ...] = ()) -> tuple:
    """Every parameter of the request (or of an embed's token) but `excluding`, as a sorted
    tuple: part of the key of an answer kept for these parameters."""
    source = g.get("param_source")
    source = source if source is not None else request.args
    return tuple(sorted((k, str(v)) for k, v in source.items(multi=True) if k not in excluding))


def for_links(dropped: tuple[str, ...] = ()) -> dict[str, list[str]]:
    """The request's own parameters for a link to this page or one like it (another language,
    a download, today's network), each with every value it was given — the boxes ticked are
    kept, not only the first — but `dropped` and what starts with `_` (url_for's own)."""
    return {k: request.args.getlist(k) for k in request.args if k not in dropped and not k.startswith("_")}


def limit(default: int = 20, maximum: int = 500) -> int:
    return integer("limit", default, 1, maximum)


def integer(name: str, default: int, low: int, high: int) -> int:
    raw = value(name)
    if raw in (None, ""):
        return default
    try:
        number = int(raw)
    except ValueError:
        number = None
    if number is None or not low <= number <= high:
        raise ApiError(400, "bad_parameter", "%(name)s は %(low)s〜%(high)s の整数で指定してください。",
                       name=name, low=low, high=high, parameter=name)
    return number


def fraction(name: str) -> float | None:
    """A number from 0 to 1 (0.5, 0.25), or None."""
    raw = value(name)
    if raw in (None, ""):
        return None
    try:
        number = float(raw) if len(raw) <= 20 else None
    except ValueError:
        number = None
    if number is None or not 0 <= number <= 1:
        raise ApiError(400, "bad_parameter", "%(name)s は 0〜1 の数で指定してください（例: 0.5）。", name=name, parameter=name)
    return number


def choice(name: str, allowed: tuple[str, ...]) -> str | None:
    given = value(name)
    if given is not None and given not in allowed:
        raise ApiError(400, "bad_parameter", "%(name)s は次のいずれかです: %(allowed)s",
                       name=name, allowed=', '.join(allowed), parameter=name)
    return given


def day(name: str) -> str | None:
    """An ISO date (2025-04-01) as text, or None."""
    return as_day(name, value(name))


FIRST_YEAR, LAST_YEAR = 1900, 2200  # dates a ward's records can mean


def as_day(name: str, given: str | None) -> str | None:
    """`given` (the value of `name`, from a query or a posted form) as an ISO date, or None;
    a year alone (2016, the map's slider) is its last day; a date outside 1900–2200 is refused
    like a malformed one (0001-01-01 is a typo)."""
    if given is None:
        return None
    if len(given) == 4 and given.isascii() and given.isdigit():
        given = f"{given}-12-31"
    try:
        day = date.fromisoformat(given[:10]) if len(given) == 10 else None
    except ValueError:
        day = None
    if day is None or not FIRST_YEAR <= day.year <= LAST_YEAR:
        return _bad_day(name)
    return day.isoformat()


def _bad_day(name: str):
    raise ApiError(400, "bad_parameter", "%(name)s は 2025-04-01 の形の日付か年(2016)で、%(FIRST_YEAR)s〜%(LAST_YEAR)s年の中から指定してください。",
                   name=name, FIRST_YEAR=FIRST_YEAR, LAST_YEAR=LAST_YEAR, parameter=name)


def posted():
    """What a POST sent: its JSON object, or its form (a MultiDict); a 400 for other JSON."""
    if not request.is_json:
        return request.form
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise ApiError(400, "bad_json", "JSON のオブジェクトを送ってください。")
    return body


def ticked(given) -> bool:
    """Whether a box was ticked: a form's checkbox ("1", "on") or a JSON true."""
    return given is True or str(given or "").strip().lower() in ("1", "on", "true", "yes")


def upload(max_bytes: int) -> tuple[str, bytes]:
    """The file posted as `file` (its name and at most `max_bytes` + 1 bytes, so that the
    reader can tell it is too large); a 400 naming the parameter when there is none."""
    sent = request.files.get("file")
    if sent is None or not sent.filename:
        raise ApiError(400, "missing_file", "file にファイル(.zip / .xlsx / .csv)を添付してください。", parameter="file")
    return sent.filename, sent.stream.read(max_bytes + 1)


def required(name: str) -> str:
    given = value(name)
    if not given:
        raise ApiError(400, "missing_parameter", "%(name)s を指定してください。", name=name, parameter=name)
    return given


def existing(name: str, given: str | None, labels: tuple[str, ...]) -> str | None:
    """`given` if it is the id of a node with one of `labels`; 404 naming the parameter if not."""
    if given is None:
        return None
    if len(given) > 200 or not db.graph().read("analysis/node_labels", id=given, labels=list(labels)):
        raise ApiError(404, "not_found", "%(name)s に指定された ID「%(given)s」が見つかりません。",
                       name=name, given=given[:200], labels='/'.join(labels), parameter=name)
    return given


PLACES = {  # what to say when a place is not found, or not unique
    "Area": (N_("「%(given)s」という地域はありません。一覧から選ぶか、名前を確かめてください。"),
             N_("「%(given)s」という地域は複数あります: %(ids)s。ID で選んでください。")),
    "Theme": (N_("「%(given)s」というテーマはありません。一覧から選ぶか、名前を確かめてください。"),
              N_("「%(given)s」というテーマは複数あります: %(ids)s。ID で選んでください。")),
}


def place(name: str, label: str) -> str | None:
    """The id of the area or theme the parameter names, by id or by name (「光が丘」 as well as
    `a-hikarigaoka`); a clear 404 when there is none, 400 when the name is not unique."""
    given = value(name)
    if given is None:
        return None
    found = db.graph().read("analysis/place_by_name", given=given[:200], labels=[label]) if len(given) <= 200 else []
    if not found:
        raise ApiError(404, "not_found", PLACES[label][0], given=given[:200], parameter=name)
    if len(found) > 1 and found[0]["rank"] == found[1]["rank"]:
        raise ApiError(400, "ambiguous", PLACES[label][1], given=given,
                       ids=", ".join(r["id"] for r in found if r["rank"] == found[0]["rank"]), parameter=name)
    return found[0]["id"]


def view():
    """Which network the request asks about: `as_of` and `min_confidence`. A page that asks
    offers a day to choose (base.html: `g.takes_view`)."""
    from .questions import View
    g.takes_view = True
    return View(day("as_of"), fraction("min_confidence") or None)


def evidence():
    """Which ties count for brokerage (`evidence=knows&evidence=members` or
    `evidence=knows,members`; default all four) and whether a strong tie is a shorter step
    (`weighted=true`)."""
    from .analysis.brokerage import EVIDENCE, Evidence
    kinds = tuple(values("evidence")) or EVIDENCE
    wrong = [k for k in kinds if k not in EVIDENCE]
    if wrong:
        raise ApiError(400, "bad_parameter", "evidence は次の組み合わせです: %(allowed)s", allowed=", ".join(EVIDENCE),
                       parameter="evidence")
    weighted = value("weighted")
    if weighted not in (None, "true", "false", "1", "0", "on"):
        raise ApiError(400, "bad_parameter", "%(name)s は true か false を指定してください。", name="weighted",
                       parameter="weighted")
    return Evidence(tuple(k for k in EVIDENCE if k in kinds), weighted in ("true", "1", "on"))
