import Foundation
import JobJournalCore
import JobJournalIO
import JobJournalParse

/// `jobjournal lsp`: the Language Server Protocol (3.17) over standard input and output.
/// A thin layer: it keeps the open buffers and the journals they belong to, and answers
/// each request with one of the features in `Features/`, each a function of the buffer, a
/// position and the day. Messages are handled one at a time, in the order they come.
package final class LanguageServer {
    enum State { case waiting, running, shutDown }

    private var state = State.waiting
    private let today: () -> Day
    private let workspace: Workspace
    private var files: [String: OpenFile] = [:]
    private let writer: MessageWriter
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }()
    private let decoder = JSONDecoder()
    private var watchesFiles = false

    /// `root`: the journal `--dir` names, if any; `today`: asked on every request, so that a
    /// server left running past midnight moves on with the calendar; `cacheFolder`: where
    /// the parse cache is kept, nil to read every file.
    package init(root: String?, today: @escaping () -> Day, writer: MessageWriter, cacheFolder: String? = nil) {
        self.workspace = Workspace(fixedRoot: root, cacheFolder: cacheFolder)
        self.today = today
        self.writer = writer
    }

    /// Serves until `exit` or the end of input; returns the exit status the protocol asks for
    /// (0 after `shutdown`, else 1).
    package func run(_ reader: inout MessageReader) -> Int32 {
        while let event = reader.next() {
            if let status = handle(event) { return status }
        }
        return state == .shutDown ? 0 : 1
    }

    /// Handles one event from the reader; an exit status when the server should stop.
    package func handle(_ event: MessageReader.Event) -> Int32? {
        switch event {
        case .malformed(let reason):
            respond(nil, error: ResponseError(ResponseError.parseError, reason))
            return nil
        case .message(let bytes):
            return handle(bytes)
        }
    }

    private func handle(_ bytes: [UInt8]) -> Int32? {
        // JSON text is UTF-8: a message that is not is no JSON, whatever a decoder accepts.
        guard String(validating: bytes, as: UTF8.self) != nil else {
            respond(nil, error: ResponseError(ResponseError.parseError, "the message is not UTF-8 text"))
            return nil
        }
        let envelope: Envelope
        do {
            envelope = try decoder.decode(Envelope.self, from: Data(bytes))
        } catch {
            respond(nil, error: ResponseError(ResponseError.parseError, "the message is not JSON: \(Self.reason(error))"))
            return nil
        }
        guard let method = envelope.method else {
            if envelope.isResponse { return nil }  // an answer to client/registerCapability
            respond(envelope.id, error: ResponseError(ResponseError.invalidRequest, "a request needs a method"))
            return nil
        }
        let id = envelope.id
        if method == "exit" { return state == .shutDown ? 0 : 1 }
        switch state {
        case .waiting where method != "initialize":
            if id != nil { respond(id, error: ResponseError(ResponseError.serverNotInitialized, "initialize first")) }
            return nil
        case .running where method == "initialize":
            respond(id, error: ResponseError(ResponseError.invalidRequest, "the server is initialized already"))
            return nil
        case .shutDown:
            if id != nil { respond(id, error: ResponseError(ResponseError.invalidRequest, "the server is shut down; only exit is accepted")) }
            return nil
        default:
            break
        }
        do {
            try dispatch(method, id: id, bytes)
        } catch {
            if id != nil { respond(id, error: error) }
        }
        return nil
    }

    private func dispatch(_ method: String, id: RequestID?, _ bytes: [UInt8]) throws(ResponseError) {
        switch method {
        case "initialize":
            let p = try params(InitializeParams.self, bytes)
            initialize(p)
            state = .running
            respond(id, InitializeResult())
        case "initialized":
            if watchesFiles { registerWatchers() }
        case "shutdown":
            state = .shutDown
            respond(id, NoResult())
        case "textDocument/didOpen":
            let p = try params(DidOpenTextDocumentParams.self, bytes)
            guard let path = Workspace.path(ofURI: p.textDocument.uri) else { return }
            let document = TextDocument(uri: p.textDocument.uri, path: path, version: p.textDocument.version, text: p.textDocument.text)
            open(document)
        case "textDocument/didChange":
            let p = try params(DidChangeTextDocumentParams.self, bytes)
            guard var file = files[p.textDocument.uri] else { return }
            var document = file.document
            for change in p.contentChanges { document.apply(change) }
            document.version = p.textDocument.version
            file = OpenFile(document: document, root: file.root, journal: file.journal, previous: file.application)
            files[document.uri] = file
            publish(file)
        case "textDocument/didClose":
            let p = try params(DidCloseTextDocumentParams.self, bytes)
            files[p.textDocument.uri] = nil
            notify("textDocument/publishDiagnostics", PublishDiagnosticsParams(uri: p.textDocument.uri, version: nil, diagnostics: []))
        case "textDocument/didSave":
            let p = try params(DocumentParams.self, bytes)
            if let path = Workspace.path(ofURI: p.textDocument.uri) { reload(changed: [path]) }
        case "workspace/didChangeWatchedFiles":
            let p = try params(DidChangeWatchedFilesParams.self, bytes)
            reload(changed: p.changes.compactMap { Workspace.path(ofURI: $0.uri) })
        case "textDocument/hover":
            let p = try params(TextDocumentPositionParams.self, bytes)
            respond(id, try file(p.textDocument.uri).flatMap { HoverFeature.hover($0, at: p.position, today: today()) })
        case "textDocument/completion":
            let p = try params(TextDocumentPositionParams.self, bytes)
            let items = try file(p.textDocument.uri).map { CompletionFeature.complete($0, at: p.position, today: today()) } ?? []
            respond(id, CompletionList(isIncomplete: false, items: items))
        case "textDocument/definition":
            let p = try params(TextDocumentPositionParams.self, bytes)
            respond(id, try file(p.textDocument.uri).map { NavigationFeature.definition($0, at: p.position) } ?? [])
        case "textDocument/references":
            let p = try params(ReferenceParams.self, bytes)
            respond(id, try file(p.textDocument.uri).map {
                NavigationFeature.references($0, at: p.position, includeDeclaration: p.context?.includeDeclaration ?? true)
            } ?? [])
        case "textDocument/documentSymbol":
            let p = try params(DocumentParams.self, bytes)
            respond(id, try file(p.textDocument.uri).map(SymbolsFeature.symbols) ?? [])
        case "textDocument/codeAction":
            let p = try params(CodeActionParams.self, bytes)
            respond(id, try file(p.textDocument.uri).map { CodeActionsFeature.actions($0, range: p.range, today: today()) } ?? [])
        case "textDocument/inlayHint":
            let p = try params(RangeParams.self, bytes)
            respond(id, try file(p.textDocument.uri).map { InlayHintsFeature.hints($0, range: p.range, today: today()) } ?? [])
        default:
            // Notifications the server does not use ($/cancelRequest, $/setTrace, ...) are dropped.
            if id != nil { throw ResponseError(ResponseError.methodNotFound, "unknown method '\(method)'") }
        }
    }

    // MARK: Documents and journals

    private func initialize(_ p: InitializeParams) {
        var folders = (p.workspaceFolders ?? []).compactMap { Workspace.path(ofURI: $0.uri) }
        if folders.isEmpty, let root = p.rootUri.flatMap(Workspace.path(ofURI:)) ?? p.rootPath.map(Workspace.normalized) {
            folders = [root]
        }
        workspace.folders = folders
        watchesFiles = p.capabilities?.workspace?.didChangeWatchedFiles?.dynamicRegistration ?? false
        // The journals are read now, so the first file opened is answered at once.
        for folder in folders { _ = workspace.journal(at: workspace.root(for: folder + "/.")) }
    }

    private func open(_ document: TextDocument) {
        let root = workspace.root(for: document.path)
        let file = OpenFile(document: document, root: root, journal: workspace.journal(at: root))
        files[document.uri] = file
        publish(file)
    }

    /// The open buffer for a URI, else the file as it is on disk; nil for what cannot be read.
    private func file(_ uri: String) throws(ResponseError) -> OpenFile? {
        if let file = files[uri] { return file }
        guard let path = Workspace.path(ofURI: uri) else { return nil }
        var buffer: [UInt8] = []
        guard case .success(let text) = FileSystem.read(path, limit: 16 << 20, into: &buffer, { String(decoding: $0, as: UTF8.self) }) else {
            return nil
        }
        let root = workspace.root(for: path)
        return OpenFile(document: TextDocument(uri: uri, path: path, version: nil, text: text), root: root, journal: workspace.journal(at: root))
    }

    /// Files changed on disk: the journals holding them are read again, and the open
    /// buffers there checked again with what they say now (settings may have changed).
    private func reload(changed paths: [String]) {
        let roots = Set(workspace.invalidate(paths))
        guard !roots.isEmpty else { return }
        for (uri, file) in files where roots.contains(file.root) {
            let updated = OpenFile(document: file.document, root: file.root, journal: workspace.journal(at: file.root), previous: file.application)
            files[uri] = updated
            publish(updated)
        }
    }

    private func publish(_ file: OpenFile) {
        notify("textDocument/publishDiagnostics",
               PublishDiagnosticsParams(uri: file.document.uri, version: file.document.version, diagnostics: file.diagnostics))
    }

    private func registerWatchers() {
        let watchers = ["**/*.md", "**/*.markdown", "**/\(Settings.fileName)"].map { Registration.Watcher(globPattern: $0) }
        let registration = Registration(id: "jobjournal-watched-files", method: "workspace/didChangeWatchedFiles",
                                        registerOptions: .init(watchers: watchers))
        send(Outgoing(id: .string("jobjournal-register-watchers"), method: "client/registerCapability",
                      params: RegistrationParams(registrations: [registration])))
    }

    // MARK: Messages

    private func params<P: Decodable>(_ type: P.Type, _ bytes: [UInt8]) throws(ResponseError) -> P {
        do {
            return try decoder.decode(Params<P>.self, from: Data(bytes)).params
        } catch {
            throw ResponseError(ResponseError.invalidParams, "the params do not fit the method: \(Self.reason(error))")
        }
    }

    private func respond<R: Encodable>(_ id: RequestID?, _ result: R?) {
        send(Response(id: id, result: result, error: nil))
    }

    private func respond(_ id: RequestID?, error: ResponseError) {
        send(Response<NoResult>(id: id, result: nil, error: error))
    }

    private func notify<P: Encodable>(_ method: String, _ params: P) {
        send(Outgoing(id: nil, method: method, params: params))
    }

    private func send<M: Encodable>(_ message: M) {
        guard let data = try? encoder.encode(message) else { return }
        writer.send(Array(data))
    }

    /// A decoding error in a sentence, without Foundation's debug dump.
    static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context): return context.debugDescription
        case DecodingError.keyNotFound(let key, let context):
            return "missing \((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        default: return "\(error)"
        }
    }
}

/// What the server can do, as `initialize` answers.
struct InitializeResult: Encodable {
    var capabilities = Capabilities()
    var serverInfo = ServerInfo()

    struct ServerInfo: Encodable {
        var name = "jobjournal"
        var version = JobJournalVersion.string
    }

    struct Capabilities: Encodable {
        var positionEncoding = "utf-16"
        var textDocumentSync = Sync()
        var hoverProvider = true
        var completionProvider = Completion()
        var definitionProvider = true
        var referencesProvider = true
        var documentSymbolProvider = true
        var codeActionProvider = CodeActions()
        var inlayHintProvider = true

        /// Open and close, incremental changes (2), saves without their text.
        struct Sync: Encodable {
            var openClose = true
            var change = 2
            var save = Save()
            struct Save: Encodable { var includeText = false }
        }
        struct Completion: Encodable { var triggerCharacters = [" ", "[", ","] }
        struct CodeActions: Encodable { var codeActionKinds = ["quickfix", "refactor.rewrite"] }
    }
}

struct RegistrationParams: Encodable { var registrations: [Registration] }

struct Registration: Encodable {
    var id: String
    var method: String
    var registerOptions: Options
    struct Options: Encodable { var watchers: [Watcher] }
    struct Watcher: Encodable { var globPattern: String }
}
