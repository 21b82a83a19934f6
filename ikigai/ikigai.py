"""`Ikigai`, under the published client's module name (`from ikigai.ikigai import Ikigai`)."""

from ikigai.client import Ikigai

__all__ = ["Ikigai"]
