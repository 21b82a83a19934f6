"""How handlers are found: one function per operationId of the spec."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ikigai.local.services import Services

Json = dict[str, Any]


@dataclass(frozen=True)
class Call:
    """One validated request, as a handler sees it."""

    services: Services
    user: str
    """The authenticated caller's e-mail ("" for unauthenticated calls)."""
    query: Mapping[str, Any]
    body: Any
    mode: str | None
    """The `x-ikigai-modes` mode the query fits, for operations that have query modes."""
    base_url: str
    """Where the caller reached this server, without a trailing slash (for presigned URLs)."""

    def text(self, name: str) -> str:
        value = self.query.get(name, "")
        return value if isinstance(value, str) else str(value)


Handler = Callable[[Call], Json]

HANDLERS: dict[str, Handler] = {}


def operation(operation_id: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        if operation_id in HANDLERS:
            raise RuntimeError(f"two handlers for {operation_id}")
        HANDLERS[operation_id] = handler
        return handler

    return register
