"""A throw-away PostgreSQL server for the tests: initdb into a temporary folder, started on a free
loopback port with trust auth, one fresh database per test, everything removed at the end.

PostgreSQL refuses to run as root, so as root the server runs as the `postgres` OS user.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

PACKAGED = Path("/usr/lib/postgresql")  # Debian: one bin/ per major version
TARGET_VERSION = "15"  # what production runs (postgres:15 in .ci/deploy/compose.yaml)


def _bin_dir() -> Path:
    """TARIKH_POSTGRES_BIN if set, else version 15, else the newest packaged version."""
    if chosen := os.environ.get("TARIKH_POSTGRES_BIN"):
        return Path(chosen)
    versions = sorted(
        (int(p.parent.parent.name), p.parent)
        for p in PACKAGED.glob("*/bin/initdb")
        if p.parent.parent.name.isdigit()
    )
    target = PACKAGED / TARGET_VERSION / "bin"
    return target if (target / "initdb").is_file() or not versions else versions[-1][1]


BIN_DIR = _bin_dir()
OWNER = "postgres"  # the OS user the server runs as when we are root


def unavailable_reason() -> str | None:
    """Why no server can be started here, or None if one can."""
    if not (BIN_DIR / "initdb").is_file():
        return f"no PostgreSQL binaries in {BIN_DIR} (apt-get install postgresql)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(OWNER)
        except KeyError:
            return f"running as root and there is no {OWNER!r} user to run PostgreSQL as"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install -e '.[postgres]')"
    return None


@dataclass(frozen=True)
class PostgresServer:
    port: int

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{OWNER}@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        """A new empty database; returns its SQLAlchemy URL."""
        name = f"test_{uuid.uuid4().hex[:12]}"
        self._admin(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, url: str) -> None:
        # FORCE: engines a test left open still hold connections.
        self._admin(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')

    def _admin(self, statement: str) -> None:
        import psycopg

        dsn = f"host=127.0.0.1 port={self.port} user={OWNER} dbname=postgres"
        with psycopg.connect(dsn, autocommit=True) as connection:
            connection.execute(statement.encode())


@contextmanager
def running_server() -> Iterator[PostgresServer]:
    """Start a server in a new temporary folder; stop it and remove the folder on exit."""
    # Not pytest's tmp_path: that is private to root, and the server runs as `postgres`.
    root = Path(tempfile.mkdtemp(prefix="tarikh-postgres-"))
    data = root / "data"
    if os.geteuid() == 0:
        shutil.chown(root, OWNER, OWNER)
    try:
        _run(
            "initdb",
            "-D",
            data,
            "-U",
            OWNER,
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )
        port = _free_port()
        # Durability is not under test: without fsync the suite does not wait for the disk.
        options = (
            f"-c listen_addresses=127.0.0.1 -p {port} -k {root} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        _run("pg_ctl", "-D", data, "-l", root / "server.log", "-o", options, "-w", "start")
        try:
            yield PostgresServer(port)
        finally:
            _run("pg_ctl", "-D", data, "-m", "immediate", "-w", "stop")
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _run(program: str, *args: object) -> None:
    command = [str(BIN_DIR / program), *map(str, args)]
    if os.geteuid() == 0:
        command = ["runuser", "-u", OWNER, "--", *command]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
