"""The key that signs session cookies and survey links: made once, before any worker starts.

`tsunagu up` calls `ensure(home)` before gunicorn starts its workers, so the workers only
read a finished key. The file is written under a temporary name and then linked into place
(`os.link` fails when the name exists), so a reader never sees a half-written key and two
processes racing on a fresh home agree on one key: the first link wins, the loser reads it.
A key that is empty, too short or malformed stops the process with a message instead of
serving sign-in pages that fail.
"""
from __future__ import annotations

import os
import re
import secrets
import tempfile
from pathlib import Path

from . import lang
from .lang import N_

FILE_NAME = "secret_key"
MIN_LENGTH = 32
_WELL_FORMED = re.compile(r"^[\x21-\x7e]{%d,}$" % MIN_LENGTH)  # printable, no spaces


class SecretKeyError(RuntimeError):
    """The key is missing or malformed; worded for whoever runs the service."""


def ensure(home: Path) -> str:
    """The key kept in `home`, created atomically when there is none yet."""
    home = Path(home)
    path = home / FILE_NAME
    if not path.exists():
        home.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix=".secret_key-", dir=home)  # mode 0600
        try:
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_hex(32))
                handle.flush()
                os.fsync(handle.fileno())
            try:
                os.link(temporary, path)
            except FileExistsError:
                pass  # another process made it first: use theirs
        finally:
            os.unlink(temporary)
    return checked(path.read_text(encoding="utf-8").strip(), str(path))


def checked(key: str | None, where: str) -> str:
    """`key` if it is fit to sign with; SecretKeyError naming `where` if not."""
    if not key or not _WELL_FORMED.match(key):
        raise SecretKeyError(lang.text(N_(
            "秘密鍵 %(where)s が空か短すぎます(%(length)s 文字以上の、空白のない英数字記号が必要)。"
            "ファイルを削除して起動し直すと新しい鍵が作られます(サインイン中の人は再サインインが必要です)。"
            "または TSUNAGU_SECRET_KEY を設定してください(例: openssl rand -hex 32)。"),
            lang.cli_locale(), where=where, length=MIN_LENGTH))
    return key
