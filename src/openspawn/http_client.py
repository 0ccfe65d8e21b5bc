"""The exceptions, at the import path the user guide uses (`openspawn.http_client`)."""

from .errors import *  # noqa: F403
from .errors import __all__ as __all__
