from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.project_list import ProjectList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    fetch_all: bool,
    directory_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fetch_all"] = str(fetch_all)  # True / False

    params["directory_id"] = directory_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/component/get-projects-for-user",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | ProjectList | None:
    if response.status_code == 200:
        response_200 = ProjectList.from_dict(response.json())

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
) -> Response[ErrorMessage | ProjectList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    fetch_all: bool,
    directory_id: str | Unset = UNSET,
) -> Response[ErrorMessage | ProjectList]:
    """List the apps the user can see, all of them or those directly in one directory.

    Args:
        fetch_all (bool):
        directory_id (str | Unset): An opaque identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ProjectList]
    """

    kwargs = _get_kwargs(
        fetch_all=fetch_all,
        directory_id=directory_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    fetch_all: bool,
    directory_id: str | Unset = UNSET,
) -> ErrorMessage | ProjectList | None:
    """List the apps the user can see, all of them or those directly in one directory.

    Args:
        fetch_all (bool):
        directory_id (str | Unset): An opaque identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ProjectList
    """

    return sync_detailed(
        client=client,
        fetch_all=fetch_all,
        directory_id=directory_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    fetch_all: bool,
    directory_id: str | Unset = UNSET,
) -> Response[ErrorMessage | ProjectList]:
    """List the apps the user can see, all of them or those directly in one directory.

    Args:
        fetch_all (bool):
        directory_id (str | Unset): An opaque identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ProjectList]
    """

    kwargs = _get_kwargs(
        fetch_all=fetch_all,
        directory_id=directory_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    fetch_all: bool,
    directory_id: str | Unset = UNSET,
) -> ErrorMessage | ProjectList | None:
    """List the apps the user can see, all of them or those directly in one directory.

    Args:
        fetch_all (bool):
        directory_id (str | Unset): An opaque identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ProjectList
    """

    return (
        await asyncio_detailed(
            client=client,
            fetch_all=fetch_all,
            directory_id=directory_id,
        )
    ).parsed
