"""``DevServer``: run the dev server as a subprocess (for tests, demos and users).

with DevServer() as server:
    client = BikiniBottomClient(base_url=server.base_url, api_key=server.api_key)
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

__all__ = ["DevServer", "DevServerError"]


class DevServerError(RuntimeError):
    """The dev server did not start (the message includes its stderr)."""


class DevServer:
    """A dev server in a child process on a free loopback port; a context manager."""

    def __init__(
        self,
        db: str = ":memory:",
        *,
        extra_args: Sequence[str] = (),
        env: Mapping[str, str] | None = None,
        startup_timeout: float = 30.0,
        webhooks: Sequence[str | tuple[str, str | None]] = (),
    ) -> None:
        """``webhooks``: receivers to post every audit event to, as ``URL`` (unsigned) or
        ``(URL, secret)``; loopback addresses only (``--webhook`` of the command line)."""
        self.db = db
        self.extra_args: tuple[str, ...] = tuple(extra_args)
        self.env: dict[str, str] | None = dict(env) if env is not None else None
        self.webhooks = [(w, None) if isinstance(w, str) else (w[0], w[1]) for w in webhooks]
        self.startup_timeout = startup_timeout
        self.process: subprocess.Popen[bytes] | None = None
        self.credentials: dict[str, Any] = {}
        self._tmpdir: str | None = None
        self._stderr_path: Path | None = None

    # -- public API --------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        return str(self._require("base_url"))

    @property
    def api_key(self) -> str:
        return str(self._require("api_key"))

    @property
    def agents(self) -> list[dict[str, Any]]:
        agents: list[dict[str, Any]] = self._require("agents")
        return agents

    def start(self) -> DevServer:
        if self.process is not None and self.process.poll() is None:
            raise DevServerError("the dev server is already running")
        self._tmpdir = tempfile.mkdtemp(prefix="openspawn-devserver-")
        creds = Path(self._tmpdir) / "credentials.json"
        self._stderr_path = Path(self._tmpdir) / "stderr.log"
        command = [
            sys.executable,
            "-m",
            "openspawn.devserver",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--db",
            self.db,
            "--credentials-file",
            str(creds),
            "--quiet",
            *self._webhook_args(),
            *self.extra_args,
        ]
        env = dict(os.environ)
        if self.env is not None:
            env.update(self.env)
        with self._stderr_path.open("wb") as stderr:
            self.process = subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=stderr, env=env
            )
        try:
            self._wait_until_ready(creds)
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 10) -> int | None:
        """Signal the server, wait for it to exit (SIGKILL after ``timeout``); its exit code."""
        process = self.process  # kept after stop() so that callers can inspect it
        code: int | None = None
        if process is not None:
            if process.poll() is None:
                process.send_signal(sig)
                try:
                    process.wait(timeout=timeout)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
            code = process.returncode
        if self._tmpdir is not None:
            shutil.rmtree(self._tmpdir, ignore_errors=True)
            self._tmpdir = None
        return code

    def __enter__(self) -> DevServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- internals -----------------------------------------------------------------------
    def _webhook_args(self) -> list[str]:
        args: list[str] = []
        for url, secret in self.webhooks:
            args += ["--webhook", f"{url},{secret}" if secret else url]
        return args

    def _require(self, key: str) -> Any:
        if key not in self.credentials:
            raise DevServerError("the dev server is not running (use start() or a with block)")
        return self.credentials[key]

    def _stderr(self) -> str:
        if self._stderr_path is None or not self._stderr_path.exists():
            return ""
        return self._stderr_path.read_text(errors="replace")[-8000:]

    def _fail(self, reason: str) -> DevServerError:
        stderr = self._stderr().strip()
        detail = f"\n--- server stderr ---\n{stderr}" if stderr else " (no output on stderr)"
        return DevServerError(f"dev server did not start: {reason}{detail}")

    def _wait_until_ready(self, creds: Path) -> None:
        assert self.process is not None
        deadline = time.monotonic() + self.startup_timeout
        while not creds.exists():
            if self.process.poll() is not None:
                raise self._fail(f"it exited with code {self.process.returncode}")
            if time.monotonic() > deadline:
                raise self._fail(f"no credentials file after {self.startup_timeout:.0f}s")
            time.sleep(0.02)
        self.credentials = json.loads(creds.read_text())
        url = self.credentials["base_url"] + "/health"
        while True:
            if self.process.poll() is not None:
                raise self._fail(f"it exited with code {self.process.returncode}")
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if time.monotonic() > deadline:
                raise self._fail(f"GET {url} did not answer 200 within {self.startup_timeout:.0f}s")
            time.sleep(0.05)
