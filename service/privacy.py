"""Who may see whose name. Each person has a visibility; each reader a level:

    admin   public, internal and private people are named
    staff   public and internal people are named
    viewer  nobody is named: every person is an anonymous node
    embed   public people only, and only when the embed token allows names

Everyone else is an anonymous step (no name, no id). Sign-in (service/auth/access.py) sets
the level of each request; outside a request (the command line, run by whoever holds the
database password) the staff level applies.
"""
from __future__ import annotations

from flask import g, has_request_context

ANONYMOUS = {"ja": "(非公開の人)", "en": "(private person)"}
LEVELS = {"admin": ("public", "internal", "private"), "staff": ("public", "internal"),
          "viewer": (), "embed": ("public",), "embed-no-names": ()}


def named() -> tuple[str, ...]:
    """The visibilities whose names this reader may see."""
    if has_request_context():
        return g.get("named", ())
    return LEVELS["staff"]


def may_name(visibility: str | None) -> bool:
    return (visibility or "internal") in named()


def person(id_: str, name: str | None, visibility: str | None, **extra) -> dict:
    if not may_name(visibility):
        return {"id": None, "name": None, "anonymous": True, "label": ANONYMOUS["ja"], **extra}
    return {"id": id_, "name": name, "anonymous": False, "label": name, **extra}
