"""One untrusted roadmap file, parsed in a child process that cannot take the bot down with it.

``python -m bot.services.roadmap_parser.worker FILE YEAR --memory-mb N --cpu-seconds N`` first limits itself
(address space: RLIMIT_AS, CPU time: RLIMIT_CPU — the kernel stops it past either), then parses the file and
prints one JSON object on stdout: ``{"ok": <ParsedRoadmap.to_plain()>, "limits": {...}}`` or
``{"error": <kind>, "limits": {...}}`` where kind is ``memory`` or a ``RoadmapFileError.kind`` (``too_large``,
``scanned_pdf``, ``encrypted_pdf``, ``old_format``, ``unsupported_type``, ``unreadable``: see
``roadmap_parser.FILE_ERROR_KINDS``). ``limits`` are the limits in force, as the child reads them back. The
parent (``bot.services.roadmap.IsolatedParser``) kills it on timeout.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
from pathlib import Path
from typing import Any


def apply_limits(memory_mb: int, cpu_seconds: int) -> dict[str, int]:
    memory = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    return {"as": resource.getrlimit(resource.RLIMIT_AS)[0], "cpu": resource.getrlimit(resource.RLIMIT_CPU)[0]}


def run(argv: list[str]) -> dict[str, Any]:
    parser = argparse.ArgumentParser(prog="roadmap-worker")
    parser.add_argument("path", type=Path)
    parser.add_argument("year", type=int)
    parser.add_argument("--memory-mb", type=int, default=512)
    parser.add_argument("--cpu-seconds", type=int, default=10)
    parser.add_argument("--max-unpacked", type=int, default=0, help="bytes; 0: the default zip limits")
    args = parser.parse_args(argv)
    limits = apply_limits(args.memory_mb, args.cpu_seconds)  # before the file is touched
    from bot.services import roadmap_parser  # the parser (and python-docx) load under the limits

    zip_limits = roadmap_parser.ZipLimits()
    if args.max_unpacked:
        zip_limits = roadmap_parser.ZipLimits(total=args.max_unpacked, entry=args.max_unpacked,
                                              ratio=10**9)
    try:
        parsed = roadmap_parser.parse_roadmap(args.path, args.year, zip_limits)
        return {"ok": parsed.to_plain(), "limits": limits}
    except roadmap_parser.RoadmapFileError as exc:
        return {"error": exc.kind, "limits": limits}
    except MemoryError:
        return {"error": "memory", "limits": limits}
    except Exception as exc:
        return {"error": "unreadable", "detail": type(exc).__name__, "limits": limits}


def main() -> None:
    result = run(sys.argv[1:])
    sys.stdout.write(json.dumps(result))  # ASCII: nothing in the text can upset the pipe's encoding
    sys.stdout.flush()


if __name__ == "__main__":
    main()
