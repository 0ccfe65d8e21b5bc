"""`listChannels`: GET /api/v1/channels

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.channel_list_response import ChannelListResponse
from ...types import UNSET, Operation


def build() -> Operation[ChannelListResponse]:
    """List channels

    Lists every channel of the caller's organisation, newest first, including task channels
    and the `agent` channels that carry direct messages. The list is not paginated.

    Builds ``GET /api/v1/channels``; no I/O.

    Returns:
        The `Operation`; its ``parse`` gives ``ChannelListResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "listChannels",  # operation_id
        "GET",  # method
        "/api/v1/channels",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> ChannelListResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: ChannelListResponse = ChannelListResponse.__pydantic_validator__.validate_json(
            content
        )
        return answer
    raise ValueError(
        f"listChannels: status {status} is not a documented 2xx answer of this operation"
    )
