"""`cancelConsensusRequest`: DELETE /api/v1/tasks/consensus/{requestId}

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.consensus_request_response import ConsensusRequestResponse
from ...types import UNSET, Operation, path_value


def build(
    request_id: UUID | str,
) -> Operation[ConsensusRequestResponse]:
    """Cancel a pending consensus request

    The requester cancels a pending request (`CANCELLED`); anybody else answers 403 and a
    request that is no longer pending answers 400. No event is recorded.

    Builds ``DELETE /api/v1/tasks/consensus/{requestId}``; no I/O.

    Args:
        request_id: path parameter ``requestId``.

    Returns:
        The `Operation`; its ``parse`` gives ``ConsensusRequestResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "cancelConsensusRequest",  # operation_id
        "DELETE",  # method
        f"/api/v1/tasks/consensus/{path_value(request_id)}",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> ConsensusRequestResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: ConsensusRequestResponse = (
            ConsensusRequestResponse.__pydantic_validator__.validate_json(content)
        )
        return answer
    raise ValueError(
        f"cancelConsensusRequest: status {status} is not a documented 2xx answer of this operation"
    )
