"""`createConsensusRequest`: POST /api/v1/tasks/consensus

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.consensus_request_response import ConsensusRequestResponse
from ...models.create_consensus_request import CreateConsensusRequest
from ...types import Operation


def build(
    *,
    body: CreateConsensusRequest,
) -> Operation[ConsensusRequestResponse]:
    """Open a consensus vote

    Opens a vote among the organisation's agents, with the caller as requester. It is decided
    once `quorumRequired` votes are cast (default 2): approved when approvals make at least
    `approvalThreshold` percent (default 50) of the approve and reject votes, rejected
    otherwise; while every vote is an abstention it stays pending. It expires after
    `expiresInHours` (default 24). `voterIds` limits who may vote (every agent otherwise) and
    is kept as `metadata.eligibleVoters`. Records a `consensus.created` event.

    Builds ``POST /api/v1/tasks/consensus``; no I/O.

    Args:
        body: the request body. A decision to put to a vote.

    Returns:
        The `Operation`; its ``parse`` gives ``ConsensusRequestResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "createConsensusRequest",  # operation_id
        "POST",  # method
        "/api/v1/tasks/consensus",  # path
        {},  # query
        body,  # body: the model, serialised by the transport (`WireModel.wire_json`)
        _parse,
    )


def _parse(status: int, content: bytes) -> ConsensusRequestResponse:
    if status == 201:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: ConsensusRequestResponse = (
            ConsensusRequestResponse.__pydantic_validator__.validate_json(content)
        )
        return answer
    raise ValueError(
        f"createConsensusRequest: status {status} is not a documented 2xx answer of this operation"
    )
