"""Keeping the network right in the browser: one row of a template table — a group, a person,
an event, a collaboration, a membership, an acquaintance, a need or a strength … — created,
corrected or deleted from the page of what it belongs to.

A saved row goes through the importer itself (service/importer): the same checks (Japanese
labels and names accepted, every problem at once, the value most likely meant) and the same
statement writing it, in one transaction that also stamps a new graph version. So an edit can
never write what an import would refuse. Which tables the site edits, what each is called and
where it leads back to are declared once here (`EDITABLE`); the forms are made from the
template's columns (service/template.py).
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from . import audit, backup, clock, precompute
from .errors import ApiError
from .importer.read import Reading, Sheet
from .importer.run import ImportReport, import_reading
from .lang import N_
from .template import BY_STEM, TemplateFile

PAGES = {"Person": "/people/{}", "Group": "/groups/{}", "Event": "/events/{}", "Collaboration": "/collaborations/{}"}
PREFIXES = {"Person": "p", "Group": "g", "Event": "e", "Collaboration": "c"}
FILLED = ("source", "confirmed")  # written by the edit itself: who changed it and that day


@dataclass(frozen=True)
class Editable:
    stem: str
    title: str                        # what one row is, in the catalogue
    admin_only: tuple[str, ...] = ()  # columns only an admin sets; others keep what is stored

    @property
    def spec(self) -> TemplateFile:
        return BY_STEM[self.stem]

    @property
    def columns(self):
        return [c for c in self.spec.columns if c.name not in FILLED]

    @property
    def owner(self) -> str:
        """The label of the page a row belongs to: the node itself, or its key's first node."""
        if self.spec.is_node:
            return self.spec.label
        return self.spec.columns[0].references.split("|")[0]


EDITABLE = {e.stem: e for e in (
    Editable("groups", N_("団体")),
    Editable("people", N_("人"), admin_only=("visibility",)),
    Editable("events", N_("イベント")),
    Editable("collaborations", N_("協働")),
    Editable("memberships", N_("所属")),
    Editable("knows", N_("知り合い")),
    Editable("needs", N_("課題")),
    Editable("offers", N_("強み")),
    Editable("partners", N_("協働への参加")),
    Editable("group_areas", N_("活動地域")),
    Editable("group_themes", N_("テーマ")),
    Editable("relations", N_("団体間の関係")),
)}


def editable(stem: str) -> Editable:
    found = EDITABLE.get(stem)
    if found is None:
        raise ApiError(404, "not_found", "「%(stem)s」は画面から編集できる表ではありません。", stem=stem[:50], parameter="stem")
    return found


def key_of(table: Editable, values: dict) -> dict:
    return {k: (values.get(k) or "").strip() for k in table.spec.key}


def stored(graph, table: Editable, key: dict) -> dict | None:
    """The row as it is stored (template columns, as the export writes them), or None."""
    first = table.spec.key[0]
    if not all(key.get(k) for k in table.spec.key):  # a key given in part (「所属を追加」 from a page): a new row
        return None
    rows = graph.read(f"export/{table.stem}", of=key[first])
    if table.stem == "knows" and key.get("other_id"):  # stored one way round: look the other way too
        rows += [{**r, "person_id": r["other_id"], "other_id": r["person_id"]}
                 for r in graph.read("export/knows", of=key["other_id"]) if r["other_id"] == key[first]]
    for row in rows:
        if all(str(row.get(k) or "") == v for k, v in key.items() if v):
            return row
    return None


def save(graph, table: Editable, values: dict, role: str, user: str | None,
         source: str | None = None) -> tuple[ImportReport, dict]:
    """Check and write one row; returns the import's report (problems, nothing written, when
    anything is wrong) and the row as it was written (with the id given to a new node). A tie
    says where it came from: `source`, or the edit (who, which day)."""
    row = {c.name: _text(values.get(c.name)) for c in table.columns}
    if table.spec.is_node and not row.get("id"):
        row["id"] = f"{PREFIXES[table.spec.label]}-{uuid.uuid4().hex[:8]}"
    before = stored(graph, table, key_of(table, row))
    for column in table.admin_only:
        if role != "admin":
            row[column] = (before or {}).get(column) or ""
    if any(c.name in FILLED for c in table.spec.columns):
        row["source"] = source or f"edit {user or ''} {clock.today().isoformat()}".strip()
        row["confirmed"] = clock.today().isoformat()
    sheet = Sheet(table.spec, f"{table.stem} (form)", list(row), [(2, row)])
    report = import_reading(graph, Reading([sheet], []))
    if report.ok:
        audit.record(graph, "edit", target=_target(table, row), detail=f"{table.stem}: {'changed' if before else 'added'}",
                     user=user)
        precompute.refresh_in_background(graph)
    return report, row


def what_goes(graph, table: Editable, key: dict) -> dict | None:
    """What deleting the row removes: a node with its name and its ties by kind, or the tie."""
    if table.spec.is_node:
        return graph.read_one("edit/node_ties", id=key["id"], label=table.spec.label)
    row = stored(graph, table, key)
    return row and {"row": row}


def delete(graph, table: Editable, key: dict, user: str | None, backups: Path | None) -> dict:
    """Delete a node with its ties (a backup of the network written just before, to take it
    back with `tsunagu restore`) or one tie; the graph gets a new version."""
    found = what_goes(graph, table, key)
    if not found:
        raise ApiError(404, "not_found", "削除するものが見つかりません。", parameter="id")
    kept = backup.keep_before(graph, backups, "delete") if table.spec.is_node and backups is not None else None
    with graph.transaction() as tx:
        if table.spec.is_node:
            deleted = tx.run_one("edit/delete_node", id=key["id"], label=table.spec.label)["deleted"]
        else:
            tie_type = table.spec.tie[0]
            first, second = table.spec.key[0], table.spec.key[1]
            deleted = tx.run_one("edit/delete_tie", a=key[first], b=key[second], type=tie_type,
                                 kind=key.get("kind") or None)["deleted"]
        tx.run("import/bump_version")
    audit.record(graph, "delete", target=_target(table, key), detail=table.stem, user=user)
    precompute.refresh_in_background(graph)
    return {"deleted": deleted, "backup": kept and str(kept), "name": found.get("name")}


def page_of(table: Editable, row: dict) -> str:
    """Where a coordinator goes back to after saving or deleting the row."""
    first = table.spec.key[0]
    return PAGES[table.owner].format(row.get(first) or "")


# ---------------------------------------------------------------------------------------
def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).strip()


def _target(table: Editable, row: dict) -> str:
    return "/".join(str(row.get(k) or "") for k in table.spec.key)[:200]
