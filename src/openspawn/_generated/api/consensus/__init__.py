"""Request builders for the operations tagged `consensus`.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from .cancel_consensus_request import build as cancel_consensus_request
from .create_consensus_request import build as create_consensus_request
from .get_consensus_request import build as get_consensus_request
from .list_pending_consensus_requests import build as list_pending_consensus_requests
from .list_votable_consensus_requests import build as list_votable_consensus_requests
from .vote_on_consensus_request import build as vote_on_consensus_request

__all__ = [
    "cancel_consensus_request",
    "create_consensus_request",
    "get_consensus_request",
    "list_pending_consensus_requests",
    "list_votable_consensus_requests",
    "vote_on_consensus_request",
]
