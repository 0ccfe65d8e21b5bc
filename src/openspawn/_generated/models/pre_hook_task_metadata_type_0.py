"""The `PreHookTaskMetadataType0` type: a free-form JSON object, a plain dict in Python.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Any, TypeAlias

PreHookTaskMetadataType0: TypeAlias = dict[str, Any]
"""The task's metadata."""
