"""The `TaskMetadata` type: a free-form JSON object, a plain dict in Python.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Any, TypeAlias

TaskMetadata: TypeAlias = dict[str, Any]
"""Free-form data attached to the task, including rejection feedback after a refused
completion. `requiredCapabilities` and `estimatedCredits` are also the Python fields
`capabilities` and `estimated_credits` (`x-python-lift`)."""
