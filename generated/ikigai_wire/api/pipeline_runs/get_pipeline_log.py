from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.pipeline_log_response import PipelineLogResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    pipeline_id: str,
    project_id: str,
    limit: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pipeline_id"] = pipeline_id

    params["project_id"] = project_id

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/component/get-pipeline-log",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | PipelineLogResponse | None:
    if response.status_code == 200:
        response_200 = PipelineLogResponse.from_dict(response.json())

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
) -> Response[ErrorMessage | PipelineLogResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    pipeline_id: str,
    project_id: str,
    limit: int,
) -> Response[ErrorMessage | PipelineLogResponse]:
    """The newest run-log entries of a flow.

    Args:
        pipeline_id (str): An opaque identifier.
        project_id (str): An opaque identifier.
        limit (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | PipelineLogResponse]
    """

    kwargs = _get_kwargs(
        pipeline_id=pipeline_id,
        project_id=project_id,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    pipeline_id: str,
    project_id: str,
    limit: int,
) -> ErrorMessage | PipelineLogResponse | None:
    """The newest run-log entries of a flow.

    Args:
        pipeline_id (str): An opaque identifier.
        project_id (str): An opaque identifier.
        limit (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | PipelineLogResponse
    """

    return sync_detailed(
        client=client,
        pipeline_id=pipeline_id,
        project_id=project_id,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    pipeline_id: str,
    project_id: str,
    limit: int,
) -> Response[ErrorMessage | PipelineLogResponse]:
    """The newest run-log entries of a flow.

    Args:
        pipeline_id (str): An opaque identifier.
        project_id (str): An opaque identifier.
        limit (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | PipelineLogResponse]
    """

    kwargs = _get_kwargs(
        pipeline_id=pipeline_id,
        project_id=project_id,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    pipeline_id: str,
    project_id: str,
    limit: int,
) -> ErrorMessage | PipelineLogResponse | None:
    """The newest run-log entries of a flow.

    Args:
        pipeline_id (str): An opaque identifier.
        project_id (str): An opaque identifier.
        limit (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | PipelineLogResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            pipeline_id=pipeline_id,
            project_id=project_id,
            limit=limit,
        )
    ).parsed
