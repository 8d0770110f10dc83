"""Embed tokens: read-only permission to show one map with fixed filters, drawn as it was set
(colours, sizes), in a dashboard's iframe. Only the SHA-256 of a token is stored; the token is
shown once, when created."""
from __future__ import annotations

import hashlib
import json
import secrets

from .lang import _
from .maps.build import COLOURINGS, SIZES
from .maps.kinds import KINDS, WITH_TARGET


MAPS = tuple(kind.name for kind in KINDS)
FILTERS = {kind.name: kind.filters for kind in KINDS}
NEEDS_TARGET = WITH_TARGET
DISPLAY = {"colour": COLOURINGS, "size": SIZES}  # how any map is drawn (the first: the default), kept with its filters


class EmbedError(ValueError):
    pass


def create(graph, map_name: str, target: str | None, filters: dict, names: bool, label: str) -> str:
    if map_name not in MAPS:
        raise EmbedError(_("地図は次のいずれかです: %(maps)s", maps=", ".join(MAPS)))
    if (map_name in NEEDS_TARGET) != bool(target):
        raise EmbedError(_("%(map)s の地図には --target が必要です", map=map_name) if map_name in NEEDS_TARGET
                         else _("%(map)s の地図は --target を取りません", map=map_name))
    unknown = set(filters) - set(FILTERS[map_name]) - {k for k, choices in DISPLAY.items() if filters.get(k) in choices}
    if unknown:
        raise EmbedError(_("%(map)s の地図で使わない条件です: %(filters)s", map=map_name,
                           filters=", ".join(sorted(unknown))))
    token = secrets.token_urlsafe(32)
    graph.write("embed/create_token", hash=digest(token), label=label, map=map_name, target=target,
                filters=json.dumps(filters, sort_keys=True), names=names)
    return token


def find(graph, token: str) -> dict | None:
    if not token or len(token) > 200:
        return None
    row = graph.read_one("embed/find_token", hash=digest(token))
    if row is None:
        return None
    row["filters"] = json.loads(row["filters"] or "{}")
    return row


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
