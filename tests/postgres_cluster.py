"""A throwaway PostgreSQL cluster for the test suite.

The cluster lives in a temporary directory, listens only on 127.0.0.1 on a free TCP port
(unix sockets in the same directory), trusts every local connection and runs with fsync
off. PostgreSQL refuses to run as root, so when we are root the server binaries run as the
``postgres`` system user (created if missing), which owns the temporary directory.

    cluster = PostgresCluster.find()    # None when no server binaries are installed
    cluster.start()
    url = cluster.create_database()     # postgresql+psycopg://postgres@127.0.0.1:PORT/NAME
    cluster.stop()                      # stops the server and removes the directory
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import itertools
import os
import re
import shutil
import signal
import socket
import stat
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import psycopg
from psycopg import sql

SUPERUSER = "postgres"
SERVICE_USER = "postgres"  # system user the server runs as when we are root
_REQUIRED = ("initdb", "pg_ctl", "postgres")

INSTALL_HINT = (
    "install the PostgreSQL server, e.g. `sudo apt-get install postgresql` on Debian/Ubuntu "
    "(the tests look for initdb on PATH, then in /usr/lib/postgresql/*/bin)"
)


class PostgresClusterError(RuntimeError):
    """The cluster could not be started or used."""


def find_bindir() -> Path | None:
    """Directory holding initdb, pg_ctl and postgres: PATH first, then the newest
    /usr/lib/postgresql/VERSION/bin."""
    candidates: list[Path] = []
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
        candidates.append(Path(on_path).parent)

    def version(path: str) -> tuple[int, ...]:
        name = Path(path).parent.name
        return tuple(int(part) for part in re.findall(r"\d+", name))

    versioned = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version, reverse=True)
    candidates.extend(Path(p) for p in versioned)
    for bindir in candidates:
        if all(os.access(bindir / tool, os.X_OK) for tool in _REQUIRED):
            return bindir
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _traversable_by_others(path: Path) -> bool:
    """True if every directory from / down to ``path`` can be entered by any user."""
    return all(part.stat().st_mode & stat.S_IXOTH for part in (path, *path.parents))


class PostgresCluster:
    """One throwaway PostgreSQL cluster; see the module docstring."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.host = "127.0.0.1"
        self.port: int | None = None
        self.basedir: Path | None = None
        self._as_root = os.geteuid() == 0
        self._names = itertools.count(1)

    @classmethod
    def find(cls) -> PostgresCluster | None:
        bindir = find_bindir()
        return cls(bindir) if bindir else None

    # -- paths -----------------------------------------------------------------------
    @property
    def datadir(self) -> Path:
        assert self.basedir is not None, "cluster not started"
        return self.basedir / "data"

    @property
    def logfile(self) -> Path:
        assert self.basedir is not None, "cluster not started"
        return self.basedir / "postgres.log"

    @property
    def running(self) -> bool:
        return self.port is not None

    # -- lifecycle -------------------------------------------------------------------
    def start(self, attempts: int = 3) -> None:
        """initdb + pg_ctl start. Retries on another port if the chosen one got taken."""
        if self.running:
            return
        atexit.register(self.stop)  # safety net if the caller never reaches stop()
        self._make_basedir()
        try:
            self._run(
                "initdb",
                "-D",
                str(self.datadir),
                "-U",
                SUPERUSER,
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
                "--no-instructions",
            )
            for attempt in range(1, attempts + 1):
                port = _free_port()
                self._write_config(port)
                try:
                    self._run(
                        "pg_ctl",
                        "-D",
                        str(self.datadir),
                        "-l",
                        str(self.logfile),
                        "-w",
                        "-t",
                        "60",
                        "start",
                    )
                except PostgresClusterError:
                    if attempt < attempts and "already in use" in self._log_tail():
                        continue
                    raise
                self.port = port
                return
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """Stop the server (if running) and remove the directory. Safe to call twice."""
        basedir, self.basedir, self.port = self.basedir, None, None
        atexit.unregister(self.stop)
        if basedir is None:
            return
        datadir = basedir / "data"
        if (datadir / "postmaster.pid").exists():
            try:
                self._run(
                    "pg_ctl",
                    "-D",
                    str(datadir),
                    "-m",
                    "immediate",
                    "-w",
                    "-t",
                    "30",
                    "stop",
                    cwd=basedir,
                )
            except PostgresClusterError:
                self._kill_postmaster(datadir)
        shutil.rmtree(basedir, ignore_errors=True)

    # -- databases -------------------------------------------------------------------
    def url(self, dbname: str) -> str:
        if self.port is None:
            raise PostgresClusterError("cluster not started")
        return f"postgresql+psycopg://{SUPERUSER}@{self.host}:{self.port}/{dbname}"

    def create_database(self, prefix: str = "test") -> str:
        """Create a fresh, empty database with a unique name; return its SQLAlchemy URL."""
        name = f"{prefix}_{next(self._names)}_{uuid.uuid4().hex[:8]}"
        self._admin(sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(sql.Identifier(name)))
        return self.url(name)

    def drop_database(self, url_or_name: str) -> None:
        """Drop a database, closing any connections a test left open."""
        name = url_or_name.rsplit("/", 1)[-1]
        self._admin(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    def _admin(self, statement: sql.Composed) -> None:
        if self.port is None:
            raise PostgresClusterError("cluster not started")
        with psycopg.connect(
            host=self.host,
            port=self.port,
            user=SUPERUSER,
            dbname="postgres",
            autocommit=True,
            connect_timeout=10,
        ) as conn:
            conn.execute(statement)

    # -- helpers ---------------------------------------------------------------------
    def _make_basedir(self) -> None:
        tmp = Path(tempfile.gettempdir()).resolve()
        if self._as_root and not _traversable_by_others(tmp):
            tmp = Path("/tmp")
        self.basedir = Path(tempfile.mkdtemp(prefix="omnidesk-pg-", dir=tmp))
        if self._as_root:
            self._ensure_service_user()
            shutil.chown(self.basedir, SERVICE_USER, SERVICE_USER)

    @staticmethod
    def _ensure_service_user() -> None:
        if subprocess.run(["id", "-u", SERVICE_USER], capture_output=True).returncode == 0:
            return
        subprocess.run(
            [
                "useradd",
                "--system",
                "--user-group",
                "--no-create-home",
                "--shell",
                "/usr/sbin/nologin",
                SERVICE_USER,
            ],
            check=True,
            capture_output=True,
        )

    def _write_config(self, port: int) -> None:
        settings = {
            "listen_addresses": "'127.0.0.1'",
            "port": str(port),
            "unix_socket_directories": f"'{self.basedir}'",
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
            "max_connections": "200",
        }
        conf = self.datadir / "postgresql.auto.conf"
        header = "# written by tests/postgres_cluster.py\n"
        conf.write_text(header + "".join(f"{k} = {v}\n" for k, v in settings.items()))

    def _run(self, tool: str, *args: str, cwd: Path | None = None) -> None:
        cmd = [str(self.bindir / tool), *args]
        if self._as_root:
            cmd = ["runuser", "-u", SERVICE_USER, "--", *cmd]
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env.update(LC_ALL="C", LANG="C")
        proc = subprocess.run(
            cmd,
            cwd=cwd or self.basedir,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=120,
        )
        if proc.returncode != 0:
            raise PostgresClusterError(
                f"{tool} failed (exit {proc.returncode}): {' '.join(cmd)}\n"
                f"{proc.stdout}{proc.stderr}\n--- server log ---\n{self._log_tail()}"
            )

    def _log_tail(self, lines: int = 30) -> str:
        if self.basedir is None:
            return ""
        try:
            return "\n".join(self.logfile.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    @staticmethod
    def _kill_postmaster(datadir: Path) -> None:
        """Last resort when pg_ctl stop failed: SIGQUIT (immediate shutdown), then SIGKILL."""
        with contextlib.suppress(OSError, ValueError, IndexError):
            pid = int((datadir / "postmaster.pid").read_text().splitlines()[0])
            os.kill(pid, signal.SIGQUIT)
            for _ in range(50):
                time.sleep(0.1)
                os.kill(pid, 0)  # raises once the process is gone
            os.kill(pid, signal.SIGKILL)  # backends exit on their own once it is gone
