// Looks at DraftingKit HTML pages the way a reader's browser shows them: each page opened in headless Chromium
// (puppeteer-core, the system's chromium), checked for what a reader sees and an automated accessibility audit
// (axe-core). Prints one JSON line per page: {"file", "problems": [...]}; exits 1 when any page has a problem.
//
//   node tests/look/check-html.mjs page.html …      CHROMIUM=/path/to/chromium to choose the browser
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const executablePath = process.env.CHROMIUM || ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
  .find((candidate) => fs.existsSync(candidate));
if (!executablePath) {
  console.error('check-html: no Chromium found; set CHROMIUM or install the Debian package chromium');
  process.exit(2);
}

// What the reader sees, computed by the browser at the width given.
function looks() {
  const problems = [];
  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  if (document.querySelectorAll('h1').length !== 1) problems.push(`${document.querySelectorAll('h1').length} h1 headings, not one`);
  let previous = 0;
  for (const heading of headings) {
    const level = Number(heading.tagName[1]);
    if (level > previous + 1) problems.push(`heading "${heading.textContent.trim().slice(0, 60)}" is h${level} after h${previous}`);
    previous = level;
  }

  // Hanging numbers: the number stands left of the paragraph's text block, and the text after it starts at the
  // block's left edge, where its wrapped lines start too.
  for (const number of document.querySelectorAll('.numbered > .num, ol.subparagraphs > li > .num')) {
    const paragraph = number.parentElement;
    const box = paragraph.getBoundingClientRect();
    const style = getComputedStyle(paragraph);
    const edge = box.left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth);
    if (number.getBoundingClientRect().left >= edge - 1) {
      problems.push(`number "${number.textContent}" does not hang left of its paragraph`);
      continue;
    }
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    walker.currentNode = number.lastChild ?? number;
    let text = walker.nextNode();
    while (text && text.textContent.length === 0) text = walker.nextNode();
    if (!text) continue;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 1);
    const left = range.getBoundingClientRect().left;
    if (Math.abs(left - edge) > 2) {
      problems.push(`text after number "${number.textContent}" starts at ${Math.round(left - edge)}px from its block's edge`);
    }
  }

  // The masthead's distribution lines stand in the right-hand column.
  for (const line of document.querySelectorAll('.masthead .distribution')) {
    const page = document.querySelector('.masthead').getBoundingClientRect();
    if (line.getBoundingClientRect().left < page.left + page.width / 2) problems.push(`"${line.textContent.trim().slice(0, 30)}" is not in the right-hand column`);
  }

  // Every footnote link lands on its note, and the note links back to the reference.
  for (const link of document.querySelectorAll('a[href^="#"]')) {
    const target = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
    if (!target) { problems.push(`link ${link.getAttribute('href')} lands nowhere`); continue; }
    if (link.classList.contains('footnote-ref') && !target.querySelector(`a[href="#${link.id}"]`)) {
      problems.push(`note ${link.getAttribute('href')} has no link back to reference ${link.id}`);
    }
  }

  const notes = document.querySelectorAll('.footnotes li');
  for (const note of notes) {
    if (!note.closest('main')) { problems.push('footnotes stand outside main'); break; }
  }
  return problems;
}

function overflow() {
  const root = document.documentElement;
  return root.scrollWidth > root.clientWidth + 1 ? [`the page is ${root.scrollWidth}px wide in a ${root.clientWidth}px window`] : [];
}

const browser = await puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
let failed = false;
try {
  for (const file of process.argv.slice(2)) {
    const page = await browser.newPage();
    const problems = [];
    await page.setViewport({ width: 1024, height: 800 });
    await page.goto('file://' + path.resolve(file), { waitUntil: 'load' });
    problems.push(...await page.evaluate(looks));

    await page.addScriptTag({ content: axeSource });
    const audit = await page.evaluate(async () => {
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => `axe ${v.impact} ${v.id}: ${v.help} (${v.nodes.length} element(s), e.g. ${v.nodes[0]?.target})`);
    });
    problems.push(...audit);

    await page.setViewport({ width: 400, height: 800 });
    problems.push(...(await page.evaluate(overflow)).map((p) => `at 400px: ${p}`));
    await page.close();

    failed ||= problems.length > 0;
    console.log(JSON.stringify({ file: path.basename(file), problems }));
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
