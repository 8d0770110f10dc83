"""`tsunagu backup FILE` and `tsunagu restore FILE`: the whole network plus the users and
tokens, in one zip.

The zip holds `data/*.csv` (exactly what `tsunagu export` writes, so it is also an import),
`access.json` (users with their password hashes, API and embed tokens as hashes, the
introductions coordinators recorded, and the surveys, invitations, sign-in sheets and
responses) and `manifest.json`. A restore checks every data file first and writes nothing if one is wrong;
then the network is replaced in one transaction (an import with prune), then the users and
tokens in another.
"""
from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime, timezone
from pathlib import Path

from . import clock, export, schema
from .importer.run import import_upload
from .lang import _, cli_locale

FORMAT = "tsunagu-backup"
RESTORE = {"User": "backup/restore_users", "ApiToken": "backup/restore_api_tokens",
           "EmbedToken": "backup/restore_embed_tokens", "Introduction": "backup/restore_introductions",
           "Survey": "backup/restore_surveys", "SurveyInvite": "backup/restore_survey_invites",
           "SignInSheet": "backup/restore_signin_sheets", "Response": "backup/restore_responses"}


class BackupError(Exception):
    pass


def write(graph, path: Path) -> dict:
    tables = export.export_rows(graph)
    access: dict[str, list] = {label: [] for label in RESTORE}
    for record in graph.read("backup/access_nodes", labels=list(RESTORE)):
        access[record["label"]].append({k: _plain(v) for k, v in record["props"].items()})
    counts = {"rows": sum(len(rows) for _, rows in tables.values()),
              **{label.lower() + "s": len(rows) for label, rows in access.items()}}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for stem, (header, rows) in tables.items():
            archive.writestr(f"data/{stem}.csv", export.csv_bytes(header, rows))
        archive.writestr("access.json", json.dumps(access, ensure_ascii=False, indent=1))
        archive.writestr("manifest.json", json.dumps(
            {"format": FORMAT, "version": 1, "created": datetime.now(timezone.utc).isoformat(),
             "counts": counts}, indent=1))
    temporary = path.with_name(path.name + ".part")
    export.write_private(temporary, buffer.getvalue())  # names and password hashes: 0600
    temporary.replace(path)  # never a half-written backup under the real name
    return counts


def keep_before(graph, folder: Path, what: str) -> Path:
    """A backup of the whole network written just before something deletes (`what`: delete,
    prune) into `folder`, so that it can be taken back with `tsunagu restore FILE`."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    kept = folder / f"before-{what}-{clock.now():%Y%m%d-%H%M%S}.zip"
    write(graph, kept)
    return kept


def restore(graph, path: Path, max_bytes: int) -> dict:
    data_zip, access = _read(path)
    schema.apply(graph)
    report = import_upload(graph, "backup-data.zip", data_zip, max_bytes, prune=True)  # checked first: all or nothing
    if not report.ok:
        raise BackupError("; ".join(p.line(cli_locale()) for p in report.problems[:10]))
    with graph.transaction() as tx:
        tx.run("backup/clear_access")
        for label, statement in RESTORE.items():
            tx.run(statement, rows=access.get(label, []))
    return {"rows": report.rows, "pruned": sum(report.pruned.values()),
            **{label.lower() + "s": len(access.get(label, [])) for label in RESTORE}}


def _read(path: Path) -> tuple[bytes, dict]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as err:
        raise BackupError(_("%(path)s: つなぐのバックアップの zip ではありません(%(reason)s)", path=path, reason=err)) from None
    with archive:
        names = set(archive.namelist())
        if "manifest.json" not in names or "access.json" not in names:
            raise BackupError(_("%(path)s: manifest.json か access.json がありません。つなぐのバックアップではありません", path=path))
        manifest = json.loads(archive.read("manifest.json"))
        if manifest.get("format") != FORMAT:
            raise BackupError(_("%(path)s: manifest.json の形式が %(format)s ではありません", path=path, format=FORMAT))
        inner = io.BytesIO()
        with zipfile.ZipFile(inner, "w") as data:
            for name in sorted(n for n in names if n.startswith("data/") and n.endswith(".csv")):
                data.writestr(name.removeprefix("data/"), archive.read(name))
        return inner.getvalue(), json.loads(archive.read("access.json"))


def _plain(value):
    return value.iso_format() if hasattr(value, "iso_format") else value
