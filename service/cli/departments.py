"""tsunagu departments [show ID | overlaps], who-to-tell and matching plan: the ward's
departments, the blind spots between them and matching events at the terminal, the same
answers as the pages (service/departments.py, service/matching.py)."""
from __future__ import annotations

import click

from .. import departments, wording
from ..lang import _, p_
from ..privacy import present
from .common import connect, emit, main, require


def _names(refs) -> str:
    return "、".join(r["label"] for r in refs) or "—"


@main.group("departments", invoke_without_command=True, help=_("区の部署: 支援している団体と協働、部署をまたぐ見落とし。"))
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def departments_command(context, as_json) -> None:
    if context.invoked_subcommand is not None:
        return
    with connect() as graph:
        data = present(graph, departments.listing(graph))

    def table(d):
        click.echo(_("団体 協働 職員  部署(テーマ)"))
        for r in d["departments"]:
            click.echo(f"{r['groups']:>4} {r['collaborations']:>4} {r['staff']:>4}  {r['department']['label']}"
                       f"({_names(r['themes'])})  [{r['department']['id']}]")
    emit(data, as_json, table)


@departments_command.command("show", help=_("部署 ID の支援先、届いていない地域とテーマ、職員の知り合い。"))
@click.argument("department")
@click.option("--json", "as_json", is_flag=True)
def show_command(department, as_json) -> None:
    with connect() as graph:
        require(graph, department, ("Group",), p_("cli", "部署"))
        data = present(graph, departments.profile(graph, department))

    def table(d):
        click.echo(d["department"]["label"])
        for s in d["supports"]:
            click.echo(f"  {s['program'] or '—'}  {s['since'] or '':10}  {s['target']['label']}")
        click.echo(_("支援先のない地域: %(areas)s", areas=_names(d["reach"]["missed_areas"])))
        click.echo(_("支援先のないテーマ: %(themes)s", themes=_names(d["reach"]["missed_themes"])))
        for item in d["shared"]:
            if not item["known"]:
                click.echo(_("接点のない部署と同じ支援先: %(target)s(%(departments)s)", target=item["target"]["label"],
                             departments=_names(item["departments"])))
    emit(data, as_json, table)


@departments_command.command("overlaps", help=_("同じ支援先で接点のない部署、課題×強みで話すべき部署、部署の支援のない協働。"))
@click.option("--json", "as_json", is_flag=True)
def overlaps_command(as_json) -> None:
    with connect() as graph:
        data = present(graph, departments.overlaps(graph))

    def table(d):
        click.echo(_("同じ団体・協働を支援し、接点のない部署"))
        for item in d["unaware"]:
            pairs = "; ".join(f"{a['label']} ・ {b['label']}" for a, b in item["apart"])  # format
            click.echo(f"  {item['target']['label']}: {pairs}")
        click.echo(_("ある部署の団体の課題に、別の部署の団体の強みが応える"))
        for pair in d["need_offer_pairs"][:20]:
            click.echo(f"  {pair['needing_department']['label']} → {pair['offering_department']['label']}: "
                       f"{pair['count']}({_names(pair['capabilities'])})")
        click.echo(_("部署の支援がなく、部署のテーマに取り組む協働"))
        for item in d["unsupported"]:
            click.echo(f"  {item['collaboration']['label']}: {_names(item['departments'])}")
    emit(data, as_json, table)


@main.command("who-to-tell", help=_("協働 ID について知らせる部署と、参加団体の人を知っている職員(メールに貼る文)。"))
@click.argument("collaboration")
@click.option("--json", "as_json", is_flag=True)
def who_to_tell_command(collaboration, as_json) -> None:
    with connect() as graph:
        require(graph, collaboration, ("Collaboration",), p_("cli", "協働"))
        data = present(graph, departments.who_to_tell(graph, collaboration))
    emit(data, as_json, lambda d: click.echo(wording.tell_mail(d)))


@main.group("matching", help=_("団体同士のマッチングイベント: テーブル分けと紹介したい組。"))
def matching_command() -> None:
    pass


@matching_command.command("plan", help=_("招く団体(地域・テーマ・ID の一覧)のテーブル分けと、紹介したい組を理由つきで。"))
@click.option("--area", help=_("地域の ID(例: a-toyotama)。"))
@click.option("--theme", help=_("テーマの ID(例: t-kosodate)。"))
@click.option("--groups", help=_("団体の ID をカンマで区切って。"))
@click.option("--size", type=click.IntRange(4, 6), default=5, help=_("1テーブルの団体数。"))
@click.option("--json", "as_json", is_flag=True)
def matching_plan_command(area, theme, groups, size, as_json) -> None:
    from .. import matching
    with connect() as graph:
        require(graph, area, ("Area",), p_("cli", "地域"))
        require(graph, theme, ("Theme",), p_("cli", "テーマ"))
        ids = [g.strip() for g in groups.split(",") if g.strip()] if groups else None
        planned = matching.proposed(graph, matching.invited(graph, area, theme, ids), size)
        data = wording.with_pair_why(present(graph, matching.shown(planned)))

    def table(d):
        for t in d["tables"]:
            click.echo(_("テーブル %(number)s", number=t["number"]) + ": " + _names(t["groups"]))
            for p in t["pairs"]:
                click.echo(f"  {p['a']['label']} × {p['b']['label']}: {p['why_text']}")
    emit(data, as_json, table)
