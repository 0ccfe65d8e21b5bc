"""`listMessages`: GET /api/v1/messages

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.message_list_response import MessageListResponse
from ...types import UNSET, Operation, query_value


def build(
    *,
    channel_id: UUID | str | None = None,
    limit: int | None = None,
    before: UUID | str | None = None,
) -> Operation[MessageListResponse]:
    """List a channel's messages

    Returns the `limit` newest messages of a channel, in ascending (oldest first) order.
    With `before`, it returns the `limit` newest messages that are older than that message,
    still oldest first; to page further back, pass the id of the FIRST (oldest) message of
    the previous page as `before`.

    Builds ``GET /api/v1/messages``; no I/O.

    Args:
        channel_id: query parameter ``channelId`` (left out when None).
        limit: query parameter ``limit`` (left out when None).
        before: query parameter ``before`` (left out when None).

    Returns:
        The `Operation`; its ``parse`` gives ``MessageListResponse`` for a documented 2xx answer.
    """
    query: dict[str, str] = {}
    if channel_id is not None:
        query["channelId"] = query_value(channel_id)
    if limit is not None:
        query["limit"] = query_value(limit)
    if before is not None:
        query["before"] = query_value(before)
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "listMessages",  # operation_id
        "GET",  # method
        "/api/v1/messages",  # path
        query,  # query
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
        f"listMessages: status {status} is not a documented 2xx answer of this operation"
    )
