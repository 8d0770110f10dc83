"""Password hashing with scrypt (a memory-hard KDF, in Python's standard library).

Stored as `scrypt$n$r$p$salt$hash` (salt and hash in base64), so the cost can be raised later
without breaking the hashes already stored.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from ..lang import N_

N, R, P = 2 ** 14, 8, 1
MIN_LENGTH = 10


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=N, r=R, p=P, dklen=32)
    return "$".join(["scrypt", str(N), str(R), str(P), _b64(salt), _b64(digest)])


def verify(password: str, stored: str | None) -> bool:
    """Whether `password` matches `stored`; the same work is done when there is no user, so
    the answer's timing does not tell whether a name exists."""
    if not stored:
        hashlib.scrypt(password.encode("utf-8"), salt=b"0" * 16, n=N, r=R, p=P, dklen=32)
        return False
    scheme, n, r, p, salt, digest = stored.split("$")
    if scheme != "scrypt":
        return False
    actual = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt),
                            n=int(n), r=int(r), p=int(p), dklen=len(base64.b64decode(digest)))
    return hmac.compare_digest(actual, base64.b64decode(digest))


def problem(password: str) -> tuple[str, dict] | None:
    """Why a new password is refused — a message of the catalogue (service/lang.py) and its
    values — or None."""
    if len(password) < MIN_LENGTH:
        return N_("パスワードは %(length)s 文字以上にしてください。"), {"length": MIN_LENGTH}
    if len(password) > 1000:
        return N_("パスワードが長すぎます(1000 文字まで)。"), {}
    if not password.strip() or len(set(password)) < 3:
        return N_("空白だけや、同じ文字の繰り返しのパスワードは使えません。3 種類以上の文字を混ぜてください。"), {}
    return None


def generate() -> str:
    """A one-time password that is easy to type from a terminal."""
    return secrets.token_urlsafe(12)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
