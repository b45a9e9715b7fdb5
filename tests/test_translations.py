"""Every staff-facing text reads in Polish and Italian, and the shipped .qm files are current.

The texts are collected from the code by Qt's own lupdate, as `tools/translations.py
update` does, into a copy of the committed .ts files: a text added or changed without its
translation shows up unfinished there.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from desktop.services import language
from desktop.shared.i18n import Translation, tr
from tools import translations

FORMS = {"pl": 3, "it": 2, "en": 2}
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n")


@pytest.fixture(scope="module")
def collected(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts files brought up to date with the code, in a scratch folder."""
    folder = tmp_path_factory.mktemp("translations")
    for path in translations.FOLDER.glob("*.ts"):
        shutil.copy(path, folder / path.name)
    translations.update(folder=folder)
    return folder


def _messages(ts: Path) -> Iterator[ET.Element]:
    yield from ET.parse(ts).getroot().iter("message")


def _label(message: ET.Element) -> str:
    comment = message.findtext("comment")
    source = message.findtext("source") or ""
    return f"{source!r}" + (f" ({comment})" if comment else "")


@pytest.mark.parametrize("lang", ["pl", "it"])
def test_every_text_has_a_finished_translation(collected: Path, lang: str) -> None:
    messages = list(_messages(translations.ts_file(lang, collected)))
    assert len(messages) > 600  # the whole desktop, not an empty extraction
    unfinished = [
        _label(m)
        for m in messages
        if (m.find("translation") is None)
        or m.find("translation").get("type") is not None  # type: ignore[union-attr]
        or not "".join(m.find("translation").itertext()).strip()  # type: ignore[union-attr]
    ]
    assert unfinished == [], f"{len(unfinished)} texts lack a {lang} translation"


@pytest.mark.parametrize("lang", ["pl", "it", "en"])
def test_translations_keep_placeholders_and_plural_forms(collected: Path, lang: str) -> None:
    wrong = []
    for message in _messages(translations.ts_file(lang, collected)):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") is not None:
            continue
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if len(forms) != FORMS[lang] or not all(re.search("%L?n", f) for f in forms):
                wrong.append(f"{_label(message)}: plural forms {forms}")
            texts = forms
        else:
            texts = [translation.text or ""]
        for text in texts:
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                wrong.append(f"{_label(message)} -> {text!r}")
    assert wrong == []


def test_the_shipped_qm_files_are_built_from_the_ts_files(tmp_path: Path) -> None:
    translations.release(into=tmp_path)
    for lang in translations.LANGUAGES:
        built = translations.qm_file(lang, tmp_path).read_bytes()
        shipped = translations.qm_file(lang).read_bytes()
        assert built == shipped, f"omnidesk_{lang}.qm is stale: run tools/translations.py release"


@pytest.fixture
def polish(qapp: QCoreApplication) -> Iterator[None]:
    before = language.current()
    language.use("pl")
    yield
    language.use(before)


def test_polish_counts_take_their_three_forms(polish: None) -> None:
    assert [tr("%n order(s) waiting here", "", n) for n in (1, 2, 5, 22, 25)] == [
        "1 zamówienie czeka tutaj",
        "2 zamówienia czekają tutaj",
        "5 zamówień czeka tutaj",
        "22 zamówienia czekają tutaj",
        "25 zamówień czeka tutaj",
    ]


def test_english_counts_read_right_too(qapp: QCoreApplication) -> None:
    english = Translation("en")
    assert english("%n order(s) waiting here", "", 1) == "1 order waiting here"
    assert english("%n order(s) waiting here", "", 7) == "7 orders waiting here"


def test_a_receipt_can_read_in_the_store_language_whatever_is_on_screen(polish: None) -> None:
    store_tr = Translation("it")
    assert store_tr("Total") != "Total" != tr("Total")
    assert tr("Total") != store_tr("Total")
