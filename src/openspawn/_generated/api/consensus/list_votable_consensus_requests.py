"""`listVotableConsensusRequests`: GET /api/v1/tasks/consensus/votable

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.consensus_request_list_response import ConsensusRequestListResponse
from ...types import UNSET, Operation


def build() -> Operation[ConsensusRequestListResponse]:
    """List the votes the caller can still cast

    The pending consensus requests of the organisation that the caller is eligible for and has
    not voted on yet, soonest expiry first, each with its `requester`.

    Builds ``GET /api/v1/tasks/consensus/votable``; no I/O.

    Returns:
        The `Operation`; its ``parse`` gives ``ConsensusRequestListResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "listVotableConsensusRequests",  # operation_id
        "GET",  # method
        "/api/v1/tasks/consensus/votable",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> ConsensusRequestListResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: ConsensusRequestListResponse = (
            ConsensusRequestListResponse.__pydantic_validator__.validate_json(content)
        )
        return answer
    raise ValueError(
        f"listVotableConsensusRequests: status {status} is not a documented 2xx answer of this operation"
    )
