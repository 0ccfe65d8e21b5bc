"""List items that carry only some of their model's fields (``x-python-summary``).

Copied from templates/verbatim/summaries.py by `make generate`; do not edit.

The generated list answers' modules subclass `WireSummary` (``class AgentSummary(WireSummary,
Agent)``) and build their validators with `summarise_items`; docs/performance.md, "Lists that
cost what they carry", explains the design. Spec-independent, so copied as it is; it lives apart
from ``types.py`` because only list answers need it, so that a first call reading one object
does not build these classes (docs/performance.md, "First call ready").
"""

from __future__ import annotations

from typing import Any, ClassVar, Final, cast

from pydantic import GetCoreSchemaHandler, SerializerFunctionWrapHandler
from pydantic_core import CoreSchema, core_schema

from .types import WireModel

__all__ = ["WireSummary", "summarise_items"]


class _NotCarried:
    """Nothing is an instance of it: the extras schema of a summary, so that any key besides
    the stored fields fails the summary (and the item is validated as the full model)."""


_NOT_CARRIED: Final = core_schema.custom_error_schema(
    core_schema.is_instance_schema(_NotCarried),
    custom_error_type="not_carried_by_lists",
    custom_error_message=(
        "not a field list answers carry (the item is validated as the full model instead)"
    ),
)
_set = object.__setattr__


def _dump_in_full(value: Any, handler: SerializerFunctionWrapHandler) -> Any:
    return handler(value._wire_as_full() if isinstance(value, WireSummary) else value)


def _json_schema_of(schema: CoreSchema) -> Any:
    return lambda _schema, handler: handler(schema)


class WireSummary(WireModel):
    """Base of the generated summary classes (``class AgentSummary(WireSummary, Agent)``).

    A summary is a model as list answers carry it. ``x-python-summary`` in openapi.yaml names the
    fields list items carry, and a summary validates and stores only those (plus any field whose
    default is not None): parsing a list costs what its items carry, not what the full model
    declares (docs/performance.md, "Lists that cost what they carry"). An item that carries
    anything else (one of the model's other fields, or a field the spec does not know) is
    validated as the full model instead (`summarise_items`), so nothing the server sends is lost
    or left unvalidated.

    A summary is an instance of its model and reads as the full model holding the same data: the
    fields it does not store read as None (class attributes), and equality, ``model_dump``,
    ``model_dump_json``, ``to_wire``, ``repr``, ``dict()`` and the list answer's own dumps see
    every field, filled in only when they run (`_wire_as_full`). What differs: ``type(item)``,
    ``vars(item)`` (the stored fields), and a dump through another model's field typed as the
    full model (pydantic then reads the stored fields only; ``exclude_unset`` dumps are the same).
    """

    __slots__ = ()

    __wire_carried__: ClassVar[tuple[str, ...]] = ()
    """Python names of the fields list answers carry (the spec's `x-python-summary`)."""
    __wire_full__: ClassVar[type[WireModel]]
    """The model this summary stands for (its first base that is not a summary)."""
    __wire_stored__: ClassVar[frozenset[str]] = frozenset()
    """The fields a summary validates and stores: the carried ones, those with a default, and
    those read from inside a carried object (`__wire_paths__`)."""
    __wire_all_fields__: ClassVar[dict[str, None]] = {}
    """Every field of the model, in its order, as None (what `_wire_as_full` fills in)."""

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        cls.__wire_full__ = next(
            base
            for base in cls.__mro__
            if issubclass(base, WireModel) and not issubclass(base, WireSummary)
        )
        fields = cls.__pydantic_fields__
        unknown = [name for name in cls.__wire_carried__ if name not in fields]
        if unknown:
            missing = ", ".join(map(repr, unknown))
            raise TypeError(f"{cls.__name__}: {cls.__wire_full__.__name__} has no field {missing}")
        required = [
            name
            for name, info in fields.items()
            if info.is_required() and name not in cls.__wire_carried__
        ]
        if required:
            names = ", ".join(map(repr, required))
            raise TypeError(f"{cls.__name__}: the required fields {names} must be carried")
        carried_wire = {str(fields[name].validation_alias) for name in cls.__wire_carried__}
        lifted = {
            name for name, (parent, _key) in cls.__wire_paths__.items() if parent in carried_wire
        }
        cls.__wire_stored__ = frozenset(cls.__wire_carried__) | cls.__wire_defaults__ | lifted
        cls.__wire_all_fields__ = dict.fromkeys(fields)
        for name in fields:
            if name not in cls.__wire_stored__:
                setattr(cls, name, None)  # what a field the summary does not store reads as

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler, /
    ) -> CoreSchema:
        schema = cast(dict[str, Any], handler(source))
        inner = schema.get("schema") or {}
        if not cls.__wire_carried__ or "extras_schema" in inner:
            return cast(CoreSchema, schema)  # WireSummary itself, or a summary's schema already
        if schema["type"] != "model" or inner["type"] != "model-fields":
            raise TypeError(
                f"{cls.__name__}: a summary cannot be made of a {schema['type']} schema"
            )
        stored = {
            name: field for name, field in inner["fields"].items() if name in cls.__wire_stored__
        }
        summary = {
            **schema,
            "schema": {**inner, "fields": stored, "extras_schema": _NOT_CARRIED},
            # Dumps of its fields, validated or assigned later, by the full model's serializers.
            "serialization": core_schema.model_ser_schema(cls, cast(CoreSchema, inner)),
        }
        return cast(CoreSchema, summary)

    def _wire_as_full(self) -> WireModel:
        """The full model holding the same data, its other fields None (shares the values)."""
        full = self.__wire_full__
        model = full.__new__(full)
        _set(model, "__dict__", {**self.__wire_all_fields__, **self.__dict__})
        _set(model, "__pydantic_extra__", self.__pydantic_extra__)
        _set(model, "__pydantic_fields_set__", set(self.__pydantic_fields_set__))
        _set(model, "__pydantic_private__", self.__pydantic_private__)
        return model

    def model_dump(self, **kwargs: Any) -> dict[str, Any]:
        return self._wire_as_full().model_dump(**kwargs)

    def model_dump_json(self, **kwargs: Any) -> str:
        return self._wire_as_full().model_dump_json(**kwargs)

    def to_wire(self) -> dict[str, Any]:
        return self._wire_as_full().to_wire()

    def wire_json(self) -> bytes | None:
        return self._wire_as_full().wire_json()

    def __eq__(self, other: object) -> bool:
        return self._wire_as_full() == (
            other._wire_as_full() if isinstance(other, WireSummary) else other
        )

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __iter__(self) -> Any:
        return iter(self._wire_as_full())

    def __repr_name__(self) -> str:
        return self.__wire_full__.__name__

    def __repr_args__(self) -> Any:
        return self._wire_as_full().__repr_args__()


def summarise_items(
    schema: CoreSchema, handler: GetCoreSchemaHandler, **summaries: type[WireSummary]
) -> CoreSchema:
    """The core schema of a list answer whose list fields (the keywords) hold summaries.

    An item is validated as the summary when it carries only the summary's fields, else as the
    full model (so a newer server's other fields are validated and kept, exactly as before);
    dumps and the JSON schema are the full model's.
    """
    model = cast(dict[str, Any], schema)
    fields = dict(model["schema"]["fields"])
    for name, summary in summaries.items():
        holder = fields[name] = dict(fields[name])
        while holder["schema"]["type"] in ("default", "nullable"):  # an optional list field
            holder["schema"] = dict(holder["schema"])
            holder = holder["schema"]
        array = holder["schema"] = dict(holder["schema"])
        items = array["items_schema"]
        if items.get("metadata", {}).get("openspawn_summary"):
            continue  # summarised already
        array["items_schema"] = core_schema.union_schema(
            [
                (handler.generate_schema(summary), summary.__name__),
                (items, summary.__wire_full__.__name__),
            ],
            mode="left_to_right",
            serialization=core_schema.wrap_serializer_function_ser_schema(
                _dump_in_full, schema=items
            ),
            metadata={
                "pydantic_js_annotation_functions": [_json_schema_of(items)],
                "openspawn_summary": True,
            },
        )
    return cast(CoreSchema, {**model, "schema": {**model["schema"], "fields": fields}})
