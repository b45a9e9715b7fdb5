"""Files only their owner may read: 0600 files in 0700 folders (POSIX modes).

The replica, the files saved from a damaged one, the desktop's log and the server's
SQLite database hold customer data. Each is created through these functions before
anything writes to it, so it never exists with wider permissions, even for a moment; an
existing one (from an older version) is narrowed when it is opened. On Windows the
modes mean little: the files live in the user's own profile folder there.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path
from typing import IO, Any

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def private_folder(path: str | Path) -> Path:
    """Make `path` a folder (and any missing parents) that only its owner may enter.

    An existing folder is narrowed only if it is this user's own and not a shared one (a
    sticky folder such as /tmp): a data or log folder pointed at a shared place is left as
    it is, its files are still 0600."""
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    with contextlib.suppress(OSError):  # someone else's folder: leave it as it is
        status = folder.stat()
        own = not hasattr(os, "getuid") or status.st_uid == os.getuid()
        shared = bool(status.st_mode & stat.S_ISVTX)
        if own and not shared and status.st_mode & 0o777 != FOLDER_MODE:
            folder.chmod(FOLDER_MODE)
    return folder


def private_file(path: str | Path) -> Path:
    """Create `path` empty with mode 0600 in a private folder, or narrow an existing
    one to 0600 (its content is kept)."""
    target = Path(path)
    private_folder(target.parent)
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT, FILE_MODE)
    os.close(descriptor)
    with contextlib.suppress(OSError):
        if target.stat().st_mode & 0o777 != FILE_MODE:
            target.chmod(FILE_MODE)
    return target


def write_private(path: str | Path, data: bytes) -> Path:
    """Write `data` to `path` (mode 0600, private folder), replacing it atomically."""
    target = Path(path)
    private_folder(target.parent)
    temporary = target.with_name(target.name + ".tmp")
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(descriptor, "wb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())
    temporary.replace(target)
    return target


def open_private(path: str | Path, mode: str = "a", encoding: str | None = None) -> IO[Any]:
    """`open(path, mode)` for text or bytes, creating the file 0600 if it is new."""
    target = Path(path)
    private_folder(target.parent)
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if "a" in mode else os.O_TRUNC)
    descriptor = os.open(target, flags, FILE_MODE)
    return os.fdopen(descriptor, mode, encoding=encoding)
