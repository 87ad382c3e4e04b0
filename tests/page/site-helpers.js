// What the publish tests share: a stored ZIP read with no `unzip` on the machine, a folder
// served on a port of its own, and the page checks a published site must pass.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { spawn } = require('child_process');
const { expect } = require('@playwright/test');
const { default: AxeBuilder } = require('@axe-core/playwright');
const { canvases } = require('./helpers');

const ROOT = path.join(__dirname, '..', '..');

/** The files of the ZIP archive `bytes` (stored or deflated), read from its central directory. */
function unzip(bytes) {
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end -= 1;
  expect(end, 'the archive has an end record').toBeGreaterThanOrEqual(0);
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const files = new Map();
  for (let i = 0; i < count; i += 1) {
    expect(bytes.readUInt32LE(at), 'a central directory entry').toBe(0x02014b50);
    const method = bytes.readUInt16LE(at + 10);
    const compressed = bytes.readUInt32LE(at + 20);
    const [nameLen, extraLen, commentLen] = [28, 30, 32].map((k) => bytes.readUInt16LE(at + k));
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLen);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const raw = bytes.subarray(start, start + compressed);
    files.set(name, method === 8 ? zlib.inflateRawSync(raw) : Buffer.from(raw));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}

/** Writes the files of `zip` (a path) under `dir`; returns their names. */
function unzipTo(zip, dir) {
  const files = unzip(fs.readFileSync(zip));
  for (const [name, bytes] of files) {
    expect(name.startsWith('/') || name.split('/').includes('..'), `${name} stays inside`).toBe(false);
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), bytes);
  }
  return [...files.keys()].sort();
}

/**
 * Serves `dir` on `port` with the tests' server until the returned function is called;
 * `mark`, a file of `dir`, tells this server from another already on the port.
 */
async function serve(dir, port, mark) {
  const server = spawn('python3', [path.join(ROOT, 'tests', 'serve.py'), dir, String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let said = '';
  server.stderr.on('data', (d) => { said += d; });
  let exited = null;
  server.on('exit', (code) => { exited = code; });
  const url = `http://127.0.0.1:${port}/`;
  // Up to 45 s (a test and its hooks have 60): on a machine loaded to 20, more than 10 s.
  for (let i = 0; i < 450 && exited === null; i += 1) {
    try {
      if ((await fetch(`${url}${mark}`)).ok) {
        // Its request log is drained, no longer kept.
        server.stderr.removeAllListeners('data');
        server.stderr.resume();
        return { url, stop: () => server.kill() };
      }
    } catch { /* not yet listening */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  const why = exited === null ? 'no answer in 45 s' : `the server exited (${exited}): ${said.trim().split('\n').pop()}`;
  throw new Error(`${dir} is not served on ${port}: ${why}`);
}

/** Every file under `dir`, as paths relative to it with `/`. */
function listFiles(dir, prefix = '') {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    return e.isDirectory() ? listFiles(dir, rel) : [rel];
  });
}

/**
 * The page checks of a served site at `url`: the story page loads with every chart drawn
 * and axe finds nothing; each chart's embed page draws it; its downloads are there.
 * Console errors are `problems`' to report.
 */
async function checkSite(page, url, charts) {
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.chartsReady !== undefined, null, { timeout: 30_000 });
  const drawn = await canvases(page);
  expect(drawn.map((c) => c.id).sort()).toEqual([...charts].sort());
  for (const c of drawn) expect(c.ink, `${c.id} is drawn`).toBeGreaterThan(0.01);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
  for (const id of charts) {
    await page.goto(`${url}embed/${id}.html`);
    await page.waitForFunction(() => document.documentElement.dataset.chartsReady !== undefined, null, { timeout: 20_000 });
    const [c] = await canvases(page);
    expect(c && c.ink, `embed/${id}.html draws its chart`).toBeGreaterThan(0.01);
    for (const file of [`svg/${id}.svg`, `csv/${id}.csv`, `png/${id}.png`, `og/${id}.png`]) {
      expect((await fetch(`${url}${file}`)).ok, file).toBe(true);
    }
  }
}

module.exports = { unzip, unzipTo, serve, listFiles, checkSite };
