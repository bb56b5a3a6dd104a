"""A DATABASE_PATH that cannot serve (a directory, random bytes, a truncated or damaged file, read-only): both
`python -m bot migrate` and `python -m bot run` say so in one line on stderr and exit non-zero, without a
traceback and without hanging (the timeout is only a guard against a hang, never a measurement)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from storage.db import Database, DatabaseUnavailable
from tests.conftest import settings_env_names

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "123456:TEST-token-for-the-recording-session"


def run_bot(command: str, database: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k.upper() not in settings_env_names()}
    env.update(PYTHONPATH=str(ROOT), BOT_TOKEN=TOKEN, DATABASE_PATH=str(database),
               TELEGRAM_API_URL="http://127.0.0.1:9")  # should it get that far: a closed port, answered at once
    return subprocess.run([sys.executable, "-m", "bot", command], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=60)


def make_read_only(path: Path) -> Callable[[], None]:
    """Make ``path`` unwritable for this process (root ignores permissions: then the immutable attribute)."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        return lambda: path.chmod(mode)
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode:
        pytest.skip("running as root where files cannot be made read-only")
    return lambda: subprocess.run(["chattr", "-i", str(path)], check=True)


def healthy(migrated_template: Path, target: Path) -> Path:
    shutil.copyfile(migrated_template, target)
    return target


def directory(tmp: Path, template: Path) -> Path:
    (tmp / "db.sqlite3").mkdir()
    return tmp / "db.sqlite3"


def random_bytes(tmp: Path, template: Path) -> Path:
    path = tmp / "db.sqlite3"
    path.write_bytes(os.urandom(64 * 1024))
    return path


def truncated(tmp: Path, template: Path) -> Path:
    data = template.read_bytes()
    path = tmp / "db.sqlite3"
    path.write_bytes(data[: len(data) // 2])  # a copy cut short (disk full, interrupted transfer)
    return path


def damaged(tmp: Path, template: Path) -> Path:
    path = healthy(template, tmp / "db.sqlite3")
    with path.open("r+b") as file:  # the header survives, the schema page does not
        file.seek(100)
        file.write(os.urandom(3000))
    return path


def inside_a_file(tmp: Path, template: Path) -> Path:
    (tmp / "data").write_text("not a folder")
    return tmp / "data" / "db.sqlite3"


CASES: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "directory": (directory, "directory"),
    "inside a file": (inside_a_file, "is a file, not a directory"),
    "random bytes": (random_bytes, "not an SQLite database"),
    "truncated": (truncated, "truncated"),
    "damaged": (damaged, "damaged"),
}


def assert_one_clear_line(result: subprocess.CompletedProcess[str], database: Path, words: str) -> None:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr  # no traceback, no thread noise at exit
    assert "Traceback" not in result.stderr and str(database) in lines[0] and words in lines[0]


@pytest.mark.parametrize("command", ["migrate", "run"])
@pytest.mark.parametrize("case", list(CASES))
def test_a_database_path_that_cannot_serve(case: str, command: str, tmp_path: Path, migrated_template: Path) -> None:
    make, words = CASES[case]
    database = make(tmp_path, migrated_template)
    assert_one_clear_line(run_bot(command, database, tmp_path), database, words)


@pytest.fixture
def read_only_file(tmp_path: Path, migrated_template: Path) -> Iterator[Path]:
    database = healthy(migrated_template, tmp_path / "db.sqlite3")
    restore = make_read_only(database)
    yield database
    restore()


@pytest.fixture
def read_only_directory(tmp_path: Path, migrated_template: Path) -> Iterator[Path]:
    folder = tmp_path / "data"
    folder.mkdir()
    database = healthy(migrated_template, folder / "db.sqlite3")
    restore = make_read_only(folder)
    yield database
    restore()


@pytest.mark.parametrize("command", ["migrate", "run"])
def test_a_read_only_file(command: str, read_only_file: Path, tmp_path: Path) -> None:
    assert_one_clear_line(run_bot(command, read_only_file, tmp_path), read_only_file, "read-only")


@pytest.mark.parametrize("command", ["migrate", "run"])
def test_a_read_only_directory(command: str, read_only_directory: Path, tmp_path: Path) -> None:
    assert_one_clear_line(run_bot(command, read_only_directory, tmp_path), read_only_directory, "read-only")
    new = read_only_directory.parent / "new" / "db.sqlite3"  # a database still to be created there
    assert_one_clear_line(run_bot(command, new, tmp_path), new, "read-only")


def test_a_healthy_database_still_migrates(tmp_path: Path, migrated_template: Path) -> None:
    database = healthy(migrated_template, tmp_path / "db.sqlite3")
    result = run_bot("migrate", database, tmp_path)
    assert result.returncode == 0 and "up to date" in result.stdout


async def test_a_failed_connect_leaves_no_thread_behind(tmp_path: Path, migrated_template: Path) -> None:
    """aiosqlite's worker thread is not a daemon: one left running is what kept the process alive for ever."""
    def workers() -> set[threading.Thread]:
        return {thread for thread in threading.enumerate() if "_connection_worker_thread" in thread.name}

    before = workers()
    for make, _ in CASES.values():
        folder = tmp_path / make.__name__
        folder.mkdir()
        with pytest.raises(DatabaseUnavailable):
            await Database(make(folder, migrated_template)).connect()
    for thread in workers() - before:
        thread.join(timeout=30)  # a guard against a hang, not a measurement: it ends on its own
        assert not thread.is_alive()


async def test_sqlite_errors_are_explained(tmp_path: Path) -> None:
    from storage.db import explain

    assert "read-only" in explain(sqlite3.OperationalError("attempt to write a readonly database"))
    assert "damaged" in explain(sqlite3.DatabaseError("database disk image is malformed"))
    assert "not an SQLite database" in explain(sqlite3.DatabaseError("file is not a database"))
    assert "already running" in explain(sqlite3.OperationalError("database is locked"))
