"""How a person may appear in an answer. A `private` person is never named: they appear as
an anonymous step (no name, no id). `internal` people will be limited to signed-in staff
once sign-in exists (the trust issue); until then they are shown."""
from __future__ import annotations

ANONYMOUS = {"ja": "(非公開の人)", "en": "(private person)"}


def person(id_: str, name: str | None, visibility: str | None, **extra) -> dict:
    if (visibility or "internal") == "private":
        return {"id": None, "name": None, "anonymous": True, "label": ANONYMOUS["ja"], **extra}
    return {"id": id_, "name": name, "anonymous": False, "label": name, **extra}
