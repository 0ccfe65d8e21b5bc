"""`voteOnConsensusRequest`: POST /api/v1/tasks/consensus/{requestId}/vote

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.cast_vote_request import CastVoteRequest
from ...models.consensus_vote_response import ConsensusVoteResponse
from ...types import Operation, path_value


def build(
    request_id: UUID | str,
    *,
    body: CastVoteRequest,
) -> Operation[ConsensusVoteResponse]:
    """Vote on a consensus request

    Casts the caller's vote (once per request) and decides the request when the quorum is
    reached. A request that is no longer pending, has expired or was already voted on by the
    caller answers 400; a caller outside `metadata.eligibleVoters` answers 403. Records
    `consensus.voted` (after `consensus.decided` when the vote decides).

    Builds ``POST /api/v1/tasks/consensus/{requestId}/vote``; no I/O.

    Args:
        request_id: path parameter ``requestId``.
        body: the request body. A vote on a consensus request.

    Returns:
        The `Operation`; its ``parse`` gives ``ConsensusVoteResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "voteOnConsensusRequest",  # operation_id
        "POST",  # method
        f"/api/v1/tasks/consensus/{path_value(request_id)}/vote",  # path
        {},  # query
        body,  # body: the model, serialised by the transport (`WireModel.wire_json`)
        _parse,
    )


def _parse(status: int, content: bytes) -> ConsensusVoteResponse:
    if status == 201:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: ConsensusVoteResponse = ConsensusVoteResponse.__pydantic_validator__.validate_json(
            content
        )
        return answer
    raise ValueError(
        f"voteOnConsensusRequest: status {status} is not a documented 2xx answer of this operation"
    )
