"""The `HealthStatus` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

import datetime
from typing import ClassVar

from pydantic import ConfigDict, Field

from ..models.health_state import HealthState
from ..types import WireModel


class HealthStatus(WireModel):
    """The health of the service.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    status: HealthState = Field(
        validation_alias="status",
        serialization_alias="status",
        description="The state `GET /health` reports; always `ok` when the service answers.",
    )
    """The state `GET /health` reports; always `ok` when the service answers."""

    timestamp: datetime.datetime = Field(
        validation_alias="timestamp",
        serialization_alias="timestamp",
        description="The server's current time.",
    )
    """The server's current time."""
