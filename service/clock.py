"""The ward's clock: what day it is in Nerima, whatever the server's own clock says.

A server (a container, a laptop set to UTC) may keep another time zone than the ward: from
midnight to nine in the morning in Tokyo, its "today" is still yesterday. Everything that
depends on the day — ties that fade, planned and held events, a survey's deadline, the
date printed on a page, the day a tie was confirmed — asks this module, and Neo4j is told
the same zone (`NEO4J_ZONE`: its `date()` and `datetime()`), so that Python and Cypher agree
on the day. Japan keeps one offset all year.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

WARD_TIME = timezone(timedelta(hours=9), "JST")
NEO4J_ZONE = "+09:00"  # the same offset, as Neo4j's setting db.temporal.timezone writes it


def now() -> datetime:
    """The moment, on the ward's clock."""
    return datetime.now(WARD_TIME)


def today() -> date:
    """The ward's day."""
    return now().date()
