// The browser test of the docs site (issue 14): Debian's Chromium, headless, loads the site `npm run docs` built in
// docs/api from disk (file:// URLs) and checks that the index, a guide and the `capReport` page render, that the
// site's own client-side search finds "snapback" when it is typed into the search box, and that no relative link,
// script, stylesheet or image on the pages it visits points to a missing file. It also opens the cap chart that
// `npm run docs` draws (docs/api/media/cap-2018-refined-petroleum.svg, scripts/docs-charts.ts) on its own and in the
// 2018 story, where it must load. Screenshots of each page and of the chart go to reports/docs-site/ for review.
//
// No dependency: Chromium is driven over the DevTools protocol on a pipe (--remote-debugging-pipe: JSON messages
// ending in a NUL byte, written to its fd 3 and read from its fd 4), as Puppeteer does, which Node's child_process
// gives us. Without Chromium the test is skipped with a message, except under CI, where it fails: .ci/run installs
// Debian's chromium. CHROMIUM names another binary.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const site = join(root, 'docs', 'api');
const shots = join(root, 'reports', 'docs-site');
const TIMEOUT_MS = 90_000;

const chromium = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path) => path !== undefined && path !== '' && existsSync(path),
);
if (chromium === undefined) {
  const message =
    "no Chromium at /usr/bin/chromium (install Debian's chromium: apt-get install chromium, as .ci/run does, or set CHROMIUM)";
  if (process.env.CI !== undefined) {
    console.error(`browser-check: FAILED: ${message}; under CI the browser test must run.`);
    process.exit(1);
  }
  console.log(`browser-check: SKIPPED: ${message}.`);
  process.exit(0);
}
if (!existsSync(join(site, 'index.html'))) {
  console.error(`browser-check: ${relative(root, site)}/index.html is missing; run \`npm run docs\` first.`);
  process.exit(1);
}

const profile = mkdtempSync(join(tmpdir(), 'docs-browser-'));
const browser = spawn(
  chromium,
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--disable-dev-shm-usage',
    '--hide-scrollbars',
    '--remote-debugging-pipe',
    `--user-data-dir=${profile}`,
    'about:blank',
  ],
  { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] },
);
let stderr = '';
browser.stderr?.on('data', (chunk) => {
  stderr = (stderr + chunk).slice(-4000);
});

const toBrowser = /** @type {import('node:stream').Writable} */ (browser.stdio[3]);
const fromBrowser = /** @type {import('node:stream').Readable} */ (browser.stdio[4]);
let nextId = 1;
/** @type {Map<number, { resolve: (v: any) => void; reject: (e: Error) => void; method: string }>} */
const pending = new Map();
/** @type {((message: any) => void)[]} */
const listeners = [];
let buffered = '';
// Decoded as a stream, so a character split across two chunks of the pipe is not corrupted.
fromBrowser.setEncoding('utf8');
fromBrowser.on('data', (chunk) => {
  buffered += chunk;
  let end = buffered.indexOf('\0');
  while (end !== -1) {
    const message = JSON.parse(buffered.slice(0, end));
    buffered = buffered.slice(end + 1);
    end = buffered.indexOf('\0');
    const call = message.id === undefined ? undefined : pending.get(message.id);
    if (call !== undefined) {
      pending.delete(message.id);
      if (message.error) call.reject(new Error(`${call.method}: ${message.error.message}`));
      else call.resolve(message.result);
    } else {
      for (const listener of [...listeners]) listener(message);
    }
  }
});

/** One DevTools protocol call, on the page's session when `sessionId` is given. */
function send(method, params = {}, sessionId = undefined) {
  const id = nextId++;
  toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
  return new Promise((resolve, reject) => pending.set(id, { resolve, reject, method }));
}

/** The next event named `method` on the session. */
function event(method, sessionId) {
  return new Promise((resolve) => {
    const listener = (message) => {
      if (message.method === method && message.sessionId === sessionId) {
        listeners.splice(listeners.indexOf(listener), 1);
        resolve(message.params);
      }
    };
    listeners.push(listener);
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const failures = [];
const check = (ok, what) => {
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

async function run() {
  const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
  const page = (method, params) => send(method, params, sessionId);
  await page('Page.enable');
  await page('Runtime.enable');
  await page('Emulation.setDeviceMetricsOverride', {
    width: 1280,
    height: 900,
    deviceScaleFactor: 1,
    mobile: false,
  });

  /** Evaluates an expression in the page and returns its value. */
  async function evaluate(expression) {
    const { result, exceptionDetails } = await page('Runtime.evaluate', {
      expression,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails)
      throw new Error(`${expression}: ${exceptionDetails.exception?.description ?? 'threw'}`);
    return result.value;
  }
  /** Waits until the expression is truthy in the page, and returns its value (or the last one after `ms`). */
  async function until(expression, ms = 10_000) {
    const deadline = Date.now() + ms;
    let value = await evaluate(expression);
    while (!value && Date.now() < deadline) {
      await sleep(100);
      value = await evaluate(expression);
    }
    return value;
  }
  async function open(path) {
    const loaded = event('Page.loadEventFired', sessionId);
    const { errorText } = await page('Page.navigate', { url: pathToFileURL(join(site, path)).href });
    if (errorText) throw new Error(`${path}: ${errorText}`);
    await loaded;
    // typedoc builds the navigation from assets/navigation.js after load.
    await until(`document.querySelectorAll('.site-menu .tsd-navigation a').length > 0`);
  }
  async function screenshot(name) {
    const { data } = await page('Page.captureScreenshot', { format: 'png' });
    const file = join(shots, `${name}.png`);
    writeFileSync(file, Buffer.from(data, 'base64'));
    console.log(`  screenshot ${relative(root, file)}`);
  }
  /** Every relative (file://) link, script, stylesheet and image of the page whose file is missing. */
  async function missingFiles() {
    const urls = await evaluate(
      `[...document.querySelectorAll('a[href], link[href], script[src], img[src]')].map((e) => e.href || e.src)`,
    );
    return [
      ...new Set(
        urls
          .filter((url) => url.startsWith('file:'))
          .map((url) => fileURLToPath(url.split('#')[0].split('?')[0]))
          .filter((path) => !existsSync(path) || !statSync(path).isFile()),
      ),
    ].map((path) => relative(site, path));
  }
  async function linksResolve(name) {
    const missing = await missingFiles();
    check(
      missing.length === 0,
      `${name}: every relative link resolves${missing.length ? ` (missing: ${missing.join(', ')})` : ''}`,
    );
  }

  console.log('index.html');
  await open('index.html');
  const title = await evaluate('document.title');
  check(/sanctions-regime/.test(title), `index: title names the library ("${title}")`);
  check(
    /UN Security Council sanctions regimes/.test(
      await evaluate(`document.querySelector('.col-content')?.textContent ?? ''`),
    ),
    'index: the README renders',
  );
  const navigation = await evaluate(
    `[...document.querySelectorAll('.site-menu .tsd-navigation a')].map((a) => a.textContent.trim())`,
  );
  const guides = [
    'Getting started',
    'The 2018 story',
    'The layers',
    'The 2231 story',
    'Using the JSON Schemas',
    'FAQ',
  ];
  const positions = guides.map((g) => navigation.findIndex((text) => text.startsWith(g)));
  check(
    positions.every((p, i) => p !== -1 && (i === 0 || p > (positions[i - 1] ?? -1))),
    `index: the navigation lists the guides in reading order (${guides.join(', ')})`,
  );
  check(
    ['sanctions-regime', 'sanctions-regime/data', 'sanctions-regime/format'].every((m) =>
      navigation.includes(m),
    ),
    'index: the navigation names the modules sanctions-regime, sanctions-regime/data and sanctions-regime/format',
  );
  await screenshot('index');
  await linksResolve('index');

  console.log('search');
  await evaluate(`document.getElementById('tsd-search-trigger').click()`);
  await until(`document.activeElement?.id === 'tsd-search-input'`);
  await page('Input.insertText', { text: 'snapback' });
  const results = await until(
    `(() => { const r = [...document.querySelectorAll('#tsd-search-results li a')].map((a) => ({ text: a.textContent.trim(), href: a.href })); return r.length > 0 ? r : undefined; })()`,
  );
  check(
    Array.isArray(results) && results.length > 0,
    `search: "snapback" has results (${results?.length ?? 0})`,
  );
  const found = (results ?? []).map((r) => r.text);
  check(
    found.some((t) => /2231 story/.test(t)),
    `search: "snapback" finds the 2231 story guide (searchInDocuments) (${found.slice(0, 8).join(' | ')})`,
  );
  check(
    found.some((t) => t.startsWith('sanctions-regime') && /snapback/i.test(t)),
    'search: "snapback" finds API items (the Snapback types, the plan fields)',
  );
  const resultFiles = (results ?? [])
    .filter((r) => r.href.startsWith('file:'))
    .map((r) => fileURLToPath(r.href.split('#')[0]))
    .filter((path) => !existsSync(path));
  check(
    resultFiles.length === 0,
    `search: every result links to a page that exists${resultFiles.length ? ` (missing: ${resultFiles.join(', ')})` : ''}`,
  );
  await screenshot('search-snapback');

  console.log('a guide: documents/The_2018_story…');
  await open('documents/The_2018_story__the_Security_Council_meeting_of_27_September_2018.html');
  check(
    /The 2018 story/.test(await evaluate(`document.querySelector('h1')?.textContent ?? ''`)),
    'guide: its heading renders',
  );
  check(
    (await evaluate(`document.querySelectorAll('.col-content pre code').length`)) > 0,
    'guide: its code blocks render',
  );
  await screenshot('guide-story-2018');
  await linksResolve('guide');
  const chartImage = await until(
    `(() => { const img = [...document.querySelectorAll('.col-content img')].find((i) => i.src.endsWith('/media/cap-2018-refined-petroleum.svg')); return img && img.complete && img.naturalWidth > 0 ? img.getAttribute('src') : undefined; })()`,
  );
  check(
    typeof chartImage === 'string' && !/^[a-z]+:/.test(chartImage),
    `guide: the cap chart loads from the site itself (${chartImage ?? 'not found or not loaded'})`,
  );

  console.log('media/cap-2018-refined-petroleum.svg');
  const chartLoaded = event('Page.loadEventFired', sessionId);
  const { errorText: chartError } = await page('Page.navigate', {
    url: pathToFileURL(join(site, 'media', 'cap-2018-refined-petroleum.svg')).href,
  });
  if (chartError) throw new Error(`media/cap-2018-refined-petroleum.svg: ${chartError}`);
  await chartLoaded;
  const chart = await evaluate(
    `(() => { const svg = document.documentElement; return { root: svg.localName, title: svg.querySelector('title')?.textContent ?? '', desc: svg.querySelector('desc')?.textContent ?? '', steps: svg.querySelectorAll('path.step').length, limit: svg.querySelector('.limit')?.textContent.trim() ?? '', crossings: [...svg.querySelectorAll('.crossing')].map((g) => g.textContent.trim()), box: svg.getBBox().width }; })()`,
  );
  check(chart.root === 'svg', `chart: the file renders as an SVG document (<${chart.root}>)`);
  check(
    /^Cap dprk\.refined-petroleum\.cap, 2018-01-01 to 2018-12-31$/.test(chart.title) &&
      chart.desc.length > 100,
    `chart: it has a title and a description ("${chart.title}", ${chart.desc.length} characters)`,
  );
  check(
    chart.steps === 3 && chart.limit === 'limit 500,000 bbl',
    `chart: three step lines and the limit (${chart.steps}, "${chart.limit}")`,
  );
  check(
    chart.crossings.some((c) => c.includes('2018-05-30') && c.includes('usa-2018-01/05')),
    `chart: the crossing is marked with its date and entry (${chart.crossings.join(' | ')})`,
  );
  check(chart.box > 300, `chart: its drawing has a size (${Math.round(chart.box)} px wide)`);
  await screenshot('cap-chart-2018');

  console.log('functions/sanctions-regime.capReport.html');
  await open('functions/sanctions-regime.capReport.html');
  check(
    /capReport/.test(await evaluate(`document.querySelector('h1')?.textContent ?? ''`)),
    'capReport: its heading renders',
  );
  check(
    /capReport\s*\(/.test(await evaluate(`document.querySelector('.tsd-signature')?.textContent ?? ''`)),
    'capReport: its signature renders',
  );
  await screenshot('capReport');
  await linksResolve('capReport');

  const exited = new Promise((resolve) => browser.once('exit', resolve));
  await send('Browser.close').catch(() => undefined);
  await Promise.race([exited, sleep(5_000)]);
}

mkdirSync(shots, { recursive: true });
const timer = setTimeout(() => {
  console.error(`browser-check: timed out after ${TIMEOUT_MS / 1000} s\n${stderr}`);
  browser.kill('SIGKILL');
  process.exit(1);
}, TIMEOUT_MS);
let exitCode = 0;
try {
  await run();
} catch (error) {
  console.error(`browser-check: ${error instanceof Error ? error.message : error}\n${stderr}`);
  exitCode = 1;
} finally {
  clearTimeout(timer);
  if (browser.exitCode === null && browser.signalCode === null) {
    const exited = new Promise((resolve) => browser.once('exit', resolve));
    browser.kill();
    await Promise.race([exited, sleep(5_000)]);
  }
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  } catch {
    // Chromium may still be writing its profile; it is in the temporary directory.
  }
}
if (failures.length > 0) {
  console.error(`browser-check: ${failures.length} check(s) failed`);
  exitCode = 1;
}
if (exitCode === 0) console.log(`browser-check: ok (${chromium})`);
process.exit(exitCode);
