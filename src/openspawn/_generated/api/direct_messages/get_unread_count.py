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
    return Operation(
        operation_id="getUnreadCount",
        method="GET",
        path="/api/v1/dm/unread",
        query={},
        body=UNSET,
        parse=_parse,
    )


def _parse(status: int, content: bytes) -> UnreadCountResponse:
    if status == 200:
        return UnreadCountResponse.model_validate_json(content)
    raise ValueError(
        f"getUnreadCount: status {status} is not a documented 2xx answer of this operation"
    )
