// Trunk post_build step: minifies the module JS that wasm-bindgen wrote and the interface it
// shares with the wasm, then rewrites the Subresource Integrity hashes index.html holds for
// both, which would otherwise refuse the new files. Three cuts, each checked so that a
// wasm-bindgen upgrade that breaks an assumption stops the build instead of shipping:
// 1. Classes no one can make: wasm-bindgen exports every `#[wasm_bindgen]` struct of every
//    crate. server_fn (a Leptos dependency) brings wasm-streams' three stream adapters, which
//    a board never creates: no constructor, and the wasm never hands one out (`__wrap`). They,
//    their wasm exports and the Rust code only those exports reach go (wasm-opt runs again).
// 2. Import names: ~200 JS functions named like `__wbg_set_7eaa4f96924fe6b3`. The hashes are
//    random to brotli and written twice, in the wasm and in the module JS: they become `a`,
//    `b`, … in both.
// 3. Export names only the module JS reads (`wasm.<name>`) are shortened the same way. Those
//    another file reads (the chunk loader reads the table and memory) keep theirs.
// Then terser minifies the JS (Trunk ships it as written: 59 KB of comments, JSDoc and long
// names). The module JS's own exports keep their names: index.html and embed.js use them.
// Usage: node scripts/minify-module.mjs [dir]   (default: $TRUNK_STAGING_DIR)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { parse } from 'acorn';
import { minify } from 'terser';

import { readInterface, rewriteInterface } from './wasm-interface.mjs';

// The second pass after split-wasm.sh's: -Oz here undid 1.4 KB brotli of what that pass's
// flags had won, so it keeps their size-minded inlining and memory assumptions (every module
// this runs on defines its memory: the main module and the one-piece feeds build).
const SECOND_PASS = ['-Os', '--low-memory-unused', '--zero-filled-memory', '--one-caller-inline-max-function-size=50'];

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('minify-module: run by trunk as a post_build hook, or give a directory');

const modules = readdirSync(dir).filter((file) => /^careers-widget-[0-9a-f]+\.js$/.test(file));
if (modules.length !== 1) throw new Error(`minify-module: expected one module JS in ${dir}, found: ${modules}`);
const [name] = modules;
const stem = name.slice(0, -'.js'.length);
const path = join(dir, name);
const wasmPath = join(dir, `${stem}_bg.wasm`);
/** The module name the wasm's JS imports come from, once shortened. */
const GLUE_MODULE = 'w';

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const indexPath = join(dir, 'index.html');
let index = readFileSync(indexPath, 'utf8');
/** Replaces `before`'s integrity hash in index.html with `after`'s; `what` names the file. */
function rehash(before, after, what) {
  const updated = index.replace(sri(before), sri(after));
  if (updated === index) throw new Error(`minify-module: index.html holds no integrity hash of ${what}`);
  index = updated;
}
/** Everything else here that may name the module JS's or the wasm's exports. */
const otherFiles = readdirSync(dir)
  .filter((file) => (file.endsWith('.js') || file.endsWith('.html')) && file !== name)
  .map((file) => readFileSync(join(dir, file), 'utf8'))
  .join('\n');
/** How often the regular expression `pattern` matches in `text`. */
const occurrences = (text, pattern) => (text.match(new RegExp(pattern, 'g')) ?? []).length;
/** `name` as a whole JS identifier, not part of a longer one. */
const identifier = (name) => `(?<![\\w$])${name}(?![\\w$])`;
const mentions = (text, name) => occurrences(text, identifier(name));

const wasm = readFileSync(wasmPath);
const wrote = readFileSync(path, 'utf8');
const { source: withoutClasses, deadExports } = dropClassesNoOneCanMake(wrote);
const { source: shortened, renameImport, renameExport } = shortenNames(withoutClasses, readInterface(wasm));
let shrunk = rewriteInterface(wasm, {
  renameImport,
  renameExport: (exported) => (deadExports.has(exported) ? null : renameExport(exported)),
});
if (deadExports.size > 0) shrunk = optimize(shrunk);
writeFileSync(wasmPath, shrunk);
rehash(wasm, shrunk, `${stem}_bg.wasm`);

const result = await minify(shortened, { module: true, compress: true, mangle: true, format: { comments: false } });
writeFileSync(path, result.code);
rehash(wrote, result.code, name);
writeFileSync(indexPath, index);
console.log(
  `minify-module: ${name} ${wrote.length} -> ${result.code.length} B, ${stem}_bg.wasm ${wasm.length} -> ${shrunk.length} B` +
    `, dropped ${deadExports.size} exports of classes no one can make`,
);

/**
 * The module JS without its exported classes that can have no instance (no constructor, no
 * `__wrap` for the wasm to hand one out, named by no other file), nor the statements that
 * only serve them; and the wasm exports only those statements called.
 */
function dropClassesNoOneCanMake(source) {
  const program = parse(source, { ecmaVersion: 'latest', sourceType: 'module' });
  const classes = program.body
    .filter((node) => node.type === 'ExportNamedDeclaration' && node.declaration?.type === 'ClassDeclaration')
    .map((node) => node.declaration)
    .filter((declaration) => !declaration.body.body.some((member) => member.kind === 'constructor'))
    .map((declaration) => declaration.id.name)
    .filter((className) => !source.includes(`${className}.__wrap`) && mentions(otherFiles, className) === 0);
  if (classes.length === 0) return { source, deadExports: new Set() };
  const serves = (text) => classes.some((className) => mentions(text, className) + mentions(text, `${className}Finalization`) > 0);
  const dropped = program.body.filter((node) => serves(source.slice(node.start, node.end)));
  let kept = '';
  let at = 0;
  for (const node of dropped) {
    kept += source.slice(at, node.start);
    at = node.end;
  }
  kept += source.slice(at);
  for (const className of classes) {
    if (mentions(kept, className) > 0) throw new Error(`minify-module: ${className} is still used after dropping it`);
  }
  const called = new Set(dropped.flatMap((node) => [...source.slice(node.start, node.end).matchAll(/\bwasm\.([\w$]+)/g)].map((match) => match[1])));
  const deadExports = new Set([...called].filter((exported) => mentions(kept, exported) === 0));
  console.log(`minify-module: dropped ${classes.join(', ')}`);
  return { source: kept, deadExports };
}

/**
 * The module JS with short names for the wasm's imports from it and for the exports only it
 * reads, and the renaming functions for the wasm's side. Each import must be a key of the
 * JS's import object exactly once, and no chunk may import from the JS: anything else stops
 * the build rather than ship a module whose names do not resolve.
 */
function shortenNames(source, { imports, exports }) {
  // wasm-bindgen names the JS the wasm imports from after the name it wrote: `./<name>_bg.js`.
  const glues = [...new Set(imports.map((entry) => entry.module))].filter((module) => module.endsWith('_bg.js'));
  if (glues.length !== 1) throw new Error(`minify-module: expected one *_bg.js import module in ${stem}_bg.wasm, found: ${glues}`);
  const [glue] = glues;
  for (const chunk of readdirSync(dir).filter((file) => file.endsWith('.wasm') && file !== `${stem}_bg.wasm`)) {
    if (readInterface(readFileSync(join(dir, chunk))).imports.some((entry) => entry.module === glue)) {
      throw new Error(`minify-module: ${chunk} imports from ${glue}; its names would not resolve`);
    }
  }

  const importNames = new Map();
  for (const entry of imports) {
    if (entry.module === glue && !importNames.has(entry.name)) importNames.set(entry.name, shortName(importNames.size));
  }
  let shortened = replaceOnce(source, JSON.stringify(glue), JSON.stringify(GLUE_MODULE));
  for (const [long, short] of importNames) {
    shortened = replaceOnce(shortened, new RegExp(`(?<![\\w$])${long}(?=\\s*:)`, 'g'), short, long);
  }

  // Read as `wasm.<name>` only: never as another object's property nor as a string. (The JS
  // may also name a local function like the export; those are other bindings.)
  /** `exported` read as the JS reads the wasm's exports: `wasm.<name>`. */
  const readBy = (exported) => `\\bwasm\\.${exported}(?![\\w$])`;
  const readOnlyHere = (exported) =>
    occurrences(shortened, `\\.${exported}(?![\\w$])`) === occurrences(shortened, readBy(exported)) &&
    occurrences(shortened, `["'\`]${exported}["'\`]`) === 0 &&
    mentions(otherFiles, exported) === 0;
  const taken = new Set(exports.map((entry) => entry.name));
  const exportNames = new Map();
  let next = 0;
  for (const { name: exported } of exports.filter((entry) => readOnlyHere(entry.name))) {
    let short;
    do short = shortName(next++);
    while (taken.has(short));
    exportNames.set(exported, short);
    shortened = shortened.replace(new RegExp(readBy(exported), 'g'), `wasm.${short}`);
  }

  return {
    source: shortened,
    renameImport: (entry) => (entry.module === glue ? { module: GLUE_MODULE, name: importNames.get(entry.name) } : entry),
    renameExport: (exported) => exportNames.get(exported) ?? exported,
  };
}

/** `text` with the one match of `pattern` replaced; none or several stop the build. */
function replaceOnce(text, pattern, replacement, what = pattern) {
  const found = typeof pattern === 'string' ? text.split(pattern).length - 1 : (text.match(pattern) ?? []).length;
  if (found !== 1) throw new Error(`minify-module: expected ${what} once in the module JS, found it ${found} times`);
  return text.replace(pattern, replacement);
}

/** `a`…`z`, `A`…`Z`, then two letters and so on: the `at`-th shortest name. */
function shortName(at) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let short = '';
  for (let rest = at; ; rest = Math.floor(rest / letters.length) - 1) {
    short = letters[rest % letters.length] + short;
    if (rest < letters.length) return short;
  }
}

/** `bytes` through wasm-opt again, which drops what only the removed exports reached. */
function optimize(bytes) {
  const work = mkdtempSync(join(tmpdir(), 'minify-module-'));
  try {
    writeFileSync(join(work, 'in.wasm'), bytes);
    const run = spawnSync('wasm-opt', [...SECOND_PASS, join(work, 'in.wasm'), '-o', join(work, 'out.wasm')], { stdio: 'inherit' });
    if (run.status !== 0) throw new Error(`minify-module: wasm-opt failed (${run.error ?? `status ${run.status}`})`);
    return readFileSync(join(work, 'out.wasm'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
