"""Answers that are slow to compute and change only with the graph, kept per graph version.

The gaps of a whole ward take seconds (a breadth-first search for every far pair); they
depend only on the graph and the question's parameters, so a process keeps the last few
answers, keyed by the graph version an import stamps. A new import changes the version and
the old answers are never used again.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any, Callable, Hashable


class AnswerCache:
    def __init__(self, size: int = 32):
        self._size = size
        self._answers: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()
        self._computing: dict[Hashable, threading.Lock] = {}

    def peek(self, key: Hashable) -> Any | None:
        """The answer for `key` if kept, without computing it."""
        with self._lock:
            return self._answers.get(key)

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """The answer for `key` (which must include the graph version, unless the cache
        belongs to one version's projection), computed if missing. None (no answer yet: the
        background analysis has not stored it) is not kept: asked again next time. Threads
        asking for the same key at once wait for one computation: after an import, the
        analysis and the process's watch both ask for the new projection (5–7 s of reading
        Neo4j at ward scale, and the memory of two), and requests ask for the same answer."""
        with self._lock:
            if key in self._answers:
                self._answers.move_to_end(key)
                return self._answers[key]
            computing = self._computing.setdefault(key, threading.Lock())
        with computing:
            with self._lock:
                if key in self._answers:  # computed by the thread this one waited for
                    self._answers.move_to_end(key)
                    return self._answers[key]
            answer = None
            try:
                answer = compute()
            finally:
                with self._lock:
                    if answer is not None:
                        self._answers[key] = answer
                        while len(self._answers) > self._size:
                            self._answers.popitem(last=False)
                    self._computing.pop(key, None)
            return answer
