"""The `ConsensusRequestMetadata` type: a free-form JSON object, a plain dict in Python.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Any, TypeAlias

ConsensusRequestMetadata: TypeAlias = dict[str, Any]
"""Free-form data; `eligibleVoters` lists the agents allowed to vote, when limited."""
