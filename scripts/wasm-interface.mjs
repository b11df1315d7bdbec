// Reads and rewrites the names a WebAssembly binary imports and exports, leaving every other
// byte as it is. Used by minify-module.mjs: wasm-bindgen names each import after its JS
// function plus a 16-digit hash, and those names, random to a compressor, are written twice
// (in the wasm and in the module JS that supplies them).

const IMPORT_SECTION = 2;
const EXPORT_SECTION = 7;

/** The module's imports (`{ module, name }`) and exports (`{ name }`), in order. */
export function readInterface(wasm) {
  const sections = parseSections(wasm);
  return {
    imports: (sections.get(IMPORT_SECTION)?.entries ?? []).map(({ module, name }) => ({ module, name })),
    exports: (sections.get(EXPORT_SECTION)?.entries ?? []).map(({ name }) => ({ name })),
  };
}

/**
 * `wasm` with each import renamed by `renameImport({ module, name })`, which returns the new
 * `{ module, name }`, and each export by `renameExport(name)`, which returns the new name or
 * null to drop the export. Order, kinds and types stay as they are.
 */
export function rewriteInterface(wasm, { renameImport = (entry) => entry, renameExport = (name) => name }) {
  const sections = parseSections(wasm);
  const rewritten = new Map();
  const imports = sections.get(IMPORT_SECTION);
  if (imports) {
    rewritten.set(
      IMPORT_SECTION,
      imports.entries.map((entry) => {
        const { module, name } = renameImport({ module: entry.module, name: entry.name });
        return concat([text(module), text(name), entry.description]);
      }),
    );
  }
  const exports = sections.get(EXPORT_SECTION);
  if (exports) {
    rewritten.set(
      EXPORT_SECTION,
      exports.entries.flatMap((entry) => {
        const name = renameExport(entry.name);
        return name === null ? [] : [concat([text(name), entry.description])];
      }),
    );
  }
  // Sections in file order, so rewriting one keeps every offset before it.
  const parts = [];
  let at = 0;
  for (const [id, section] of [...sections].sort(([, a], [, b]) => a.start - b.start)) {
    if (!rewritten.has(id)) continue;
    const content = concat([uleb(rewritten.get(id).length), ...rewritten.get(id)]);
    parts.push(wasm.subarray(at, section.start), Uint8Array.of(id), uleb(content.length), content);
    at = section.end;
  }
  parts.push(wasm.subarray(at));
  return concat(parts);
}

/**
 * The import and export sections: where each is (`start`: its id byte; `end`: past its
 * content) and its entries, each with the raw bytes that follow its names.
 */
function parseSections(wasm) {
  const reader = new Reader(wasm);
  reader.expect([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00], 'a WebAssembly module, version 1');
  const sections = new Map();
  while (!reader.done()) {
    const start = reader.at;
    const id = reader.byte();
    const size = reader.uleb();
    const end = reader.at + size;
    if (id === IMPORT_SECTION || id === EXPORT_SECTION) {
      const entries = [];
      for (let count = reader.uleb(); count > 0; count -= 1) {
        const module = id === IMPORT_SECTION ? reader.text() : undefined;
        const name = reader.text();
        const descriptionStart = reader.at;
        if (id === IMPORT_SECTION) skipImportDescription(reader);
        else skipExportDescription(reader);
        entries.push({ module, name, description: wasm.subarray(descriptionStart, reader.at) });
      }
      if (reader.at !== end) throw new Error(`wasm-interface: section ${id} has bytes past its entries`);
      sections.set(id, { start, end, entries });
    }
    reader.at = end;
  }
  return sections;
}

function skipImportDescription(reader) {
  const kind = reader.byte();
  switch (kind) {
    case 0x00: // function: type index
      reader.uleb();
      return;
    case 0x01: // table: reference type, limits
      reader.byte();
      skipLimits(reader);
      return;
    case 0x02: // memory: limits
      skipLimits(reader);
      return;
    case 0x03: // global: value type, mutability
      reader.byte();
      reader.byte();
      return;
    case 0x04: // tag: attribute, type index
      reader.byte();
      reader.uleb();
      return;
    default:
      throw new Error(`wasm-interface: unknown import kind 0x${kind.toString(16)}`);
  }
}

function skipExportDescription(reader) {
  const kind = reader.byte();
  if (kind > 0x04) throw new Error(`wasm-interface: unknown export kind 0x${kind.toString(16)}`);
  reader.uleb();
}

function skipLimits(reader) {
  const flags = reader.byte();
  reader.uleb();
  if (flags & 0x01) reader.uleb();
}

class Reader {
  constructor(bytes) {
    this.bytes = bytes;
    this.at = 0;
  }

  done() {
    return this.at >= this.bytes.length;
  }

  byte() {
    if (this.done()) throw new Error('wasm-interface: the module ends early');
    return this.bytes[this.at++];
  }

  uleb() {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = this.byte();
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  }

  text() {
    const length = this.uleb();
    const start = this.at;
    this.at += length;
    if (this.at > this.bytes.length) throw new Error('wasm-interface: a name runs past the module');
    return new TextDecoder('utf-8', { fatal: true }).decode(this.bytes.subarray(start, this.at));
  }

  expect(bytes, what) {
    for (const byte of bytes) if (this.byte() !== byte) throw new Error(`wasm-interface: not ${what}`);
  }
}

function uleb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Uint8Array.from(out);
}

function text(value) {
  const bytes = new TextEncoder().encode(value);
  return concat([uleb(bytes.length), bytes]);
}

function concat(parts) {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
