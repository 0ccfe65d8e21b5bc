"""The `EmptyRequest` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict

from ..types import WireModel


class EmptyRequest(WireModel):
    """The empty body `{}` of an operation without fields (what the SDK sends and signs).

    A request body: unknown fields and undocumented enum values are rejected.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="forbid")
