"""Small files for the demo's applications: scanned PDFs, card photos, agreements.

Written byte by byte (no PDF or image library on the central API), deterministically
from the demo's random stream, and a few KB each so seeding stays quick. The PDFs are
valid one- or two-page A4 documents in Helvetica; the photos are RGB PNGs.
"""

from __future__ import annotations

import random
import struct
import unicodedata
import zlib
from collections.abc import Sequence

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
PDF_HEADER = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def pdf_text(text: str) -> bytes:
    """`text` as a PDF string literal in WinAnsi: letters it lacks (ł, ś...) lose their
    accent, brackets and backslashes are escaped."""
    out = bytearray()
    for char in text.replace("ł", "l").replace("Ł", "L"):
        try:
            encoded = char.encode("cp1252")
        except UnicodeEncodeError:
            base = unicodedata.normalize("NFKD", char)[:1]
            encoded = base.encode("cp1252", errors="replace")
        if encoded in (b"(", b")", b"\\"):
            out += b"\\"
        out += encoded
    return b"(" + bytes(out) + b")"


def text_lines(lines: Sequence[tuple[float, float, int, str]]) -> bytes:
    """Drawing operators for lines of text: (x, y, font size, text)."""
    ops = bytearray()
    for x, y, size, text in lines:
        ops += b"BT /F1 %d Tf %.1f %.1f Td %s Tj ET\n" % (size, x, y, pdf_text(text))
    return bytes(ops)


def pdf(pages: Sequence[bytes]) -> bytes:
    """A PDF of A4 pages, each given as its content stream."""
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for i, content in enumerate(pages):
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    out = bytearray(PDF_HEADER)
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def scanned_pdf(rng: random.Random, title: str, lines: Sequence[str]) -> bytes:
    """A one-page document as a flatbed scanner gives it: slightly askew, with specks."""
    angle = rng.uniform(-0.012, 0.012)  # radians: under a degree
    ops = bytearray(b"q 1 %.4f %.4f 1 %.1f %.1f cm\n" % (angle, -angle, rng.uniform(-4, 4), 0))
    ops += text_lines([(72, 760, 16, title)])
    ops += b"0.4 w 72 748 m 523 748 l S\n"
    ops += text_lines([(72, 720 - 18 * i, 10, line) for i, line in enumerate(lines)])
    ops += b"Q\n"
    for _ in range(rng.randrange(12, 30)):  # dust on the glass
        shade = rng.uniform(0.55, 0.9)
        ops += b"%.2f g %.1f %.1f %.1f %.1f re f\n" % (
            shade,
            rng.uniform(0, PAGE_WIDTH),
            rng.uniform(0, PAGE_HEIGHT),
            rng.uniform(0.5, 2.5),
            rng.uniform(0.5, 2.5),
        )
    return pdf([bytes(ops)])


def png(width: int, height: int, rows: Sequence[bytes]) -> bytes:
    """An 8-bit RGB PNG from its rows of pixels (3 bytes a pixel)."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + tag
            + data
            + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    raw = b"".join(b"\x00" + row for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        PNG_SIGNATURE
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def card_photo(rng: random.Random, tint: tuple[int, int, int], width: int = 200) -> bytes:
    """A phone photo of an identity card on a desk: the card, its portrait and its
    printed lines, under a little uneven light."""
    height = width * 5 // 8
    desk = (rng.randrange(90, 130), rng.randrange(70, 100), rng.randrange(50, 80))
    left, top = rng.randrange(8, 20), rng.randrange(8, 16)
    right, bottom = width - rng.randrange(8, 20), height - rng.randrange(8, 16)
    photo = (left + 10, top + 14, left + 10 + (bottom - top) * 2 // 3, bottom - 10)
    bars = [
        (photo[2] + 10, top + 16 + 11 * i, photo[2] + 10 + rng.randrange(40, right - photo[2] - 14))
        for i in range((bottom - top - 24) // 11)
    ]
    rows = []
    for y in range(height):
        light = 1.0 - 0.25 * y / height
        spans = [(0, width, desk)]  # later spans paint over earlier ones
        if top <= y < bottom:
            spans.append((left, right, tint))
            if photo[1] <= y < photo[3]:
                spans.append((photo[0], photo[2], (150, 135, 125)))
            spans += [(x0, x1, (45, 45, 60)) for x0, y0, x1 in bars if y0 <= y < y0 + 3]
        pixels = [desk] * width
        for x0, x1, colour in spans:
            pixels[x0:x1] = [colour] * (x1 - x0)
        shades = {c: bytes(int(v * light) for v in c) for c in set(pixels)}
        rows.append(b"".join(shades[c] for c in pixels))
    return png(width, height, rows)


def signature_ops(strokes: Sequence[Sequence[Sequence[int]]], box: tuple[float, ...]) -> bytes:
    """The strokes (0..1000 on the pad, y downwards) drawn into `box` (x, y, w, h)."""
    x, y, w, h = box
    ops = bytearray(b"0 0 0.5 RG 1.2 w 1 J 1 j\n")
    for stroke in strokes:
        for i, (px, py, _) in enumerate(stroke):
            ops += b"%.1f %.1f %s\n" % (
                x + w * px / 1000,
                y + h - h * py / 1000,
                b"m" if i == 0 else b"l",
            )
        ops += b"S\n"
    return bytes(ops)
