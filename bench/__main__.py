"""`python -m bench NAME [options]` runs one benchmark; `python -m bench --list` names them.

Progress goes to stderr; the figures go to stdout as one JSON object on the last line.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any, Protocol

import orjson

from bench.common import REPO_ROOT

if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

# name -> module; each module has DESCRIPTION, configure(parser) and run(args) -> dict.
BENCHMARKS: dict[str, str] = {
    "pull_throughput": "bench.pull_throughput",
    "push_throughput": "bench.push_throughput",
    "incremental_sync": "bench.incremental_sync",
    "change_latency": "bench.change_latency",
    "initial_sync": "bench.initial_sync",
    "local_search": "bench.local_search",
    "gui_stall": "bench.gui_stall",
    "sign_in_flood": "bench.sign_in_flood",
    "application_files": "bench.application_files",
}


class Benchmark(Protocol):
    DESCRIPTION: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], dict[str, Any]]


def load(name: str) -> Benchmark:
    return importlib.import_module(BENCHMARKS[name])  # type: ignore[return-value]


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help", "--list"):
        if argv and argv[0] == "--list":
            for name in BENCHMARKS:
                print(f"{name}\t{load(name).DESCRIPTION}")
            return 0
        print(__doc__.strip())
        print("\nbenchmarks: " + ", ".join(BENCHMARKS))
        return 0 if argv else 2
    name = argv[0]
    if name not in BENCHMARKS:
        print(f"unknown benchmark {name!r}; `python -m bench --list` names them", file=sys.stderr)
        return 2
    benchmark = load(name)
    parser = argparse.ArgumentParser(
        prog=f"python -m bench {name}", description=benchmark.DESCRIPTION
    )
    benchmark.configure(parser)
    args = parser.parse_args(argv[1:])
    started = datetime.now(UTC)
    figures = benchmark.run(args)
    result = {"benchmark": name, **figures, "started_at": started.isoformat(timespec="seconds")}
    print(orjson.dumps(result).decode(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
