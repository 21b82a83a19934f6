"""User code in a kernel sandbox: bubblewrap namespaces and Landlock rules (see `launcher`)."""

from __future__ import annotations

from ikigai.local.sandbox.launcher import (
    Job,
    Limits,
    Outcome,
    Sandbox,
    SandboxChoice,
    SandboxError,
    find_sandbox,
)

__all__ = ["Job", "Limits", "Outcome", "Sandbox", "SandboxChoice", "SandboxError", "find_sandbox"]
