"""The local platform's flow engine.

`default_engine()` returns the `FlowEngine` the local server runs flows with. The engine checks a
definition against the catalog (`ikigai.local.catalog`) before running anything, runs facets in
DAG order with DuckDB tables in the run's scratch directory (relational facets run out of core),
runs user Python in a sandboxed child process (`ikigai.local.sandbox`), trains and applies
scikit-learn models for ML facets, and only when every facet has succeeded saves model versions
and exports datasets through the `RunContext`.
"""

from __future__ import annotations

from ikigai.local.engine.call import Limits
from ikigai.local.engine.models import warmup
from ikigai.local.engine.runner import Engine
from ikigai.local.engine_contract import FlowEngine
from ikigai.local.sandbox import SandboxChoice

__all__ = ["Engine", "Limits", "default_engine"]


def default_engine(limits: Limits | None = None, *, sandbox: SandboxChoice = "auto") -> FlowEngine:
    """The engine with the default limits (or the given ones), confining user code with every
    sandbox this machine offers (or the one named). The platform makes it as it starts: a
    thread then imports the model modules once the process is idle (`models.warmup`)."""
    warmup.start()
    return Engine(limits, sandbox=sandbox)
