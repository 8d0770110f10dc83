"""tsunagu bridging, candidates, path and gaps: the four questions at the terminal."""
from __future__ import annotations

import click

from ..privacy import present

from .common import connect, emit, main, require, say


@main.command("bridging", help="地域の顔役: people ranked by how much they bridge groups and sectors.")
@click.option("--limit", type=click.IntRange(1, 500), default=20)
@click.option("--area", help="Area id (e.g. a-toyotama).")
@click.option("--sector", type=click.Choice(["chien", "civic", "business", "public", "intermediary"]))
@click.option("--theme", help="Theme id (e.g. t-kosodate).")
@click.option("--refresh", is_flag=True, help="Recompute the stored scores first.")
@click.option("--json", "as_json", is_flag=True)
def bridging_command(limit, area, sector, theme, refresh, as_json) -> None:
    from .. import precompute
    from ..questions import TODAY, bridging_people
    with connect() as graph:
        require(graph, area, ("Area",), "地域 / area")
        require(graph, theme, ("Theme",), "テーマ / theme")
        if refresh or not precompute.status(graph)["fresh"]:
            info = precompute.refresh(graph, force=refresh)
            if info and not info.get("skipped"):
                say(f"計算しました / computed for {info['people']} people in {info['seconds']} s ({info['method']})")
        data = present(graph, bridging_people(graph, TODAY, limit, area, sector, theme))

    def table(d):
        click.echo(f"{'順位':<4} {'スコア':>6}  {'名前':<16} {'媒介':>9} {'制約':>6} 団体 分野  つなぐ団体")
        for item in d["items"]:
            m = item["measures"]
            groups = "、".join(g["name"] for g in item["bridges"]["groups"][:4])
            click.echo(f"{item['rank']:<4} {item['score']:>6.1f}  {item['label']:<16} {m['betweenness']:>9.1f} "
                       f"{m['constraint']:>6.3f} {m['groups_spanned']:>4} {m['sectors_spanned']:>4}  {groups}")
        click.echo(f"(computed {d['computed_at']}, {d['method']})")
    emit(data, as_json, table)


@main.command("candidates", help="課題 × 強み: groups that offer what GROUP needs, with the introduction path.")
@click.argument("group")
@click.option("--need", help="Capability id (default: every need of the group).")
@click.option("--limit", type=click.IntRange(1, 500), default=10)
@click.option("--json", "as_json", is_flag=True)
def candidates_command(group, need, limit, as_json) -> None:
    from ..questions import TODAY, collaboration_candidates
    with connect() as graph:
        require(graph, group, ("Group",), "団体 / group")
        require(graph, need, ("Capability",), "課題 / need")
        data = present(graph, collaboration_candidates(graph, TODAY, group, need, limit))

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
    emit(data, as_json, table)


@main.command("path", help="Who knows whom: shortest introduction paths from FROM to TO (person or group ids).")
@click.argument("from_id", metavar="FROM")
@click.argument("to_id", metavar="TO")
@click.option("-k", "k", type=click.IntRange(1, 10), default=3)
@click.option("--max-hops", type=click.IntRange(1, 20), default=8)
@click.option("--json", "as_json", is_flag=True)
def path_command(from_id, to_id, k, max_hops, as_json) -> None:
    from ..questions import TODAY, introduction_paths
    with connect() as graph:
        require(graph, from_id, ("Person", "Group"), "FROM")
        require(graph, to_id, ("Person", "Group"), "TO")
        data = present(graph, introduction_paths(graph, TODAY, from_id, to_id, k, max_hops))

    def table(d):
        for number, path in enumerate(d["items"], start=1):
            click.echo(f"{number}. ({path['hops']} hops) " + " → ".join(n["label"] for n in path["nodes"]))
        if not d["items"]:
            click.echo(f"{max_hops} ステップ以内の経路はありません / no path within {max_hops} hops")
    emit(data, as_json, table)


@main.command("gaps", help="Gaps: complementary groups far apart, isolated groups, fragile collaborations.")
@click.option("--area", help="Area id.")
@click.option("--long-hops", type=click.IntRange(2, 20), default=5)
@click.option("--json", "as_json", is_flag=True)
def gaps_command(area, long_hops, as_json) -> None:
    from ..questions import TODAY, network_gaps
    with connect() as graph:
        require(graph, area, ("Area",), "地域 / area")
        data = present(graph, network_gaps(graph, TODAY, area, long_hops))

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
    emit(data, as_json, table)


