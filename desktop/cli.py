"""The `omnidesk` command: the desktop app, its demo, and the headless sync commands.

    omnidesk [--profile NAME]     the app (enrols this machine on first run)
    omnidesk demo                 the app with an embedded central API and demo data
    omnidesk enrol|sync|status    headless sync (see `omnidesk sync --help`)
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from sync.client import cli as sync_cli

HEADLESS = ("enrol", "sync", "status")


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="omnidesk", description="Omnidesk desktop for stores, branches and field sales.",
        epilog="Headless commands: omnidesk enrol URL CODE | omnidesk sync [--watch] | "
               "omnidesk status (each takes --help).")
    top.add_argument("mode", nargs="?", choices=["app", "demo"], default="app",
                     help="app (default) or demo: an embedded central API with demo data")
    top.add_argument("--profile", default="default", help="device profile (default: default)")
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in HEADLESS:
        return sync_cli.main(args)
    try:
        options = parser().parse_args(args)
    except SystemExit as leaving:
        return leaving.code if isinstance(leaving.code, int) else 2
    if options.mode == "demo":
        from desktop.demo import run_demo

        return run_demo()
    from desktop.launch import run_app

    return run_app(options.profile)


if __name__ == "__main__":
    sys.exit(main())
