"""The site's menu, declared by the pages themselves: a page module that should appear in
the menu says so with `MENU = Menu(N_("…"), "endpoint", order)`; the app factory collects
them, and the menu shows each reader only what their role may open."""
from __future__ import annotations

from dataclasses import dataclass

from flask import Flask, current_app, g, request, url_for


@dataclass(frozen=True)
class Menu:
    title: str          # a message of the catalogue
    endpoint: str       # where the entry leads
    order: int          # left to right
    args: tuple = ()    # (name, value) pairs the endpoint's address needs
    blueprint: str = "" # the entry is current on every page of this blueprint (default: the endpoint's)

    @property
    def section(self) -> str:
        return self.blueprint or self.endpoint.split(".", 1)[0]


def collect(app: Flask, modules) -> None:
    app.extensions["menu"] = sorted((m.MENU for m in modules if hasattr(m, "MENU")), key=lambda m: m.order)
    app.jinja_env.globals["menu"] = visible


def visible() -> list[dict]:
    """The entries this reader may open, and which one is current."""
    role = (g.get("user") or {}).get("role")
    entries = []
    for item in current_app.extensions["menu"]:
        from .auth.access import roles_of
        roles = roles_of(current_app.view_functions[item.endpoint])
        if roles and role not in roles:
            continue
        entries.append({"title": item.title, "url": url_for(item.endpoint, **dict(item.args)),
                        "current": request.blueprint == item.section})
    return entries
