"""The presigned URLs: part uploads (PUT) and dataset downloads (GET), outside the API.

They carry no credentials; the signature in the URL is the credential. A URL whose signature
does not match (tampered, or taken for another dataset, upload, part or export) or that has
expired is refused with 403.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import anyio
from starlette.requests import ClientDisconnect, Request
from starlette.responses import FileResponse, Response
from starlette.routing import Route

from ikigai.local.errors import not_found
from ikigai.local.server.http_errors import ApiError
from ikigai.local.services import Services
from ikigai.local.signing import SignatureError
from ikigai.local.store import exports
from ikigai.local.store.ids import is_id


def _verify(services: Services, request: Request, purpose: str, fields: tuple[str, ...]) -> None:
    for field in fields:
        if not is_id(field):
            raise ApiError(404, "No such presigned URL")
    try:
        services.signer.verify(
            purpose,
            fields,
            request.query_params.get("expires", ""),
            request.query_params.get("signature", ""),
        )
    except SignatureError as error:
        raise ApiError(403, str(error)) from None


async def body_chunks(request: Request, timeout: float) -> AsyncIterator[bytes]:
    """The request's body as it arrives. A client that sends nothing for `timeout` seconds
    gets a 408; one that hangs up midway ends the request quietly (there is nobody left to
    answer, and hanging up is no fault of the platform's)."""
    stream = request.stream()
    try:
        while True:
            chunk: bytes | None = None
            with anyio.move_on_after(timeout) as waiting:
                chunk = await anext(stream, None)
            if waiting.cancelled_caught:
                raise ApiError(408, f"No part of the request body arrived for {timeout:g} seconds")
            if chunk is None:
                return
            yield chunk
    except ClientDisconnect:
        raise ApiError(400, "The client disconnected before sending the whole body") from None
    finally:
        await stream.aclose()


class _FileResponse(FileResponse):
    """A file sent in 1 MiB reads (Starlette's 64 KiB make large downloads slow)."""

    chunk_size = 1024 * 1024


def transfer_routes(services: Services) -> list[Route]:
    async def upload_part(request: Request) -> Response:
        dataset_id = request.path_params["dataset_id"]
        upload_id = request.path_params["upload_id"]
        part = str(request.path_params["part"])
        _verify(services, request, "upload", (dataset_id, upload_id, part))
        length = request.headers.get("content-length")
        etag = await services.uploads.receive_part(
            dataset_id,
            upload_id,
            int(part),
            int(length) if length and length.isdigit() else None,
            body_chunks(request, services.settings.body_timeout_seconds),
        )
        return Response(status_code=200, headers={"ETag": etag})

    async def download(request: Request) -> Response:
        dataset_id = request.path_params["dataset_id"]
        export_id = request.path_params["export_id"]
        _verify(services, request, "download", (dataset_id, export_id))
        with services.db.read() as tx:
            export = exports.served(tx, dataset_id, export_id)
        if export is None or export["state"] != "SUCCESS":
            raise not_found("Export", export_id)
        return _FileResponse(
            services.files.export_file(export_id),
            media_type="text/csv",
            filename=export["filename"] or f"{dataset_id}.csv",
        )

    return [
        Route("/_upload/{dataset_id}/{upload_id}/{part:int}", upload_part, methods=["PUT"]),
        Route("/_download/{dataset_id}/{export_id}.csv", download, methods=["GET"]),
    ]
