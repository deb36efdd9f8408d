"""Diagnostics equal `check`'s, id for id, message for message, position for position, for
every file of journal-example and of the hostile corpus (Fuzz/corpus). The buffer is what an
editor sends: the file's text, with any byte that is not UTF-8 replaced."""

import json

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from conftest import EXECUTABLE, PACKAGE, TODAY, jobjournal, utf16_column

FILES = sorted((PACKAGE / "journal-example").rglob("*.md")) + sorted((PACKAGE / "Fuzz" / "corpus").glob("hostile-*.md"))


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[EXECUTABLE, "lsp", "--today", TODAY]))
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=client_capabilities("neovim"), root_uri=(PACKAGE / "journal-example").as_uri()))
    yield
    await lsp_client.shutdown_session()


def expected(path, text):
    """check's findings for the buffer, with the protocol's positions."""
    lines = text.split("\n")
    name = str(path.relative_to(PACKAGE))
    report = json.loads(jobjournal("check", "--format", "json", "--stdin-filename", name, cwd=str(PACKAGE),
                                   stdin=text.encode("utf-8")))
    raw = path.read_bytes()
    try:
        raw.decode("utf-8")
        # A file that is UTF-8 already: checking it on disk says the same.
        on_disk = json.loads(jobjournal("check", "--format", "json", name, cwd=str(PACKAGE)))
        assert on_disk["diagnostics"] == report["diagnostics"]
    except UnicodeDecodeError:
        pass
    def position(d):
        line = d["line"] - 1
        return (line, utf16_column(lines[line].rstrip("\r"), d["column"]) if line < len(lines) else 0)
    return [(position(d), d["severity"], d["id"], d["message"]) for d in report["diagnostics"]]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
async def test_diagnostics_equal_check(client: LanguageClient, path):
    text = path.read_bytes().decode("utf-8", errors="replace")
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=path.as_uri(), language_id="markdown", version=1, text=text)))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    got = [((d.range.start.line, d.range.start.character), "error" if d.severity == 1 else "warning", d.code, d.message)
           for d in client.diagnostics[path.as_uri()]]
    assert got == expected(path, text)
