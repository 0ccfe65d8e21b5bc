"""Request builders for the operations tagged `credits`.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from .adjust_credits import build as adjust_credits
from .get_credit_balance import build as get_credit_balance
from .list_credit_history import build as list_credit_history
from .spend_credits import build as spend_credits
from .transfer_credits import build as transfer_credits

__all__ = [
    "adjust_credits",
    "get_credit_balance",
    "list_credit_history",
    "spend_credits",
    "transfer_credits",
]
