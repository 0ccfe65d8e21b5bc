"""``Frozen``: the base of the SDK's small immutable value classes.

``RetryPolicy``, ``ClientConfig``, ``CapturedResponse``, ``RequestInfo`` and ``RawResponse``
behave as ``@dataclass(frozen=True, slots=True)`` classes: a constructor taking the fields by
position or keyword, assignment and deletion raising ``dataclasses.FrozenInstanceError``,
equality and hash over the compared fields, the same repr, ``__match_args__``, pickles of the
field values, and ``copy.replace()`` (Python 3.13+). What differs: they are not dataclasses
(``dataclasses.fields()``, ``replace()`` and ``asdict()`` do not apply to them).

They are written out because creating a dataclass compiles its methods with ``exec`` when its
module is imported (4–5 M instructions per class, a tenth of what the SDK itself adds to a fresh
process's first call; docs/performance.md, "First call ready"). Each class writes its own
``__init__`` (its signature is the public one), names its fields in ``_fields`` (which are its
``__slots__``) and the constructor's in ``__match_args__``, and is decorated with ``@frozen``, so
that type checkers still see a frozen dataclass (assigning a field is a type error).
"""

from __future__ import annotations

import reprlib
from dataclasses import FrozenInstanceError
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar, dataclass_transform

__all__ = ["Frozen", "frozen"]

_set = object.__setattr__
T = TypeVar("T", bound=type)


@dataclass_transform(frozen_default=True)
def frozen(cls: T) -> T:
    """Marks a ``Frozen`` subclass as a frozen dataclass for type checkers (so that assigning a
    field is a type error, as it was); at run time it returns the class unchanged."""
    return cls


class Frozen:
    """Immutable, slotted, compared and hashed by value; see the module's docstring."""

    __slots__ = ()

    _fields: ClassVar[tuple[str, ...]] = ()
    """Every field, in the constructor's order (what pickles carry)."""
    # Each class sets ``__match_args__``: the fields its constructor takes, in its order (also
    # what ``copy.replace()`` copies). Not declared here: type checkers read each class's own.
    _shown: ClassVar[tuple[str, ...]] = ()
    """The fields the repr shows."""
    _compared: ClassVar[tuple[str, ...]] = ()
    """The fields equality and the hash look at."""

    if not TYPE_CHECKING:  # hidden from type checkers, which would then allow any attribute

        def __setattr__(self, name: str, value: Any) -> None:
            cls = type(self)
            if name in cls._fields or "_fields" in cls.__dict__:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            _set(self, name, value)  # a subclass's own attribute, as for a frozen dataclass

        def __delattr__(self, name: str) -> None:
            cls = type(self)
            if name in cls._fields or "_fields" in cls.__dict__:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            object.__delattr__(self, name)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            names = self._compared
            return tuple(getattr(self, n) for n in names) == tuple(getattr(other, n) for n in names)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(getattr(self, n) for n in self._compared))

    @reprlib.recursive_repr()
    def __repr__(self) -> str:
        shown = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._shown)
        return f"{type(self).__qualname__}({shown})"

    def __getstate__(self) -> list[Any]:
        return [getattr(self, n) for n in self._fields]

    def __setstate__(self, state: list[Any]) -> None:
        for name, value in zip(self._fields, state, strict=True):
            _set(self, name, value)

    def __replace__(self, **changes: Any) -> Self:
        """``copy.replace(value, field=...)``: a new value, checked as the constructor checks."""
        init_fields: tuple[str, ...] = getattr(type(self), "__match_args__", ())
        for name in self._fields:
            if name in changes and name not in init_fields:
                raise ValueError(
                    f"field {name} is declared with init=False, it cannot be specified with "
                    "replace()"
                )
        values = {n: getattr(self, n) for n in init_fields}
        return type(self)(**{**values, **changes})
