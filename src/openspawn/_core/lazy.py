"""A namespace whose attributes are imported the first time they are read.

The generated resources use one per tag for the request builders (and one per overrides
module): ``client.agents.get`` then imports only ``api/agents/get_agent.py`` and the models it
parses, instead of every builder and model of the resource (docs/performance.md, "First call
ready"). The namespace is a plain module object that is not in ``sys.modules``: after the first
read, an attribute is an ordinary module attribute, so a warmed call pays the same attribute
lookup as ``package.builder`` did, and no import of a submodule of the same name can replace
it (as importing ``api.agents.get_agent`` would do to the attribute of the ``api.agents``
package).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from types import ModuleType
from typing import Any

__all__ = ["lazy_namespace"]


def lazy_namespace(name: str, package: str, targets: Mapping[str, tuple[str, str]]) -> ModuleType:
    """A module named ``name`` whose attribute ``a`` is ``targets[a] = (module, attribute)``.

    ``module`` may be relative (``"..api.agents.get_agent"``), resolved against ``package``.
    Each target is imported on its first read and then stored on the namespace.
    """
    namespace = ModuleType(name)
    known = dict(targets)

    def __getattr__(attribute: str) -> Any:  # only called for what is not loaded yet
        try:
            module, inner = known[attribute]
        except KeyError:
            raise AttributeError(f"module {name!r} has no attribute {attribute!r}") from None
        value = getattr(importlib.import_module(module, package), inner)
        setattr(namespace, attribute, value)
        return value

    def __dir__() -> list[str]:
        return sorted(known)

    namespace.__getattr__ = __getattr__  # type: ignore[method-assign]
    namespace.__dir__ = __dir__  # type: ignore[method-assign]
    return namespace
