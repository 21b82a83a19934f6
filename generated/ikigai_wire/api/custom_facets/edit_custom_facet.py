from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_facet_id_response import CustomFacetIdResponse
from ...models.custom_facet_version_created_response import CustomFacetVersionCreatedResponse
from ...models.edit_custom_facet_draft_request import EditCustomFacetDraftRequest
from ...models.error_message import ErrorMessage
from ...models.save_custom_facet_version_request import SaveCustomFacetVersionRequest
from ...types import Response


def _get_kwargs(
    *,
    body: EditCustomFacetDraftRequest | SaveCustomFacetVersionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/component/edit-custom-facet",
    }

    if isinstance(body, EditCustomFacetDraftRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomFacetIdResponse | CustomFacetVersionCreatedResponse | ErrorMessage | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> CustomFacetIdResponse | CustomFacetVersionCreatedResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = CustomFacetVersionCreatedResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = CustomFacetIdResponse.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[CustomFacetIdResponse | CustomFacetVersionCreatedResponse | ErrorMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: EditCustomFacetDraftRequest | SaveCustomFacetVersionRequest,
) -> Response[CustomFacetIdResponse | CustomFacetVersionCreatedResponse | ErrorMessage]:
    """Edit a custom facet's draft, or save the draft as a named version.

    Args:
        body (EditCustomFacetDraftRequest | SaveCustomFacetVersionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFacetIdResponse | CustomFacetVersionCreatedResponse | ErrorMessage]
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
    body: EditCustomFacetDraftRequest | SaveCustomFacetVersionRequest,
) -> CustomFacetIdResponse | CustomFacetVersionCreatedResponse | ErrorMessage | None:
    """Edit a custom facet's draft, or save the draft as a named version.

    Args:
        body (EditCustomFacetDraftRequest | SaveCustomFacetVersionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFacetIdResponse | CustomFacetVersionCreatedResponse | ErrorMessage
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EditCustomFacetDraftRequest | SaveCustomFacetVersionRequest,
) -> Response[CustomFacetIdResponse | CustomFacetVersionCreatedResponse | ErrorMessage]:
    """Edit a custom facet's draft, or save the draft as a named version.

    Args:
        body (EditCustomFacetDraftRequest | SaveCustomFacetVersionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFacetIdResponse | CustomFacetVersionCreatedResponse | ErrorMessage]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: EditCustomFacetDraftRequest | SaveCustomFacetVersionRequest,
) -> CustomFacetIdResponse | CustomFacetVersionCreatedResponse | ErrorMessage | None:
    """Edit a custom facet's draft, or save the draft as a named version.

    Args:
        body (EditCustomFacetDraftRequest | SaveCustomFacetVersionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFacetIdResponse | CustomFacetVersionCreatedResponse | ErrorMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
