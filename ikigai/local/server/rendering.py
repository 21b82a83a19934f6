"""Rendering every answer as valid JSON, whatever was stored (`render`)."""

from __future__ import annotations

import json
import math
import re
from typing import Any

from ikigai.local.narrowing import as_list, as_mapping

_SURROGATE = re.compile("[\ud800-\udfff]")
_LONG_DIGITS = re.compile("[0-9]{310}")
"""A run of digits no double holds as an integer (in a number, or in a string: then the slow
path finds nothing to change)."""


def render(value: Any) -> bytes:
    """`value` as the UTF-8 text of valid JSON, what `renderable` changes changed.

    The value is rendered as it is first, which is all that nearly every answer needs; only
    when that fails, or when the text holds an integer too long for a double, is it cleaned.
    """
    try:
        text = _dumps(value)
        if not _LONG_DIGITS.search(text):
            return text.encode("utf-8")
    except ValueError:  # NaN or an infinity; a lone surrogate (UnicodeEncodeError)
        pass
    return _dumps(renderable(value)).encode("utf-8")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def renderable(value: Any) -> Any:
    """A parsed JSON value (what a handler answers) as JSON can carry it.

    The request checks keep new values clean, but a data dir written by an earlier release may
    hold what they refuse now: a number no double holds (inf from `1e400`, NaN, an integer of
    400 digits) becomes null, a lone surrogate U+FFFD. Anything else is returned as it is.
    """
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, int):
        return value if _fits_a_double(value) else None
    if (mapping := as_mapping(value)) is not None:
        return {_text(key): renderable(item) for key, item in mapping.items()}
    if (items := as_list(value)) is not None:
        return [renderable(item) for item in items]
    return value


def _fits_a_double(number: int) -> bool:
    if number.bit_length() < 1024:
        return True
    try:
        float(number)
    except OverflowError:
        return False
    return True


def _text(text: str) -> str:
    return text if text.isascii() else _SURROGATE.sub("\ufffd", text)
