// Starts `mibc lsp` for box.mib files and connects it to the editor.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const [command, ...args] = vscode.workspace.getConfiguration("mibc").get("command");
  client = new LanguageClient(
    "mibc",
    "mibc",
    { command, args },
    { documentSelector: [{ scheme: "file", language: "mib" }] },
  );
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
