"""The audit log: who did what and when (viewed a person, exported, imported, deleted, signed
in), stored as (:AuditEntry) nodes in Neo4j and read by admins at /admin/audit, exportable as
CSV, and with `tsunagu audit`.

An entry is written in its own transaction after the action, so a reader of the log sees
only what happened. Deleting a person also strips their id from the entries about them.
"""
from __future__ import annotations

from flask import g, has_request_context, request

from .lang import N_

# Every action the log records, with what an admin reads for it.
ACTIONS = {"sign_in": N_("サインイン"), "sign_in_failed": N_("サインインの失敗"), "sign_out": N_("サインアウト"),
           "password_changed": N_("パスワードの変更"), "view_person": N_("人のページを見た"),
           "export": N_("データの書き出し"), "download": N_("一覧のダウンロード"), "import": N_("データの取り込み"),
           "delete_person": N_("人の削除"), "user_added": N_("ユーザーの追加"), "user_disabled": N_("ユーザーの停止"),
           "user_enabled": N_("ユーザーの再開"), "token_created": N_("API トークンの作成"),
           "token_revoked": N_("API トークンの取り消し"), "backup": N_("バックアップ"), "restore": N_("バックアップからの復元"),
           "introduction_created": N_("紹介の記録"), "introduction_status": N_("紹介の状況の変更"),
           "introduction_note": N_("紹介の経過のメモ"), "survey_created": N_("調査の作成"),
           "survey_deadline": N_("調査の締め切りの変更"), "survey_sender": N_("調査の差出人の変更"),
           "signin_sheet_created": N_("受付表の作成"),
           "view_response": N_("回答を見た"), "response_accepted": N_("回答の反映"), "response_rejected": N_("回答の見送り"),
           "visibility_changed": N_("名前の扱いの変更"), "edit": N_("データの編集"), "delete": N_("データの削除"),
           "embed_created": N_("埋め込みの作成"), "embed_revoked": N_("埋め込みの取り消し"),
           "matching_planned": N_("マッチングの組み合わせ"), "matching_followups": N_("マッチング後の記録")}


def record(graph, action: str, target: str | None = None, detail: str | None = None,
           user: str | None = None) -> None:
    if has_request_context():
        user = user or (g.get("user") or {}).get("name")
        address = request.remote_addr
    else:
        address = "cli"
    graph.write("audit/record", user=user, action=action, target=target, detail=detail, address=address)


def entries(graph, action: str | None = None, user: str | None = None, limit: int = 200) -> list[dict]:
    return graph.read("audit/list", action=action, user=user, limit=limit)
