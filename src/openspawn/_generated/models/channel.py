"""The `Channel` model.

Generated from openapi.yaml by `make generate`; do not edit.
"""

import datetime
from typing import Any, ClassVar

from pydantic import ConfigDict, Field

from ..models.channel_type import ChannelType
from ..types import WireModel


class Channel(WireModel):
    """A channel that groups messages.

    Fields the spec does not list are kept (see `model_extra`).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset(
        {
            "org_id",
            "updated_at",
        }
    )
    """Optional fields the spec does not let be null: a None given for them is not sent."""

    id: str = Field(
        validation_alias="id",
        serialization_alias="id",
        description="The channel's UUID.",
    )
    """The channel's UUID."""

    name: str = Field(
        validation_alias="name",
        serialization_alias="name",
        description="The channel's name, unique in the organisation; direct-message channels are named `dm:<uuid>:<uuid>`.",
    )
    """The channel's name, unique in the organisation; direct-message channels are named
    `dm:<uuid>:<uuid>`."""

    type: ChannelType = Field(
        validation_alias="type",
        serialization_alias="type",
        description="The kind of a channel; `task` belongs to one task, `agent` carries direct messages, `broadcast` and `general` are shared.",
    )
    """The kind of a channel; `task` belongs to one task, `agent` carries direct messages,
    `broadcast` and `general` are shared."""

    task_id: str | None = Field(
        validation_alias="taskId",
        serialization_alias="taskId",
        description="The UUID of the task a `task` channel belongs to.",
    )
    """The UUID of the task a `task` channel belongs to."""

    metadata: dict[str, Any] = Field(
        validation_alias="metadata",
        serialization_alias="metadata",
        description="Free-form data attached to the channel; direct-message channels list their two `participants`.",
    )
    """Free-form data attached to the channel; direct-message channels list their two
    `participants`."""

    created_at: datetime.datetime = Field(
        validation_alias="createdAt",
        serialization_alias="createdAt",
        description="When the channel was created.",
    )
    """When the channel was created."""

    org_id: str | None = Field(
        default=None,
        validation_alias="orgId",
        serialization_alias="orgId",
        description="The UUID of the organisation.",
    )
    """The UUID of the organisation."""

    updated_at: datetime.datetime | None = Field(
        default=None,
        validation_alias="updatedAt",
        serialization_alias="updatedAt",
        description="When the channel was last changed.",
    )
    """When the channel was last changed."""
