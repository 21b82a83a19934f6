"""The Starlette application: one route per operation of the spec, plus the presigned URLs.

Each API request goes through the same steps: collapse repeated slashes in the path,
authenticate (except heartbeats), read the body within the size limit, validate the query and
body against the spec, and only then run the operation's handler in a worker thread, which also
renders its answer as valid JSON whatever was stored (stored values may predate the checks).
Every refusal is answered with its status and `{"message": ...}` (`http_errors`); anything
unexpected is a 500 with a message too.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from email.message import Message

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from ikigai.local.errors import Refused
from ikigai.local.handlers import HANDLERS, Call
from ikigai.local.handlers.registry import Handler
from ikigai.local.server.auth import authenticate
from ikigai.local.server.faults import FaultInjector
from ikigai.local.server.http_errors import ApiError, error_response, status_of
from ikigai.local.server.openapi import Operation, load_spec, operations
from ikigai.local.server.rendering import render
from ikigai.local.server.request_ids import RequestIds
from ikigai.local.server.transfer_routes import body_chunks, transfer_routes
from ikigai.local.server.validation import RequestValidator
from ikigai.local.services import Services
from ikigai.local.settings import Settings

logger = logging.getLogger("ikigai.local")

_SLASHES = re.compile(r"/{2,}")


class CollapseSlashes:
    """`//component/get-project` is `/component/get-project` (older clients send the former)."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and "//" in scope["path"]:
            scope = dict(scope)
            scope["path"] = _SLASHES.sub("/", scope["path"])
            scope["raw_path"] = scope["path"].encode("utf-8")
        await self._app(scope, receive, send)


async def _read_body(request: Request, settings: Settings) -> bytes:
    """The whole body, within the size limit and with a timeout for a stalled client."""
    limit = settings.max_body_bytes
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ApiError(413, f"The request body is larger than {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in body_chunks(request, settings.body_timeout_seconds):
        size += len(chunk)
        if size > limit:
            raise ApiError(413, f"The request body is larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _check_json_content_type(request: Request) -> None:
    header = request.headers.get("content-type", "")
    message = Message()
    message["content-type"] = header
    if message.get_content_type() != "application/json" or not header:
        raise ApiError(415, f"Content-Type must be application/json, not {header or 'missing'!r}")


def _endpoint(
    services: Services, validator: RequestValidator, operation: Operation
) -> Callable[[Request], Awaitable[Response]]:
    handler = HANDLERS[operation.operation_id]

    async def endpoint(request: Request) -> Response:
        user = ""
        if not operation.public:
            user = await run_in_threadpool(authenticate, services.db, request.headers)
        query, mode = validator.query(operation, _multi(request))
        body = None
        if operation.body_pointer is not None:
            _check_json_content_type(request)
            raw = await _read_body(request, services.settings)
            body = validator.body(operation, raw)
        call = Call(
            services=services,
            user=user,
            query=query,
            body=body,
            mode=mode,
            base_url=str(request.base_url).rstrip("/"),
        )
        answer = await run_in_threadpool(_answer, handler, call)
        return Response(answer, media_type="application/json")

    return endpoint


def _answer(handler: Handler, call: Call) -> bytes:
    """The handler's answer, rendered as valid JSON whatever was stored (see `render`)."""
    return render(handler(call))


def _multi(request: Request) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for name, value in request.query_params.multi_items():
        values.setdefault(name, []).append(value)
    return values


async def _api_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, ApiError)
    return error_response(error.status, error.message)


async def _refused(request: Request, error: Exception) -> Response:
    assert isinstance(error, Refused)
    return error_response(status_of(error), error.message)


async def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    messages = {
        404: f"There is no endpoint at {request.url.path}",
        405: f"{request.method} is not allowed on {request.url.path}",
    }
    return error_response(
        error.status_code,
        messages.get(error.status_code, str(error.detail)),
        dict(error.headers or {}),
    )


async def _unexpected(request: Request, error: Exception) -> Response:
    logger.error("unexpected error in %s %s", request.method, request.url.path, exc_info=error)
    return error_response(500, f"Internal error of the local platform: {type(error).__name__}")


def build_app(services: Services) -> ASGIApp:
    document = load_spec()
    validator = RequestValidator(document)
    missing = [op.operation_id for op in operations(document) if op.operation_id not in HANDLERS]
    if missing:
        raise RuntimeError(f"operations without a handler: {missing}")
    routes = [
        Route(op.path, _endpoint(services, validator, op), methods=[op.method])
        for op in operations(document)
    ]
    routes += transfer_routes(services)
    app = Starlette(
        routes=routes,
        exception_handlers={
            ApiError: _api_error,
            Refused: _refused,
            HTTPException: _http_error,
            Exception: _unexpected,
        },
    )
    wrapped: ASGIApp = CollapseSlashes(app)
    if services.settings.fault_rate > 0:
        settings = services.settings
        wrapped = FaultInjector(
            wrapped, settings.fault_rate, settings.fault_seed, settings.fault_delay_seconds
        )
    return RequestIds(wrapped)
