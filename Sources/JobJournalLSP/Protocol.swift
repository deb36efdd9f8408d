/// The protocol types the server uses (LSP 3.17), as Codable structs named as the
/// specification names them. Only the fields read or written are declared.
package struct Position: Codable, Hashable, Sendable, Comparable {
    /// 0-based line.
    package var line: Int
    /// 0-based offset in UTF-16 code units, the protocol's default encoding.
    package var character: Int

    package init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    package static func < (a: Position, b: Position) -> Bool { (a.line, a.character) < (b.line, b.character) }
}

package struct LSPRange: Codable, Hashable, Sendable {
    package var start: Position
    package var end: Position

    package init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }

    package func contains(_ p: Position) -> Bool { start <= p && p <= end }
}

package struct Location: Codable, Hashable, Sendable {
    package var uri: String
    package var range: LSPRange
}

package struct TextEdit: Codable, Hashable, Sendable {
    package var range: LSPRange
    package var newText: String
}

package struct WorkspaceEdit: Codable, Hashable, Sendable {
    package var changes: [String: [TextEdit]]
}

package struct TextDocumentIdentifier: Codable, Sendable {
    package var uri: String
}

package struct TextDocumentItem: Codable, Sendable {
    package var uri: String
    package var languageId: String?
    package var version: Int?
    package var text: String
}

package struct VersionedTextDocumentIdentifier: Codable, Sendable {
    package var uri: String
    package var version: Int?
}

package struct TextDocumentContentChangeEvent: Codable, Sendable {
    /// Absent for a change that replaces the whole text.
    package var range: LSPRange?
    package var text: String
}

package struct DidOpenTextDocumentParams: Codable, Sendable { package var textDocument: TextDocumentItem }
package struct DidChangeTextDocumentParams: Codable, Sendable {
    package var textDocument: VersionedTextDocumentIdentifier
    package var contentChanges: [TextDocumentContentChangeEvent]
}
package struct DidCloseTextDocumentParams: Codable, Sendable { package var textDocument: TextDocumentIdentifier }

package struct TextDocumentPositionParams: Codable, Sendable {
    package var textDocument: TextDocumentIdentifier
    package var position: Position
}

package struct ReferenceParams: Codable, Sendable {
    package var textDocument: TextDocumentIdentifier
    package var position: Position
    package var context: Context?
    package struct Context: Codable, Sendable { package var includeDeclaration: Bool }
}

package struct DocumentParams: Codable, Sendable { package var textDocument: TextDocumentIdentifier }

package struct RangeParams: Codable, Sendable {
    package var textDocument: TextDocumentIdentifier
    package var range: LSPRange
}

package struct CodeActionParams: Codable, Sendable {
    package var textDocument: TextDocumentIdentifier
    package var range: LSPRange
    package var context: Context
    package struct Context: Codable, Sendable { package var diagnostics: [LSPDiagnostic] }
}

package struct FileEvent: Codable, Sendable {
    package var uri: String
    package var type: Int
}

package struct DidChangeWatchedFilesParams: Codable, Sendable { package var changes: [FileEvent] }

package struct InitializeParams: Codable, Sendable {
    package var rootUri: String?
    package var rootPath: String?
    package var workspaceFolders: [WorkspaceFolder]?
    package var capabilities: ClientCapabilities?

    package struct WorkspaceFolder: Codable, Sendable {
        package var uri: String
        package var name: String?
    }

    package struct ClientCapabilities: Codable, Sendable {
        package var workspace: Workspace?
        package struct Workspace: Codable, Sendable {
            package var didChangeWatchedFiles: Dynamic?
        }
        package struct Dynamic: Codable, Sendable { package var dynamicRegistration: Bool? }
    }
}

package struct LSPDiagnostic: Codable, Hashable, Sendable {
    package var range: LSPRange
    /// 1 error, 2 warning.
    package var severity: Int?
    /// The id `check` prints in brackets (`invalid-date`).
    package var code: String?
    package var source: String?
    package var message: String
}

package struct PublishDiagnosticsParams: Codable, Sendable {
    package var uri: String
    package var version: Int?
    package var diagnostics: [LSPDiagnostic]
}

package struct MarkupContent: Codable, Hashable, Sendable {
    package var kind = "markdown"
    package var value: String
}

package struct Hover: Codable, Sendable {
    package var contents: MarkupContent
    package var range: LSPRange?
}

package struct CompletionItem: Codable, Hashable, Sendable {
    package var label: String
    /// 5 field (a key), 12 value, 13 enum (a status word), 18 reference (a name), 15 snippet-like text.
    package var kind: Int?
    package var detail: String?
    package var documentation: MarkupContent?
    package var insertText: String?
    package var filterText: String?
    package var textEdit: TextEdit?
}

package struct CompletionList: Codable, Sendable {
    package var isIncomplete: Bool
    package var items: [CompletionItem]
}

package struct DocumentSymbol: Codable, Sendable {
    package var name: String
    package var detail: String?
    /// 2 module (a section), 24 event (an interview), 13 variable (a person), 20 key.
    package var kind: Int
    package var range: LSPRange
    package var selectionRange: LSPRange
    package var children: [DocumentSymbol]?
}

package struct CodeAction: Codable, Sendable {
    package var title: String
    /// `quickfix` or `refactor.rewrite` (an edit the playbook proposes).
    package var kind: String
    package var diagnostics: [LSPDiagnostic]?
    package var isPreferred: Bool?
    package var edit: WorkspaceEdit
}

package struct InlayHint: Codable, Sendable {
    package var position: Position
    package var label: String
    package var paddingLeft: Bool?
    package var tooltip: String?
}
