"""References to nodes: what answers hold instead of names.

An answer computed here says `{"ref": "p-012", "type": "Person"}`; the layer that shows it
(service/privacy.py, per request, at the reader's level) turns the reference into a name,
or into an anonymous entry. So an answer can be kept and shared between readers.
"""
from __future__ import annotations


def ref(type_: str, id_: str, **extra) -> dict:
    """A node by its id and type, with whatever else the answer says about it."""
    return {"ref": id_, "type": type_, **extra}
