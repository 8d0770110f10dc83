"""Every kind of map, declared once: its name (in the URL), its title, what its target in the
path must be, the filters it takes and how its nodes are chosen. The routes (/maps/<name>,
/api/maps/<name>), the workspace's choice of map, embeds and the CLI's help derive from this."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..lang import N_
from . import choose

NETWORK_FILTERS = ("area", "sector", "theme", "kind")


@dataclass(frozen=True)
class Kind:
    name: str
    title: str  # catalogue message
    choose: Callable[[choose.Ask], choose.Chosen]
    target: tuple[str, ...] = ()  # labels the node in the path may have; () = no target
    filters: tuple[str, ...] = ()  # parameters besides as_of and min_confidence
    asks: str | None = None  # what the workspace asks for before it can draw (catalogue message)


KINDS = (
    Kind("whole", N_("ネットワーク全体"), choose.whole),
    Kind("network", N_("人と団体"), choose.network, filters=NETWORK_FILTERS),
    Kind("groups", N_("団体どうし"), choose.groups, filters=NETWORK_FILTERS),
    Kind("bridging", N_("地域の顔役"), choose.bridging, filters=("area", "theme", "sector", "limit")),
    Kind("ego", N_("周りのつながり"), choose.ego, target=("Person", "Group"), filters=("depth",),
         asks=N_("地図の人・団体をクリックして「周りを見る」を選ぶか、名前で探してください。")),
    Kind("path", N_("紹介ルート"), choose.path, filters=("from", "to", "k"),
         asks=N_("地図の人・団体をクリックして「ここから紹介ルート」を選び、次に相手を選んでください。")),
    Kind("candidates", N_("協働の候補"), choose.candidates, target=("Group",), filters=("need", "limit"),
         asks=N_("地図の団体をクリックして「協働の候補」を選ぶか、団体の名前で探してください。")),
    Kind("department", N_("区の部署と支援先"), choose.department, target=("Group",),
         asks=N_("「区の部署」のページで部署を選んでください。")),
)
BY_NAME = {kind.name: kind for kind in KINDS}
WITH_TARGET = tuple(k.name for k in KINDS if k.target)
WITHOUT_TARGET = tuple(k.name for k in KINDS if not k.target)


def of(name: str) -> Kind | None:
    return BY_NAME.get(name)
