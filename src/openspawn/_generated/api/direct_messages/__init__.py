"""Request builders for the operations tagged `direct_messages`.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from .get_unread_count import build as get_unread_count
from .list_conversations import build as list_conversations
from .list_direct_messages import build as list_direct_messages
from .mark_direct_messages_read import build as mark_direct_messages_read
from .send_direct_message import build as send_direct_message

__all__ = [
    "get_unread_count",
    "list_conversations",
    "list_direct_messages",
    "mark_direct_messages_read",
    "send_direct_message",
]
