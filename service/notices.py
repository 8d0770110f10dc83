"""A message for the next page a person sees ("○○さんを削除しました"), kept in their session
until it is shown once: after a form that redirects, the page it leads to says what was done."""
from __future__ import annotations

from flask import Flask, session


def say(text: str) -> None:
    session["notices"] = [*session.get("notices", []), text[:500]]


def pop() -> list[str]:
    return session.pop("notices", []) if "notices" in session else []


def init_app(app: Flask) -> None:
    app.jinja_env.globals["notices"] = pop
