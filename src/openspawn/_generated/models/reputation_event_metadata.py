"""The `ReputationEventMetadata` type: a free-form JSON object, a plain dict in Python.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Any, TypeAlias

ReputationEventMetadata: TypeAlias = dict[str, Any]
"""Additional context."""
