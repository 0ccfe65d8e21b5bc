"""Request builders for the operations tagged `channels`.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from .create_channel import build as create_channel
from .get_channel import build as get_channel
from .list_channels import build as list_channels

__all__ = [
    "create_channel",
    "get_channel",
    "list_channels",
]
