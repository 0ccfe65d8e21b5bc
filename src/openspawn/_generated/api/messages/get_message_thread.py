"""`getMessageThread`: GET /api/v1/messages/{id}/thread

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.message_list_response import MessageListResponse
from ...types import UNSET, Operation, path_value


def build(
    id: UUID | str,
) -> Operation[MessageListResponse]:
    """Get the replies to a message

    Lists the direct replies to a message (messages whose `parentMessageId` is the given id),
    oldest first. The parent message itself is not included, and an unknown id gives an empty
    list rather than 404.

    Builds ``GET /api/v1/messages/{id}/thread``; no I/O.

    Args:
        id: path parameter ``id``.

    Returns:
        The `Operation`; its ``parse`` gives ``MessageListResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "getMessageThread",  # operation_id
        "GET",  # method
        f"/api/v1/messages/{path_value(id)}/thread",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> MessageListResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: MessageListResponse = MessageListResponse.__pydantic_validator__.validate_json(
            content
        )
        return answer
    raise ValueError(
        f"getMessageThread: status {status} is not a documented 2xx answer of this operation"
    )
