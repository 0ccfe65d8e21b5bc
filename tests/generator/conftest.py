"""Helpers of the generator tests: run generator/generate.py, import what it wrote."""

from __future__ import annotations

import hashlib
import importlib.util
import itertools
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
GENERATE = ROOT / "generator" / "generate.py"
SPEC = ROOT / "openapi.yaml"
FIXTURE = Path(__file__).with_name("fixtures") / "mini.yaml"
COMMITTED = ROOT / "src" / "openspawn" / "_generated"

_counter = itertools.count()


def run_generate(
    *args: str | Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run generate.py in a fresh interpreter (as `make generate` does)."""
    return subprocess.run(
        [sys.executable, str(GENERATE), *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        timeout=300,
        env={**os.environ, **(env or {})},
    )


def generate_ok(spec: Path, output: Path, env: dict[str, str] | None = None) -> None:
    result = run_generate("--spec", spec, "--output", output, env=env)
    assert result.returncode == 0, result.stdout + result.stderr


def import_tree(package_dir: Path) -> ModuleType:
    """Import a generated package from ``package_dir`` under a unique name.

    The generated code only uses relative imports, so any name works; a unique one keeps it
    apart from `openspawn._generated` and from other copies.
    """
    name = f"_generated_under_test_{next(_counter)}"
    spec = importlib.util.spec_from_file_location(
        name, package_dir / "__init__.py", submodule_search_locations=[str(package_dir)]
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def import_sub(package: ModuleType, dotted: str) -> ModuleType:
    return importlib.import_module(f"{package.__name__}.{dotted}")


def tree_digest(tree: Path) -> dict[str, str]:
    """Relative path → sha256 of every file under ``tree`` (caches included: byte-for-byte)."""
    return {
        path.relative_to(tree).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(tree.rglob("*"))
        if path.is_file()
    }


SAMPLE_UUID = "3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13"


def _example(schema: dict[str, Any], defs: dict[str, Any], depth: int) -> Any:
    """A value for every property of a JSON schema: the first enum value, the first non-null
    branch of a union, one item per array (none below ``depth`` 0, for recursive schemas)."""
    if "$ref" in schema:
        return _example(defs[schema["$ref"].rsplit("/", 1)[-1]], defs, depth)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            branch = next(s for s in schema[key] if s.get("type") != "null")
            return _example(branch, defs, depth)
    if "enum" in schema:
        return schema["enum"][0]
    kind, fmt = schema.get("type"), schema.get("format")
    if kind == "string":
        formats = {"uuid": SAMPLE_UUID, "date-time": "2026-01-02T03:04:05Z", "date": "2026-01-02"}
        return formats.get(fmt, "text")
    if kind == "array":
        return [_example(schema.get("items", {}), defs, depth - 1)] if depth > 0 else []
    if kind == "object":
        properties = schema.get("properties", {})
        return {name: _example(sub, defs, depth) for name, sub in properties.items()}
    return {"integer": 7, "number": 1.5, "boolean": True}.get(kind)


def sample_payload(model: Any, depth: int = 2) -> dict[str, Any]:
    """A JSON object (wire names) with every field of ``model`` filled in."""
    schema = model.model_json_schema(by_alias=True, mode="validation")
    payload: dict[str, Any] = _example(schema, schema.get("$defs", {}), depth)
    return payload
