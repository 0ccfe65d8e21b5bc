"""Request and resource models, and the result types methods return (pydantic v2).

Generated from openapi.yaml. The response envelopes the methods unwrap are not part of this
module. Names are loaded on first use; ``from openspawn.models import Agent`` imports only what
it needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._generated import models as _models
from ._generated import public_models as _public

if TYPE_CHECKING:
    from ._generated.public_models import *  # noqa: F403

__all__ = list(_public.__all__)
_PUBLIC = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _PUBLIC:
        raise AttributeError(f"module 'openspawn.models' has no attribute {name!r}")
    value = getattr(_models, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
