"""The `UpdateAgentRequestMetadata` type: a free-form JSON object, a plain dict in Python.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Any, TypeAlias

UpdateAgentRequestMetadata: TypeAlias = dict[str, Any]
"""The new metadata; it replaces the whole object."""
