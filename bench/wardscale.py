"""A generated ward-scale network in the import template, shared by the benchmarks.

Groups in areas and themes, people in 1–3 groups, KNOWS mostly inside groups and some
across; events attended by members of a few groups each, collaborations of 2–4 groups,
cooperation between some groups. Sizes are parameters so that tests can build small ones
with the same code (events and collaborations scale with the groups).
"""
from __future__ import annotations

import csv
import random
import time
from contextlib import contextmanager
from pathlib import Path

SECTORS = [("neighborhood_association", "chien"), ("npo", "civic"), ("volunteer_group", "civic"),
           ("pta", "chien"), ("business", "business"), ("ward_department", "public")]


def write(folder: Path, people: int = 50_000, groups: int = 2_000, knows: int = 300_000,
          seed: int = 7) -> dict[str, int]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    areas = [(f"a-{i}", f"地区{i}", "地区", "") for i in range(40)]
    group_rows = []
    for i in range(groups):
        kind, sector = rng.choice(SECTORS)
        group_rows.append((f"g-{i}", f"団体{i}", kind, sector, "false"))
    person_rows = [(f"p-{i}", f"区民 {i}", "", rng.choice(["public", "internal", "internal", "private"]))
                   for i in range(people)]
    members: dict[int, list[int]] = {}
    membership_rows = []
    for i in range(people):
        for g in rng.sample(range(groups), rng.choice([1, 1, 1, 2, 3])):
            members.setdefault(g, []).append(i)
            membership_rows.append((f"p-{i}", f"g-{g}", "会員", "2020-04-01", ""))
    pairs = set()
    group_list = [m for m in members.values() if len(m) > 1]
    while len(pairs) < knows:
        if rng.random() < 0.8:
            a, b = rng.sample(rng.choice(group_list), 2)
        else:
            a, b = rng.sample(range(people), 2)
        pairs.add((min(a, b), max(a, b)))
    knows_rows = [(f"p-{a}", f"p-{b}", rng.randint(1, 3), "2021-06-01", "地域") for a, b in sorted(pairs)]
    group_area_rows = [(f"g-{i}", f"a-{rng.randrange(40)}") for i in range(groups)]
    themes = [(f"t-{i}", f"テーマ{i}") for i in range(10)]
    group_theme_rows = sorted({(f"g-{i}", f"t-{rng.randrange(10)}") for i in range(groups) for _ in range(2)})
    event_rows = [(f"e-{i}", f"行事{i}", f"202{rng.randrange(3, 6)}-{rng.randint(1, 12):02d}-15")
                  for i in range(max(1, groups // 7))]
    attendance = set()
    for i in range(len(event_rows)):
        for g in rng.sample(sorted(members), min(len(members), rng.randint(2, 4))):
            attendance.update((f"p-{p}", f"e-{i}") for p in rng.sample(members[g], min(len(members[g]), 8)))
        attendance.update((f"p-{rng.randrange(people)}", f"e-{i}") for _ in range(5))
    collaboration_rows = [(f"c-{i}", f"協働{i}", "active", "2022-04-01") for i in range(max(1, groups // 7))]
    partner_rows = sorted({(f"g-{g}", c[0]) for c in collaboration_rows
                           for g in rng.sample(range(groups), min(groups, rng.randint(2, 4)))})
    relation_rows = sorted({(f"g-{a}", f"g-{b}", "cooperation") for a, b in
                            (rng.sample(range(groups), 2) for _ in range(groups // 4)) if a != b})
    capabilities = [(f"cap-{i}", f"強み{i}", "資源") for i in range(12)]
    need_rows = sorted({(f"g-{rng.randrange(groups)}", f"cap-{rng.randrange(12)}") for _ in range(groups)})
    offer_rows = sorted({(f"g-{rng.randrange(groups)}", f"cap-{rng.randrange(12)}") for _ in range(groups)})
    tables = {
        "areas": (["id", "name", "level", "parent_id"], areas),
        "groups": (["id", "name", "kind", "sector", "intermediary"], group_rows),
        "people": (["id", "name", "kana", "visibility"], person_rows),
        "memberships": (["person_id", "group_id", "role", "since", "until"], membership_rows),
        "knows": (["person_id", "other_id", "strength", "since", "context"], knows_rows),
        "group_areas": (["group_id", "area_id"], group_area_rows),
        "themes": (["id", "name"], themes),
        "group_themes": (["group_id", "theme_id"], group_theme_rows),
        "events": (["id", "name", "date"], event_rows),
        "attendance": (["person_id", "event_id"], sorted(attendance)),
        "collaborations": (["id", "name", "status", "started"], collaboration_rows),
        "partners": (["group_id", "collaboration_id"], partner_rows),
        "relations": (["group_id", "other_id", "kind"], relation_rows),
        "capabilities": (["id", "name", "category"], capabilities),
        "needs": (["group_id", "capability_id"], need_rows),
        "offers": (["group_id", "capability_id"], offer_rows),
    }
    for stem, (header, rows) in tables.items():
        with open(folder / f"{stem}.csv", "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(rows)
    return {stem: len(rows) for stem, (_, rows) in tables.items()}


@contextmanager
def local_neo4j(home: Path, heap: str | None = None):
    """A Neo4j of the benchmark's own in `home`: yields (app config, graph handle); stopped at the end."""
    from service import localdb
    from service.graph import Graph
    conn = localdb.start(home, heap=heap)
    config = {"NEO4J_URI": conn.uri, "NEO4J_USER": conn.user, "NEO4J_PASSWORD": conn.password,
              "NEO4J_DATABASE": "neo4j", "DB_TIMEOUT": 30, "ANALYSIS_INTERVAL": 0,
              "ANALYSIS_THREADS": 2,  # the default of TSUNAGU_ANALYSIS_THREADS
              "TSUNAGU_HOME": str(home)}  # projection snapshots shared by the processes, as in production
    graph = Graph(config)
    try:
        yield config, graph
    finally:
        graph.close()
        localdb.stop(home)


def staff_token(graph, name: str = "bench", role: str = "staff") -> str:
    """An API token of a staff user (or of `role`) in the benchmark's Neo4j: benchmarks ask as
    a signed-in coordinator does (sign-in is on, as in production)."""
    from service.auth.users import Users
    users = Users(graph)
    if users.find(name) is None:
        users.add(name, role, "benchmark password")
    return users.create_token(name, "benchmark")


def peak_memory(pid: int) -> float:
    """Peak resident memory (VmHWM) of a process, in GiB; 0 when it cannot be read."""
    return _memory(pid, "VmHWM:")


def resident_memory(pid: int) -> float:
    """Resident memory (VmRSS) of a process now, in GiB; 0 when it cannot be read (gone)."""
    return _memory(pid, "VmRSS:")


def descendants(pid: int) -> list[int]:
    """Every process started by `pid`, and by those, now."""
    found = []
    try:
        children = [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except (OSError, ValueError):
        return found
    for child in children:
        found += [child, *descendants(child)]
    return found


def _memory(pid: int, field: str) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1]) / 1024 ** 2
    except (OSError, ValueError):
        pass
    return 0.0


def add_size_arguments(parser) -> None:
    """--people, --groups and --knows: the size of the generated ward, the same in every bench."""
    parser.add_argument("--people", type=int, default=50_000)
    parser.add_argument("--groups", type=int, default=2_000)
    parser.add_argument("--knows", type=int, default=300_000)


def p95(times: list[float]) -> float:
    """The 95th percentile of `times` (the nearest rank; the largest of fewer than 20)."""
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def timed_gets(client, url, requests: int, headers: dict | None = None) -> list[float]:
    """Milliseconds of `requests` GETs of `url()` (a new URL each time) through a Flask test
    client, sorted; any answer but 200 stops the benchmark."""
    times = []
    for _ in range(requests):
        path = url()
        started = time.perf_counter()
        response = client.get(path, headers=headers or {})
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (path, response.status_code, response.get_data()[:300])
    return sorted(times)
