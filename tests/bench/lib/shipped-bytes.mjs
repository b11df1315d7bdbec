// Sizes of what a first view fetched: raw, gzip -9 and brotli -q 11 (what a build could
// precompress; the mock compresses on the fly at lower levels, so the bench prints both).
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** `{raw, gzip, brotli}` byte counts of `bytes`. */
export function compressedSizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}
