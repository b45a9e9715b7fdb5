"""Where the desktop writes its log, and what happens to an error nobody expected.

The log is a rotating file in the user log directory (platformdirs; overridable with
$OMNIDESK_LOG_DIR), created 0600 in a 0700 folder: it may name customers and staff. An
unexpected exception, in the GUI thread or any other, is written
there with its traceback; staff only see a short message pointing at the file.
"""

from __future__ import annotations

import io
import logging
import os
import sys
import threading
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from platformdirs import user_log_path

from sync.private_files import open_private, private_folder

LOG_DIR_ENV = "OMNIDESK_LOG_DIR"
LOGGER = "omnidesk"

Notify = Callable[[str], None]


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose files (the current one and each new one) are created 0600."""

    def _open(self) -> io.TextIOWrapper:
        stream = open_private(self.baseFilename, self.mode, encoding=self.encoding)
        assert isinstance(stream, io.TextIOWrapper)  # text mode: the log is text
        return stream


def log_dir() -> Path:
    custom = os.environ.get(LOG_DIR_ENV)
    return Path(custom) if custom else user_log_path("Omnidesk", "Omnidesk")


def log_file() -> Path:
    return log_dir() / "omnidesk.log"


def setup_logging() -> Path:
    """Send the app's log to the rotating log file (once); returns the file's path.

    A log file set up before for another folder (the log folder setting changed, e.g. a
    second app started in the same process) is replaced by this one."""
    path = log_file()
    root = logging.getLogger(LOGGER)
    for existing in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
        if Path(existing.baseFilename) == path.absolute():
            return path
        root.removeHandler(existing)
        existing.close()
    private_folder(path.parent)
    handler = PrivateRotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def catch_unexpected(notify: Notify) -> None:
    """Log every uncaught exception and tell staff briefly (`notify` runs on any thread:
    make it thread-safe, e.g. a queued Qt signal)."""
    log = logging.getLogger(LOGGER)

    def on_error(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.error("unexpected error", exc_info=(kind, error, trace))
        notify(type(error).__name__)

    def on_thread_error(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            on_error(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = on_error
    threading.excepthook = on_thread_error
