"""The `CreditAlertListResponse` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class CreditAlertListResponse(WireModel):
    """The current credit alerts.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")

    data: "list[CreditAlert]" = Field(
        validation_alias="data",
        serialization_alias="data",
        description="The alerts, critical ones first.",
    )
    """The alerts, critical ones first."""


# Models this one refers to, imported last so that mutually recursive models can import each other.
from ..models.credit_alert import CreditAlert  # noqa: E402
