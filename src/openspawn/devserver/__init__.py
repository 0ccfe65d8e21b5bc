"""The local BikiniBottom dev server: ``openapi.yaml`` implemented on SQLite.

Run it with ``openspawn-devserver`` (or ``python -m openspawn.devserver``), or from
Python with :class:`openspawn.devserver.process.DevServer`. Needs the ``devserver``
extra: ``pip install 'openspawn[devserver]'``.
"""

from __future__ import annotations

from .process import DevServer, DevServerError

__all__ = ["DevServer", "DevServerError"]
