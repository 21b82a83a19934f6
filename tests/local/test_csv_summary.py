"""The platform's reading of an uploaded CSV: rows counted as they are, whatever the values hold.

pyarrow cuts a file into blocks at line ends; the platform reads without looking for line ends
inside quotes first, and again with it when a value spans lines (`inference._read_table`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ikigai.local.transfer import inference

ROWS = 60_000


def lines_file(path: Path, columns: int, line_end: str = "\n") -> Path:
    """A CSV of more than two of the reader's blocks whose last value spans two lines (split by
    `line_end`)."""
    head = ",".join(f"c{index}" for index in range(columns - 1))
    lines = [",".join(filter(None, [head, "text"]))]
    for row in range(ROWS):
        fields = [str(row)] * (columns - 1)
        # the line end early in the row: a block's last line end is most often inside quotes
        lines.append(
            ",".join([*fields, f'"row {row}{line_end}then a long second line {"x" * 250}"'])
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="")
    assert path.stat().st_size > 2 * inference.BLOCK_BYTES
    return path


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Each reading of a file by the platform: whether it looked for line ends in values."""
    seen: list[bool] = []
    real = inference.pa_csv.read_csv

    def counted(*args: object, parse_options: Any, **options: object) -> object:
        seen.append(bool(parse_options.newlines_in_values))
        return real(*args, parse_options=parse_options, **options)

    monkeypatch.setattr(inference.pa_csv, "read_csv", counted)
    return seen


@pytest.mark.parametrize(("columns", "line_end"), [(1, "\n"), (1, "\r"), (3, "\n")])
def test_values_that_span_lines_are_counted_as_one_row(
    tmp_path: Path, columns: int, line_end: str, reads: list[bool]
) -> None:
    # Three columns: a row cut in two at a block's end is ragged. One column: it still parses
    # (its values garbled), which only the line ends in its text give away (a carriage return
    # alone ends a line too).
    path = lines_file(tmp_path / "lines.csv", columns, line_end)
    summary = inference.summarise_csv(path)
    assert summary.rows == ROWS
    assert list(summary.data_types)[-1] == "text"
    assert reads == [False, True]


def test_a_file_without_such_values_is_read_once(tmp_path: Path, reads: list[bool]) -> None:
    path = tmp_path / "plain.csv"
    path.write_text("a,b\n" + "".join(f'{i},"x, {i}"\n' for i in range(ROWS)), encoding="utf-8")
    assert inference.summarise_csv(path).rows == ROWS
    assert reads == [False]
