"""A real zip bomb, built in a fraction of a second: a .docx whose word/document.xml inflates to ``mib`` MiB of
zeros (about 1 KB of deflate data per MiB, so 1 GiB fits in a 1 MB file). Valid deflate, true sizes and CRC:
zipfile (and python-docx) would really inflate it. Used by the tests and bench/upload.py."""

from __future__ import annotations

import struct
import zlib

_MIB = 1 << 20
_TYPES = (b'<?xml version="1.0" encoding="UTF-8"?>'
          b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          b'<Default Extension="xml" ContentType="application/xml"/>'
          b'<Override PartName="/word/document.xml" '
          b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          b'</Types>')
_RELS = (b'<?xml version="1.0" encoding="UTF-8"?>'
         b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         b'<Relationship Id="rId1" Target="word/document.xml" '
         b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
         b'</Relationships>')


def _zeros(mib: int) -> tuple[bytes, int]:
    """Raw deflate data of ``mib`` MiB of zeros and its CRC-32. After a full flush no block refers to earlier
    data, so one flushed MiB repeated ``mib`` times is a valid stream."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(b"\0" * _MIB) + compressor.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    zeros = b"\0" * _MIB
    for _ in range(mib):
        crc = zlib.crc32(zeros, crc)
    return block * mib + compressor.flush(), crc


def _entry(name: str, data: bytes, size: int, crc: int, method: int, offset: int) -> tuple[bytes, bytes]:
    encoded = name.encode()
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, crc, len(data), size, len(encoded), 0)
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x21, crc, len(data), size,
                          len(encoded), 0, 0, 0, 0, 0, offset)
    return local + encoded + data, central + encoded


def docx_bomb(mib: int = 1024) -> bytes:
    """A .docx (zip): the content types and package relationship python-docx follows, and a word/document.xml
    of ``mib`` MiB of zeros (less than 4 GiB: no zip64)."""
    assert mib * _MIB < 1 << 32, "no zip64 here"
    deflated, crc = _zeros(mib)
    body, directory = b"", b""
    parts = [(name, data, len(data), zlib.crc32(data), 0) for name, data in ((("[Content_Types].xml", _TYPES),
                                                                            ("_rels/.rels", _RELS)))]
    for name, data, size, entry_crc, method in (*parts, ("word/document.xml", deflated, mib * _MIB, crc, 8)):
        local, central = _entry(name, data, size, entry_crc, method, len(body))
        body += local
        directory += central
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 3, 3, len(directory), len(body), 0)
    return body + directory + end
