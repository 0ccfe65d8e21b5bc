"""The `CanSpendResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class CanSpendResponse(WireModel):
    """Whether an agent can spend a given amount.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "CanSpend" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="Whether an agent can spend a given amount now.",
    )
    """Whether an agent can spend a given amount now."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.can_spend import CanSpend  # noqa: E402
