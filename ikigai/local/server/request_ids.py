"""Every answer carries an `x-request-id` header: a fresh id a user can quote in a bug report."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ikigai.local.store.ids import new_id


class RequestIds:
    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        request_id = f"req_{new_id(16)}".encode()

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (name, value)
                    for name, value in message.get("headers", [])
                    if name.lower() != b"x-request-id"
                ]
                message = {**message, "headers": [*headers, (b"x-request-id", request_id)]}
            await send(message)

        await self._app(scope, receive, send_with_id)
