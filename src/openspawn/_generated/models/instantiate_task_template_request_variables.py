"""The `InstantiateTaskTemplateRequestVariables` type: a free-form JSON object, a plain dict in Python.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TypeAlias

InstantiateTaskTemplateRequestVariables: TypeAlias = dict[str, str]
"""Values for the `{{name}}` placeholders."""
