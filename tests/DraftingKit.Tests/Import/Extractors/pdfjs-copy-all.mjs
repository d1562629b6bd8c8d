// Prints a PDF's text as the PDF.js viewer copies all its pages (PDFViewer.getAllText in web/pdf_viewer.mjs): each
// page's text items in content order joined with nothing, a line break after an item that ends its line (hasEOL),
// pages joined by a line break. Usage: node pdfjs-copy-all.mjs PDFJS_DIST_FOLDER FILE.pdf
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [distFolder, file] = process.argv.slice(2);
const { getDocument } = await import(pathToFileURL(join(distFolder, "legacy", "build", "pdf.mjs")).href);
const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
const texts = [];
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  const { items } = await page.getTextContent();
  const buffer = [];
  for (const item of items) {
    if (item.str) buffer.push(item.str);
    if (item.hasEOL) buffer.push("\n");
  }
  texts.push(buffer.join("").replaceAll("\u0000", ""));
}
process.stdout.write(texts.join("\n"));
