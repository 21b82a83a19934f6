"""A layered layout of a directed graph, left to right, for drawing flows.

Each node's layer is the length of the longest path that reaches it (a cycle, which a valid flow
does not have, is cut where it closes); within a layer, nodes are ordered by a few sweeps of the
barycenter heuristic, which keeps crossings few for the small graphs flows are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Placed", "layers", "place"]

SWEEPS = 4


@dataclass(frozen=True)
class Placed:
    """Where a node goes: its layer (column) and its rank within the layer (row)."""

    layer: int
    rank: int


def layers(nodes: Sequence[str], edges: Sequence[tuple[str, str]]) -> dict[str, int]:
    """The longest-path layer of each node (sources are layer 0)."""
    parents: dict[str, list[str]] = {node: [] for node in nodes}
    for source, destination in edges:
        if source in parents and destination in parents:
            parents[destination].append(source)
    layer: dict[str, int] = {}
    visiting: set[str] = set()

    def depth(node: str) -> int:
        if node in layer:
            return layer[node]
        if node in visiting:  # a cycle: cut it here
            return -1
        visiting.add(node)
        found = max((depth(parent) + 1 for parent in parents[node]), default=0)
        visiting.discard(node)
        layer[node] = max(found, 0)
        return layer[node]

    for node in nodes:
        depth(node)
    return layer


def place(nodes: Sequence[str], edges: Sequence[tuple[str, str]]) -> dict[str, Placed]:
    """A layer and a rank for every node."""
    layer_of = layers(nodes, edges)
    columns: list[list[str]] = [[] for _ in range(max(layer_of.values(), default=-1) + 1)]
    for node in nodes:
        columns[layer_of[node]].append(node)
    neighbours: dict[str, list[str]] = {node: [] for node in nodes}
    for source, destination in edges:
        if source in neighbours and destination in neighbours:
            neighbours[source].append(destination)
            neighbours[destination].append(source)
    for sweep in range(SWEEPS):
        order = range(1, len(columns)) if sweep % 2 == 0 else range(len(columns) - 2, -1, -1)
        for index in order:
            reference = columns[index - 1] if sweep % 2 == 0 else columns[index + 1]
            position = {node: rank for rank, node in enumerate(reference)}
            columns[index] = _by_barycenter(columns[index], neighbours, position)
    return {
        node: Placed(layer, rank)
        for layer, column in enumerate(columns)
        for rank, node in enumerate(column)
    }


def _by_barycenter(
    column: list[str], neighbours: dict[str, list[str]], position: dict[str, int]
) -> list[str]:
    def key(item: tuple[int, str]) -> tuple[float, int]:
        rank, node = item
        seen = [position[other] for other in neighbours[node] if other in position]
        return (sum(seen) / len(seen) if seen else float(rank), rank)

    return [node for _, node in sorted(enumerate(column), key=key)]
