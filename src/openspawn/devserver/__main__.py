"""``openspawn-devserver`` / ``python -m openspawn.devserver``."""

from __future__ import annotations

from .._devserver.__main__ import main

__all__ = ["main"]

if __name__ == "__main__":
    main()
