"""The dev server's internals (private): ``openapi.yaml`` implemented on SQLite.

The public entry points are in :mod:`openspawn.devserver`; nothing here is public API.
"""

from __future__ import annotations

from .process import DevServer, DevServerError

__all__ = ["DevServer", "DevServerError"]
