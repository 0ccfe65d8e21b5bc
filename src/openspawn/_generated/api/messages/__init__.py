"""Request builders for the operations tagged `messages`.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from .get_message import build as get_message
from .get_message_thread import build as get_message_thread
from .list_messages import build as list_messages
from .send_message import build as send_message

__all__ = [
    "get_message",
    "get_message_thread",
    "list_messages",
    "send_message",
]
