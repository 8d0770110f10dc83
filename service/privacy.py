"""Who may see whose name, applied in one place: here, per request, at the reader's level.

Each person has a visibility; each reader a level:

    admin   public, internal and private people are named
    staff   public and internal people are named
    viewer  nobody is named: every person is an anonymous node
    embed   public people only, and only when the embed token allows names

Answers that are computed once and kept (gaps, bridging, paths, maps …) hold node
*references* — `ref("Person", "p-012")` — and numbers, never names. `present(graph, answer)`
turns each reference into what this reader may see, reading names and visibility from
Neo4j at that moment; a person the reader may not see named has no name and no id (maps
give them an opaque id, `anon-3`, that means something only inside that one answer), and
nothing beside them says their role or where they met (`IDENTIFYING`); lists put them after
the people named, so that their place (会長 first, then by reading) tells nothing either.
Answers read with names for one request (a group's members) pass each person through
`person(reader, …)`, the same rule.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .analysis.refs import ref  # noqa: F401  (answers build references; named here)
from .lang import N_, _

ANONYMOUS = N_("(非公開の人)")
UNNAMED = N_("(名前は表示されません)")  # to a reader whose role shows no names: not that the person chose it
LEVELS = {"admin": ("public", "internal", "private"), "staff": ("public", "internal"),
          "viewer": (), "embed": ("public",), "embed-no-names": ()}
NODE_TYPES = ("Person", "Group", "Collaboration", "Event", "Capability", "Area", "Theme")
# What a tie or a membership says about the person in it that would name them as surely as a
# name: 会長 of a group is known to all its members; where two met, to both. Dropped beside a
# person shown without a name.
IDENTIFYING = ("role", "context")


@dataclass(frozen=True)
class Reader:
    """Who reads an answer: the level of their role (admin, staff, viewer, embed …)."""
    level: str = "viewer"

    @property
    def named(self) -> tuple[str, ...]:
        """The visibilities whose names this reader may see."""
        return LEVELS[self.level]

    def may_name(self, visibility: str | None) -> bool:
        return (visibility or "internal") in self.named


def anonymous_label(reader: Reader) -> str:
    """What a person shown without a name is called: 「(非公開の人)」 when the reader sees some
    names (this one is private to them), 「(名前は表示されません)」 when their role shows none."""
    return _(ANONYMOUS if reader.named else UNNAMED)


def person(reader: Reader, id_: str | None, name: str | None, visibility: str | None, **extra) -> dict:
    """A person read with their name for this request, as this reader may see them."""
    if id_ is None or not reader.may_name(visibility):
        kept = {k: v for k, v in extra.items() if k not in IDENTIFYING}
        return {"id": None, "name": None, "anonymous": True, "label": anonymous_label(reader), **kept}
    return {"id": id_, "name": name, "anonymous": False, "label": name, **extra}


class Naming:
    """The names of the nodes of one answer, at one reader's level, read in one query.

    `public_id` gives the id under which a node may appear in this answer: its own, or for
    a person shown without a name `anon-N`, numbered in the order asked (stable within this
    answer only, so two answers cannot be joined on it)."""

    def __init__(self, graph, refs: dict[str, set[str]]):
        self.reader: Reader = graph.reader
        wanted = {t: sorted(ids) for t, ids in refs.items() if ids}
        rows = graph.read_columns("privacy/names", named=list(self.reader.named),
                                  ids={_PARAM[t]: wanted.get(t, []) for t in NODE_TYPES})["rows"] if wanted else []
        self.found = {(row[0], row[1]): dict(zip(_NAMES_COLUMNS, row)) for row in rows}
        self._opaque: dict[str, str] = {}

    def visible(self, type_: str, id_: str) -> bool:
        row = self.found.get((type_, id_))
        return row is not None and (type_ != "Person" or row["name"] is not None)

    def public_id(self, type_: str, id_: str) -> str:
        if self.visible(type_, id_):
            return id_
        return self._opaque.setdefault(id_, f"anon-{len(self._opaque) + 1}")

    def node(self, type_: str, id_: str, **extra) -> dict:
        row = self.found.get((type_, id_))
        if type_ == "Person":
            if row is None or row["name"] is None:
                return {"type": "Person", "id": None, "name": None, "label": anonymous_label(self.reader),
                        "anonymous": True, **extra}
            return {"type": "Person", "id": id_, "name": row["name"], "label": row["name"],
                    "anonymous": False, **extra}
        node = {"type": type_, "id": id_, "name": row and row["name"], "label": (row and row["name"]) or id_,
                "anonymous": False}
        if type_ == "Group":
            node.update(sector=row and row["sector"], kind=row and row["kind"],
                        intermediary=bool(row and row["intermediary"]))
        elif type_ in ("Collaboration", "Event"):
            node.update(status=row and row["status"], date=row and row["date"], kind=row and row["kind"])
        return {**node, **extra}


def present(graph, answer: Any) -> Any:
    """A copy of `answer` with every reference named at the reader's level (one query)."""
    refs: dict[str, set[str]] = {t: set() for t in NODE_TYPES}
    _collect(answer, refs)
    if not any(refs.values()):
        return answer
    naming = Naming(graph, refs)
    return _replace(answer, naming)


# ---------------------------------------------------------------------------------------
_NAMES_COLUMNS = ("type", "id", "name", "sector", "kind", "intermediary", "status", "date")  # privacy/names
_PARAM = {"Person": "people", "Group": "groups", "Collaboration": "collaborations", "Event": "events",
          "Capability": "capabilities", "Area": "areas", "Theme": "themes"}


_NESTED = (dict, list, tuple)  # what may hold a reference; the rest is not looked into


def _is_ref(value: dict) -> bool:
    return "ref" in value and value.get("type") in NODE_TYPES


def _collect(value, refs: dict[str, set[str]]) -> None:
    if isinstance(value, dict):
        if _is_ref(value):
            refs[value["type"]].add(value["ref"])
        for inner in value.values():
            if isinstance(inner, _NESTED):
                _collect(inner, refs)
    elif isinstance(value, (list, tuple)):
        for inner in value:
            if isinstance(inner, _NESTED):
                _collect(inner, refs)


def _replace(value, naming: Naming):
    if isinstance(value, dict):
        if _is_ref(value):
            extra = {k: _replace(v, naming) for k, v in value.items() if k not in ("ref", "type")}
            return naming.node(value["type"], value["ref"], **extra)
        replaced = {key: _replace(inner, naming) if isinstance(inner, _NESTED) else inner for key, inner in value.items()}
        if any(_hidden(inner) for inner in replaced.values()):  # a tie or a row beside a hidden person
            replaced = {key: inner for key, inner in replaced.items() if key not in IDENTIFYING}
        return _unidentified_ties(replaced)

    if isinstance(value, (list, tuple)):
        return [_replace(inner, naming) if isinstance(inner, _NESTED) else inner for inner in value]
    return value


def _hidden(node) -> bool:
    return isinstance(node, dict) and node.get("type") == "Person" and bool(node.get("anonymous"))


def _unidentified_ties(path: dict) -> dict:
    """A path (`nodes` and the `ties` between them) whose ties beside a person shown without a
    name no longer say their role or where they met (IDENTIFYING)."""
    nodes, ties = path.get("nodes"), path.get("ties")
    if not isinstance(nodes, list) or not isinstance(ties, list) or len(ties) != len(nodes) - 1:
        return path
    hidden = [_hidden(n) for n in nodes]
    return {**path, "ties": [{k: v for k, v in tie.items() if k not in IDENTIFYING}
                             if isinstance(tie, dict) and (hidden[i] or hidden[i + 1]) else tie
                             for i, tie in enumerate(ties)]}


def name_graph(graph, nodes: list[dict], edges: list[dict]) -> tuple[list[dict], list[dict]]:
    """Nodes and edges of a map, named at the reader's level: each node gets `name` (None for
    a person shown without one), and a person shown without a name gets an opaque id, in the
    node and in every edge that touches it."""
    types = {n["id"]: n["type"] for n in nodes}
    refs: dict[str, set[str]] = {t: set() for t in NODE_TYPES}
    for node in nodes:
        if node["type"] in refs:
            refs[node["type"]].add(node["id"])
    naming = Naming(graph, refs)

    def public(id_: str) -> str:
        return naming.public_id(types[id_], id_) if types.get(id_) in refs else id_

    named_nodes = []
    for node in nodes:
        if node["type"] not in refs:
            named_nodes.append(node)
            continue
        shown = naming.node(node["type"], node["id"])
        named_nodes.append({**node, "id": public(node["id"]), "name": shown["name"]})
    named_edges = [{**e, "source": public(e["source"]), "target": public(e["target"])} for e in edges]
    return named_nodes, named_edges
