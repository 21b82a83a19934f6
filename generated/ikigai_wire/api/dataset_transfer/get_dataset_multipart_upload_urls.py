from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.multipart_upload_urls import MultipartUploadUrls
from ...types import UNSET, Response


def _get_kwargs(
    *,
    dataset_id: str,
    project_id: str,
    filename: str,
    file_size: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["dataset_id"] = dataset_id

    params["project_id"] = project_id

    params["filename"] = filename

    params["file_size"] = file_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/component/get-dataset-multipart-upload-urls",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | MultipartUploadUrls | None:
    if response.status_code == 200:
        response_200 = MultipartUploadUrls.from_dict(response.json())

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
) -> Response[ErrorMessage | MultipartUploadUrls]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    dataset_id: str,
    project_id: str,
    filename: str,
    file_size: int,
) -> Response[ErrorMessage | MultipartUploadUrls]:
    """Start a multipart upload of a dataset's CSV; the server chooses the number of parts.

    Args:
        dataset_id (str): An opaque identifier.
        project_id (str): An opaque identifier.
        filename (str): A dataset's file name, `<dataset name>.csv`.
        file_size (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | MultipartUploadUrls]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        project_id=project_id,
        filename=filename,
        file_size=file_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    dataset_id: str,
    project_id: str,
    filename: str,
    file_size: int,
) -> ErrorMessage | MultipartUploadUrls | None:
    """Start a multipart upload of a dataset's CSV; the server chooses the number of parts.

    Args:
        dataset_id (str): An opaque identifier.
        project_id (str): An opaque identifier.
        filename (str): A dataset's file name, `<dataset name>.csv`.
        file_size (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | MultipartUploadUrls
    """

    return sync_detailed(
        client=client,
        dataset_id=dataset_id,
        project_id=project_id,
        filename=filename,
        file_size=file_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    dataset_id: str,
    project_id: str,
    filename: str,
    file_size: int,
) -> Response[ErrorMessage | MultipartUploadUrls]:
    """Start a multipart upload of a dataset's CSV; the server chooses the number of parts.

    Args:
        dataset_id (str): An opaque identifier.
        project_id (str): An opaque identifier.
        filename (str): A dataset's file name, `<dataset name>.csv`.
        file_size (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | MultipartUploadUrls]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        project_id=project_id,
        filename=filename,
        file_size=file_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    dataset_id: str,
    project_id: str,
    filename: str,
    file_size: int,
) -> ErrorMessage | MultipartUploadUrls | None:
    """Start a multipart upload of a dataset's CSV; the server chooses the number of parts.

    Args:
        dataset_id (str): An opaque identifier.
        project_id (str): An opaque identifier.
        filename (str): A dataset's file name, `<dataset name>.csv`.
        file_size (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | MultipartUploadUrls
    """

    return (
        await asyncio_detailed(
            client=client,
            dataset_id=dataset_id,
            project_id=project_id,
            filename=filename,
            file_size=file_size,
        )
    ).parsed
