from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_upload_ack import DatasetUploadAck
from ...models.error_message import ErrorMessage
from ...types import UNSET, Response


def _get_kwargs(
    *,
    project_id: str,
    dataset_id: str,
    filename: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["project_id"] = project_id

    params["dataset_id"] = dataset_id

    params["filename"] = filename

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/component/verify-dataset-upload",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DatasetUploadAck | ErrorMessage | None:
    if response.status_code == 200:
        response_200 = DatasetUploadAck.from_dict(response.json())

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
) -> Response[DatasetUploadAck | ErrorMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    project_id: str,
    dataset_id: str,
    filename: str,
) -> Response[DatasetUploadAck | ErrorMessage]:
    """Start the asynchronous verification of a completed upload.

    Args:
        project_id (str): An opaque identifier.
        dataset_id (str): An opaque identifier.
        filename (str): A dataset's file name, `<dataset name>.csv`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetUploadAck | ErrorMessage]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        dataset_id=dataset_id,
        filename=filename,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    project_id: str,
    dataset_id: str,
    filename: str,
) -> DatasetUploadAck | ErrorMessage | None:
    """Start the asynchronous verification of a completed upload.

    Args:
        project_id (str): An opaque identifier.
        dataset_id (str): An opaque identifier.
        filename (str): A dataset's file name, `<dataset name>.csv`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetUploadAck | ErrorMessage
    """

    return sync_detailed(
        client=client,
        project_id=project_id,
        dataset_id=dataset_id,
        filename=filename,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    project_id: str,
    dataset_id: str,
    filename: str,
) -> Response[DatasetUploadAck | ErrorMessage]:
    """Start the asynchronous verification of a completed upload.

    Args:
        project_id (str): An opaque identifier.
        dataset_id (str): An opaque identifier.
        filename (str): A dataset's file name, `<dataset name>.csv`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetUploadAck | ErrorMessage]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        dataset_id=dataset_id,
        filename=filename,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    project_id: str,
    dataset_id: str,
    filename: str,
) -> DatasetUploadAck | ErrorMessage | None:
    """Start the asynchronous verification of a completed upload.

    Args:
        project_id (str): An opaque identifier.
        dataset_id (str): An opaque identifier.
        filename (str): A dataset's file name, `<dataset name>.csv`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetUploadAck | ErrorMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            project_id=project_id,
            dataset_id=dataset_id,
            filename=filename,
        )
    ).parsed
