"""The local BikiniBottom dev server: ``openapi.yaml`` implemented on SQLite.

Run it with ``openspawn-devserver`` (or ``python -m openspawn.devserver``), or from Python
with :class:`DevServer`. Needs the ``devserver`` extra: ``pip install 'openspawn[devserver]'``.

Only :class:`DevServer`, :class:`DevServerError` and the command line are public; the server's
internals live in the private package ``openspawn._devserver`` and may change in any release.
"""

from __future__ import annotations

from .._devserver.process import DevServer, DevServerError

__all__ = ["DevServer", "DevServerError"]
