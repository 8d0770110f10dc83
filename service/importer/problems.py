"""What can be wrong with an import, worded for the coordinator who has to fix the file.

Every problem names the file (or sheet), the row as the spreadsheet numbers it, the
column, the value, what is wrong and how to fix it — in Japanese, with English beside it
(both from the catalogue, service/lang.py).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

from .. import lang
from ..lang import N_

# code: (what is wrong, how to fix it): messages of the catalogue (service/lang.py)
MESSAGES = {
    "unreadable": (N_("ファイルを読み取れません"),
                   N_("CSV(UTF-8 または Shift_JIS)か .xlsx で保存し直してください")),
    "too_large": (N_("ファイルが大きすぎます"),
                  N_("ファイルを分けるか TSUNAGU_IMPORT_MAX_MB を上げてください")),
    "too_large_transaction": (N_("一度に取り込むには大きすぎてデータベースのメモリが足りません。何も書き込んでいません"),
                              N_("TSUNAGU_NEO4J_HEAP を増やす(例: 4g)か、ファイルを分けて取り込んでください")),
    "duplicate_file": (N_("同じ名前のファイルが zip の中に2つ以上あります"),
                       N_("どちらか一方だけを入れた zip を作り直してください")),
    "duplicate_sheet": (N_("同じ種類のシートが、日本語の名前と英語の名前で2つあります"),
                        N_("どちらか一方にまとめてください(どちらも読んでいません)")),
    "unknown_file": (N_("テンプレートにないファイル名です"),
                     N_("ファイル名(シート名)をテンプレートの名前にしてください")),
    "missing_column": (N_("必須の列がありません"),
                       N_("1行目に列名を追加してください")),
    "empty": (N_("必須の値が空です"),
              N_("値を入力するか、その行を削除してください")),
    "duplicate": (N_("同じ ID(組み合わせ)が2回以上あります"),
                  N_("重複した行を1つにまとめてください")),
    "choice": (N_("使えない値です"),
               N_("次のいずれかを入力してください: %(choices)s")),
    "choice_near": (N_("使えない値です"),
                    N_("「%(near)s」のことでしょうか。次のいずれかを入力してください: %(choices)s")),
    "ambiguous_name": (N_("その名前のものが2つ以上あります"),
                       N_("名前ではなく ID(%(ids)s のどれか)を入力してください")),
    "date": (N_("日付として読めません"),
             N_("2024-04-01、2024/4/1、令和6年4月1日 のように入力してください")),
    "int": (N_("整数ではありません"),
            N_("数字だけを入力してください")),
    "bool": (N_("true / false として読めません"),
             N_("true か false(はい/いいえ)を入力してください")),
    "range": (N_("範囲外の値です"),
              N_("%(low)s〜%(high)s の整数にしてください")),
    "reference": (N_("参照先が見つかりません(この ID や名前のものは、ファイルにもつなぐにもありません)"),
                  N_("%(target)s にある ID か名前を書くか、つなぐにすでにあるものをそのページに出ている名前で書いてください")),
    "reference_near": (N_("参照先が見つかりません(この ID や名前のものは、ファイルにもつなぐにもありません)"),
                       N_("「%(near)s」のことでしょうか。%(target)s にある ID か名前を書いてください")),
    "self_tie": (N_("自分自身を知り合いにしています"),
                 N_("相手の ID を直すか、その行を削除してください")),
    "changed_since_preview": (N_("確かめたあとにネットワークが変わったため、削除する数が確かめたときと違うかもしれません。何も書き込んでいません"),
                              N_("もう一度ファイルを選んで、削除するものを確かめ直してください")),
    "formula": (N_("数式が入っています"),
                N_("セルをコピーして「値として貼り付け」してください")),
}


@dataclass(frozen=True)
class Problem:
    file: str
    row: int | None
    column: str | None
    value: str | None
    code: str
    message: str
    message_en: str
    fix: str
    fix_en: str

    def as_dict(self) -> dict:
        return asdict(self)

    def line(self, locale: str = "ja") -> str:
        """The problem in one line of `locale`: where, the value found, what is wrong, the fix."""
        parts = [self.file]
        if self.row:
            parts.append(lang.text(N_("%(row)s行目"), locale, row=self.row))
        if self.column:
            parts.append(lang.text(N_("列「%(column)s」"), locale, column=self.column))
        if self.value not in (None, ""):
            parts.append(lang.text(N_("値「%(value)s」"), locale, value=self.value))
        message, fix = (self.message, self.fix) if locale == "ja" else (self.message_en, self.fix_en)
        return lang.text(N_("%(where)s: %(message)s。%(fix)s。"), locale, where=" ".join(parts), message=message, fix=fix)


def problem(code: str, file: str, row: int | None = None, column: str | None = None,
            value=None, **fmt) -> Problem:
    what, fix = MESSAGES[code]
    text = None if value is None else str(value)
    if text is not None and len(text) > 80:
        text = text[:80] + "…"
    return Problem(file, row, column, text, code, lang.text(what, "ja", **fmt), lang.text(what, "en", **fmt),
                   lang.text(fix, "ja", **fmt), lang.text(fix, "en", **fmt))
