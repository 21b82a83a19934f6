"""Heartbeats: unauthenticated liveness checks."""

from __future__ import annotations

from ikigai.local.handlers.registry import Call, Json, operation


@operation("search_heartbeat")
def search_heartbeat(call: Call) -> Json:
    return {"status": "ok"}


@operation("access_heartbeat")
def access_heartbeat(call: Call) -> Json:
    return {"status": "ok"}
