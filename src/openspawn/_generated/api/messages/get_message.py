"""`getMessage`: GET /api/v1/messages/{id}

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.message_response_envelope import MessageResponseEnvelope
from ...types import UNSET, Operation, path_value


def build(
    id: UUID | str,
) -> Operation[MessageResponseEnvelope]:
    """Get a message

    Returns one message of the caller's organisation by its UUID.

    Builds ``GET /api/v1/messages/{id}``; no I/O.

    Args:
        id: path parameter ``id``.

    Returns:
        The `Operation`; its ``parse`` gives ``MessageResponseEnvelope`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "getMessage",  # operation_id
        "GET",  # method
        f"/api/v1/messages/{path_value(id)}",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> MessageResponseEnvelope:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: MessageResponseEnvelope = (
            MessageResponseEnvelope.__pydantic_validator__.validate_json(content)
        )
        return answer
    raise ValueError(
        f"getMessage: status {status} is not a documented 2xx answer of this operation"
    )
