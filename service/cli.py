"""The `tsunagu` command: the local database, the demo network, and serving the app."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import click

from . import localdb, schema, seed, settings
from .db import open_driver


def _say(message: str) -> None:
    click.echo(message, err=True)


def _fail(err: Exception) -> None:
    click.echo(f"エラー / error: {err}", err=True)
    sys.exit(1)


def _connect(config: dict | None = None):
    """(config, driver) for NEO4J_URI or the local Neo4j (started if needed); a clear error if not."""
    config = config or settings.app_config()
    try:
        return config, open_driver(config, progress=_say)
    except localdb.LocalNeo4jError as err:
        _fail(err)


@click.group(help="つなぐ Tsunagu — 練馬区の協働ネットワーク / the collaboration network of Nerima ward.")
def main() -> None:
    pass


# --- tsunagu db ------------------------------------------------------------------------
@main.group(help="ローカルの Neo4j を管理する / manage the local Neo4j of TSUNAGU_HOME.")
def db() -> None:
    pass


def _home() -> Path:
    return settings.default_home()


@db.command("start", help="Start the local Neo4j (fetched with Maven on first use).")
@click.option("--port", type=int, help="Bolt port (default: TSUNAGU_NEO4J_PORT or a free port).")
def db_start(port: int | None) -> None:
    try:
        conn = localdb.start(_home(), port=port, progress=_say)
    except localdb.LocalNeo4jError as err:
        _fail(err)
    click.echo(conn.uri)


@db.command("stop", help="Stop the local Neo4j.")
def db_stop() -> None:
    if not localdb.stop(_home(), progress=_say):
        _say(f"Neo4j は動いていません / Neo4j is not running (home {_home()})")


@db.command("status", help="Show whether the local Neo4j runs, and where.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def db_status(as_json: bool) -> None:
    state = localdb.status(_home())
    if as_json:
        click.echo(json.dumps(state))
        return
    words = {"running": "起動中 / running", "stopped": "停止中 / stopped",
             "stale": "停止中(古い pid ファイルあり)/ stopped (stale pid file; cleaned up at next start)"}
    click.echo(f"{words[state['state']]}  home={state['home']}"
               + (f"  uri={state['uri']}  pid={state['pid']}" if state["state"] == "running" else ""))
    sys.exit(0 if state["state"] == "running" else 3)


# --- tsunagu seed / up / serve ------------------------------------------------------------
@main.command("seed", help="Load the fictional demo network of Nerima (seed/demo/).")
@click.option("--if-empty", is_flag=True, help="Only when the database holds no nodes.")
def seed_command(if_empty: bool) -> None:
    config, driver = _connect()
    with driver:
        _load_demo(driver, config, if_empty)


def _refresh_bridging(driver, config: dict) -> None:
    """Precompute the bridging scores after data changed, so /api/bridging answers at once."""
    from .questions import Context, refresh_bridging
    info = refresh_bridging(Context.from_config(driver, config))
    _say(f"顔役スコアを計算しました / bridging scores computed for {info['people']} people "
         f"in {info['seconds']} s ({info['method']})")


def _load_demo(driver, config: dict, if_empty: bool) -> None:
    database = config["NEO4J_DATABASE"]
    schema.apply(driver, database)
    if if_empty and not seed.is_empty(driver, database):
        _say("データが既にあるためデモは読み込みません / the database already has data: demo not loaded")
        return
    counts = seed.load_demo(driver, database)
    _refresh_bridging(driver, config)
    _say("デモネットワークを読み込みました / demo network loaded: "
         + ", ".join(f"{name} {count}" for name, count in counts.items()))


# --- tsunagu import / export --------------------------------------------------------------
@main.command("import", help="Import a folder of template CSV files, a .zip of them, or an .xlsx workbook.")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--check", "check_only", is_flag=True, help="Validate and report; write nothing.")
@click.option("--prune", is_flag=True,
              help="Also delete what the files present no longer contain (for a full export).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def import_command(path: Path, check_only: bool, prune: bool, as_json: bool) -> None:
    from .importer.run import import_path
    config, driver = _connect()
    bar = {}

    def on_checked(total: int) -> None:
        bar["bar"] = click.progressbar(length=total, label="書き込み中 / writing", file=sys.stderr)
        bar["bar"].__enter__()

    def progress(_stem: str, count: int) -> None:
        bar["bar"].update(count)

    with driver:
        report = import_path(driver, config["NEO4J_DATABASE"], path, config["IMPORT_MAX_BYTES"],
                             check_only=check_only, prune=prune, progress=progress,
                             on_checked=None if as_json else on_checked)
        if report.ok and not report.checked_only:
            _refresh_bridging(driver, config)
    if "bar" in bar:
        bar["bar"].__exit__(None, None, None)
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        _print_report(report)
    sys.exit(0 if report.ok else 1)


def _print_report(report) -> None:
    if report.problems:
        click.echo(f"{len(report.problems)} 件の問題があります。何も書き込んでいません。/ "
                   f"{len(report.problems)} problem(s) found; nothing was written.", err=True)
        for found in report.problems:
            click.echo("  - " + found.line(), err=True)
        return
    files = ", ".join(f"{stem} {count}" for stem, count in report.files.items())
    if report.checked_only:
        click.echo(f"問題はありません({report.rows} 行)/ no problems ({report.rows} rows): {files}")
        return
    click.echo(f"読み込みました({report.rows} 行)/ imported {report.rows} rows: {files}")
    pruned = {k: v for k, v in report.pruned.items() if v}
    if pruned:
        click.echo("削除 / pruned: " + ", ".join(f"{k} {v}" for k, v in pruned.items()))


@main.command("export", help="Write the whole graph to DIR as template CSV files and tsunagu.xlsx.")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
def export_command(directory: Path) -> None:
    from . import export
    config, driver = _connect()
    with driver:
        tables = export.export_rows(driver, config["NEO4J_DATABASE"])
    paths = export.write_dir(tables, directory)
    rows = sum(len(rows) for _, rows in tables.values())
    click.echo(f"書き出しました / exported {rows} rows to {len(paths)} files in {directory}")


# --- the questions -----------------------------------------------------------------------
def _context():
    from .questions import Context
    config, driver = _connect()
    return Context.from_config(driver, config)


def _emit(data, as_json: bool, table) -> None:
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        table(data)


def _require(ctx, value: str, labels: tuple[str, ...], what: str) -> None:
    if value is not None and not ctx.read("analysis/node_labels", id=value, labels=list(labels)):
        _fail(ValueError(f"{what}「{value}」が見つかりません / no {'/'.join(labels)} with id {value!r}"))


@main.command("bridging", help="地域の顔役: people ranked by how much they bridge groups and sectors.")
@click.option("--limit", type=click.IntRange(1, 500), default=20)
@click.option("--area", help="Area id (e.g. a-toyotama).")
@click.option("--sector", type=click.Choice(["chien", "civic", "business", "public", "intermediary"]))
@click.option("--theme", help="Theme id (e.g. t-kosodate).")
@click.option("--refresh", is_flag=True, help="Recompute the stored scores first.")
@click.option("--json", "as_json", is_flag=True)
def bridging_command(limit, area, sector, theme, refresh, as_json) -> None:
    from .questions import bridging_people, refresh_bridging
    ctx = _context()
    with ctx.driver:
        _require(ctx, area, ("Area",), "地域 / area")
        _require(ctx, theme, ("Theme",), "テーマ / theme")
        if refresh:
            info = refresh_bridging(ctx)
            _say(f"再計算しました / recomputed for {info['people']} people in {info['seconds']} s ({info['method']})")
        data = bridging_people(ctx, limit, area, sector, theme)

    def table(d):
        click.echo(f"{'順位':<4} {'スコア':>6}  {'名前':<16} {'媒介':>9} {'制約':>6} 団体 分野  つなぐ団体")
        for item in d["items"]:
            m = item["measures"]
            groups = "、".join(g["name"] for g in item["bridges"]["groups"][:4])
            click.echo(f"{item['rank']:<4} {item['score']:>6.1f}  {item['label']:<16} {m['betweenness']:>9.1f} "
                       f"{m['constraint']:>6.3f} {m['groups_spanned']:>4} {m['sectors_spanned']:>4}  {groups}")
        click.echo(f"(computed {d['computed_at']}, {d['method']})")
    _emit(data, as_json, table)


@main.command("candidates", help="課題 × 強み: groups that offer what GROUP needs, with the introduction path.")
@click.argument("group")
@click.option("--need", help="Capability id (default: every need of the group).")
@click.option("--limit", type=click.IntRange(1, 500), default=10)
@click.option("--json", "as_json", is_flag=True)
def candidates_command(group, need, limit, as_json) -> None:
    from .questions import collaboration_candidates
    ctx = _context()
    with ctx.driver:
        _require(ctx, group, ("Group",), "団体 / group")
        _require(ctx, need, ("Capability",), "課題 / need")
        data = collaboration_candidates(ctx, group, need, limit)

    def table(d):
        for item in d["items"]:
            intro = item["introduction"]
            mark = " [既に協働中 / already partners]" if item["already_partners"] else ""
            click.echo(f"{item['score']:>6.1f}  {item['group']['name']} — {item['capability']['name']}{mark}")
            click.echo("        " + " / ".join(r["text"] for r in item["reasons"]))
            if intro:
                click.echo("        紹介ルート / path: " + " → ".join(n["label"] for n in intro["nodes"]))
                if intro["ask_first"]:
                    click.echo(f"        最初に頼む人 / ask first: {intro['ask_first']['label']}")
        if not d["items"]:
            click.echo("候補はありません / no candidates")
    _emit(data, as_json, table)


@main.command("path", help="Who knows whom: shortest introduction paths from FROM to TO (person or group ids).")
@click.argument("from_id", metavar="FROM")
@click.argument("to_id", metavar="TO")
@click.option("-k", "k", type=click.IntRange(1, 10), default=3)
@click.option("--max-hops", type=click.IntRange(1, 20), default=8)
@click.option("--json", "as_json", is_flag=True)
def path_command(from_id, to_id, k, max_hops, as_json) -> None:
    from .questions import introduction_paths
    ctx = _context()
    with ctx.driver:
        _require(ctx, from_id, ("Person", "Group"), "FROM")
        _require(ctx, to_id, ("Person", "Group"), "TO")
        data = introduction_paths(ctx, from_id, to_id, k, max_hops)

    def table(d):
        for number, path in enumerate(d["items"], start=1):
            click.echo(f"{number}. ({path['hops']} hops) " + " → ".join(n["label"] for n in path["nodes"]))
        if not d["items"]:
            click.echo(f"{max_hops} ステップ以内の経路はありません / no path within {max_hops} hops")
    _emit(data, as_json, table)


@main.command("gaps", help="Gaps: complementary groups far apart, isolated groups, fragile collaborations.")
@click.option("--area", help="Area id.")
@click.option("--long-hops", type=click.IntRange(2, 20), default=5)
@click.option("--json", "as_json", is_flag=True)
def gaps_command(area, long_hops, as_json) -> None:
    from .questions import network_gaps
    ctx = _context()
    with ctx.driver:
        _require(ctx, area, ("Area",), "地域 / area")
        data = network_gaps(ctx, area, long_hops)

    def table(d):
        click.echo(f"■ 補い合えるのに遠い団体 / complementary but far apart ({d['far_complementary_pairs']['total']})")
        for p in d["far_complementary_pairs"]["items"]:
            hops = f"{p['hops']} hops" if p["connected"] else "つながりなし / no path"
            click.echo(f"  {p['needing']['name']} ⇐ {p['capability']['name']} ⇐ {p['offering']['name']}  ({hops})")
        click.echo(f"■ 孤立した団体 / isolated groups ({d['isolated_groups']['total']})")
        for g in d["isolated_groups"]["items"]:
            click.echo(f"  {g['name']} ({g['members']} members)")
        click.echo(f"■ 一人・一団体に頼る協働 / fragile collaborations ({d['fragile_collaborations']['total']})")
        for f in d["fragile_collaborations"]["items"]:
            who = "、".join(n["label"] for n in f["depends_on"]) or "人のつながりなし / partners not linked by people"
            click.echo(f"  {f['collaboration']['name']}: {who}")
    _emit(data, as_json, table)


# --- embed tokens --------------------------------------------------------------------------
@main.group("embed-token", help="埋め込み用トークン / read-only tokens for maps in dashboards' iframes.")
def embed_token() -> None:
    pass


@embed_token.command("create", help="Create a token for MAP (network, ego, path, bridging, candidates); "
                                    "the token is the last word printed.")
@click.argument("map_name", metavar="MAP")
@click.option("--target", help="The person or group id (ego and candidates maps).")
@click.option("--filter", "filters", multiple=True, metavar="NAME=VALUE",
              help="A fixed filter, e.g. --filter area=a-nerima (repeatable).")
@click.option("--names", is_flag=True, help="Show people's names (default: people without names).")
@click.option("--label", default="", help="What the token is for (a dashboard's name).")
def embed_token_create(map_name, target, filters, names, label) -> None:
    from . import embed
    fixed = {}
    for item in filters:
        if "=" not in item:
            _fail(ValueError(f"--filter は NAME=VALUE の形で / --filter takes NAME=VALUE, not {item!r}"))
        key, value = item.split("=", 1)
        fixed[key] = value
    config, driver = _connect()
    with driver:
        schema.apply(driver, config["NEO4J_DATABASE"])
        try:
            token = embed.create(driver, config["NEO4J_DATABASE"], map_name, target, fixed, names, label)
        except embed.EmbedError as err:
            _fail(err)
    path = f"/embed/{map_name}" + (f"/{target}" if target else "")
    click.echo("埋め込み用トークン(一度だけ表示します)/ embed token, shown once — "
               f"use {path}?token=<token>:")
    click.echo(token)


@embed_token.command("list", help="List embed tokens (their hash prefix, never the token).")
def embed_token_list() -> None:
    ctx = _context()
    with ctx.driver:
        rows = ctx.read("embed/list_tokens")
    for row in rows:
        state = "revoked" if row["revoked"] else "active"
        click.echo(f"{row['prefix']}  {state:<7} {row['map']:<10} {row['target'] or '-':<14} "
                   f"{row['filters']}  names={row['names']}  {row['label']}  {row['created']}")


@embed_token.command("revoke", help="Revoke the token(s) whose hash starts with PREFIX (from `list`).")
@click.argument("prefix")
def embed_token_revoke(prefix) -> None:
    if len(prefix) < 8:
        _fail(ValueError("PREFIX は 8 文字以上 / PREFIX needs at least 8 characters"))
    config, driver = _connect()
    with driver:
        from . import cypher
        records, _, _ = driver.execute_query(cypher.load("embed/revoke_token"), prefix=prefix,
                                             database_=config["NEO4J_DATABASE"])
    click.echo(f"revoked {records[0]['revoked']}")


@main.command("up", help="Start Neo4j if needed, apply the schema, load the demo when empty, serve.")
@click.option("--port", type=int, help="HTTP port (default from TSUNAGU_BIND: 8000).")
@click.option("--host", default=None, help="HTTP address (default from TSUNAGU_BIND: 127.0.0.1).")
@click.option("--no-demo", is_flag=True, help="Do not load the demo network into an empty database.")
@click.option("--workers", type=int, default=None, help="gunicorn workers (default TSUNAGU_WORKERS).")
def up(port: int | None, host: str | None, no_demo: bool, workers: int | None) -> None:
    config = settings.app_config()
    started_here = not config["NEO4J_URI"] and localdb.status(Path(config["TSUNAGU_HOME"]))["state"] != "running"
    config, driver = _connect(config)
    with driver:
        if no_demo:
            schema.apply(driver, config["NEO4J_DATABASE"])
        else:
            _load_demo(driver, config, if_empty=True)
    default_host, default_port = settings.get("TSUNAGU_BIND").rsplit(":", 1)
    bind = f"{host or default_host}:{port or default_port}"
    _say(f"つなぐ を起動しました / Tsunagu is serving at http://{bind}/  (Ctrl-C で停止 / to stop)")
    gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent)) or "gunicorn"
    command = [gunicorn, "--workers", str(workers or settings.get("TSUNAGU_WORKERS")),
               "--bind", bind, "--timeout", "120", "--access-logfile", "-", "service:create_app()"]
    process = subprocess.Popen(command, env=os.environ.copy())

    def stop_server(_signum, _frame):  # Ctrl-C or a service manager's SIGTERM
        process.send_signal(signal.SIGTERM)

    signal.signal(signal.SIGINT, stop_server)
    signal.signal(signal.SIGTERM, stop_server)
    try:
        code = process.wait()
    finally:
        if started_here:
            localdb.stop(Path(config["TSUNAGU_HOME"]), progress=_say)
    sys.exit(code)


@main.command("serve", help="Run the development server (Flask's; use `up` or gunicorn in production).")
@click.option("--port", type=int, default=8000)
@click.option("--host", default="127.0.0.1")
@click.option("--debug", is_flag=True)
def serve(port: int, host: str, debug: bool) -> None:
    from . import create_app
    try:
        app = create_app()
    except localdb.LocalNeo4jError as err:
        _fail(err)
    app.run(host=host, port=port, debug=debug, use_reloader=False)


if __name__ == "__main__":
    main()
