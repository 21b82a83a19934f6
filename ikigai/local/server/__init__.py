"""The HTTP side of the local platform: the Starlette app, validation, auth and faults."""
