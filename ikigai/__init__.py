"""A typed Python client for the Ikigai data platform."""

__version__ = "0.1.0"
