"""What every component shares: the transport, the wait bound and the spec caches."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ikigai._transport import Transport
from ikigai_wire.bound import SyncApi

if TYPE_CHECKING:  # the specs load with the first catalog a script asks for
    from ikigai.specs.facet_types import FacetTypes
    from ikigai.specs.model_types import ModelTypes

__all__ = ["Context", "warn_if_truncated"]

logger = logging.getLogger("ikigai")


class Context:
    """The session behind an `Ikigai` client; components keep a reference to it."""

    def __init__(self, transport: Transport, wait_timeout: float | None) -> None:
        self.transport = transport
        self.wait_timeout = wait_timeout
        self.progress: bool | None = None
        """Progress bars for transfers and flow runs: on, off, or None (when stderr is a
        terminal)."""
        self._facet_types: FacetTypes | None = None
        self._model_types: ModelTypes | None = None

    @property
    def api(self) -> SyncApi:
        """Every operation as a method (`ctx.api.create_pipeline(body=...)`)."""
        return self.transport.api

    def facet_types(self) -> FacetTypes:
        """The facet specs, fetched once per client."""
        if self._facet_types is None:
            from ikigai.specs.facet_types import FacetTypes

            wire = self.api.get_facet_specs()
            self._facet_types = FacetTypes.from_wire(wire)
        return self._facet_types

    def model_types(self) -> ModelTypes:
        """The model specs, fetched once per client."""
        if self._model_types is None:
            from ikigai.specs.model_types import ModelTypes

            wire = self.api.get_model_specs()
            self._model_types = ModelTypes.from_wire(wire)
        return self._model_types


def warn_if_truncated(what: str, limit_warning: object) -> None:
    """Log the platform's note that it cut a list short (`limit_warning`)."""
    if isinstance(limit_warning, str) and limit_warning:
        logger.warning("the platform truncated the list of %s: %s", what, limit_warning)
