"""`sendDirectMessage`: POST /api/v1/dm

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.message_response_envelope import MessageResponseEnvelope
from ...models.send_direct_message_request import SendDirectMessageRequest
from ...types import Operation


def build(
    *,
    body: SendDirectMessageRequest,
) -> Operation[MessageResponseEnvelope]:
    """Send a direct message

    Sends a direct message from the calling agent to another agent of the organisation. The
    two agents' `agent` channel is created on first use. The answer is the stored message, with
    `recipientId` set and `metadata.read` false.

    Builds ``POST /api/v1/dm``; no I/O.

    Args:
        body: the request body. A direct message to another agent.

    Returns:
        The `Operation`; its ``parse`` gives ``MessageResponseEnvelope`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "sendDirectMessage",  # operation_id
        "POST",  # method
        "/api/v1/dm",  # path
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
        f"sendDirectMessage: status {status} is not a documented 2xx answer of this operation"
    )
