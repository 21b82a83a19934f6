from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_facet_version_list import CustomFacetVersionList
from ...models.error_message import ErrorMessage
from ...types import UNSET, Response


def _get_kwargs(
    *,
    custom_facet_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["custom_facet_id"] = custom_facet_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/component/get-versions-for-custom-facet",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomFacetVersionList | ErrorMessage | None:
    if response.status_code == 200:
        response_200 = CustomFacetVersionList.from_dict(response.json())

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
) -> Response[CustomFacetVersionList | ErrorMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    custom_facet_id: str,
) -> Response[CustomFacetVersionList | ErrorMessage]:
    """List the saved versions of a custom facet (the draft is not one).

    Args:
        custom_facet_id (str): An opaque identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFacetVersionList | ErrorMessage]
    """

    kwargs = _get_kwargs(
        custom_facet_id=custom_facet_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    custom_facet_id: str,
) -> CustomFacetVersionList | ErrorMessage | None:
    """List the saved versions of a custom facet (the draft is not one).

    Args:
        custom_facet_id (str): An opaque identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFacetVersionList | ErrorMessage
    """

    return sync_detailed(
        client=client,
        custom_facet_id=custom_facet_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    custom_facet_id: str,
) -> Response[CustomFacetVersionList | ErrorMessage]:
    """List the saved versions of a custom facet (the draft is not one).

    Args:
        custom_facet_id (str): An opaque identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFacetVersionList | ErrorMessage]
    """

    kwargs = _get_kwargs(
        custom_facet_id=custom_facet_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    custom_facet_id: str,
) -> CustomFacetVersionList | ErrorMessage | None:
    """List the saved versions of a custom facet (the draft is not one).

    Args:
        custom_facet_id (str): An opaque identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFacetVersionList | ErrorMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            custom_facet_id=custom_facet_id,
        )
    ).parsed
