"""The `omnidesk` command: the desktop app, its demo, and the headless sync commands.

omnidesk [--profile NAME]     the app (enrols this machine on first run)
omnidesk demo                 the app with an embedded central API and demo data
omnidesk demo --place CODE    the demo as that store, branch, office or territory
omnidesk [demo] --lang pl|it|en   the screens in that language until someone chooses theirs
omnidesk enrol|sync|status    headless sync (see `omnidesk sync --help`)
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from desktop.shared.i18n import tr

HEADLESS = ("enrol", "sync", "status")
# The Qt-free core each mode loads behind the start-up screen (the rest is quick after).
CORE = ("sync.client.profile", "sync.client.credentials", "sync.client.engine")
DEMO_CORE = (*CORE, "sync.server.app", "sync.server.demo", "sync.server.embedded")


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="omnidesk",
        description="Omnidesk desktop for stores, branches and field sales.",
        epilog="Headless commands: omnidesk enrol URL CODE | omnidesk sync [--watch] | "
        "omnidesk status (each takes --help).",
    )
    top.add_argument(
        "mode",
        nargs="?",
        choices=["app", "demo"],
        default="app",
        help="app (default) or demo: an embedded central API with demo data",
    )
    top.add_argument("--profile", default="default", help="device profile (default: default)")
    top.add_argument(
        "--place",
        metavar="CODE",
        help="demo only: open it as this store, branch, office or field territory of the "
        "demo data (default: PL-WAW-01), e.g. IT-MIL-01, PL-WAW-B1, PL-FIELD-N",
    )
    top.add_argument(
        "--lang",
        choices=["pl", "it", "en"],
        help="the language of the screens when the signed-in person has not chosen one "
        "(default: the store's country, else the system's)",
    )
    return top


class _UsageError(Exception):
    """A command line that cannot be run: the sentence is printed, the exit code is 2."""


def _demo_place(mode: str, place: str | None) -> str | None:
    """The demo data's code for `--place`, or None without it; a usage error (printed)
    for a place the demo data does not have or `--place` outside the demo."""
    if place is None:
        return None
    if mode != "demo":
        raise _UsageError(tr("--place goes with the demo only: omnidesk demo --place CODE"))
    from desktop.demo_setup import PLACES, UnknownPlace, demo_place

    try:
        return demo_place(place)
    except UnknownPlace:
        raise _UsageError(
            tr("the demo data has no place {code!r}; the places are: {places}").format(
                code=place, places=", ".join(PLACES)
            )
        ) from None


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in HEADLESS:
        from sync.client import cli as sync_cli

        return sync_cli.main(args)
    try:
        options = parser().parse_args(args)
    except SystemExit as leaving:
        return leaving.code if isinstance(leaving.code, int) else 2
    try:
        place = _demo_place(options.mode, options.place)
    except _UsageError as error:
        print(f"omnidesk: {error}", file=sys.stderr)
        return 2
    from desktop.services.language import COUNTRY_LANGUAGES, set_device_language

    # The demo's places start with their country: `--place IT-MIL-01` reads in Italian.
    set_device_language(options.lang or COUNTRY_LANGUAGES.get((place or "")[:2].upper()))
    return _start(options.mode, options.profile, place)


def _start(mode: str, profile: str, place: str | None = None) -> int:
    """Put the start-up screen up first, load the rest behind it, then run the app."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.application import create_application, quit_on_signals
    from desktop.startup import StartupCancelled, preload, while_shown
    from desktop.ui.splash import Splash

    quit_on_signals(create_application())
    splash = Splash()
    splash.present()
    try:
        while_shown(splash, preload(DEMO_CORE if mode == "demo" else CORE), {})
    except StartupCancelled:
        return 0
    except Exception as error:  # a broken installation: a sentence, the details logged
        logging.getLogger("omnidesk.desktop").exception("the app could not be loaded")
        splash.close()
        QMessageBox.critical(
            None,
            "Omnidesk",
            tr("Omnidesk could not start: {reason}").format(reason=str(error)),
        )
        return 1
    if mode == "demo":
        from desktop.demo import run_demo

        return run_demo(splash=splash) if place is None else run_demo(splash=splash, place=place)
    from desktop.launch import run_app

    return run_app(profile, splash=splash)


if __name__ == "__main__":
    sys.exit(main())
