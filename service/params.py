"""Checking request parameters: a bad value is a 400 naming the parameter, an unknown id a 404."""
from __future__ import annotations

from flask import request

from . import db
from .errors import ApiError


def limit(default: int = 20, maximum: int = 500) -> int:
    return integer("limit", default, 1, maximum)


def integer(name: str, default: int, low: int, high: int) -> int:
    raw = request.args.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        value = None
    if value is None or not low <= value <= high:
        raise ApiError(400, "bad_parameter", f"{name} は {low}〜{high} の整数で指定してください。",
                       f"{name} must be a whole number from {low} to {high}.", parameter=name)
    return value


def choice(name: str, allowed: tuple[str, ...]) -> str | None:
    value = request.args.get(name) or None
    if value is not None and value not in allowed:
        raise ApiError(400, "bad_parameter", f"{name} は次のいずれかです: {', '.join(allowed)}",
                       f"{name} must be one of: {', '.join(allowed)}", parameter=name)
    return value


def required(name: str) -> str:
    value = request.args.get(name)
    if not value:
        raise ApiError(400, "missing_parameter", f"{name} を指定してください。",
                       f"The parameter {name} is required.", parameter=name)
    return value


def existing(name: str, value: str | None, labels: tuple[str, ...]) -> str | None:
    """`value` if it is the id of a node with one of `labels`; 404 naming the parameter if not."""
    if value is None:
        return None
    if len(value) > 200 or not db.read("analysis/node_labels", id=value, labels=list(labels)):
        raise ApiError(404, "not_found", f"{name} に指定された ID「{value[:200]}」が見つかりません。",
                       f"No {'/'.join(labels)} with the id given in {name}.", parameter=name)
    return value
