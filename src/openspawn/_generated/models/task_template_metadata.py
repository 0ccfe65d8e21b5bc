"""The `TaskTemplateMetadata` type: a free-form JSON object, a plain dict in Python.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Any, TypeAlias

TaskTemplateMetadata: TypeAlias = dict[str, Any]
"""Copied into the main task's metadata."""
