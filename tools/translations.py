"""Keeps the desktop's translation files in step with its code, with Qt's own tools.

    python tools/translations.py update   # pyside6-lupdate: new texts into the .ts files
    python tools/translations.py release  # pyside6-lrelease: the .ts files into .qm files

`update` adds every `tr(...)` and `N_(...)` text of `desktop/` to
`resources/translations/omnidesk_{pl,it}.ts` (unfinished until a translator fills it in) and
drops texts the code no longer has; English gets only its plural forms. `release` builds the
`.qm` files the app loads; they are committed, and `tests/test_translations.py` fails when
one is stale or a text lacks its translation.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("pl", "it", "en")
ALIASES = "QT_TR_NOOP+=N_,tr+=store_tr"


def sources(root: Path = ROOT) -> list[Path]:
    """The Python files whose texts are translated: everything under desktop/."""
    return sorted(path for path in (root / "desktop").rglob("*.py") if path.is_file())


def ts_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"omnidesk_{language}.ts"


def qm_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"omnidesk_{language}.qm"


def update(folder: Path = FOLDER, root: Path = ROOT) -> None:
    """Brings each .ts file in `folder` up to date with the texts in the code."""
    files = [str(path) for path in sources(root)]
    for language in LANGUAGES:
        options = ["-pluralonly"] if language == "en" else []
        subprocess.run(
            [
                "pyside6-lupdate",
                *files,
                "-tr-function-alias",
                ALIASES,
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                language,
                *options,
                "-ts",
                str(ts_file(language, folder)),
            ],
            check=True,
            cwd=root,
            stdout=subprocess.DEVNULL,
        )


def release(folder: Path = FOLDER, into: Path | None = None) -> None:
    """Builds the .qm file of each language (into `into`, or next to the .ts files)."""
    for language in LANGUAGES:
        subprocess.run(
            [
                "pyside6-lrelease",
                "-silent",
                "-nounfinished",
                str(ts_file(language, folder)),
                "-qm",
                str(qm_file(language, into or folder)),
            ],
            check=True,
        )


def main(argv: Sequence[str]) -> int:
    commands = {"update": update, "release": release}
    if len(argv) != 1 or argv[0] not in commands:
        print(__doc__, file=sys.stderr)
        return 2
    commands[argv[0]]()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
