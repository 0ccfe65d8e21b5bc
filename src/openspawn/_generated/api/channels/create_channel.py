"""`createChannel`: POST /api/v1/channels

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.channel_response import ChannelResponse
from ...models.create_channel_request import CreateChannelRequest
from ...types import Operation


def build(
    *,
    body: CreateChannelRequest,
) -> Operation[ChannelResponse]:
    """Create a channel

    Creates a channel in the caller's organisation. Channel names are unique per
    organisation; an existing name answers 409.

    Builds ``POST /api/v1/channels``; no I/O.

    Args:
        body: the request body. A channel to create.

    Returns:
        The `Operation`; its ``parse`` gives ``ChannelResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "createChannel",  # operation_id
        "POST",  # method
        "/api/v1/channels",  # path
        {},  # query
        body,  # body: the model, serialised by the transport (`WireModel.wire_json`)
        _parse,
    )


def _parse(status: int, content: bytes) -> ChannelResponse:
    if status == 201:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: ChannelResponse = ChannelResponse.__pydantic_validator__.validate_json(content)
        return answer
    raise ValueError(
        f"createChannel: status {status} is not a documented 2xx answer of this operation"
    )
