"""The published client's `ikigai.utils`: its enums (`ikigai.utils.enums`), and `MISSING`
(`ikigai.utils.missing`)."""

from ikigai.utils import enums
from ikigai.utils.enums import *  # noqa: F403

__all__: list[str] = []
__all__ += enums.__all__
