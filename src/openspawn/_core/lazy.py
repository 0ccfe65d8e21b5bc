"""A namespace of functions that are imported the first time they are called.

The generated resources use one per tag for the request builders (and one per overrides
module): ``client.agents.get`` then imports only ``api/agents/get_agent.py`` and the models it
parses, instead of every builder and model of the resource (docs/performance.md, "First call
ready").

The namespace is a plain module object, not in ``sys.modules``, and without a module
``__getattr__``: each attribute starts as a small loader that imports the real function, puts it
in its own place and calls it. From then on the attribute is the real function. A module with a
``__getattr__`` is not specialised by CPython 3.11's attribute cache (each read costs ~300
instructions more); this one is, so a warmed call pays exactly the one attribute read that
``package.builder`` cost when everything was imported up front. Being outside ``sys.modules``,
no import of a submodule of the same name can replace an attribute (as importing
``api.agents.get_agent`` sets the attribute of the ``api.agents`` package).
"""

from __future__ import annotations

import functools
import importlib
import inspect
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any

__all__ = ["lazy_functions", "models_on_first_call"]


def lazy_functions(name: str, package: str, targets: Mapping[str, tuple[str, str]]) -> ModuleType:
    """A module named ``name`` whose function ``f`` is ``targets[f] = (module, attribute)``.

    ``module`` may be relative (``"..api.agents.get_agent"``), resolved against ``package``.
    """
    namespace = ModuleType(name)
    for attribute, (module, inner) in targets.items():
        setattr(namespace, attribute, _loader(namespace, attribute, module, inner, package))
    return namespace


def _loader(
    namespace: ModuleType, attribute: str, module: str, inner: str, package: str
) -> Callable[..., Any]:
    def load_and_call(*args: Any, **kwargs: Any) -> Any:
        function = getattr(importlib.import_module(module, package), inner)
        setattr(namespace, attribute, function)
        return function(*args, **kwargs)

    load_and_call.__qualname__ = load_and_call.__name__ = attribute
    load_and_call.__doc__ = f"Imports {module}.{inner} (from {package}) and calls it."
    return load_and_call


def models_on_first_call(
    cls: type, module_globals: dict[str, Any], package: str, needs: Mapping[str, tuple[str, ...]]
) -> None:
    """Give the methods of ``cls`` the models they read at run time, on their first call.

    A generated method reads its request model (and the enums of its query parameters) as
    globals of its module, the fastest lookup there is; ``needs`` maps each such method to those
    names. Until a method's first call, ``cls`` holds a wrapper in its place that imports them
    from the ``..models`` package (relative to ``package``) into ``module_globals``, puts the
    method back and calls it, so a warmed call runs the method itself, wrapper-free.
    """
    for method, names in needs.items():
        setattr(cls, method, _first_call(cls, method, module_globals, package, names))


def _first_call(
    cls: type, method: str, module_globals: dict[str, Any], package: str, names: tuple[str, ...]
) -> Callable[..., Any]:
    real = cls.__dict__[method]

    def load() -> None:
        models = importlib.import_module("..models", package)
        for name in names:
            module_globals[name] = getattr(models, name)
        setattr(cls, method, real)

    if inspect.iscoroutinefunction(real):  # stays one for inspect and the MCP adapter

        @functools.wraps(real)
        async def first_await(*args: Any, **kwargs: Any) -> Any:
            load()
            return await real(*args, **kwargs)

        return first_await

    @functools.wraps(real)
    def first_call(*args: Any, **kwargs: Any) -> Any:
        load()
        return real(*args, **kwargs)

    return first_call
