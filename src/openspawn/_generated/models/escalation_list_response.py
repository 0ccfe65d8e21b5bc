"""The `EscalationListResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class EscalationListResponse(WireModel):
    """A list of escalations.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "list[Escalation]" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="The escalations, newest first.",
    )
    """The escalations, newest first."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.escalation import Escalation  # noqa: E402
