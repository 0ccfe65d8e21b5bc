"""`getUnreadCount`: GET /api/v1/dm/unread

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.unread_count_response import UnreadCountResponse
from ...types import UNSET, Operation


def build() -> Operation[UnreadCountResponse]:
    """Count the caller's unread direct messages

    Returns how many direct messages sent to the calling agent are still unread.

    Builds ``GET /api/v1/dm/unread``; no I/O.

    Returns:
        The `Operation`; its ``parse`` gives ``UnreadCountResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "getUnreadCount",  # operation_id
        "GET",  # method
        "/api/v1/dm/unread",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> UnreadCountResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: UnreadCountResponse = UnreadCountResponse.__pydantic_validator__.validate_json(
            content
        )
        return answer
    raise ValueError(
        f"getUnreadCount: status {status} is not a documented 2xx answer of this operation"
    )
