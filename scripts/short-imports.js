#!/usr/bin/env node
// The reader's wasm imports each DOM call under a name wasm-bindgen makes unique with a
// 16-digit hash (`__wbg_fillText_89d353a9ad9f4a1a`), and its glue names the same function
// once more: two copies of 26 hashes that gzip cannot shrink, about 0.4 KB in the glue and
// as much in the wasm (issue 19). This renames them, in the wasm's import section and in
// its glue alike, to short names given in the order of the old ones, so that two wasms
// with the same imports (the reader's and the register's) still share one glue.
//
// It also words wasm-bindgen's console warnings shorter (WARNINGS), and drops the wasm's
// `target_features` section (107 B), which no browser reads.
//
// usage: node scripts/short-imports.js WASM GLUE   (both rewritten in place)
const fs = require('fs');

const HASHED = /^__wbg_.+_[0-9a-f]{16}$/;

/** Reads an unsigned LEB128 at `at`: [value, next offset]. */
function leb(buf, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = buf[at];
    at += 1;
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}

/** An unsigned LEB128. */
function toLeb(n) {
  const out = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return Buffer.from(out);
}

const name = (buf, at) => {
  const [len, start] = leb(buf, at);
  return [buf.toString('utf8', start, start + len), start + len];
};
const encodeName = (s) => Buffer.concat([toLeb(Buffer.byteLength(s)), Buffer.from(s)]);

/** The end of an import's description (its kind byte at `at`). */
function skipDesc(buf, at) {
  const kind = buf[at];
  at += 1;
  const limits = (p) => {
    const flags = buf[p];
    let next = leb(buf, p + 1)[1];
    if (flags & 1) next = leb(buf, next)[1];
    return next;
  };
  if (kind === 0) return leb(buf, at)[1];
  if (kind === 1) return limits(at + 1);
  if (kind === 2) return limits(at);
  if (kind === 3) return at + 2;
  throw new Error(`unknown import kind ${kind}`);
}

/**
 * The wasm with its import section rebuilt by `rename` (old field name -> new or
 * undefined) and `renameModule` (the same for the module an import is from).
 */
function renameImports(wasm, rename, renameModule = () => undefined) {
  const parts = [wasm.subarray(0, 8)];
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, start] = leb(wasm, at + 1);
    const end = start + size;
    if (id === 0 && name(wasm, start)[0] === 'target_features') {
      // The features Rust compiled for, which only tools read: no browser does.
    } else if (id !== 2) {
      parts.push(wasm.subarray(at, end));
    } else {
      const [count, first] = leb(wasm, start);
      const body = [toLeb(count)];
      let p = first;
      for (let i = 0; i < count; i += 1) {
        const [module, afterModule] = name(wasm, p);
        const [field, afterField] = name(wasm, afterModule);
        const next = skipDesc(wasm, afterField);
        body.push(encodeName(renameModule(module) ?? module), encodeName(rename(field) ?? field), wasm.subarray(afterField, next));
        p = next;
      }
      const section = Buffer.concat(body);
      parts.push(Buffer.from([2]), toLeb(section.length), section);
    }
    at = end;
  }
  return Buffer.concat(parts);
}

/** The import field names of a wasm. */
function importNames(wasm) {
  const names = [];
  renameImports(wasm, (field) => {
    names.push(field);
    return undefined;
  });
  return names;
}

/**
 * wasm-bindgen's console warnings in the glue, which every reader downloads and none
 * reads: said in fewer words (about 110 B of the story page's gzip, issue 19's 8 KiB for
 * our JS). The fetch error a broken page shows is kept whole.
 */
const WARNINGS = [
  ['`WebAssembly.instantiateStreaming` failed because your server does not serve Wasm with `application/wasm` MIME type. Falling back to `WebAssembly.instantiate` which is slower. Original error:\\n', 'not application/wasm:'],
  ['using deprecated parameters for `initSync()`; pass a single object instead', 'deprecated initSync args'],
  ['using deprecated parameters for the initialization function; pass a single object instead', 'deprecated init args'],
];

/** `a`, `b`, … `z`, `ba`, …: names no JavaScript keyword or wasm-bindgen name takes. */
function shortName(i) {
  let s = '';
  do {
    s = String.fromCharCode(97 + (i % 26)) + s;
    i = Math.floor(i / 26);
  } while (i > 0);
  return `_${s}`;
}

function main() {
  const [wasmFile, glueFile] = process.argv.slice(2);
  if (!wasmFile || !glueFile) throw new Error('usage: short-imports.js WASM GLUE');
  const wasm = fs.readFileSync(wasmFile);
  let glue = fs.readFileSync(glueFile, 'utf8');
  const hashed = [...new Set(importNames(wasm).filter((n) => HASHED.test(n)))].sort();
  const map = new Map(hashed.map((n, i) => [n, shortName(i)]));
  for (const [old, short] of map) {
    // The glue names each import once, as a key of its imports object.
    const found = glue.split(old).length - 1;
    if (found !== 1) throw new Error(`${glueFile}: ${old} found ${found} times, not once`);
    if (glue.includes(`${short}:`)) throw new Error(`${glueFile}: already has ${short}`);
    glue = glue.replace(old, short);
  }
  // Every import is from the glue (`./NAME_bg.js`, 22 B a time for each of them): named
  // `_` in the wasm and as the glue's key alike.
  const modules = new Set();
  renameImports(wasm, () => undefined, (module) => {
    modules.add(module);
    return undefined;
  });
  const moduleMap = new Map([...modules].filter((m) => m !== '_').map((m) => [m, '_']));
  if (moduleMap.size > 1) throw new Error(`${wasmFile}: imports from ${moduleMap.size} modules, not one`);
  for (const [old, short] of moduleMap) {
    const key = JSON.stringify(old);
    const found = glue.split(`${key}:`).length - 1;
    if (found !== 1) throw new Error(`${glueFile}: the imports' key ${key} found ${found} times, not once`);
    glue = glue.replace(`${key}:`, `${JSON.stringify(short)}:`);
  }
  for (const [long, short] of WARNINGS) glue = glue.split(long).join(short);
  fs.writeFileSync(wasmFile, renameImports(wasm, (field) => map.get(field), (module) => moduleMap.get(module)));
  fs.writeFileSync(glueFile, glue);
  console.log(`short-imports: ${map.size} imports renamed in ${wasmFile} and ${glueFile}`);
}

try {
  main();
} catch (e) {
  console.error(`short-imports: ${e.message}`);
  process.exitCode = 1;
}
