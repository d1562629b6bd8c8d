// The UN rendering beside the editor: the server renders the buffer's current text (request "draftingkit/preview",
// the HTML `draftkit render --format html` writes) and the webview shows it, again after each pause in typing.
import * as vscode from "vscode";
import { LanguageClient } from "vscode-languageclient/node";

interface PreviewAnswer {
  uri: string;
  version: number;
  html: string;
}

export class UnPreview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document) {
          this.schedule();
        }
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && this.panel && isDrafting(editor.document)) {
          this.document = editor.document;
          this.schedule();
        }
      }),
    );
  }

  show(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isDrafting(editor.document)) {
      void vscode.window.showInformationMessage("DraftingKit previews templates (*.res.md) and reports (*.report.md).");
      return;
    }

    this.document = editor.document;
    if (!this.panel) {
      // Scripts stay off: the page is the UN text, nothing in it needs to run.
      this.panel = vscode.window.createWebviewPanel("draftingkit.preview", "UN rendering", vscode.ViewColumn.Beside, {
        enableScripts: false,
      });
      this.panel.onDidDispose(() => (this.panel = undefined), null, this.subscriptions);
    }

    this.panel.reveal(vscode.ViewColumn.Beside, true);
    void this.render();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const delay = vscode.workspace.getConfiguration("draftingkit").get<number>("preview.delay", 300);
    this.timer = setTimeout(() => void this.render(), delay);
  }

  private async render(): Promise<void> {
    const client = this.client();
    const document = this.document;
    if (!client || !document || !this.panel) {
      return;
    }

    try {
      const answer = await client.sendRequest<PreviewAnswer | null>("draftingkit/preview", {
        textDocument: { uri: document.uri.toString() },
      });
      if (this.panel && answer) {
        this.panel.title = "UN rendering: " + document.uri.path.split("/").pop();
        this.panel.webview.html = answer.html;
      }
    } catch (error) {
      // The text is half written: keep the last rendering rather than a blank page.
      console.warn("DraftingKit preview:", error);
    }
  }
}

function isDrafting(document: vscode.TextDocument): boolean {
  return /\.(res|report)\.md$/i.test(document.uri.path);
}
