"""What can be wrong with an import, worded for the coordinator who has to fix the file.

Every problem names the file (or sheet), the row as the spreadsheet numbers it, the
column, the value, what is wrong and how to fix it — in Japanese, with English beside it.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

# code: (Japanese what, English what, Japanese fix, English fix)
MESSAGES = {
    "unreadable": ("ファイルを読み取れません", "the file cannot be read",
                   "CSV(UTF-8 または Shift_JIS)か .xlsx で保存し直してください",
                   "save it again as CSV (UTF-8 or Shift_JIS) or .xlsx"),
    "too_large": ("ファイルが大きすぎます", "the file is too large",
                  "ファイルを分けるか TSUNAGU_IMPORT_MAX_MB を上げてください",
                  "split the file or raise TSUNAGU_IMPORT_MAX_MB"),
    "too_large_transaction": ("一度に取り込むには大きすぎてデータベースのメモリが足りません。何も書き込んでいません",
                              "the import does not fit in one transaction of the database's memory; nothing was written",
                              "TSUNAGU_NEO4J_HEAP を増やす(例: 4g)か、ファイルを分けて取り込んでください",
                              "raise TSUNAGU_NEO4J_HEAP (e.g. 4g) or import the files in parts"),
    "duplicate_file": ("同じ名前のファイルが zip の中に2つ以上あります", "two files of the same name are in the zip",
                       "どちらか一方だけを入れた zip を作り直してください", "make the zip again with only one of them"),
    "unknown_file": ("テンプレートにないファイル名です", "not a file of the template",
                     "ファイル名(シート名)をテンプレートの名前にしてください",
                     "rename the file (or sheet) to a template name, e.g. people.csv"),
    "missing_column": ("必須の列がありません", "a required column is missing",
                       "1行目に列名を追加してください", "add the column to the header row"),
    "empty": ("必須の値が空です", "a required value is empty",
              "値を入力するか、その行を削除してください", "fill it in or delete the row"),
    "duplicate": ("同じ ID(組み合わせ)が2回以上あります", "the same id (or pair) appears twice",
                  "重複した行を1つにまとめてください", "keep one of the rows"),
    "choice": ("使えない値です", "not an allowed value",
               "次のいずれかを入力してください: {choices}", "use one of: {choices}"),
    "date": ("日付として読めません", "not a date",
             "2024-04-01、2024/4/1、令和6年4月1日 のように入力してください",
             "write it like 2024-04-01, 2024/4/1 or 令和6年4月1日"),
    "int": ("整数ではありません", "not a whole number", "数字だけを入力してください",
            "enter digits only"),
    "bool": ("true / false として読めません", "not true or false",
             "true か false(はい/いいえ)を入力してください", "enter true or false"),
    "range": ("範囲外の値です", "out of range", "{low}〜{high} の整数にしてください",
              "use a whole number from {low} to {high}"),
    "reference": ("参照先の ID がどこにもありません", "refers to an id that exists nowhere",
                  "{target} のファイルかデータベースにその ID を追加するか、ID を直してください",
                  "add that id to the {target} file (or the database) or correct it"),
    "self_tie": ("自分自身を知り合いにしています", "a person knows themself",
                 "相手の ID を直すか、その行を削除してください", "correct other_id or delete the row"),
    "formula": ("数式が入っています", "the cell holds a formula, not a value",
                "セルをコピーして「値として貼り付け」してください",
                "copy the cells and paste them as values"),
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

    def line(self) -> str:
        where = self.file + (f" {self.row}行目" if self.row else "") + (f" 列「{self.column}」" if self.column else "")
        value = f" 値「{self.value}」" if self.value not in (None, "") else ""
        return (f"{where}{value}: {self.message}。{self.fix}。 / "
                f"{self.file}" + (f" row {self.row}" if self.row else "")
                + (f" column {self.column}" if self.column else "")
                + f": {self.message_en}; {self.fix_en}.")


def problem(code: str, file: str, row: int | None = None, column: str | None = None,
            value=None, **fmt) -> Problem:
    ja, en, fix, fix_en = MESSAGES[code]
    text = None if value is None else str(value)
    if text is not None and len(text) > 80:
        text = text[:80] + "…"
    return Problem(file, row, column, text, code, ja, en, fix.format(**fmt), fix_en.format(**fmt))
