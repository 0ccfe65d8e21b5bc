"""The `CreateTaskRequestMetadata` type: a free-form JSON object, a plain dict in Python.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Any, TypeAlias

CreateTaskRequestMetadata: TypeAlias = dict[str, Any]
"""Free-form data to attach to the task. Two keys have a meaning and a Python field each
(`x-python-lift`): `requiredCapabilities` (`capabilities`), which routing reads, and
`estimatedCredits` (`estimated_credits`)."""
