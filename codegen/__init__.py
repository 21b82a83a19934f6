"""Turns spec/ikigai.yaml into the generated client package, generated/ikigai_wire.

Run it as ``python -m codegen`` to regenerate, ``python -m codegen --check`` to fail on drift.
"""


class CodegenError(Exception):
    """A problem that stops code generation; the message says what to do about it."""
