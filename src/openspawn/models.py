"""Request and response models, generated from openapi.yaml (pydantic v2).

Names are loaded on first use; ``from openspawn.models import Agent`` imports only what it needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._generated import models as _models

if TYPE_CHECKING:
    from ._generated.models import *  # noqa: F403

__all__ = list(_models.__all__)


def __getattr__(name: str) -> Any:
    value = getattr(_models, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
