import { SequenceEvents, decode } from 'cbor2/decoder';

/**
 * CBOR as C2PA writes it (claims, actions, ingredients), decoded with cbor2, within limits set
 * here because the bytes come from any web site.
 *
 * Why cbor2: maintained, pure JavaScript (no WebAssembly, no `new Function`, so it runs under the
 * extension's default content security policy), it checks every length against the bytes there
 * and has a nesting limit; its decoder alone adds about 25 KB (9 KB gzipped) to the service
 * worker. Tags are left as tags (`ignoreGlobalTags`): a C2PA assertion needs none, and a tag that
 * parses its content (URLs, dates, nested CBOR) would be one more way for a file to fail.
 */

export const CBOR_LIMITS = {
  /** An actions, ingredient or claim box is a few KB; one over 256 KB is not read. */
  maxBytes: 256 * 1024,
  /** Items (values, keys, array and map heads) counted before decoding, so a box of 100 000 tiny maps costs nothing. */
  maxItems: 20_000,
  /** Real assertions nest 5 or 6 levels; a file nesting deeper is refused, not followed. */
  maxDepth: 32,
} as const;

export type CborResult = { ok: true; value: unknown } | { ok: false; reason: 'too-large' | 'malformed' };

const OPTIONS = { maxDepth: CBOR_LIMITS.maxDepth, ignoreGlobalTags: true, preferMap: true } as const;

/** Decodes one CBOR item; never throws. Maps come back as `Map`, so no key can touch a prototype. */
export function decodeCbor(bytes: Uint8Array): CborResult {
  if (bytes.length > CBOR_LIMITS.maxBytes) return { ok: false, reason: 'too-large' };
  try {
    // Count first, without building anything: the decoder would allocate every item.
    let items = 0;
    for (const _ of new SequenceEvents(bytes, OPTIONS)) {
      if (++items > CBOR_LIMITS.maxItems) return { ok: false, reason: 'too-large' };
    }
    return { ok: true, value: decode(bytes, OPTIONS) };
  } catch {
    // Truncated, badly nested, invalid UTF-8, trailing bytes, too deep: all the same to us.
    return { ok: false, reason: 'malformed' };
  }
}

/** A map's value for a text key, else undefined (maps always come back as `Map`, see above). */
export function field(value: unknown, key: string): unknown {
  return value instanceof Map ? value.get(key) : undefined;
}

/** A text value, or undefined. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The items of an array value, at most `max`, or none. */
export function items(value: unknown, max: number): unknown[] {
  return Array.isArray(value) ? value.slice(0, max) : [];
}
