"""The `WebhookEventDataData` type: a free-form JSON object, a plain dict in Python.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Any, TypeAlias

WebhookEventDataData: TypeAlias = dict[str, Any]
"""The event-specific payload (keys per type in docs/webhooks.md)."""
