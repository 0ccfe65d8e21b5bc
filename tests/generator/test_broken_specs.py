"""A broken spec stops generate.py with a message naming the problem and where it is, and the
target directory is left exactly as it was."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import SPEC, run_generate, tree_digest


@pytest.fixture
def target(tmp_path: Path) -> Path:
    """A stand-in for the committed package: any files, compared byte for byte afterwards."""
    out = tmp_path / "out" / "_generated"
    (out / "models").mkdir(parents=True)
    (out / "__init__.py").write_text('"""committed"""\n')
    (out / "models" / "task.py").write_text("class Task: ...\n")
    (out / "openapi.yaml").write_bytes(SPEC.read_bytes())
    return out


def _spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC.read_text(encoding="utf-8"))


def _write(path: Path, spec: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def _line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def _fails(spec: Path, target: Path) -> str:
    before = tree_digest(target)
    result = run_generate("--spec", spec, "--output", target)
    assert result.returncode != 0, result.stdout
    assert tree_digest(target) == before, "the target directory was changed"
    assert "nothing was written" in result.stderr
    return result.stderr


def test_invalid_yaml_names_file_line_and_column(tmp_path: Path, target: Path) -> None:
    lines = SPEC.read_text(encoding="utf-8").splitlines()
    broken_line = len(lines) // 2
    lines.insert(broken_line, "  broken: [unclosed, {flow")
    spec = tmp_path / "openapi.yaml"
    spec.write_text("\n".join(lines) + "\n", encoding="utf-8")
    message = _fails(spec, target)
    match = re.search(rf"{re.escape(str(spec))}:(\d+):(\d+): invalid YAML", message)
    assert match, message
    # PyYAML reports where it noticed the problem: on the broken line or just after it.
    assert broken_line + 1 <= int(match.group(1)) <= broken_line + 3, message


def test_duplicate_key_is_invalid_yaml(tmp_path: Path, target: Path) -> None:
    text = SPEC.read_text(encoding="utf-8").replace("\ninfo:\n", "\ninfo:\n  title: twice\n", 1)
    spec = tmp_path / "openapi.yaml"
    spec.write_text(text, encoding="utf-8")
    message = _fails(spec, target)
    assert f"{spec}:" in message and "duplicate key 'title'" in message, message


def test_dangling_ref_names_the_ref_and_where_it_is(tmp_path: Path, target: Path) -> None:
    data = _spec()
    task = data["components"]["schemas"]["Task"]
    first = next(iter(task["properties"]))
    task["properties"][first] = {"$ref": "#/components/schemas/NoSuchSchema"}
    spec = _write(tmp_path / "openapi.yaml", data)
    message = _fails(spec, target)
    pointer = f"/components/schemas/Task/properties/{first}/$ref"
    assert "dangling $ref '#/components/schemas/NoSuchSchema'" in message, message
    assert pointer in message, message
    assert f"{spec}:{_line_of(spec, 'NoSuchSchema')}:" in message, message


def test_missing_operation_id_names_method_and_path(tmp_path: Path, target: Path) -> None:
    data = _spec()
    path, item = next((p, i) for p, i in data["paths"].items() if "get" in i)
    del item["get"]["operationId"]
    spec = _write(tmp_path / "openapi.yaml", data)
    message = _fails(spec, target)
    assert f"GET {path} has no operationId" in message, message
    assert re.search(rf"{re.escape(str(spec))}:\d+:\d+: ", message), message


def test_openapi_validation_error_names_the_location(tmp_path: Path, target: Path) -> None:
    data = _spec()
    del data["info"]["version"]
    spec = _write(tmp_path / "openapi.yaml", data)
    message = _fails(spec, target)
    assert (
        "OpenAPI validation error at /info" in message
        and 'version" is a required property' in message.replace("'", '"')
    ), message
    assert f"{spec}:{_line_of(spec, 'info:')}:" in message, message
