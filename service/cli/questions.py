"""tsunagu bridging, candidates, path and gaps: the four questions at the terminal."""
from __future__ import annotations

import click

from ..analysis.brokerage import SORTS
from ..lang import _, p_
from ..template import SECTORS
from ..privacy import present
from .common import computed, connect, emit, main, require, say


@main.command("bridging", help=_("地域の顔役: 団体とセクターをつなぐ人を順に並べます。"))
@click.option("--limit", type=click.IntRange(1, 500), default=20)
@click.option("--area", help=_("地域の ID(例: a-toyotama)。"))
@click.option("--sector", type=click.Choice(SECTORS), help=_("この分野の団体に所属する人だけ。"))
@click.option("--theme", help=_("テーマの ID(例: t-kosodate)。"))
@click.option("--sort", type=click.Choice(SORTS), default="score", help=_("並べ方(スコア、またはその一部)。"))
@click.option("--refresh", is_flag=True, help=_("先にスコアを計算し直します。"))
@click.option("--json", "as_json", is_flag=True)
def bridging_command(limit, area, sector, theme, sort, refresh, as_json) -> None:
    from .. import precompute, wording
    from ..questions import TODAY, bridging_people
    with connect() as graph:
        require(graph, area, ("Area",), p_("cli", "地域"))
        require(graph, theme, ("Theme",), p_("cli", "テーマ"))
        if refresh or not precompute.status(graph)["lists_fresh"]:
            info = precompute.refresh(graph, force=refresh)
            if info and not info.get("skipped"):
                say(computed(info))
        data = present(graph, bridging_people(graph, TODAY, limit, area, sector, theme, sort))
        data["items"] = wording.with_why(data["items"])

    def table(d):
        click.echo(_("順位 スコア  団体のあいだ 橋渡し 代表 地縁↔区民  名前"))
        for item in d["items"]:
            parts = item["parts"]
            click.echo(f"{item['rank']:<4} {item['score']:>6.1f}  {parts['between']:>12.1f} {parts['liaison']:>6} "
                       f"{parts['representative']:>4} {parts['first_pair']:>9}  {item['label']}")
            click.echo(f"     {item['why_text']}")
        click.echo(_("(計算: %(computed)s、%(method)s)", computed=d["computed_at"], method=d["method"]))
    emit(data, as_json, table)


@main.command("candidates", help=_("課題 × 強み: GROUP の課題に応える強みを持つ団体と、紹介ルート。"))
@click.argument("group")
@click.option("--need", help=_("課題(Capability)の ID(既定: その団体のすべての課題)。"))
@click.option("--limit", type=click.IntRange(1, 500), default=10)
@click.option("--json", "as_json", is_flag=True)
def candidates_command(group, need, limit, as_json) -> None:
    from ..questions import TODAY, collaboration_candidates
    with connect() as graph:
        require(graph, group, ("Group",), p_("cli", "団体"))
        require(graph, need, ("Capability",), p_("cli", "課題"))
        data = present(graph, collaboration_candidates(graph, TODAY, group, need, limit))

    def table(d):
        for item in d["items"]:
            intro = item["introduction"]
            mark = " " + _("[既に協働中]") if item["already_partners"] else ""
            click.echo(f"{item['score']:>6.1f}  {item['group']['name']} — {item['capability']['name']}{mark}")
            click.echo("        " + " / ".join(r["text"] for r in item["reasons"]))
            if intro:
                click.echo("        " + _("紹介ルート: %(path)s", path=" → ".join(n["label"] for n in intro["nodes"])))
                if intro["ask_first"]:
                    click.echo("        " + _("最初に頼む人: %(person)s", person=intro["ask_first"]["label"]))
        if not d["items"]:
            click.echo(_("候補はありません"))
    emit(data, as_json, table)


@main.command("path", help=_("誰が誰を知っている: FROM から TO(人か団体の ID)への最短の紹介ルート。"))
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
            click.echo(f"{number}. ({_('%(hops)s ステップ', hops=path['hops'])}) "
                       + " → ".join(n["label"] for n in path["nodes"]))
        if not d["items"]:
            click.echo(_("%(hops)s ステップ以内の経路はありません", hops=max_hops))
    emit(data, as_json, table)


@main.command("gaps", help=_("すき間: 補い合えるのに遠い団体、孤立した団体、一人・一団体に頼る協働。"))
@click.option("--area", help=_("地域の ID。"))
@click.option("--long-hops", type=click.IntRange(2, 20), default=5)
@click.option("--json", "as_json", is_flag=True)
def gaps_command(area, long_hops, as_json) -> None:
    from ..questions import TODAY, network_gaps
    with connect() as graph:
        require(graph, area, ("Area",), p_("cli", "地域"))
        data = present(graph, network_gaps(graph, TODAY, area, long_hops))

    def table(d):
        click.echo(_("■ 補い合えるのに遠い団体(%(count)s)", count=d["far_complementary_pairs"]["total"]))
        for p in d["far_complementary_pairs"]["items"]:
            hops = _("%(hops)s ステップ", hops=p["hops"]) if p["connected"] else p_("cli", "つながる道なし")
            click.echo(f"  {p['needing']['name']} ⇐ {p['capability']['name']} ⇐ {p['offering']['name']}  ({hops})")
        click.echo(_("■ 孤立した団体(%(count)s)", count=d["isolated_groups"]["total"]))
        for g in d["isolated_groups"]["items"]:
            click.echo("  " + _("%(name)s(会員 %(members)s 人)", name=g["name"], members=g["members"]))
        click.echo(_("■ 一人・一団体に頼る協働(%(count)s)", count=d["fragile_collaborations"]["total"]))
        for f in d["fragile_collaborations"]["items"]:
            who = "、".join(n["label"] for n in f["depends_on"]) or _("人のつながりなし")
            click.echo(f"  {f['collaboration']['name']}: {who}")
    emit(data, as_json, table)
