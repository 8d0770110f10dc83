"""The `tsunagu` command. Each module adds its commands to `main`."""
from __future__ import annotations

from . import access, admin, data, database, departments, embed, questions, serve  # noqa: F401  (registers commands)
from .common import main

__all__ = ["main"]
