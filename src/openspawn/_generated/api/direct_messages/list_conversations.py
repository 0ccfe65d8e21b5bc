"""`listConversations`: GET /api/v1/dm/conversations

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.conversation_list_response import ConversationListResponse
from ...types import UNSET, Operation


def build() -> Operation[ConversationListResponse]:
    """List the caller's conversations

    Lists the calling agent's direct-message conversations, most recent first, each with the
    other agent, the last message and the number of unread messages.

    Builds ``GET /api/v1/dm/conversations``; no I/O.

    Returns:
        The `Operation`; its ``parse`` gives ``ConversationListResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "listConversations",  # operation_id
        "GET",  # method
        "/api/v1/dm/conversations",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> ConversationListResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: ConversationListResponse = (
            ConversationListResponse.__pydantic_validator__.validate_json(content)
        )
        return answer
    raise ValueError(
        f"listConversations: status {status} is not a documented 2xx answer of this operation"
    )
