"""`getChannel`: GET /api/v1/channels/{id}

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.channel_response import ChannelResponse
from ...types import UNSET, Operation, path_value


def build(
    id: UUID | str,
) -> Operation[ChannelResponse]:
    """Get a channel

    Returns one channel of the caller's organisation by its UUID.

    Builds ``GET /api/v1/channels/{id}``; no I/O.

    Args:
        id: path parameter ``id``.

    Returns:
        The `Operation`; its ``parse`` gives ``ChannelResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "getChannel",  # operation_id
        "GET",  # method
        f"/api/v1/channels/{path_value(id)}",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> ChannelResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: ChannelResponse = ChannelResponse.__pydantic_validator__.validate_json(content)
        return answer
    raise ValueError(
        f"getChannel: status {status} is not a documented 2xx answer of this operation"
    )
