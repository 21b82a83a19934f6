"""The text of `help()`: how it is laid out, and `Explained`, the base of the specs whose text is
their `help_lines()` (shown preformatted in a notebook).

Two spaces per level of nesting, names shown with `str.title()`. How an argument, parameter or
hyperparameter shows itself (`name: TYPE ...`) is told with the specs, in
`ikigai.specs.arguments`.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Generator, Iterable

from ikigai._names import Helpful
from ikigai.display.html import help_html

__all__ = ["Explained", "indent", "section"]


class Explained(Helpful):
    """A spec whose help text is its `help_lines()`; in a notebook it shows that text."""

    @abstractmethod
    def help_lines(self) -> list[str]: ...

    def _help(self) -> Generator[str]:
        yield from self.help_lines()

    def _repr_html_(self) -> str:
        return help_html(self)


def indent(lines: Iterable[str], by: int = 2) -> list[str]:
    pad = " " * by
    return [pad + line for line in lines]


def section(title: str, lines: list[str], empty: str) -> list[str]:
    """`title:` and the lines one level deeper, or the `empty` line when there are none."""
    return [f"{title}:", *indent(lines or [empty])]
