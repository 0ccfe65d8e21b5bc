"""The SDK's exceptions. ``BikiniBottomError`` is the base of everything it raises."""

from ._core.errors import *  # noqa: F403
from ._core.errors import __all__ as __all__
