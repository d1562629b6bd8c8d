// DraftingKit for VS Code: starts `draftkit lsp` for *.res.md templates and *.report.md reports, and shows the UN
// rendering of the active one beside the editor, following the text as it is typed.
import * as vscode from "vscode";
import { DocumentSelector, LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from "vscode-languageclient/node";
import { UnPreview } from "./preview";

let client: LanguageClient | undefined;

/** The files DraftingKit serves: templates and reports, which are Markdown to the editor. */
export const draftingFiles: DocumentSelector = [
  { scheme: "file", pattern: "**/*.res.md" },
  { scheme: "file", pattern: "**/*.report.md" },
];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = startClient();
  const preview = new UnPreview(() => client);
  context.subscriptions.push(
    preview,
    vscode.commands.registerCommand("draftingkit.showPreview", () => preview.show()),
    vscode.commands.registerCommand("draftingkit.restartServer", async () => {
      await client?.stop();
      client = startClient();
      await client.start();
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

function startClient(): LanguageClient {
  const settings = vscode.workspace.getConfiguration("draftingkit");
  const command = settings.get<string>("server.command", "draftkit");
  const args = settings.get<string[]>("server.arguments", ["lsp", "--stdio"]);
  const serverOptions: ServerOptions = { command, args, transport: TransportKind.stdio };
  const clientOptions: LanguageClientOptions = {
    documentSelector: draftingFiles,
    synchronize: {
      // Severities and options live in these files; a project catalog and templates feed the citations.
      fileEvents: vscode.workspace.createFileSystemWatcher("**/{.editorconfig,.globalconfig,*.catalog.csv,*.res.md}"),
    },
  };
  return new LanguageClient("draftingkit", "DraftingKit", serverOptions, clientOptions);
}
