"""地域の顔役: the people who join groups and sectors that would otherwise stay apart.

The minutes of the ward describe them as people 「様々な団体や住民から頼りにされ」 who can
bring together groups that would gain from each other. So brokerage is measured *between
places* — groups, and events as the places where circles meet — not between any two
acquaintances. Two parts, both exact:

1. **Between groups** (`between`): on how many shortest introduction paths between two places
   a person lies (betweenness with places as sources and targets; Brandes 2001,
   doi:10.1080/0022250X.2001.9990249; as networkx's `betweenness_centrality_subset`;
   service/analysis/betweenness.py).
   The evidence of who can reach whom, each kind switchable (`EVIDENCE`):
   ``knows`` acquaintances; ``members`` memberships; ``events`` attendance at the same event;
   ``partners`` groups that are partners in one collaboration or have cooperated — a direct
   group–group tie, so nobody is needed between them. Unweighted, every tie is one step;
   weighted, a strong acquaintance is a shorter step than a weak one (`LENGTHS`).
2. **Between sectors** (Gould & Fernandez 1989, doi:10.2307/270949): for each person v and each
   pair of places a, b that v reaches — belongs to, or reaches through one acquaintance — which
   are not already tied (no member in common but v, no partnership or cooperation): v stands
   between them. By the sectors of a and b and v's own sectors (those of v's groups):
   *liaison* (two sectors, neither v's own), *representative* (two sectors, one v's own: v
   represents their side to the other; G&F's representative and gatekeeper, the same when
   ties have no direction), *coordinator* (one sector, v's own) and *itinerant* (one sector,
   not v's). 地縁 ↔ 区民活動 pairs (`FIRST_PAIR`), the gap the ward's grand design names, are
   counted once more.

score (0–100) = 60 × between / the highest between of anyone
              + 40 × (liaison + representative + 地縁↔区民活動) / the highest of anyone
(`WEIGHTS`). A person with neither is not ranked. Ties in the score are broken by `between`,
then by the sector part, then by how many places the person reaches; people equal on all of
them share a rank.

>>> p = Projection.from_ties(
...     [{"id": "x", "type": "Person"}, {"id": "c", "type": "Group", "sector": "chien"},
...      {"id": "v", "type": "Group", "sector": "civic"}],
...     [("x", "c", {"type": "MEMBER_OF"}), ("x", "v", {"type": "MEMBER_OF"})])
>>> [(r["id"], r["between"], r["representative"], r["first_pair"]) for r in compute(p)]
[('x', 1.0, 1, 1)]
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import igraph
import numpy as np
from scipy import sparse

from ..template import SECTORS
from .betweenness import Between
from .projection import STRENGTH, TYPE, Projection

EVIDENCE = ("knows", "members", "events", "partners")
TYPES = {"knows": ("KNOWS",), "members": ("MEMBER_OF",), "events": ("ATTENDED",),
         "partners": ("PARTNER", "COOPERATION")}
LENGTHS = {"MEMBER_OF": 1.0, "ATTENDED": 2.0, "PARTNER": 2.0, "COOPERATION": 2.0,
           "KNOWS": {3: 1.0, 2: 1.5, 1: 2.0, None: 1.5}}
WEIGHTS = {"between": 60, "sectors": 40}
FIRST_PAIR = ("chien", "civic")
ROLES = ("liaison", "representative", "coordinator", "itinerant")
SORTS = ("score", "between", "liaison", "representative", "first_pair")  # what a list can be sorted by
NO_ROLES = {**dict.fromkeys(ROLES, 0), "first_pair": 0, "sector_part": 0, "pairs": {}, "places": 0, "reach": {}, "own_sectors": []}
NOTHING = 1e-9  # a betweenness no larger is none (what is left of sums of fractions)
PAIRS = tuple(f"{a}-{b}" for i, a in enumerate(SECTORS) for b in SECTORS[i + 1:])  # chien-civic first


@dataclass(frozen=True)
class Evidence:
    """Which ties count, and whether a strong tie is a shorter step."""
    kinds: tuple[str, ...] = EVIDENCE
    weighted: bool = False

    @property
    def key(self) -> tuple:
        return (tuple(sorted(self.kinds)), self.weighted)


def compute(projection: Projection, evidence: Evidence = Evidence(), places: list[int] | None = None,
            between: list[float] | None = None, reach: Reach | None = None) -> list[dict]:
    """Every person with some brokerage, best first, by id: the parts of the score, the
    places they reach, their sectors. `places` narrows the question to some places (the
    groups of an area or a theme): paths and pairs between those only. `between` (computed
    elsewhere, by betweenness.Between) and `reach` may be given to reuse them."""
    return rank(projection, evidence, places, between, reach).rows()


@dataclass
class Roles:
    """The sector roles of the people who reach any of some places (`sector_roles`), as
    columns: row i is the person `people[i]`."""
    people: np.ndarray           # the vertex of each row
    counts: dict[str, np.ndarray]  # ROLES, first_pair, sector_part, places: one number per row
    pairs: np.ndarray            # rows × PAIRS: the pairs of places v stands between, by sectors
    reach: np.ndarray            # rows × SECTORS: the places reached of each sector
    own: np.ndarray              # rows × SECTORS: the sectors of v's own groups

    def per_person(self, name: str, rows: np.ndarray) -> np.ndarray:
        """A count for the people whose rows are `rows` (-1: reaches none of the places: 0)."""
        values = self.counts[name]
        return np.where(rows >= 0, values[rows] if len(values) else 0, 0)

    def part(self, row: int) -> dict:
        """The roles of the person of `row`, as a dict (the keys of NO_ROLES)."""
        counts, pairs, reach, own = self.counts, self.pairs[row], self.reach[row], self.own[row]
        return {**{name: int(values[row]) for name, values in counts.items()},
                "pairs": {PAIRS[j]: int(n) for j, n in enumerate(pairs.tolist()) if n},
                "reach": {sector: int(n) for sector, n in zip(SECTORS, reach.tolist()) if n},
                "own_sectors": [sector for sector, mine in zip(SECTORS, own.tolist()) if mine]}


@dataclass
class Ranking:
    """The people ranked among some places, best first, as columns (one entry per person):
    made into a dict per person by `rows`, or read column by column (`column`) — the stored
    lists of the 50 areas and themes rank 635,000 people at ward scale."""
    projection: Projection
    vertex: np.ndarray
    between: np.ndarray
    points_between: np.ndarray
    points_sectors: np.ndarray
    score: np.ndarray
    rank: np.ndarray
    roles: Roles
    role_row: np.ndarray         # each person's row in `roles` (-1: reaches none of the places)

    def column(self, name: str) -> list:
        """One value per person, best first: id, vertex, between, points_between,
        points_sectors, score, rank, or a count of `Roles` (0 for who reaches no place)."""
        if name == "id":
            return [self.projection.ids[v] for v in self.vertex.tolist()]
        if name in self.roles.counts:
            return self.roles.per_person(name, self.role_row).tolist()
        return getattr(self, name).tolist()

    def rows(self) -> list[dict]:
        named = ("vertex", "id", "between", "score", "rank")
        rows = [dict(zip(named, values)) for values in zip(*(self.column(name) for name in named))]
        for row, role_row, points in zip(rows, self.role_row.tolist(),
                                         zip(self.points_between.tolist(), self.points_sectors.tolist())):
            row.update(self.roles.part(role_row) if role_row >= 0 else NO_ROLES)
            row["points"] = dict(zip(("between", "sectors"), points))
        return rows


def rank(projection: Projection, evidence: Evidence = Evidence(), places: list[int] | None = None,
         between: list[float] | None = None, reach: Reach | None = None) -> Ranking:
    """`compute`'s ranking as columns: the score of every person with some betweenness or a
    sector part, ordered by score, then between, the sector part, the places reached and the
    id; people equal on all but the id share a rank."""
    chosen = projection.places if places is None else places
    if between is None:
        between = Between(*evidence_graph(projection, evidence)).of(chosen)
    roles = sector_roles(projection, evidence, chosen, reach)
    people = np.asarray(projection.people, dtype=np.int64)
    row_of = np.full(len(projection.nodes), -1, dtype=np.int64)
    row_of[roles.people] = np.arange(len(roles.people))
    role_row = row_of[people]
    betweens = np.asarray(between, dtype=float)[people]
    sector_part, reached = roles.per_person("sector_part", role_row), roles.per_person("places", role_row)
    kept = (betweens > NOTHING) | (sector_part > 0)
    people, role_row, betweens, sector_part, reached = (a[kept] for a in (people, role_row, betweens, sector_part, reached))
    top_between = (betweens.max() if len(betweens) else 0.0) or 1.0
    top_sectors = (sector_part.max() if len(sector_part) else 0) or 1
    points_between = _hundredths(WEIGHTS["between"] * betweens / top_between)
    points_sectors = _hundredths(WEIGHTS["sectors"] * sector_part / top_sectors)
    score = _hundredths(points_between + points_sectors)
    # vertices are numbered in the order of their ids (Projection), so the vertex breaks ties as the id
    order = np.lexsort((people, -reached, -sector_part, -betweens, -score))
    people, role_row, betweens, sector_part, reached, points_between, points_sectors, score = (
        a[order] for a in (people, role_row, betweens, sector_part, reached, points_between, points_sectors, score))
    first = np.ones(len(people), dtype=bool)  # the first of people equal on every part but the id
    first[1:] = ((score[1:] != score[:-1]) | (betweens[1:] != betweens[:-1])
                 | (sector_part[1:] != sector_part[:-1]) | (reached[1:] != reached[:-1]))
    ranks = np.maximum.accumulate(np.where(first, np.arange(1, len(people) + 1), 0))
    return Ranking(projection, people, betweens, points_between, points_sectors, score, ranks, roles, role_row)


def evidence_graph(projection: Projection, evidence: Evidence) -> tuple[igraph.Graph, list[float] | None]:
    """The network of the chosen evidence on the projection's vertices, and the step lengths
    when weighted."""
    types = {t for kind in evidence.kinds for t in TYPES[kind]}
    pairs, lengths = [], []
    for a, b, tie in projection.held:
        if tie[TYPE] in types:
            pairs.append((a, b))
            lengths.append(_length(tie))
    graph = igraph.Graph(n=len(projection.nodes), edges=pairs, directed=False)
    return graph, (lengths if evidence.weighted else None)


@dataclass
class Reach:
    """Who belongs to and reaches which places, for the sector roles: built once per network
    and evidence over all the places, sliced for those of an area or a theme."""
    people: list[int]
    column: dict[int, int]     # place vertex → column
    own: sparse.csc_matrix     # person × place: belongs to (a member of, attended)
    reach: sparse.csc_matrix   # person × place: belongs to, or an acquaintance does
    links: sparse.csr_matrix   # place × place: partners in a collaboration, or cooperating
    # (by columns: an area's or a theme's places are taken as columns)


def reach_of(projection: Projection, evidence: Evidence) -> Reach:
    people, places = projection.people, projection.places
    person_index = {v: i for i, v in enumerate(people)}
    column = {p: i for i, p in enumerate(places)}
    kinds = set(evidence.kinds)
    belongs_types = ({"MEMBER_OF"} if "members" in kinds else set()) | ({"ATTENDED"} if "events" in kinds else set())
    rows, cols, know_a, know_b, link_a, link_b = [], [], [], [], [], []
    for a, b, tie in projection.held:
        kind = tie[TYPE]
        if kind in belongs_types:
            person, place = (a, b) if a in person_index else (b, a)
            if person in person_index and place in column:
                rows.append(person_index[person])
                cols.append(column[place])
        elif kind == "KNOWS" and "knows" in kinds and a in person_index and b in person_index:
            know_a.append(person_index[a])
            know_b.append(person_index[b])
        elif kind in ("PARTNER", "COOPERATION") and "partners" in kinds and a in column and b in column:
            link_a.append(column[a])
            link_b.append(column[b])
    n, m = len(people), len(places)
    own = _ones(sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, m)))
    knows = sparse.csr_matrix((np.ones(2 * len(know_a)), (know_a + know_b, know_b + know_a)), shape=(n, n))
    links = _ones(sparse.csr_matrix((np.ones(2 * len(link_a)), (link_a + link_b, link_b + link_a)), shape=(m, m)))
    return Reach(people, column, own.tocsc(), _ones(own + knows @ own).tocsc(), links)


def sector_roles(projection: Projection, evidence: Evidence, places: list[int],
                 reach: Reach | None = None) -> Roles:
    """Gould & Fernandez roles of the people who reach any of `places`, counted on the pairs
    of those places they reach that are not already tied (see the module's docstring).
    People who reach none are left out."""
    reach = reach or reach_of(projection, evidence)
    columns = [reach.column[p] for p in places]
    reached = reach.reach[:, columns].tocsr()
    active = np.flatnonzero(reached.getnnz(axis=1))
    everyone_own = reach.own[:, columns].tocsr()
    reached, own = reached[active], everyone_own[active]
    classes = list(SECTORS) + [None]
    column_class = np.array([classes.index(projection.nodes[p].get("sector"))
                             if projection.nodes[p]["type"] == "Group" and projection.nodes[p].get("sector") in SECTORS
                             else len(SECTORS) for p in places], dtype=int)
    shared = (everyone_own.T @ everyone_own).tocsr()  # members in common
    links = reach.links[columns][:, columns]
    tied = shared + links
    tied.setdiag(0)
    tied = _ones(tied)
    only_one = shared.multiply(shared == 1).tocsr()  # pairs with exactly one member in common …
    only_one = (only_one - only_one.multiply(links)).tocsr()  # … and nothing else tying them
    only_one.setdiag(0)
    only_one.eliminate_zeros()
    counts = _class_counts(reached, column_class, len(classes))
    tied_pairs = _pairs(reached, tied, column_class, len(classes))
    sole = _pairs(own, only_one, column_class, len(classes))  # the only one in common: them
    own_sectors = _class_counts(own, column_class, len(classes)) > 0
    roles = _roles(counts, tied_pairs - sole, own_sectors)
    named = {name: values for name, values in roles.items() if name != "pairs"}
    named["sector_part"] = roles["liaison"] + roles["representative"] + roles["first_pair"]
    named["places"] = counts.sum(axis=1).astype(np.int64)
    k = len(SECTORS)
    return Roles(np.asarray(reach.people, dtype=np.int64)[active], named, roles["pairs"],
                 counts[:, :k].astype(np.int64), own_sectors[:, :k])


# ---------------------------------------------------------------------------------------
def _hundredths(values: np.ndarray) -> np.ndarray:
    """Rounded to 0.01 by Python's round (numpy's scales by 100 first, and a value just
    under a half-hundredth, 0.0149999…, can round the other way: a score 0.01 apart)."""
    return np.array([round(value, 2) for value in values.tolist()], dtype=float)


def _length(tie: tuple) -> float:
    found = LENGTHS[tie[TYPE]]
    return found.get(tie[STRENGTH], found[None]) if isinstance(found, dict) else found


def _class_counts(matrix, column_class, classes: int) -> np.ndarray:
    """Per row, how many of its columns fall in each class (sector)."""
    indicator = sparse.csr_matrix((np.ones(len(column_class)), (np.arange(len(column_class)), column_class)),
                                  shape=(len(column_class), classes))
    return np.asarray((matrix @ indicator).todense())


def _ones(matrix):
    """The matrix with every stored value 1 (a tie counted once, however often it was listed)."""
    matrix = matrix.tocsr()
    matrix.eliminate_zeros()
    matrix.data[:] = 1
    return matrix


def _pairs(rows, pairs, column_class, classes: int, chunk: int = 4000) -> np.ndarray:
    """Per row (person), per (class, class): how many ordered pairs (a, b) of the places in the
    row are marked in `pairs` (tied; joined by one member only), a in the first class."""
    result = np.zeros((rows.shape[0], classes, classes))
    masks = [np.flatnonzero(column_class == c) for c in range(classes)]
    indicator = sparse.csr_matrix((np.ones(len(column_class)), (np.arange(len(column_class)), column_class)),
                                  shape=(len(column_class), classes))
    for start in range(0, rows.shape[0], chunk):
        part = rows[start:start + chunk]
        for c, columns in enumerate(masks):
            if len(columns) == 0:
                continue
            hits = (part[:, columns] @ pairs[columns, :]).multiply(part)  # a in class c, b in the row, marked
            result[start:start + chunk, c, :] = np.asarray((hits @ indicator).todense())
    return result


def _roles(counts, tied, own) -> dict[str, np.ndarray]:
    """The roles of every person (rows) at once, from the places they reach per sector
    (`counts`), the pairs of them tied already (`tied`: ordered pairs per pair of sectors)
    and their own sectors (`own`). Events (the last class) have no sector: not counted."""
    k = len(SECTORS)
    reached, tied, own = counts[:, :k], tied[:, :k, :k], own[:, :k]
    total = reached[:, :, None] * reached[:, None, :]
    diagonal = np.arange(k)
    total[:, diagonal, diagonal] = reached * (reached - 1) / 2
    tied = tied.copy()
    tied[:, diagonal, diagonal] /= 2
    untied = np.clip(np.rint(total - tied), 0, None).astype(int)
    upper = np.triu_indices(k, 1)  # the order of PAIRS
    cross = untied[:, upper[0], upper[1]]
    theirs = own[:, upper[0]] | own[:, upper[1]]
    same = untied[:, diagonal, diagonal]
    first = PAIRS.index("-".join(FIRST_PAIR))
    return {"liaison": (cross * ~theirs).sum(axis=1), "representative": (cross * theirs).sum(axis=1),
            "coordinator": (same * own).sum(axis=1), "itinerant": (same * ~own).sum(axis=1),
            "first_pair": cross[:, first], "pairs": cross}


def cut_off(graph: igraph.Graph, projection: Projection, vertex: int, limit: int = 10) -> list[dict]:
    """The parts of the network that would lose their only path without `vertex`: the places in
    each (ids, at most `limit`) and how many people."""
    component = sorted(u for u in graph.subcomponent(vertex) if u != vertex)
    sub = graph.induced_subgraph(component)
    parts = sorted(sub.connected_components(), key=len, reverse=True)
    found = []
    for part in parts[1:]:
        members = [component[i] for i in part]
        places = [u for u in members if projection.nodes[u]["type"] in ("Group", "Event")]
        found.append({"groups": [place(projection, u) for u in places[:limit]], "group_count": len(places),
                      "people_count": len(members) - len(places)})
    return found


def why(between: Between, projection: Projection, vertex: int, candidates: int = 6) -> dict | None:
    """The pair of places the person joins whose introduction would grow longest without
    them — a place of their own and one of another sector they reach (地縁 ↔ 区民活動 first) —
    with the distance (in steps) with and without them (None: no path left)."""
    nodes, graph = projection.nodes, between.graph
    own = [u for u in graph.neighbors(vertex) if nodes[u]["type"] in ("Group", "Event")][:3]
    near = [u for w in graph.neighbors(vertex) if nodes[w]["type"] == "Person"
            for u in graph.neighbors(w) if nodes[u]["type"] in ("Group", "Event")]
    pairs = []
    for a in own:
        others = [b for b in dict.fromkeys(own + near) if b != a and _sector(nodes[b]) != _sector(nodes[a])]
        others.sort(key=lambda b: ({_sector(nodes[a]), _sector(nodes[b])} != set(FIRST_PAIR), projection.ids[b]))
        pairs += [(a, b) for b in others[:candidates]]
    if not pairs:
        return None
    before, after = without(between, vertex, own, sorted({b for _a, b in pairs}))
    best = None
    for a, b in pairs:
        steps, steps_without = before[a][b], after[a][b]
        gain = math.inf if math.isinf(steps_without) else steps_without - steps
        if gain > 0 and (best is None or gain > best[0]):
            best = (gain, a, b, steps, steps_without)
    if best is None:
        return None
    _gain, a, b, before, after = best
    return {"pair": [place(projection, a), place(projection, b)], "steps": _steps(before),
            "steps_without": None if math.isinf(after) else _steps(after)}


def place(projection: Projection, vertex: int) -> list[str]:
    """A place as answers keep it: [type, id] (a group or an event)."""
    return [projection.nodes[vertex]["type"], projection.ids[vertex]]


def _sector(node: dict) -> str | None:
    return node.get("sector") if node["type"] == "Group" else None


def _steps(distance: float) -> float:
    return round(distance, 1) if distance != int(distance) else int(distance)


def without(between: Between, vertex: int, sources: list[int], targets: list[int]) -> tuple[dict, dict]:
    """The distances from each of `sources` to each of `targets` with and without `vertex`
    ({source: {target: steps}}; inf: no path left), in one search from each source each way."""
    def measured(rows) -> dict:
        return {s: dict(zip(targets, row)) for s, row in zip(sources, rows)}

    return measured(between.distances(sources, targets)), measured(between.distances(sources, targets, without=vertex))
