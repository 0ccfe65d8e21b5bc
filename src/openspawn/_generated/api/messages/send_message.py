"""`sendMessage`: POST /api/v1/messages

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.message_response_envelope import MessageResponseEnvelope
from ...models.send_message_request import SendMessageRequest
from ...types import Operation


def build(
    *,
    body: SendMessageRequest,
) -> Operation[MessageResponseEnvelope]:
    """Send a message to a channel

    Posts a message from the calling agent to a channel, optionally as a reply to another
    message. `type` defaults to `text` here, but upstream requires it, so clients should
    always send it. An unknown channel answers 404 on the dev server (500 upstream).

    Builds ``POST /api/v1/messages``; no I/O.

    Args:
        body: the request body. A message to post in a channel.

    Returns:
        The `Operation`; its ``parse`` gives ``MessageResponseEnvelope`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "sendMessage",  # operation_id
        "POST",  # method
        "/api/v1/messages",  # path
        {},  # query
        body,  # body: the model, serialised by the transport (`WireModel.wire_json`)
        _parse,
    )


def _parse(status: int, content: bytes) -> MessageResponseEnvelope:
    if status == 201:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: MessageResponseEnvelope = (
            MessageResponseEnvelope.__pydantic_validator__.validate_json(content)
        )
        return answer
    raise ValueError(
        f"sendMessage: status {status} is not a documented 2xx answer of this operation"
    )
