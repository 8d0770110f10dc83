"""Betweenness between places (service/analysis/brokerage.py's first part), computed once per
network and asked many times: for the whole ward, then for each area and theme.

The ward's betweenness is the largest computation of the analysis after an import: a
breadth-first search from each of 2,285 places over 52,000 vertices and 390,000 ties at ward
scale. igraph does it in C but holds Python's lock while it runs, so two cores needed two
processes, started for each analysis and sent the network (1.4 s), and igraph's subset
betweenness spends 14–20 ms per source. Unweighted networks (the stored analysis) are
counted here instead, by Brandes' algorithm compiled with numba (service/analysis/searches.py),
each search ending where it has found the last place it can reach: about 6 ms per source,
without the lock, so `threads` share the sources in this process (docs/performance.md).
Weighted networks (a question asked with strong ties as shorter steps) stay with igraph's
Dijkstra, on one thread. Both count as networkx's `betweenness_centrality_subset` does (each
unordered pair once, halved as networkx halves for undirected networks; tests/test_analysis.py
compares them). numba is imported and the searches compiled on first use (numba costs a
process 40–80 MB: only a process that analyses pays it), and kept in numba's cache."""
from __future__ import annotations

import functools
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, Iterable

import igraph
import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import reverse_cuthill_mckee

# At most one search per core at a time in this process, however many analyses ask (the
# background analysis and a question with other evidence each have their threads).
_CORES = threading.BoundedSemaphore(os.cpu_count() or 1)


class Between:
    """Betweenness on one network, between the places asked, and the distances the analysis
    asks on it (with and without a person)."""

    def __init__(self, graph: igraph.Graph, weights: list[float] | None = None, threads: int = 1):
        self.graph, self.weights, self.threads = graph, weights, max(1, threads)
        self._adjacency = None if weights is not None else _adjacency(graph)
        if self._adjacency is not None:  # the part of the network of each row: whom a search can reach
            self._part = np.empty(graph.vcount(), dtype=np.int64)
            self._part[self._adjacency[2]] = graph.connected_components().membership

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
        """`of` each list of places (areas, themes). A place in several lists is searched from
        once: its paths are counted once, and their dependencies for each of its lists together
        (at ward scale 2,000 searches instead of 5,815: 1.6–2× faster, `bench/queries_bench.py`).
        A search ends where it has found the last place of any list (the places of the source's
        own lists alone ended it no sooner in a comparison). The places are shared out among
        the threads."""
        if self._adjacency is None:
            return [self.of(places) for places in lists]
        indptr, indices, row = self._adjacency
        is_target = np.zeros((len(indptr) - 1, len(lists)), dtype=np.bool_)
        lists_of: dict[int, list[int]] = {}
        for number, places in enumerate(lists):
            is_target[row[places], number] = True
            for place in places:
                lists_of.setdefault(place, []).append(number)
        sources = list(lists_of)
        is_any = is_target.any(axis=1)

        def counted(share: list[int]) -> np.ndarray:
            first = np.zeros(len(share) + 1, dtype=np.int64)
            np.cumsum([len(lists_of[s]) for s in share], out=first[1:])
            numbers = np.array([number for s in share for number in lists_of[s]], dtype=np.int32)
            found = np.zeros(is_target.shape)
            if share:
                with _CORES:
                    _compiled().accumulate_each(indptr, indices, row[share], self._wanted(row[share], is_any),
                                                is_any, first, numbers, is_target, found)
            return found

        found = np.sum(self.map(counted, [sources[i::self.threads] for i in range(self.threads)]), axis=0)
        return [(found[row, number] / 2.0).tolist() for number in range(len(lists))]

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
                _compiled().accumulate(indptr, indices, row[sources], self._wanted(row[sources], is_target),
                                       is_target, found)
        return found[row] / 2.0  # halved, as networkx does for undirected networks

    def _wanted(self, rows: np.ndarray, is_target: np.ndarray) -> np.ndarray:
        """How many targets each of `rows` can reach: its search ends when it has found them."""
        return np.bincount(self._part[is_target], minlength=len(self._part))[self._part[rows]]


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
def _compiled():
    """The compiled searches (service/analysis/searches.py), imported on first use: only a
    process that analyses pays for numba."""
    from . import searches
    return searches
