# i18n: data — the Japanese header aliases and help here are the template's own words (accepted input), not interface text
"""The import template: which files exist, their columns, types and Japanese header aliases.

This is the public data contract (README "Data template"): a folder of CSV files, or one
workbook with a sheet per file stem. Node files come first so that relationship files can
refer to ids defined in the same import.
"""
from __future__ import annotations

from dataclasses import dataclass, field

KINDS_OF_GROUP = ("neighborhood_association", "npo", "volunteer_group", "pta", "business",
                  "university", "school", "shopping_street", "welfare_commissioners",
                  "ward_department", "intermediary", "childcare", "care_service", "other")
SECTORS = ("chien", "civic", "business", "public", "intermediary")
VISIBILITIES = ("public", "internal", "private")
COLLABORATION_STATUSES = ("idea", "starting", "active", "ended")
RELATION_KINDS = ("cooperation", "conflict")
PARTNER_ROLES = ("lead", "partner", "supporter", "coordinator")
AREA_LEVELS = ("地域", "地区", "町丁")
EXAMPLE_MARK = "(例)"  # a row whose first cell starts so is an example: shown in the template, never imported


@dataclass(frozen=True)
class Column:
    name: str
    type: str = "str"          # str, int, date, bool
    required: bool = False
    aliases: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    references: str | None = None  # label of the node this id must exist as
    suggested: str | None = None   # a family of service/labels.py offered, not required: a word (or code) of it is
                                   # stored as its code (「講座」 → course), anything else as written


@dataclass(frozen=True)
class TemplateFile:
    stem: str
    statement: str             # cypher/import/<statement>.cypher
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ("id",)
    is_node: bool = False
    label: str | None = None
    help: str = ""
    tie: tuple[str, str, tuple[str, ...]] | None = None  # (type, from label, to labels)
    ranges: dict = field(default_factory=dict)           # column → (low, high)
    column_labels: dict = field(default_factory=dict)    # bool column → extra label it sets
    column_ties: dict = field(default_factory=dict)      # id column → relationship type it makes
    keeps_order: bool = False  # each row's place in the file is kept as `position` (the ward's own order)

    @property
    def title(self) -> str:
        """Its name in Japanese (the first part of `help`): a workbook's sheet is named so, and
        read by either name (a CSV file keeps the stem)."""
        return self.help.split(" / ")[0]


def _id(label: str | None = None, **kw) -> Column:
    return Column("id", required=True, aliases=("ID", "番号", "コード"), **kw)


def _ref(name: str, label: str, aliases: tuple[str, ...]) -> Column:
    """A reference to another sheet's row or to the network. Its header in the template says
    that a name will do (「団体(IDか名前)」); the older header (「団体ID」) is still read."""
    return Column(name, required=True, aliases=(f"{aliases[0].removesuffix('ID')}(IDか名前)", *aliases),
                  references=label)


_NAME = Column("name", required=True, aliases=("名前", "名称", "氏名", "団体名"))
_SINCE = Column("since", "date", aliases=("開始", "開始日", "から"))
# Where a tie came from and when it was last confirmed: filled by the importer when empty
# ("import knows.csv row 12", the day of the import); importing the tie again confirms it.
_SOURCE = Column("source", aliases=("出典", "情報源"))
_CONFIRMED = Column("confirmed", "date", aliases=("確認日",))

FILES: tuple[TemplateFile, ...] = (
    TemplateFile("areas", "areas", (
        _id(), _NAME, Column("level", aliases=("区分", "レベル"), choices=AREA_LEVELS),
        Column("parent_id", aliases=("親ID", "上位"), references="Area")),
        is_node=True, label="Area", column_ties={"parent_id": "PART_OF"}, keeps_order=True,
        help="地域・地区・町丁 / areas, nested by parent_id, listed in the order of the file"),
    TemplateFile("themes", "themes", (_id(), _NAME), is_node=True, label="Theme",
                 help="活動テーマ / themes (子育て, 防災, …)"),
    TemplateFile("capabilities", "capabilities", (
        _id(), _NAME, Column("category", aliases=("分類",))),
        is_node=True, label="Capability", help="課題・強み / needs and strengths (人手, 場所, …)"),
    TemplateFile("people", "people", (
        _id(), _NAME, Column("kana", aliases=("ふりがな", "フリガナ", "よみ", "カナ")),
        Column("visibility", aliases=("公開範囲",), choices=VISIBILITIES)),
        is_node=True, label="Person", help="人 / people (no addresses, phones or e-mails)"),
    TemplateFile("groups", "groups", (
        _id(), _NAME, Column("kana", aliases=("ふりがな", "フリガナ", "よみ")),
        Column("kind", required=True, aliases=("種別", "種類"), choices=KINDS_OF_GROUP),
        Column("sector", required=True, aliases=("分野", "セクター", "区分"), choices=SECTORS),
        Column("intermediary", "bool", aliases=("中間支援",))),
        is_node=True, label="Group", column_labels={"intermediary": "Intermediary"}, help="団体 / groups"),
    TemplateFile("collaborations", "collaborations", (
        _id(), _NAME, Column("status", required=True, aliases=("状況", "状態"),
                             choices=COLLABORATION_STATUSES),
        Column("started", "date", aliases=("開始日", "開始"))),
        is_node=True, label="Collaboration", help="協働 / collaborations"),
    TemplateFile("events", "events", (
        _id(), _NAME, Column("date", "date", aliases=("日付", "開催日")),
        Column("kind", aliases=("種別",), suggested="event_kind")),
        is_node=True, label="Event", help="行事 / events"),
    TemplateFile("memberships", "memberships", (
        _ref("person_id", "Person", ("人ID", "氏名ID")), _ref("group_id", "Group", ("団体ID",)),
        Column("role", aliases=("役割", "役職")), _SINCE,
        Column("until", "date", aliases=("終了", "終了日", "まで")), _SOURCE, _CONFIRMED),
        key=("person_id", "group_id"), tie=("MEMBER_OF", "Person", ('Group',)), help="所属 / who belongs to which group"),
    TemplateFile("knows", "knows", (
        _ref("person_id", "Person", ("人ID",)), _ref("other_id", "Person", ("相手ID",)),
        Column("strength", "int", aliases=("強さ",)), _SINCE,
        Column("context", aliases=("きっかけ", "出会った場所")), _SOURCE, _CONFIRMED),
        key=("person_id", "other_id"), ranges={"strength": (1, 3)}, tie=("KNOWS", "Person", ('Person',)), help="知り合い / who knows whom (undirected, strength 1–3)"),
    TemplateFile("partners", "partners", (
        _ref("group_id", "Group", ("団体ID",)), _ref("collaboration_id", "Collaboration", ("協働ID",)),
        Column("role", aliases=("役割",), choices=PARTNER_ROLES), _SINCE, _SOURCE, _CONFIRMED),
        key=("group_id", "collaboration_id"), tie=("PARTNER_IN", "Group", ('Collaboration',)), help="協働への参加 / groups in collaborations"),
    TemplateFile("needs", "needs", (
        _ref("group_id", "Group", ("団体ID",)), _ref("capability_id", "Capability", ("課題ID",)),
        Column("priority", "int", aliases=("優先度",)), Column("note", aliases=("備考", "メモ"))),
        key=("group_id", "capability_id"), ranges={"priority": (1, 5)}, tie=("NEEDS", "Group", ('Capability',)), help="課題 / what a group lacks"),
    TemplateFile("offers", "offers", (
        _ref("group_id", "Group", ("団体ID",)), _ref("capability_id", "Capability", ("強みID",)),
        Column("priority", "int", aliases=("優先度",)), Column("note", aliases=("備考", "メモ"))),
        key=("group_id", "capability_id"), ranges={"priority": (1, 5)}, tie=("OFFERS", "Group", ('Capability',)), help="強み / what a group can offer"),
    TemplateFile("relations", "relations", (
        _ref("group_id", "Group", ("団体ID",)), _ref("other_id", "Group", ("相手ID",)),
        Column("kind", required=True, aliases=("種別",), choices=RELATION_KINDS), _SINCE,
        Column("note", aliases=("備考", "メモ")), _SOURCE, _CONFIRMED),
        key=("group_id", "other_id", "kind"), tie=("RELATION", "Group", ('Group',)), help="団体間の関係の歴史 / cooperation and conflict"),
    TemplateFile("group_areas", "group_areas", (
        _ref("group_id", "Group", ("団体ID",)), _ref("area_id", "Area", ("地域ID",))),
        key=("group_id", "area_id"), tie=("ACTIVE_IN", "Group", ('Area',)), help="団体の活動地域 / where a group is active"),
    TemplateFile("person_areas", "person_areas", (
        _ref("person_id", "Person", ("人ID",)), _ref("area_id", "Area", ("地域ID",))),
        key=("person_id", "area_id"), tie=("LIVES_IN", "Person", ('Area',)), help="人の居住地域 / where a person lives"),
    TemplateFile("group_themes", "group_themes", (
        _ref("group_id", "Group", ("団体ID",)), _ref("theme_id", "Theme", ("テーマID",))),
        key=("group_id", "theme_id"), tie=("WORKS_ON", "Group", ('Theme',)), help="団体のテーマ / themes a group works on"),
    TemplateFile("collaboration_themes", "collaboration_themes", (
        _ref("collaboration_id", "Collaboration", ("協働ID",)), _ref("theme_id", "Theme", ("テーマID",))),
        key=("collaboration_id", "theme_id"), tie=("ADDRESSES", "Collaboration", ('Theme',)), help="協働のテーマ / themes a collaboration addresses"),
    TemplateFile("attendance", "attendance", (
        _ref("person_id", "Person", ("人ID",)), _ref("event_id", "Event", ("行事ID",))),
        key=("person_id", "event_id"), tie=("ATTENDED", "Person", ('Event',)), help="参加 / who attended which event"),
    TemplateFile("organizers", "organizers", (
        _ref("group_id", "Group", ("団体ID",)), _ref("event_id", "Event", ("行事ID",))),
        key=("group_id", "event_id"), tie=("ORGANIZED", "Group", ('Event',)), help="主催 / which group organised which event"),
    TemplateFile("supports", "supports", (
        _ref("department_id", "Group", ("部署ID",)), Column("target_id", required=True,
                                                         aliases=("支援先ID",), references="Group|Collaboration"),
        Column("program", aliases=("支援内容", "制度")), _SINCE),
        key=("department_id", "target_id"), tie=("SUPPORTS", "Group", ('Group', 'Collaboration')), help="区の支援 / ward departments supporting groups or collaborations"),
)

BY_STEM = {f.stem: f for f in FILES}
BY_SHEET = {**BY_STEM, **{f.title: f for f in FILES}}  # a workbook's sheet, by its Japanese name or its stem

# Example rows of the template workbook (service/template_workbook.py), one or two for the files a
# coordinator fills most: imported never (their first cell is marked EXAMPLE_MARK).
EXAMPLES = {
    "groups": [{"id": "g-higashi", "name": "東町会", "kana": "ひがしちょうかい", "kind": "町会・自治会", "sector": "地縁"},
               {"id": "g-kosodate", "name": "子育てひろば", "kind": "NPO法人", "sector": "区民活動"}],
    "people": [{"id": "p-yamada", "name": "山田 花子", "kana": "やまだ はなこ", "visibility": "区と関係者だけ"}],
    "memberships": [{"person_id": "p-yamada", "group_id": "g-higashi", "role": "会長", "since": "2020-04-01"}],
    "knows": [{"person_id": "p-yamada", "other_id": "p-suzuki", "strength": 2, "since": "令和5年6月1日",
               "context": "防災訓練"}],
    "needs": [{"group_id": "g-higashi", "capability_id": "人手", "priority": 1}],
    "offers": [{"group_id": "g-kosodate", "capability_id": "場所", "priority": 2}],
    "group_areas": [{"group_id": "g-higashi", "area_id": "光が丘"}],
    "events": [{"id": "e-fes", "name": "地域活動フェスティバル", "date": "2026-10-12", "kind": "お祭り・フェスティバル"}],
    "collaborations": [{"id": "c-cafe", "name": "ケアカフェ", "status": "活動中", "started": "2025-04-01"}],
    "partners": [{"group_id": "g-higashi", "collaboration_id": "c-cafe", "role": "主催"}],
}

# What counts as the network (stats, the graph version, export and backup): the labels and
# relationship types the template writes, derived from FILES.
NETWORK_LABELS: tuple[str, ...] = tuple(dict.fromkeys(
    [f.label for f in FILES if f.is_node] + [label for f in FILES for label in f.column_labels.values()]))
# The ties that fade unless confirmed (a `confirmed` column): acquaintances, memberships,
# partnerships, histories; a support, an attendance or a theme does not fade.
FADING_TYPES: tuple[str, ...] = tuple(f.tie[0] for f in FILES if f.tie and any(c.name == "confirmed" for c in f.columns))
NETWORK_TYPES: tuple[str, ...] = tuple(dict.fromkeys(
    [f.tie[0] for f in FILES if f.tie] + [kind for f in FILES for kind in f.column_ties.values()]))
