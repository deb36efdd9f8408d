// Starts `jobjournal lsp` for the Markdown files of a journal (docs/editors.md).
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

exports.activate = function (context) {
  const command = vscode.workspace.getConfiguration("jobjournal").get("path") || "jobjournal";
  client = new LanguageClient(
    "jobjournal",
    "jobjournal",
    { command, args: ["lsp"] },
    {
      documentSelector: [{ scheme: "file", language: "markdown" }],
      synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/{*.md,*.markdown,.jobjournal.yaml}") },
    }
  );
  context.subscriptions.push(client);
  return client.start();
};

exports.deactivate = function () {
  return client ? client.stop() : undefined;
};
