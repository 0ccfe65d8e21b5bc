"""The `EscalationMetadata` type: a free-form JSON object, a plain dict in Python.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Any, TypeAlias

EscalationMetadata: TypeAlias = dict[str, Any]
"""Free-form data attached to the escalation."""
