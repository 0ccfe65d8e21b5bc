"""The `EscalationResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class EscalationResponse(WireModel):
    """One escalation, with a confirmation.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "Escalation" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="The escalation of a task from one agent to another. Reads embed the agents (and, for open escalations, the task).",
    )
    """The escalation of a task from one agent to another. Reads embed the agents (and, for open
    escalations, the task)."""

    message: str = Field(
        validation_alias="message",
        serialization_alias="message",
        description='A confirmation such as "Task escalated" or "Escalation resolved".',
    )
    """A confirmation such as "Task escalated" or "Escalation resolved"."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.escalation import Escalation  # noqa: E402
