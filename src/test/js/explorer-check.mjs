// Drives the explorer in Debian's Chromium (puppeteer-core, never a downloaded browser) and prints what it saw as
// JSON; ExplorerBrowserTest makes the assertions, against the API's own answers.
// Usage: node explorer-check.mjs BASE_URL PATH...   (the paths are the pages checked with axe-core and at 375 px)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const [base, ...pages] = process.argv.slice(2);
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-chromium-'));

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: false, // the flags below say --headless themselves, as the team's standard asks
  userDataDir,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const result = {};
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });

  // 1. From / to the museum figure and its source, counting clicks.
  let clicks = 0;
  await page.goto(base + '/?lang=en', { waitUntil: 'load' });
  await page.type('#q', 'museum');
  await Promise.all([page.waitForNavigation(), page.click('form.search button[type=submit]')]);
  clicks++;
  const hit = await page.$('ol.hits a[href*="organisation_type%3Amuseums"], ol.hits a[href*="organisation_type:museums"]');
  if (hit) {
    await Promise.all([page.waitForNavigation(), hit.click()]);
    clicks++;
  }
  result.museum = {
    clicks,
    url: page.url(),
    summary: await page.$eval('#summary', e => e.textContent.trim()).catch(() => null),
    rows: await tableRows(page),
    sources: await page.$$eval('.citation h3', hs => hs.map(h => h.textContent.trim())),
    sourceVisible: await page.$eval('.citation', e => e.getBoundingClientRect().height > 0).catch(() => false),
  };

  // 2. A series page: the points the chart draws and the values of its table; the CSV its link downloads.
  await page.goto(base + '/explore/indicators/creative-gva?region=east-kazakhstan&lang=en', { waitUntil: 'load' });
  result.series = {
    // Only the chart on screen: the page also carries the chart's narrow layout, hidden at this width.
    points: await page.$$eval('figure.chart svg [data-period][data-value]', es => es.filter(e => e.getClientRects().length > 0).map(e => ({ period: e.getAttribute('data-period'), value: e.getAttribute('data-value') }))),
    rows: await tableRows(page),
  };
  const csvHref = await page.$eval('.downloads a[type="text/csv"]', a => a.href);
  result.csv = { href: csvHref, text: await page.evaluate(href => fetch(href).then(r => r.text()), csvHref) };

  // 3. Keyboard: tab to the table view, open it with Enter, then go back.
  let reached = null;
  for (let n = 0; n < 60 && !reached; n++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement && document.activeElement.getAttribute('data-view') === 'table' ? 'table' : null);
  }
  const keyboard = { reachedTableLink: reached === 'table' };
  if (reached) {
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.getElementById('view-table').hidden);
    keyboard.urlAfterEnter = page.url();
    keyboard.tableVisible = await page.$eval('#view-table', e => !e.hidden);
    await page.goBack();
    await page.waitForFunction(() => !document.getElementById('view-chart').hidden);
    keyboard.urlAfterBack = page.url();
    keyboard.chartVisibleAfterBack = await page.$eval('#view-chart', e => !e.hidden);
  }
  result.keyboard = keyboard;

  // 4. Languages: by parameter, and by Accept-Language alone.
  result.languages = {};
  for (const lang of ['kk', 'ru']) {
    await page.goto(base + '/explore/indicators/creative-gva?region=east-kazakhstan&lang=' + lang, { waitUntil: 'load' });
    result.languages[lang] = await page.evaluate(() => ({ lang: document.documentElement.lang, tab: document.querySelector('.view-switch a').textContent.trim(), h1: document.querySelector('h1').textContent.trim() }));
  }
  const russian = await browser.newPage();
  await russian.setExtraHTTPHeaders({ 'Accept-Language': 'ru-RU,ru;q=0.9,en;q=0.5' });
  await russian.goto(base + '/', { waitUntil: 'load' });
  result.languages.acceptLanguageRu = await russian.evaluate(() => ({ lang: document.documentElement.lang, button: document.querySelector('form.search button').textContent.trim() }));
  await russian.close();

  // 5. axe-core (WCAG 2.1 A and AA rules) on every page, and nothing wider than a 375 px screen, table cells included.
  result.axe = [];
  result.overflow = [];
  const checker = await browser.newPage();
  await checker.setBypassCSP(true); // axe is injected by the test, not served by the app
  for (const p of pages) {
    await checker.setViewport({ width: 1280, height: 900 });
    await checker.goto(base + p, { waitUntil: 'load' });
    await checker.evaluate(axeSource);
    const axe = await checker.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
    result.axe.push({ path: p, violations: axe.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })) });
    await checker.setViewport({ width: 375, height: 800 });
    await checker.goto(base + p, { waitUntil: 'load' });
    result.overflow.push({ path: p, ...(await checker.evaluate(() => {
      // The chart on screen, and the smallest size its text is drawn at: font size in the SVG's units times its scale.
      const chart = [...document.querySelectorAll('figure.chart svg')].find(svg => svg.getClientRects().length > 0);
      const scale = chart ? chart.getBoundingClientRect().width / chart.viewBox.baseVal.width : null;
      const sizes = chart ? [...chart.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize) * scale) : [];
      // Every cell of a table of values (the series page's values and changes, a region's key indicators) on screen
      // without scrolling sideways: a cell in a scroll box past the screen's edge is where a reader never sees it. The
      // sections below the first screen are laid out first (content-visibility: auto skips them until scrolled to).
      document.querySelectorAll('main > section').forEach(section => { section.style.contentVisibility = 'visible'; });
      const cells = [...document.querySelectorAll('table.values td, table.key-indicators td, table.changes td')].filter(c => c.getClientRects().length > 0);
      // A cell whose text runs past its own edge (scrollWidth) counts as outside too.
      const cellsOutside = cells.map(c => ({ c, r: c.getBoundingClientRect() }))
        .filter(({ c, r }) => r.left < -0.5 || r.right > window.innerWidth + 0.5 || c.scrollWidth > c.clientWidth + 1)
        .map(({ c, r }) => c.closest('table').className + ' "' + c.textContent.trim().slice(0, 30) + '" ' + Math.round(r.left) + '..' + Math.round(r.right));
      return { width: window.innerWidth, scrollWidth: document.documentElement.scrollWidth, scrollingWidth: document.scrollingElement.scrollWidth,
        chartWidth: chart ? chart.getBoundingClientRect().width : null, smallestChartText: sizes.length ? Math.min(...sizes) : null,
        tableCells: cells.length, cellsOutside };
    })) });
  }
} finally {
  await browser.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(result));

async function tableRows(page) {
  return page.$$eval('#values tbody tr', trs => trs.map(tr => ({ region: tr.getAttribute('data-region'), period: tr.getAttribute('data-period'),
    value: tr.getAttribute('data-value'), status: tr.getAttribute('data-status'), shown: tr.querySelector('td.num').textContent.trim() })));
}
