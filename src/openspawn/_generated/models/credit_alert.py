"""The `CreditAlert` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..models.credit_alert_severity import CreditAlertSeverity
from ..models.credit_alert_type import CreditAlertType
from ..types import WireModel


class CreditAlert(WireModel):
    """A warning about an agent's credits.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    agent_id: str = Field(
        validation_alias="agentId",
        serialization_alias="agentId",
        description="The agent's UUID.",
    )
    """The agent's UUID."""

    agent_name: str = Field(
        validation_alias="agentName",
        serialization_alias="agentName",
        description="The agent's display name.",
    )
    """The agent's display name."""

    alert_type: CreditAlertType = Field(
        validation_alias="alertType",
        serialization_alias="alertType",
        description="What a credit alert is about.",
    )
    """What a credit alert is about."""

    message: str = Field(
        validation_alias="message",
        serialization_alias="message",
        description="A human-readable description.",
    )
    """A human-readable description."""

    severity: CreditAlertSeverity = Field(
        validation_alias="severity",
        serialization_alias="severity",
        description="How urgent a credit alert is.",
    )
    """How urgent a credit alert is."""

    value: int = Field(
        validation_alias="value",
        serialization_alias="value",
        description="The measured value (balance, period spending or credits spent in the last hour).",
    )
    """The measured value (balance, period spending or credits spent in the last hour)."""

    threshold: int = Field(
        validation_alias="threshold",
        serialization_alias="threshold",
        description="The threshold the value crossed.",
    )
    """The threshold the value crossed."""
