// Browser mode's compressed files: brotli when the browser accepts it, else gzip, for text-like files of 1 KiB or
// more. A file with an ETag is the same bytes until it changes, so each is compressed once per encoding and kept.
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

type Encoding = 'br' | 'gzip';

const MIN_BYTES = 1024;
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg\+xml)/;
/** Enough for every file one build writes, several times over; a rebuild while running only adds new tags. */
const MAX_CACHED = 256;

const encoders: Record<Encoding, (body: Buffer) => Promise<Buffer>> = {
  // Quality 5: about as small as gzip -9 in a fraction of the time; 11 would hold up the first load by seconds.
  br: (body) =>
    promisify(brotliCompress)(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
  gzip: (body) => promisify(gzip)(body),
};

/** The encoding to send for an Accept-Encoding header, honouring `q=0` and `*`; null for none. */
export const chooseEncoding = (acceptEncoding: string | undefined): Encoding | null => {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (name !== '') weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const accepts = (encoding: Encoding): boolean => (weights.get(encoding) ?? weights.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return null;
};

/**
 * Returns the body to send, compressed when it is worth it and `acceptEncoding` allows, and sets the matching
 * Content-Encoding (and Vary, for every file) in `headers`. Pass no acceptEncoding for answers that are not files.
 */
export const createCompressor = () => {
  const cache = new Map<string, Promise<Buffer>>();
  return async (body: Buffer, headers: Record<string, string>, acceptEncoding: string | undefined): Promise<Buffer> => {
    headers['vary'] = 'Accept-Encoding';
    const encoding = chooseEncoding(acceptEncoding);
    if (encoding === null || body.length < MIN_BYTES || !COMPRESSIBLE.test(headers['content-type'] ?? '')) return body;
    const etag = headers['etag'];
    let compressed: Promise<Buffer>;
    if (etag === undefined) {
      compressed = encoders[encoding](body); // the page: a fresh nonce each time, nothing to keep
    } else {
      const key = `${encoding} ${etag}`;
      compressed = cache.get(key) ?? encoders[encoding](body);
      if (cache.size >= MAX_CACHED) cache.clear();
      cache.set(key, compressed);
      compressed.catch(() => cache.delete(key));
    }
    headers['content-encoding'] = encoding;
    return compressed;
  };
};
