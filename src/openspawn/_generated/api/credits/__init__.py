"""Request builders for the operations tagged `credits`.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from .adjust_credits import build as adjust_credits
from .get_credit_balance import build as get_credit_balance
from .get_credit_stats import build as get_credit_stats
from .get_credit_trends import build as get_credit_trends
from .get_credit_trigger_breakdown import build as get_credit_trigger_breakdown
from .list_agent_spending import build as list_agent_spending
from .list_credit_alerts import build as list_credit_alerts
from .list_credit_history import build as list_credit_history
from .list_top_spenders import build as list_top_spenders
from .spend_credits import build as spend_credits
from .transfer_credits import build as transfer_credits

__all__ = [
    "adjust_credits",
    "get_credit_balance",
    "get_credit_stats",
    "get_credit_trends",
    "get_credit_trigger_breakdown",
    "list_agent_spending",
    "list_credit_alerts",
    "list_credit_history",
    "list_top_spenders",
    "spend_credits",
    "transfer_credits",
]
