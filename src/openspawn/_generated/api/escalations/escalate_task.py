"""`escalateTask`: POST /api/v1/tasks/{id}/escalate

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.escalate_task_request import EscalateTaskRequest
from ...models.escalation_response import EscalationResponse
from ...types import Operation, path_value


def build(
    id: UUID | str,
    *,
    body: EscalateTaskRequest,
) -> Operation[EscalationResponse]:
    """Escalate a task up the hierarchy

    Records an escalation of an assigned task and reassigns the task (its status does not
    change) to `targetAgentId` when given, else to the assignee's parent, else to the active
    agent exactly one level above the assignee that has completed the most tasks. Records a
    `task.escalated` event (severity `warning`) whose actor is the previous assignee. An
    unassigned task, or an assignee with no parent and no agent one level higher, answers 422.

    Builds ``POST /api/v1/tasks/{id}/escalate``; no I/O.

    Args:
        id: path parameter ``id``.
        body: the request body. An escalation of a task.

    Returns:
        The `Operation`; its ``parse`` gives ``EscalationResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "escalateTask",  # operation_id
        "POST",  # method
        f"/api/v1/tasks/{path_value(id)}/escalate",  # path
        {},  # query
        body,  # body: the model, serialised by the transport (`WireModel.wire_json`)
        _parse,
    )


def _parse(status: int, content: bytes) -> EscalationResponse:
    if status == 201:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: EscalationResponse = EscalationResponse.__pydantic_validator__.validate_json(
            content
        )
        return answer
    raise ValueError(
        f"escalateTask: status {status} is not a documented 2xx answer of this operation"
    )
