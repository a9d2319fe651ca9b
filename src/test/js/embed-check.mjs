// Loads a host page on another origin (its own little server on 127.0.0.1, the app is on localhost) that frames the
// embed with the snippet the app generates, in the system Chromium, and prints what the browser drew as JSON:
// the points inside the iframe, the iframe's height after the embed reported it, and the embed with JavaScript off.
// Usage: node embed-check.mjs <host-page.html> <embed-url>
import { createServer } from "node:http";
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer from "puppeteer-core";

const [hostFile, embedUrl] = process.argv.slice(2);
const hostHtml = readFileSync(hostFile, "utf8");
const server = createServer((request, response) => {
  response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
  response.end(hostHtml);
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const hostUrl = `http://127.0.0.1:${server.address().port}/article.html`;

const profile = mkdtempSync(join(tmpdir(), "embed-check-"));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  userDataDir: profile,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});
// The points of the chart on screen: the embed holds a wide and a narrow layout and its stylesheet shows one.
const points = (root) => root.$$eval("svg.ce-chart .ce-point", (nodes) => nodes.filter((n) => n.closest("svg").getBoundingClientRect().width > 0).map((n) => {
  const box = n.getBoundingClientRect();
  return { period: n.dataset.period, value: n.dataset.value, status: n.dataset.status, region: n.dataset.region,
           visible: box.width > 0 && box.height > 0 };
}));
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 800, height: 900 });
  await page.goto(hostUrl, { waitUntil: "load", timeout: 90000 });
  const frameHandle = await page.waitForSelector("iframe", { timeout: 30000 });
  const frame = await frameHandle.contentFrame();
  await frame.waitForSelector("svg.ce-chart .ce-point", { timeout: 60000 });
  // The snippet's iframe loads lazily, so the article's load event does not wait for it: the points were counted once
  // before the embed's stylesheet had hidden one of its two layouts (12 points for 6).
  await frame.waitForFunction(() => document.readyState === "complete", { timeout: 60000 });
  const framed = await points(frame);
  // The embed posts its height; the snippet's listener sets it on the iframe.
  await page.waitForFunction(() => document.querySelector("iframe").style.height !== "", { timeout: 30000 });
  const iframeHeight = await page.$eval("iframe", (f) => f.getBoundingClientRect().height);
  const contentHeight = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const frameTitle = await frame.$eval("svg.ce-chart title", (t) => t.textContent);
  const frameLang = await frame.$eval("html", (h) => h.lang);

  const noScript = await browser.newPage();
  await noScript.setJavaScriptEnabled(false);
  await noScript.goto(embedUrl, { waitUntil: "load", timeout: 90000 });
  const withoutScript = await points(noScript);
  const dataLink = await noScript.$eval(".ce-embed-data a", (a) => a.href);

  // On a phone: the iframe of an article is about 360 px wide. The labels of the chart on screen, in CSS pixels.
  const phone = await browser.newPage();
  await phone.setViewport({ width: 360, height: 740 });
  await phone.goto(embedUrl, { waitUntil: "load", timeout: 90000 });
  const phoneLabels = await phone.$$eval("svg.ce-chart text", (texts) => texts
    .filter((t) => t.closest("svg").getBoundingClientRect().width > 0 && t.textContent.trim() !== "")
    .map((t) => t.getBoundingClientRect().height));
  const phonePoints = await points(phone);
  const phoneOverflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

  console.log(JSON.stringify({ hostOrigin: new URL(hostUrl).origin, frameOrigin: new URL(frame.url()).origin, framed,
    iframeHeight, contentHeight, frameTitle, frameLang, withoutScript, dataLink, phoneLabels, phonePoints, phoneOverflow }));
} finally {
  await browser.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
