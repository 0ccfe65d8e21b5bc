"""Secrets at rest and on the console: the idempotency record of a register/spawn keeps the
one-time secret only AES-GCM encrypted (a replay still returns it), the database, its WAL, its key
file and the credentials file are readable by their owner only, and ``--quiet`` prints no secret.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

from .dsutil import API, Agent, Api, ok


def _start(db: Path) -> Any:
    from openspawn._devserver.process import DevServer

    return DevServer(db=str(db))


def _files(db: Path) -> list[Path]:
    return [p for p in db.parent.iterdir() if p.name.startswith(db.name)]


def _bytes_at_rest(db: Path) -> bytes:
    return b"".join(p.read_bytes() for p in _files(db))


def _hr(srv: Any) -> Agent:
    hr = next(a for a in srv.agents if a["role"] == "hr")
    return Agent(hr["id"], hr["agent_id"], hr["secret"], "hr", hr["level"])


def test_replayed_spawn_and_register_return_the_secret_but_the_db_never_holds_it(
    tmp_path: Path,
) -> None:
    db = tmp_path / "dev.sqlite3"
    with _start(db) as srv:
        api = Api(srv.base_url, srv.api_key)
        hr = _hr(srv)
        spawn_key, register_key = str(uuid.uuid4()), str(uuid.uuid4())
        spawn = {"agentId": f"c-{uuid.uuid4().hex[:10]}", "name": "Child", "level": 3}
        first = api.post(f"{API}/agents/spawn", as_=hr, json=spawn, idem=spawn_key)
        again = api.post(f"{API}/agents/spawn", as_=hr, json=spawn, idem=spawn_key)
        register = {"agentId": f"r-{uuid.uuid4().hex[:10]}", "name": "Reg", "level": 2}
        r1 = api.post(f"{API}/agents/register", json=register, idem=register_key)
        r2 = api.post(f"{API}/agents/register", json=register, idem=register_key)
        # the replay is the first answer, byte for byte, secret included
        assert ok(first, 201)["secret"] and first.content == again.content
        assert again.headers["idempotent-replayed"] == "true"
        assert ok(r1, 201)["secret"] and r1.content == r2.content
        secrets_ = [first.json()["secret"], r1.json()["secret"]]
        # the replayed secret works: the registered agent signs a request with it
        reg = Agent(r1.json()["data"]["id"], str(register["agentId"]), secrets_[1])
        ok(api.get(f"{API}/agents", as_=reg), 200)
        at_rest = _bytes_at_rest(db)
        for secret in secrets_:
            assert secret.encode() not in at_rest
            assert bytes.fromhex(secret) not in at_rest
        api.close()
        srv.stop()
    # after shutdown (WAL checkpointed into the file) the secrets are still nowhere
    at_rest = _bytes_at_rest(db)
    for secret in secrets_:
        assert secret.encode() not in at_rest
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT body, secret_enc FROM idempotency_keys").fetchall()
    stored = [json.loads(body) for body, enc in rows if enc is not None]
    assert len(stored) == 2 and all(body["secret"] is None for body in stored)


def test_an_old_database_with_plaintext_secrets_is_encrypted_on_start(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    with _start(db) as srv:
        api = Api(srv.base_url, srv.api_key)
        key = str(uuid.uuid4())
        body = {"agentId": f"o-{uuid.uuid4().hex[:10]}", "name": "Old", "level": 2}
        first = api.post(f"{API}/agents/register", json=body, idem=key)
        secret = ok(first, 201)["secret"]
        api.close()
        srv.stop()
    # make the database look like one written before secret_enc existed
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE idempotency_keys SET body = ?", (first.content,))
        conn.execute("ALTER TABLE idempotency_keys DROP COLUMN secret_enc")
    with _start(db) as srv:
        api = Api(srv.base_url, srv.api_key)
        replay = api.post(f"{API}/agents/register", json=body, idem=key)
        assert replay.content == first.content
        api.close()
        srv.stop()
    with sqlite3.connect(db) as conn:
        (stored,) = conn.execute("SELECT body FROM idempotency_keys").fetchone()
    assert secret.encode() not in stored


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_database_key_and_credentials_files_are_owner_only(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)  # the usual umask: files would be 0644 by default
    try:
        db = tmp_path / "fresh" / "dev.sqlite3"
        with _start(db) as srv:
            api = Api(srv.base_url, srv.api_key)
            api.register()  # something written, so that the WAL exists
            files = _files(db)
            names = {p.name for p in files}
            assert {"dev.sqlite3", "dev.sqlite3.key", "dev.sqlite3-wal"} <= names, names
            assert {p.name: _mode(p) for p in files} == {p.name: 0o600 for p in files}
            assert _mode(db.parent) == 0o700
            api.close()
    finally:
        os.umask(old_umask)


def test_files_left_readable_by_an_older_version_are_narrowed(tmp_path: Path) -> None:
    db = tmp_path / "dev.sqlite3"
    with _start(db):
        pass
    for path in _files(db):
        path.chmod(0o644)
    with _start(db):
        assert {p.name: _mode(p) for p in _files(db)} == {p.name: 0o600 for p in _files(db)}


def _run_cli(tmp_path: Path, *args: str) -> tuple[str, dict[str, Any] | None]:
    """Start the CLI, wait until it is listening, stop it; its whole stdout+stderr."""
    creds = tmp_path / "creds.json"
    command = [
        sys.executable,
        "-m",
        "openspawn.devserver",
        "--port",
        "0",
        "--db",
        ":memory:",
        *args,
    ]
    out = tmp_path / "out.log"
    with out.open("wb") as sink:
        proc = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 30
            while "listening on" not in out.read_text() and time.monotonic() < deadline:
                assert proc.poll() is None, out.read_text()
                time.sleep(0.05)
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=10)
    return out.read_text(), (json.loads(creds.read_text()) if creds.exists() else None)


def test_quiet_prints_no_secret_and_the_credentials_file_has_them(tmp_path: Path) -> None:
    creds_file = str(tmp_path / "creds.json")
    output, creds = _run_cli(tmp_path, "--quiet", "--credentials-file", creds_file)
    assert creds is not None
    assert "listening on" in output and creds_file in output
    assert creds["api_key"] not in output
    for agent in creds["agents"]:
        assert agent["secret"] not in output
    assert _mode(Path(creds_file)) == 0o600


def test_quiet_without_a_credentials_file_says_where_to_get_them(tmp_path: Path) -> None:
    output, _ = _run_cli(tmp_path, "--quiet")
    assert "osp_" not in output and "secret" not in output
    assert "use --credentials-file PATH" in output


def test_without_quiet_the_banner_shows_the_credentials(tmp_path: Path) -> None:
    creds_file = str(tmp_path / "creds.json")
    output, creds = _run_cli(tmp_path, "--credentials-file", creds_file)
    assert creds is not None
    assert creds["api_key"] in output
    assert all(agent["secret"] in output for agent in creds["agents"])
