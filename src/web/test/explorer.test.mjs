// Browser test of tradekg's explorer, in Debian's Chromium driven by playwright-core.
//
// It starts no server: give it the URL of a running `tradekg serve` over a dataset that holds
// the seed article (seed-us-china-talks), e.g.
//
//   node --test test/explorer.test.mjs            # with TRADEKG_URL=http://localhost:PORT/
//   TRADEKG_URL=http://localhost:3030/ SCREENSHOT=../../target/explorer.png node --test test/explorer.test.mjs
//
// Checks: the page loads with no error and no request leaving localhost (Cytoscape.js is
// bundled, no CDN); searching "Bessent" lists the seed's Treasury Secretary; picking him draws
// his neighbourhood; a click on a meeting node expands it to the other side (He Lifeng); the
// timeline lists his events; the SPARQL editor answers. Saves a screenshot to $SCREENSHOT.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium } from 'playwright-core';

const url = process.env.TRADEKG_URL || process.argv.find((a) => a.startsWith('http'));
const screenshot = process.env.SCREENSHOT || 'target/explorer.png';
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

// Flags for a closed network: without the background-networking ones Chromium keeps trying
// (and failing) to reach Google's hosts.
const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

test('the explorer shows the seed article and expands a node on click', async () => {
  assert.ok(url, 'set TRADEKG_URL to the address of a running tradekg serve');
  const browser = await chromium.launch({ executablePath, args, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors = [];
    const foreign = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('request', (r) => {
      const host = new URL(r.url()).hostname;
      if (host !== 'localhost' && host !== '127.0.0.1') foreign.push(r.url());
    });

    const response = await page.goto(url);
    assert.equal(response.status(), 200);
    await page.evaluate(() => window.explorer.ready);
    assert.equal(await page.evaluate(() => typeof window.cytoscape), 'function', 'Cytoscape.js is loaded');

    // Search and pick the seed's Treasury Secretary.
    await page.fill('#search', 'Bessent');
    await page.click('#search-form button');
    const result = page.locator('#results li', { hasText: 'Scott Bessent' });
    await result.first().waitFor({ timeout: 15000 });
    await result.first().click();
    await page.waitForFunction(() => window.explorer.cy().nodes().length > 3
      && window.explorer.cy().getElementById('https://w3id.org/tradekg/resource/person/scott-bessent').nonempty()
      && !window.explorer.cy().getElementById('https://w3id.org/tradekg/resource/person/scott-bessent').hasClass('unexpanded'));
    const labels = await page.evaluate(() => window.explorer.cy().nodes().map((n) => n.data('label')));
    assert.ok(labels.includes('United States'), 'Bessent represents the United States: ' + labels);
    assert.ok(labels.some((l) => l.startsWith('Meeting')), 'Bessent takes part in meetings: ' + labels);

    // The timeline of his events.
    await page.locator('#timeline li time').first().waitFor({ timeout: 15000 });
    assert.ok(await page.locator('#timeline li').count() >= 2);

    // Click a meeting node where Cytoscape drew it: it expands to the other participants.
    const before = await page.evaluate(() => window.explorer.cy().nodes().length);
    const target = await page.evaluate(() => {
      const cy = window.explorer.cy();
      const meeting = cy.nodes('.unexpanded').filter((n) => n.data('type') === 'Meeting'
        && n.connectedEdges().some((e) => e.data('label') === 'participant'))[0];
      const box = cy.container().getBoundingClientRect();
      const p = meeting.renderedPosition();
      return { id: meeting.id(), x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.click(target.x, target.y);
    await page.waitForFunction((id) => !window.explorer.cy().getElementById(id).hasClass('unexpanded'), target.id);
    await page.waitForFunction((n) => window.explorer.cy().nodes().length > n, before);
    const after = await page.evaluate(() => window.explorer.cy().nodes().map((n) => n.data('label')));
    assert.ok(after.length > before, `the click added nodes (${before} -> ${after.length})`);
    assert.ok(after.includes('He Lifeng'), 'the meeting brings in the Chinese side: ' + after);

    // The SPARQL editor answers the sample query with a table.
    await page.click('#run');
    await page.locator('#sparql-results table tr').nth(1).waitFor({ timeout: 15000 });

    assert.deepEqual(errors, [], 'no error on the page');
    assert.deepEqual(foreign, [], 'no request leaves localhost');

    mkdirSync(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true });
  } finally {
    await browser.close();
  }
});
