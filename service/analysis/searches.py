"""Breadth-first searches compiled by numba, for service/analysis/betweenness.py, which imports
this module on first use (numba costs a process 40–80 MB). Each runs without Python's lock
(`nogil`), so threads share the cores, and is kept in numba's cache between processes."""
from __future__ import annotations

import logging

import numpy as np
from numba import njit

log = logging.getLogger(__name__)


def _compile(function):
    try:
        return njit(nogil=True, cache=True)(function)
    except RuntimeError as err:  # no folder numba may write its cache in: compiled by each process
        log.info("numba's cache not used: %s", err)
        return njit(nogil=True)(function)


@_compile
def search(indptr, indices, sources, banned, found):
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


@_compile
def paths(indptr, indices, s, is_target, wanted, distance, sigma, order):
    """Breadth-first from `s`, counting the shortest paths to each vertex (`sigma`) and their
    length (`distance`, -1 before); `order[:tail]` holds the vertices reached, nearest first.
    Returns `tail`. The search ends at the step where the last of the `wanted` targets that
    `s` can reach is found (the vertices farther away are on no shortest path to a target:
    at ward scale a fifth of the ties are not looked at)."""
    found = 1 if is_target[s] else 0
    limit = 0 if found >= wanted else np.iinfo(np.int32).max
    distance[s] = 0
    sigma[s] = 1.0
    order[0] = s
    head, tail = 0, 1
    while head < tail:
        v = order[head]
        if distance[v] >= limit:
            break
        head += 1
        next_distance = distance[v] + 1
        for k in range(indptr[v], indptr[v + 1]):
            w = indices[k]
            if distance[w] < 0:
                distance[w] = next_distance
                order[tail] = w
                tail += 1
                if is_target[w]:
                    found += 1
                    if found == wanted:
                        limit = next_distance
            if distance[w] == next_distance:
                sigma[w] += sigma[v]
    return tail


@_compile
def accumulate(indptr, indices, sources, wanted, is_target, out):
    """Brandes (2001) from each source: a breadth-first search counting shortest paths
    (sigma), then the dependencies of each vertex on the paths to the targets, added to
    `out`. Ties repeated between two vertices count as one path each, as igraph counts them.
    `wanted[i]`: how many targets sources[i] can reach (`paths`). A vertex on no path to a
    target is passed over on the way back."""
    n = indptr.shape[0] - 1
    distance = np.full(n, -1, np.int32)
    sigma = np.zeros(n, np.float64)
    delta = np.zeros(n, np.float64)
    order = np.empty(n, np.int32)
    for source in range(sources.shape[0]):
        tail = paths(indptr, indices, sources[source], is_target, wanted[source], distance, sigma, order)
        for i in range(tail - 1, 0, -1):
            w = order[i]
            share = ((1.0 if is_target[w] else 0.0) + delta[w]) / sigma[w]
            if share == 0.0:
                continue
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


@_compile
def accumulate_each(indptr, indices, sources, wanted, is_any, first, numbers, is_target, out):
    """`accumulate` for several lists at once: source i belongs to the lists
    numbers[first[i]:first[i + 1]]; list l's targets are is_target[:, l], its answer out[:, l];
    `is_any` marks the targets of any list, `wanted[i]` how many of them sources[i] can reach.
    One search per source, its dependencies for each of its lists in one pass back. (The
    ward's single list keeps `accumulate`: this one is 10–15 % slower for one list.)"""
    n = indptr.shape[0] - 1
    width = 1
    for i in range(sources.shape[0]):
        width = max(width, first[i + 1] - first[i])
    distance = np.full(n, -1, np.int32)
    sigma = np.zeros(n, np.float64)
    delta = np.zeros((n, width), np.float64)
    share = np.zeros(width, np.float64)
    order = np.empty(n, np.int32)
    for i in range(sources.shape[0]):
        mine = numbers[first[i]:first[i + 1]]
        tail = paths(indptr, indices, sources[i], is_any, wanted[i], distance, sigma, order)
        for position in range(tail - 1, 0, -1):
            w = order[position]
            on_a_path = False
            for j in range(mine.shape[0]):
                share[j] = ((1.0 if is_target[w, mine[j]] else 0.0) + delta[w, j]) / sigma[w]
                on_a_path = on_a_path or share[j] != 0.0
            if not on_a_path:
                continue
            previous = distance[w] - 1
            for k in range(indptr[w], indptr[w + 1]):
                v = indices[k]
                if distance[v] == previous:
                    for j in range(mine.shape[0]):
                        delta[v, j] += sigma[v] * share[j]
            for j in range(mine.shape[0]):
                out[w, mine[j]] += delta[w, j]
        for position in range(tail):
            v = order[position]
            distance[v] = -1
            sigma[v] = 0.0
            delta[v, :] = 0.0
