"""A Polish or Italian cashier reads no English: every text on the screens of a sale (with
its payment), a pickup (with the hand-over), a return and the sync centre (with a refused
change and its reason) is in the staff's language.

A text is English when it is one of the app's English texts (whole, or a template's
sentence with its values filled in) whose translation differs, or when it holds a word that
only the English texts use ("Customer", "Refund"...). Names from the data (products,
promotions, stores, people, price lists) are proper nouns and not read as words.

A text added to the code whose translation is still to come is not counted here but named
in a warning: `tests/test_translations.py` fails for it until it is translated."""

from __future__ import annotations

import re
import shutil
import warnings
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.services import language
from desktop.services.ops import pending_ops
from sync import model as m
from tests.server.conftest import Api
from tests.ui.conftest import DeskFactory
from tests.ui.screens import JOURNEYS, cashier_screens, open_desktop, plain, visible_texts
from tools import translations

TRANSLATIONS = Path(__file__).parents[2] / "resources" / "translations"
WORD = re.compile(r"[A-Za-z]{2,}")
PLACEHOLDER = re.compile(r"\{[^}]*\}|%n")


@dataclass(frozen=True)
class English:
    """What English looks like in this app: its texts and the words only they use."""

    texts: frozenset[str]
    translated: frozenset[str]  # what the translations say: never English, whatever it looks
    templates: tuple[re.Pattern[str], ...]
    words: frozenset[str]

    def found_in(self, text: str) -> str | None:
        """Why `text` reads as English, or None."""
        if text in self.translated:
            return None
        if text in self.texts:
            return "an English text"
        for template in self.templates:
            if template.fullmatch(text):
                return f"the English text {template.pattern!r}"
        words = sorted(
            {w for w in WORD.findall(text) if not w.isupper() and w.lower() in self.words}
        )  # codes in capitals (IT-MIL-01, PLN) are no words
        return f"English words {words}" if words else None


def _messages(lang: str, folder: Path = TRANSLATIONS) -> list[tuple[str, list[str]]]:
    """(source, translations) of each finished message of `lang`'s .ts file."""
    root = ET.parse(folder / f"omnidesk_{lang}.ts").getroot()
    found = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete"):
            continue
        forms = [form.text or "" for form in translation.iter("numerusform")]
        found.append((source, forms or [translation.text or ""]))
    return found


def _lowercase_words(text: str) -> set[str]:
    """The ordinary words of `text`: not codes (all capitals), not placeholders."""
    text = PLACEHOLDER.sub(" ", text)
    return {w.lower() for w in WORD.findall(text) if not w.isupper()}


@cache
def english() -> English:
    texts: set[str] = set()
    translated: set[str] = set()
    templates: list[re.Pattern[str]] = []
    source_words: set[str] = set()
    translated_words: set[str] = set()
    for lang in ("pl", "it"):
        for source, said in _messages(lang):
            shown = plain(source).strip()
            source_words |= _lowercase_words(shown)
            for translation in said:
                translated_words |= _lowercase_words(plain(translation))
                translated.add(plain(translation).strip())
            if all(plain(t).strip() == shown for t in said):
                continue  # the same in the language (a code, a name, "OK")
            literal = PLACEHOLDER.sub("", shown)
            if not PLACEHOLDER.search(shown):
                texts.add(shown)
            elif re.search(r"[A-Za-z]{3,}", literal):
                parts = PLACEHOLDER.split(shown)
                templates.append(re.compile(".+?".join(re.escape(part) for part in parts), re.S))
    return English(
        frozenset(texts),
        frozenset(translated),
        tuple(templates),
        frozenset(source_words - translated_words),
    )


@pytest.fixture(scope="module")
def waiting(tmp_path_factory: pytest.TempPathFactory) -> frozenset[str]:
    """The code's texts still waiting for a Polish or Italian translation (as lupdate finds
    them in a copy of the .ts files brought up to date)."""
    folder = tmp_path_factory.mktemp("translations")
    for path in TRANSLATIONS.glob("*.ts"):
        shutil.copy(path, folder / path.name)
    translations.update(folder=folder)
    texts: set[str] = set()
    for lang in ("pl", "it"):
        finished = {source for source, _ in _messages(lang, folder)}
        for message in ET.parse(folder / f"omnidesk_{lang}.ts").getroot().iter("message"):
            source = message.findtext("source") or ""
            if source not in finished:
                texts.add(plain(source).strip())
    return frozenset(texts)


def data_names(api: Api) -> list[str]:
    """Names in the data, longest first: products, promotions, stores, places, people."""
    with api.db.read() as session:
        names = [
            *session.scalars(select(m.Product.name)),
            *session.scalars(select(m.Promotion.name)),
            *session.scalars(select(m.PriceList.name)),
            *session.scalars(select(m.Store.name)),
            *session.scalars(select(m.Territory.name)),
            *session.scalars(select(m.StaffUser.display_name)),
            *session.scalars(select(m.Customer.first_name)),
            *session.scalars(select(m.Customer.last_name)),
        ]
    return sorted(set(names), key=len, reverse=True)


def without_names(text: str, names: list[str]) -> str:
    for name in names:
        text = text.replace(name, " ")
    return text


def test_the_english_of_the_app_is_known() -> None:
    known = english()
    assert {"Customer", "Refund", "Total"} <= {w.capitalize() for w in known.words}
    assert "Sign out" in known.texts and "Omnidesk" not in known.texts
    assert known.found_in("Zamówienie") is None and known.found_in("Kasjer") is None
    assert known.found_in("Sale of 3 items") is not None
    assert known.found_in("IT-MIL-01 Omnidesk Milano") is None


@pytest.mark.parametrize("lang", ["pl", "it"])
def test_a_cashiers_journeys_show_no_english(
    lang: str, server: Api, make_desk: DeskFactory, qtbot: QtBot, waiting: frozenset[str]
) -> None:
    language.set_device_language(lang)
    language.use(lang)
    known = english()
    desk = make_desk(server)
    app = open_desktop(desk, qtbot)
    names = data_names(server)
    english_seen: list[str] = []
    untranslated: set[str] = set()
    areas: set[str] = set()
    for screen in cashier_screens(app, desk, qtbot):
        areas.add(screen.area)
        for text in visible_texts(screen.window):
            shown = plain(text).strip()
            if shown in waiting:
                untranslated.add(shown)
                continue
            why = known.found_in(shown) or known.found_in(without_names(shown, names))
            if why and known.found_in(without_names(shown, names)):
                english_seen.append(f"{screen.name}: {shown!r} ({why})")
    qtbot.waitUntil(lambda: pending_ops() == 0)
    app.close()
    assert areas == set(JOURNEYS)
    if untranslated:
        warnings.warn(f"still to be translated: {sorted(untranslated)}", stacklevel=1)
    assert not english_seen, f"English on a {lang} screen:\n" + "\n".join(
        dict.fromkeys(english_seen)
    )
