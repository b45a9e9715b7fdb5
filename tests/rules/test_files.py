"""The shared limits on attached files: size and kind by the first bytes."""

from __future__ import annotations

import pytest

from sync.rules.errors import RuleViolation
from sync.rules.files import JPEG, MAX_FILE_BYTES, PDF, PNG, check_file, media_type_of


@pytest.mark.parametrize(
    ("head", "media"),
    [
        (b"%PDF-1.7\n%\xe2\xe3", PDF),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", JPEG),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", PNG),
    ],
)
def test_kinds_kept_are_known_by_their_first_bytes(head: bytes, media: str) -> None:
    assert media_type_of(head) == media
    assert check_file("anything.bin", head, 1000) == media


def test_a_program_renamed_pdf_is_refused() -> None:
    with pytest.raises(RuleViolation) as refused:
        check_file("invoice.pdf", b"MZ\x90\x00\x03\x00\x00\x00", 40_000)
    assert refused.value.code == "file_type"
    assert refused.value.params == {"filename": "invoice.pdf"}
    assert "invoice.pdf" in refused.value.message


@pytest.mark.parametrize("head", [b"", b"%PD", b"\x89PNG", b"\xff\xd8"])
def test_empty_or_cut_heads_are_refused(head: bytes) -> None:
    with pytest.raises(RuleViolation) as refused:
        check_file("scan.png", head, len(head))
    assert refused.value.code == "file_type"


def test_size_limit_is_inclusive() -> None:
    assert check_file("scan.pdf", b"%PDF-1.4", MAX_FILE_BYTES) == PDF
    with pytest.raises(RuleViolation) as refused:
        check_file("scan.pdf", b"%PDF-1.4", MAX_FILE_BYTES + 1)
    assert refused.value.code == "file_too_large"
    assert refused.value.params == {
        "size": MAX_FILE_BYTES + 1,
        "limit": MAX_FILE_BYTES,
        "size_mb": "10.0",
        "limit_mb": "10.0",
    }


def test_size_is_checked_before_the_kind() -> None:
    with pytest.raises(RuleViolation) as refused:
        check_file("setup.exe", b"MZ", MAX_FILE_BYTES * 2)
    assert refused.value.code == "file_too_large"
