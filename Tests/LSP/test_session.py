"""A scripted editing session, as an editor runs it: initialize, open, type, hover,
complete, go to definition, code action, apply the edit, save, shutdown. The edits the
server proposes are the ones `done` and `draft --append` make."""

import json
import shutil
import sys

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from conftest import EXECUTABLE, TODAY, jobjournal

ABC = "abc-company-senior-sales-consultant.md"
LAKESHORE = "lakeshore-industrial-supply-key-account-manager.md"


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[EXECUTABLE, "lsp", "--today", TODAY]))
async def client(lsp_client: LanguageClient, journal):
    # The server asks to be told of changes on disk; an editor says yes.
    lsp_client.registrations = []
    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams):
        lsp_client.registrations += params.registrations
        return None

    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=client_capabilities("visual-studio-code"), root_uri=journal.as_uri()))
    yield
    await lsp_client.shutdown_session()


async def open_file(client, path, text=None):
    text = path.read_text(encoding="utf-8") if text is None else text
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=path.as_uri(), language_id="markdown", version=1, text=text)))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return text


def apply(text, edits):
    """The text with the protocol's edits made (UTF-16 positions; ASCII files here)."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    def at(p):
        return offsets[p.line] + p.character if p.line < len(lines) else len(text)
    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        text = text[:at(edit.range.start)] + edit.new_text + text[at(edit.range.end):]
    return text


def line_of(text, needle):
    return next(i for i, line in enumerate(text.split("\n")) if needle in line)


async def test_session(client: LanguageClient, journal):
    path = journal / ABC
    uri = path.as_uri()
    text = await open_file(client, path)
    assert list(client.diagnostics[uri]) == []

    # Type: an incremental change misspells a key; check's warning comes back for it.
    row = line_of(text, "references:")
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangePartial(
            range=types.Range(start=types.Position(line=row, character=3), end=types.Position(line=row, character=4)),
            text="")]))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    [warning] = client.diagnostics[uri]
    assert warning.code == "near-miss-key"
    assert warning.message == "unknown key 'refrences' in application; did you mean 'references'?"
    assert warning.range == types.Range(start=types.Position(line=row, character=0), end=types.Position(line=row, character=9))
    typed = text.replace("references:", "refrences:")

    # The quick fix puts the key back.
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=warning.range,
        context=types.CodeActionContext(diagnostics=[warning])))
    fix = next(a for a in actions if a.kind == "quickfix")
    assert fix.title == "Change the key to 'references'"
    assert apply(typed, fix.edit.changes[uri]) == text
    # Apply it, as the editor does: the warning goes.
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=3),
        content_changes=[types.TextDocumentContentChangePartial(range=e.range, text=e.new_text) for e in fix.edit.changes[uri]]))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert list(client.diagnostics[uri]) == []

    # Hover on the interview: what it calls for, and when.
    row = line_of(text, "- date: 2026-11-19")
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=row, character=12)))
    assert "Interview on Thursday 2026-11-19" in hover.contents.value
    assert "Ask Mr. Jones about the status" in hover.contents.value
    assert "— 2 days overdue:" in hover.contents.value

    # Hover on a date in the body, and on a key.
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=line_of(text, "next-step:"), character=6)))
    assert hover.contents.value.startswith("**next-step**: date")

    # Complete the names in `with:`.
    row = line_of(text, "with: [Robert Jones]")
    completion = await client.text_document_completion_async(types.CompletionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=row, character=len("    with: [Rob"))))
    labels = [item.label for item in completion.items]
    assert labels[:2] == ["Robert Jones", "Linda Park"]

    # Go to the contact's entry.
    locations = await client.text_document_definition_async(types.DefinitionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=row, character=len("    with: [Rob"))))
    [location] = locations
    assert location.range.start.line == line_of(text, "name: Robert Jones")

    # The contact's uses.
    references = await client.text_document_references_async(types.ReferenceParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=location.range.start,
        context=types.ReferenceContext(include_declaration=False)))
    assert [r.range.start.line for r in references] == [row]

    # The outline.
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(
        text_document=types.TextDocumentIdentifier(uri=uri)))
    assert [s.name for s in symbols][:3] == ["Contacts", "Interviews", "References"]


async def test_mark_done_makes_the_edit_done_makes(client: LanguageClient, journal, tmp_path):
    """Every action due in the example journal: the code action's edit, applied and saved,
    leaves the file as `jobjournal done ID` leaves it."""
    ids = [a["id"] for a in json.loads(jobjournal("due", "--format", "json", "--dir", str(journal)))["actions"]]
    assert ids
    for action_id in ids:
        name = action_id.split("/")[0] + ".md"
        path = journal / name
        text = await open_file(client, path)
        actions = await client.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=path.as_uri()),
            range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)),
            context=types.CodeActionContext(diagnostics=[])))
        # The copy `done` edits.
        other = tmp_path / ("done-" + action_id.replace("/", "_"))
        shutil.copytree(journal, other)
        jobjournal("done", action_id, "--dir", str(other))
        expected = (other / name).read_text(encoding="utf-8")
        applied = [apply(text, a.edit.changes[path.as_uri()]) for a in actions if a.title.startswith("Mark done")]
        assert expected in applied, action_id
        client.text_document_did_close(types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=path.as_uri())))


async def test_draft_appends_what_draft_append_writes(client: LanguageClient, journal, tmp_path):
    path = journal / LAKESHORE
    text = await open_file(client, path)
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=path.as_uri()),
        range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)),
        context=types.CodeActionContext(diagnostics=[])))
    draft = next(a for a in actions if a.title.startswith("Draft under ## Drafts: Thank-you"))
    other = tmp_path / "drafted"
    shutil.copytree(journal, other)
    jobjournal("draft", "thank-you", LAKESHORE, "--append", "--dir", str(other), cwd=str(other))
    assert apply(text, draft.edit.changes[path.as_uri()]) == (other / LAKESHORE).read_text(encoding="utf-8")


async def test_save_and_watched_files(client: LanguageClient, journal):
    """A `jobjournal log` in a terminal changes a file on disk: after the watched-files
    notification, the server reads the journal again (here: a settings file that maps a
    status word changes the open buffer's diagnostics)."""
    path = journal / ABC
    text = (await open_file(client, path)).replace("status: interviewing", "status: parked")
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=path.as_uri(), version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert [d.code for d in client.diagnostics[path.as_uri()]] == ["invalid-status"]
    settings = journal / ".jobjournal.yaml"
    settings.write_text(settings.read_text(encoding="utf-8") + "\nstatus-map:\n  parked: interviewing\n", encoding="utf-8")
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        changes=[types.FileEvent(uri=settings.as_uri(), type=types.FileChangeType.Changed)]))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert list(client.diagnostics[path.as_uri()]) == []
    # Save: the buffer on disk, as check reads it.
    path.write_text(text, encoding="utf-8")
    client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=path.as_uri())))
    assert jobjournal("check", "--dir", str(journal)) == b""
