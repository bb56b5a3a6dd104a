"""Zip-based documents (.docx) are checked from their central directory before anything inflates them.

A 2 MB file can declare gigabytes of content (a «zip bomb»). The central directory lists every entry with its
declared sizes, and ``zipfile`` never inflates an entry beyond the size it declares (it stops there and the CRC
check fails), so refusing a file whose declared sizes are too big bounds what python-docx can ever unpack.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from bot.services.roadmap_parser.model import RoadmapFileError, RoadmapTooLarge

_NESTED = (".zip", ".docx", ".docm", ".xlsx", ".xlsm", ".pptx", ".odt", ".ods", ".jar", ".gz", ".7z", ".rar")


@dataclass(frozen=True)
class ZipLimits:
    entries: int = 1_000  # a roadmap .docx has a few dozen parts
    total: int = 60_000_000  # bytes, every entry unpacked
    entry: int = 30_000_000  # bytes, one entry unpacked (document.xml of a long document is a few MB)
    ratio: int = 100  # unpacked / packed for one entry above RATIO_FROM bytes (real XML packs about 5–20 : 1)
    ratio_from: int = 1_000_000
    nested: int = 20  # archives inside the archive (charts embed .xlsx); they are never opened, only counted


DEFAULT_ZIP_LIMITS = ZipLimits()


def check_zip(path: Path, limits: ZipLimits = DEFAULT_ZIP_LIMITS) -> None:
    """Raise RoadmapTooLarge when the archive declares too much content, RoadmapFileError when it is no archive
    or names entries outside itself; read the central directory only (nothing is inflated)."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise RoadmapFileError(f"{path}: not a readable .docx document ({type(exc).__name__})") from None
    if len(infos) > limits.entries:
        raise RoadmapTooLarge(f"{path}: {len(infos)} archive entries (at most {limits.entries})")
    total = 0
    nested = 0
    for info in infos:
        name = PurePosixPath(info.filename.replace("\\", "/"))
        if name.is_absolute() or ".." in name.parts or "\x00" in info.filename:
            raise RoadmapFileError(f"{path}: an archive entry points outside the archive")
        if info.file_size > limits.entry:
            raise RoadmapTooLarge(f"{path}: an entry unpacks to {info.file_size} bytes (at most {limits.entry})")
        if info.file_size > limits.ratio_from and info.file_size > limits.ratio * max(info.compress_size, 1):
            raise RoadmapTooLarge(f"{path}: an entry is packed {info.file_size // max(info.compress_size, 1)}:1")
        total += info.file_size
        nested += name.suffix.lower() in _NESTED
    if total > limits.total:
        raise RoadmapTooLarge(f"{path}: the archive unpacks to {total} bytes (at most {limits.total})")
    if nested > limits.nested:
        raise RoadmapTooLarge(f"{path}: {nested} archives inside the archive (at most {limits.nested})")
