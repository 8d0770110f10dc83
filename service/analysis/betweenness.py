"""Betweenness between places (service/analysis/brokerage.py's first part), computed once per
network and asked many times: for the whole ward, then for each area and theme.

The ward's betweenness is the largest computation of the analysis after an import: a
breadth-first search from each of 2,285 places over 52,000 vertices and 390,000 ties at ward
scale. igraph does it in C but holds Python's lock while it runs, so two cores needed two
processes, started for each analysis and sent the network (1.4 s), and igraph's subset
betweenness spends about 14 ms per source. Unweighted networks (the stored analysis) are
counted here instead, by Brandes' algorithm compiled with numba: about 10 ms per source,
without the lock, so `threads` share the sources in this process (docs/performance.md).
Weighted networks (a question asked with strong ties as shorter steps) stay with igraph's
Dijkstra, on one thread. Both count as networkx's `betweenness_centrality_subset` does (each
unordered pair once, halved as networkx halves for undirected networks; tests/test_analysis.py
compares them). numba is imported and the searches compiled on first use (numba costs a
process 40–80 MB: only a process that analyses pays it), and kept in numba's cache."""
from __future__ import annotations

import functools
import logging
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from types import SimpleNamespace
from typing import Callable, Iterable

import igraph
import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import reverse_cuthill_mckee

log = logging.getLogger(__name__)
# At most one search per core at a time in this process, however many analyses ask (the
# background analysis and a question with other evidence each have their threads).
_CORES = threading.BoundedSemaphore(os.cpu_count() or 1)


class Between:
    """Betweenness on one network, between the places asked, and the distances the analysis
    asks on it (with and without a person)."""

    def __init__(self, graph: igraph.Graph, weights: list[float] | None = None, threads: int = 1):
        self.graph, self.weights, self.threads = graph, weights, max(1, threads)
        self._adjacency = None if weights is not None else _adjacency(graph)

    def of(self, sources: list[int], targets: list[int] | None = None) -> list[float]:
        """On the shortest paths between `sources` and `targets` (the sources when None). The
        sum of the answers for parts of `sources` (with the same `targets`) is the answer for
        all of them: the threads take a share each."""
        targets = sources if targets is None else targets
        if not sources or not targets:
            return [0.0] * self.graph.vcount()
        if self._adjacency is None:
            return self.graph.betweenness(directed=False, weights=self.weights, sources=sources, targets=targets)
        shares = [sources[i::self.threads] for i in range(self.threads)]
        return np.sum(self.map(lambda share: self._counted(share, targets), shares), axis=0).tolist()

    def of_each(self, lists: list[list[int]]) -> list[list[float]]:
        """`of` each list of places (areas, themes): the lists shared out among the threads."""
        if self._adjacency is None:
            return [self.of(places) for places in lists]
        return [values.tolist() for values in self.map(lambda places: self._counted(places, places), lists)]

    def map(self, function: Callable, items: Iterable) -> list:
        """`function` of each item, on the threads (in this one when there is one): for work
        that leaves Python's lock, as the compiled searches do."""
        if self.threads == 1:
            return [function(item) for item in items]
        with ThreadPoolExecutor(self.threads) as pool:
            return list(pool.map(function, items))

    def distances(self, sources: list[int], targets: list[int], without: int | None = None) -> list[list[float]]:
        """The steps from each of `sources` to each of `targets` (inf: no path), with or
        `without` a vertex (its ties left out: what the network would be without that person)."""
        if self._adjacency is None:
            return _weighted_distances(self.graph, self.weights, sources, targets, without)
        indptr, indices, row = self._adjacency
        found = np.full((len(sources), len(indptr) - 1), np.inf)
        with _CORES:
            _compiled().search(indptr, indices, row[sources], -1 if without is None else row[without], found)
        return found[:, row[targets]].tolist()

    def _counted(self, sources: list[int], targets: list[int]) -> np.ndarray:
        indptr, indices, row = self._adjacency
        is_target = np.zeros(len(indptr) - 1, dtype=np.bool_)
        is_target[row[targets]] = True
        found = np.zeros(len(indptr) - 1)
        if sources:
            with _CORES:
                _compiled().accumulate(indptr, indices, row[sources], is_target, found)
        return found[row] / 2.0  # halved, as networkx does for undirected networks


def _adjacency(graph: igraph.Graph) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each vertex's neighbours as compressed rows (indptr, indices), and the row of each vertex
    (`row[v]`; the searches answer by rows): the vertices renumbered by reverse Cuthill–McKee,
    so that neighbours sit near each other in memory (the searches 15–20 % faster at ward
    scale). A tie listed twice stays twice: two paths, as igraph counts them."""
    n = graph.vcount()
    edges = np.array(graph.get_edgelist(), dtype=np.int64).reshape(-1, 2)
    tails = np.concatenate([edges[:, 0], edges[:, 1]])
    heads = np.concatenate([edges[:, 1], edges[:, 0]])
    order = (reverse_cuthill_mckee(sparse.csr_matrix((np.ones(len(tails)), (tails, heads)), shape=(n, n)),
                                   symmetric_mode=True) if n else [])
    row = np.empty(n, dtype=np.int32)
    row[order] = np.arange(n, dtype=np.int32)
    tails, heads = row[tails], row[heads]
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(tails, minlength=n), out=indptr[1:])
    return indptr, heads[np.lexsort((heads, tails))], row


def _weighted_distances(graph: igraph.Graph, weights, sources: list[int], targets: list[int],
                        without: int | None) -> list[list[float]]:
    if without is not None:
        incident = set(graph.incident(without))
        graph = graph.copy()
        graph.delete_edges(incident)
        weights = [w for e, w in enumerate(weights) if e not in incident]  # the ids after them shift down
    return graph.distances(source=sources, target=targets, weights=weights)


@functools.cache
def _compiled() -> SimpleNamespace:
    return SimpleNamespace(search=_compile(_search), accumulate=_compile(_accumulate))


def _compile(function):
    from numba import njit
    try:
        return njit(nogil=True, cache=True)(function)
    except RuntimeError as err:  # no folder numba may write its cache in: compiled by each process
        log.info("numba's cache not used: %s", err)
        return njit(nogil=True)(function)


def _search(indptr, indices, sources, banned, found):
    """Breadth-first from each source (row i of `found` for sources[i]), never through
    `banned` (-1: none; a banned source reaches only itself, as in the network without its ties)."""
    order = np.empty(indptr.shape[0] - 1, np.int32)
    for i in range(sources.shape[0]):
        distances = found[i]
        s = sources[i]
        distances[s] = 0.0
        if s == banned:
            continue
        order[0] = s
        head, tail = 0, 1
        while head < tail:
            v = order[head]
            head += 1
            for k in range(indptr[v], indptr[v + 1]):
                w = indices[k]
                if w != banned and distances[w] == np.inf:
                    distances[w] = distances[v] + 1.0
                    order[tail] = w
                    tail += 1


def _accumulate(indptr, indices, sources, is_target, out):
    """Brandes (2001) from each source: a breadth-first search counting shortest paths
    (sigma), then the dependencies of each vertex on the paths to the targets, added to
    `out`. Ties repeated between two vertices count as one path each, as igraph counts them."""
    n = indptr.shape[0] - 1
    distance = np.full(n, -1, np.int32)
    sigma = np.zeros(n, np.float64)
    delta = np.zeros(n, np.float64)
    order = np.empty(n, np.int32)
    for s in sources:
        distance[s] = 0
        sigma[s] = 1.0
        order[0] = s
        head, tail = 0, 1
        while head < tail:
            v = order[head]
            head += 1
            next_distance = distance[v] + 1
            for k in range(indptr[v], indptr[v + 1]):
                w = indices[k]
                if distance[w] < 0:
                    distance[w] = next_distance
                    order[tail] = w
                    tail += 1
                if distance[w] == next_distance:
                    sigma[w] += sigma[v]
        for i in range(tail - 1, 0, -1):
            w = order[i]
            share = ((1.0 if is_target[w] else 0.0) + delta[w]) / sigma[w]
            previous = distance[w] - 1
            for k in range(indptr[w], indptr[w + 1]):
                v = indices[k]
                if distance[v] == previous:
                    delta[v] += sigma[v] * share
            out[w] += delta[w]
        for i in range(tail):
            v = order[i]
            distance[v] = -1
            sigma[v] = 0.0
            delta[v] = 0.0
