from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edit_pipeline_request import EditPipelineRequest
from ...models.error_message import ErrorMessage
from ...models.pipeline_id_response import PipelineIdResponse
from ...types import Response


def _get_kwargs(
    *,
    body: EditPipelineRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/component/edit-pipeline",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | PipelineIdResponse | None:
    if response.status_code == 200:
        response_200 = PipelineIdResponse.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = ErrorMessage.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorMessage.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMessage | PipelineIdResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: EditPipelineRequest,
) -> Response[ErrorMessage | PipelineIdResponse]:
    """Change one or more properties of a flow. Keys not sent are left unchanged.

     There is no call that removes a schedule. Clients send the sentinel schedule
    `{"name": "-", "cron": "0 0 0 0 0", "start_time": "1", "end_time": "1"}` (an end time
    that is not after the start); the platform then reports the flow as unscheduled.

    Args:
        body (EditPipelineRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | PipelineIdResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: EditPipelineRequest,
) -> ErrorMessage | PipelineIdResponse | None:
    """Change one or more properties of a flow. Keys not sent are left unchanged.

     There is no call that removes a schedule. Clients send the sentinel schedule
    `{"name": "-", "cron": "0 0 0 0 0", "start_time": "1", "end_time": "1"}` (an end time
    that is not after the start); the platform then reports the flow as unscheduled.

    Args:
        body (EditPipelineRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | PipelineIdResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EditPipelineRequest,
) -> Response[ErrorMessage | PipelineIdResponse]:
    """Change one or more properties of a flow. Keys not sent are left unchanged.

     There is no call that removes a schedule. Clients send the sentinel schedule
    `{"name": "-", "cron": "0 0 0 0 0", "start_time": "1", "end_time": "1"}` (an end time
    that is not after the start); the platform then reports the flow as unscheduled.

    Args:
        body (EditPipelineRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | PipelineIdResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: EditPipelineRequest,
) -> ErrorMessage | PipelineIdResponse | None:
    """Change one or more properties of a flow. Keys not sent are left unchanged.

     There is no call that removes a schedule. Clients send the sentinel schedule
    `{"name": "-", "cron": "0 0 0 0 0", "start_time": "1", "end_time": "1"}` (an end time
    that is not after the start); the platform then reports the flow as unscheduled.

    Args:
        body (EditPipelineRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | PipelineIdResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
