"""The write stage: the graph serialised through Oxigraph (sorted N-Triples, Turtle) and put on disk atomically.

from findings.write import write_graph
write_graph(graph, Path("graphs"))   # graphs/graph.ttl and graphs/graph.nt, each rewritten only when it changed
"""

from __future__ import annotations

from findings.write.files import BuildLocked, atomic_write, build_lock
from findings.write.serialise import serialise, write_graph

__all__ = ["BuildLocked", "atomic_write", "build_lock", "serialise", "write_graph"]
