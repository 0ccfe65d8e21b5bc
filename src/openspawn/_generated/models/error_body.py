"""The `ErrorBody` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any, ClassVar

from pydantic import ConfigDict, Field

from ..types import WireModel


class ErrorBody(WireModel):
    """The body of every error answer.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "details",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    error: list[str] | str = Field(
        validation_alias="error",
        serialization_alias="error",
        description="What went wrong; validation failures give one message per problem.",
    )
    """What went wrong; validation failures give one message per problem."""

    code: str = Field(
        validation_alias="code",
        serialization_alias="code",
        description="A short error code, either an HTTP reason phrase (such as `Not Found`) or a constant (such as `UNAUTHORIZED`).",
    )
    """A short error code, either an HTTP reason phrase (such as `Not Found`) or a constant (such
    as `UNAUTHORIZED`)."""

    details: dict[str, Any] | None = Field(
        default=None,
        validation_alias="details",
        serialization_alias="details",
        description="Extra structured information about the error, when there is any.",
    )
    """Extra structured information about the error, when there is any."""
