"""The central API as uvicorn in a separate process, so client and server don't share a GIL.

`create` is the app factory uvicorn imports in each worker: it serves the database named
by OMNIDESK_DATABASE_URL. `ServerProcess` starts it on a free loopback port, waits for
GET /v1/health, and stops the whole process group when the block ends.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType

import httpx
from fastapi import FastAPI

from bench.common import HOST, REPO_ROOT, log
from sync.server import settings


def create() -> FastAPI:
    """The app factory (`uvicorn --factory bench.server_process:create`)."""
    from sync.server.app import build

    return build(settings.database_url())


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            text = Path(f"/proc/{pid}/task/{task}/children").read_text()
            found += [int(child) for child in text.split()]
    except OSError:
        pass
    return found


def process_tree(pid: int) -> list[int]:
    """`pid` and all its descendants (from /proc)."""
    tree, todo = [], [pid]
    while todo:
        current = todo.pop()
        tree.append(current)
        todo += _children(current)
    return tree


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time used so far by `pids` (from /proc/PID/stat)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


class ServerProcess:
    """`with ServerProcess(url, workers=2) as server:` ... `server.base_url`."""

    def __init__(
        self,
        database_url: str,
        workers: int = 1,
        startup_timeout: float = 120,
        profile_dir: Path | None = None,
    ) -> None:
        self.database_url = database_url
        self.workers = workers
        self.startup_timeout = startup_timeout
        self.profile_dir = profile_dir
        self.port = free_port()
        self.base_url = f"http://{HOST}:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None
        self._profilers: list[subprocess.Popen[bytes]] = []

    def __enter__(self) -> ServerProcess:
        env = dict(os.environ)
        env[settings.DATABASE_URL_ENV] = self.database_url
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
        command = [
            sys.executable,
            "-m",
            "uvicorn",
            "bench.server_process:create",
            "--factory",
            "--host",
            HOST,
            "--port",
            str(self.port),
            "--workers",
            str(self.workers),
            "--log-level",
            "warning",
            "--no-access-log",
        ]
        log(f"starting uvicorn ({self.workers} worker(s)) on {self.base_url}")
        self.process = subprocess.Popen(
            command, cwd=REPO_ROOT, env=env, stdin=subprocess.DEVNULL, start_new_session=True
        )
        try:
            self._wait_healthy()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()

    def _wait_healthy(self) -> None:
        assert self.process is not None
        deadline = time.monotonic() + self.startup_timeout
        with httpx.Client(base_url=self.base_url, timeout=5) as http:
            while True:
                if self.process.poll() is not None:
                    raise RuntimeError(f"the server exited with {self.process.returncode}")
                try:
                    if http.get("/v1/health").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError("the server did not answer /v1/health in time")
                time.sleep(0.1)
        # With several workers, wait until each has started (the supervisor forks them).
        while len(self.worker_pids()) < self.workers and time.monotonic() < deadline:
            time.sleep(0.1)

    def worker_pids(self) -> list[int]:
        """The processes that serve requests (the supervisor is left out)."""
        if self.process is None:
            return []
        tree = process_tree(self.process.pid)
        if self.workers == 1:
            return tree
        # uvicorn's supervisor also starts a multiprocessing resource tracker: keep the
        # processes that listen, i.e. that import the app (they are python -c ... spawn).
        return [pid for pid in tree[1:] if _is_worker(pid)]

    def cpu_seconds(self) -> float:
        """CPU time used so far by the server and every process it started."""
        return cpu_seconds(process_tree(self.process.pid)) if self.process else 0.0

    def start_profiling(self, label: str) -> None:
        """Sample each worker with py-spy until `stop_profiling` (needs py-spy on PATH)."""
        if self.profile_dir is None:
            return
        spy = shutil.which("py-spy")
        if spy is None:
            log("py-spy not found: no profile taken (pip install py-spy)")
            return
        self.profile_dir.mkdir(parents=True, exist_ok=True)
        for pid in self.worker_pids():
            out = self.profile_dir / f"{label}-{pid}.txt"
            self._profilers.append(
                subprocess.Popen(
                    [
                        spy,
                        "record",
                        "--pid",
                        str(pid),
                        "--format",
                        "raw",
                        "--rate",
                        "200",
                        "--output",
                        str(out),
                        "--nonblocking",
                        # Only the thread holding the interpreter lock: where the CPU goes.
                        *(["--gil"] if os.environ.get("OMNIDESK_PROFILE_GIL") else []),
                    ],
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
            log(f"profiling server pid {pid} into {out}")

    def stop_profiling(self) -> None:
        for profiler in self._profilers:
            profiler.send_signal(signal.SIGINT)
        for profiler in self._profilers:
            try:
                profiler.wait(timeout=30)
            except subprocess.TimeoutExpired:
                profiler.kill()
                profiler.wait()
        self._profilers.clear()

    def stop(self) -> None:
        self.stop_profiling()
        process, self.process = self.process, None
        if process is None:
            return
        tree = process_tree(process.pid)
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                log("the server did not stop on SIGTERM; killing it")
                process.kill()
                process.wait(timeout=10)
        # Workers left behind by a supervisor that died first: only our own, by id.
        for pid in tree[1:]:
            if _in_group(pid, process.pid):
                os.kill(pid, signal.SIGKILL)


def _in_group(pid: int, group: int) -> bool:
    try:
        return os.getpgid(pid) == group
    except ProcessLookupError:
        return False


def _is_worker(pid: int) -> bool:
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return not any(b"resource_tracker" in part for part in command)
