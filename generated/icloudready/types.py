# Generated from openapi.yaml by openapi-python-client and overrides/templates/types.py.jinja: do not edit; change the spec or the template and run `make generate`.
"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, TypeVar

from attrs import define

from icloudready_runtime._types import UNSET, Unset

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# Generator gap: HTTPStatus(code) raises ValueError for non-IANA codes such as Cloudflare's 520-524.
def status_code_of(code: int) -> HTTPStatus | int:
    """The HTTPStatus member for a code, or the plain int for a code HTTPStatus does not know"""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "status_code_of"]
