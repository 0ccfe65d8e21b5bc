"""The dev server validates with openapi.yaml on its own: it never imports the SDK's
generated models or hand-written client code."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[3] / "src" / "openspawn" / "_devserver"
FORBIDDEN = (
    "openspawn._generated.models",
    "openspawn._generated.api",
    "openspawn._async",
    "openspawn._sync",
    "openspawn.models",
    "openspawn.http_client",
)


def test_sources_only_import_their_own_package() -> None:
    pattern = re.compile(r"^\s*(?:from|import)\s+(openspawn\S*|\.\.\S*)", re.MULTILINE)
    offenders = {
        path.name: pattern.findall(path.read_text())
        for path in PACKAGE.glob("*.py")
        if pattern.search(path.read_text())
    }
    assert offenders == {}


def test_running_the_app_loads_no_sdk_models() -> None:
    code = (
        "import sys, secrets\n"
        "from openspawn._devserver.app import DevServerApp\n"
        "from openspawn._devserver.store import Store\n"
        "from openspawn._devserver.crypto import SecretBox\n"
        "DevServerApp(Store(':memory:'), SecretBox(secrets.token_bytes(32)))\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert [m for m in loaded if m.startswith(FORBIDDEN)] == []
