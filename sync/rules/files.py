"""Files attached to applications: how large they may be and which kinds are kept.

The same limits hold in every channel (a device attaching a scan, the web channel's
upload, the central API receiving either). A file's kind is read from its first bytes,
never from its name or a Content-Type a client chose: a program renamed `scan.pdf` is
still refused.
"""

from __future__ import annotations

from sync.rules.errors import RuleViolation

MAX_FILE_BYTES = 10 * 1024 * 1024
"""The largest file an application may hold (10 MiB)."""

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"

MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", PDF),
    (b"\xff\xd8\xff", JPEG),
    (b"\x89PNG\r\n\x1a\n", PNG),
)
"""The first bytes of each kind of file kept, and its media type."""

HEAD_BYTES = max(len(magic) for magic, _ in MAGIC)
"""How many first bytes `media_type_of` needs."""

MEDIA_TYPES = frozenset(media for _, media in MAGIC)


def media_type_of(head: bytes) -> str | None:
    """The media type of a file starting with `head`, or None for a kind not kept."""
    for magic, media in MAGIC:
        if head.startswith(magic):
            return media
    return None


def megabytes(size: int) -> str:
    """`size` bytes in MiB with one decimal, as text: "10.0"."""
    return f"{size / (1024 * 1024):.1f}"


def check_size(size: int) -> None:
    """Refuse (`file_too_large` {size, limit}) a file over MAX_FILE_BYTES."""
    if size > MAX_FILE_BYTES:
        raise RuleViolation(
            "file_too_large",
            f"The file is too large ({megabytes(size)} MB); at most "
            f"{megabytes(MAX_FILE_BYTES)} MB can be attached.",
            {
                "size": size,
                "limit": MAX_FILE_BYTES,
                "size_mb": megabytes(size),
                "limit_mb": megabytes(MAX_FILE_BYTES),
            },
        )


def check_file(filename: str, head: bytes, size: int) -> str:
    """The media type of a file `filename` of `size` bytes starting with `head`.

    Refuses `file_too_large` {size, limit} over MAX_FILE_BYTES and `file_type`
    {filename} for an empty file or anything but a PDF, a JPEG or a PNG."""
    check_size(size)
    media = media_type_of(head) if size > 0 else None
    if media is None:
        raise RuleViolation(
            "file_type",
            f"{filename} is not a PDF, JPEG or PNG file; only those can be attached.",
            {"filename": filename},
        )
    return media
