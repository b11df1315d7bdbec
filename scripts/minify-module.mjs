// Trunk post_build step: minifies the module JS that wasm-bindgen wrote (Trunk ships it as
// written: 59 KB of comments, JSDoc and long names, 8.5 KB brotli) and rewrites the
// Subresource Integrity hash index.html holds for it, which would otherwise refuse the
// smaller file. Its exports keep their names: index.html, embed.js and the wasm's own
// imports use them.
// Usage: node scripts/minify-module.mjs [dir]   (default: $TRUNK_STAGING_DIR)
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('minify-module: run by trunk as a post_build hook, or give a directory');

const modules = readdirSync(dir).filter((name) => /^careers-widget-[0-9a-f]+\.js$/.test(name));
if (modules.length !== 1) throw new Error(`minify-module: expected one module JS in ${dir}, found: ${modules}`);
const [name] = modules;
const path = join(dir, name);

const source = readFileSync(path, 'utf8');
const result = await minify(source, { module: true, compress: true, mangle: true, format: { comments: false } });
writeFileSync(path, result.code);

const sri = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
const indexPath = join(dir, 'index.html');
const index = readFileSync(indexPath, 'utf8');
const updated = index.replace(sri(source), sri(result.code));
if (updated === index) throw new Error(`minify-module: index.html holds no integrity hash of ${name}`);
writeFileSync(indexPath, updated);
console.log(`minify-module: ${name} ${source.length} -> ${result.code.length} B`);
