"""Shared set-up of the end-to-end tests of `jobjournal lsp`: the built executable (as
JOBJOURNAL_EXECUTABLE names it, else the debug build), the day the examples are pinned to,
and a copy of journal-example to edit."""

import os
import pathlib
import shutil
import subprocess

import pytest

PACKAGE = pathlib.Path(__file__).resolve().parents[2]
EXECUTABLE = os.environ.get("JOBJOURNAL_EXECUTABLE") or str(PACKAGE / ".build" / "debug" / "jobjournal")
TODAY = "2026-11-26"


@pytest.fixture
def journal(tmp_path):
    """A copy of journal-example, to edit and save."""
    copy = tmp_path / "journal"
    shutil.copytree(PACKAGE / "journal-example", copy)
    return copy


def jobjournal(*arguments, cwd=None, stdin=None):
    """Runs the CLI; its standard output."""
    run = subprocess.run([EXECUTABLE, *arguments], cwd=cwd, input=stdin, capture_output=True, timeout=60,
                         env={**os.environ, "JOBJOURNAL_TODAY": TODAY})
    return run.stdout


def utf16_column(line, column):
    """The protocol's character offset of a 1-based column counting characters."""
    return len(line[:column - 1].encode("utf-16-le")) // 2
