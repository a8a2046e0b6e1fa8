// The blind corpus: pages written by someone who had not read Vigie's rules nor its own fixtures,
// modelled on real public texts and layouts, and labelled by what a reader would say the page is.
// Labels are per page and per kind (not per rule): the corpus must not know the rules' names.
// Each tests/blind/<corpus>/<name>.html has its <name>.json; split.json fixes, once and for all,
// which pages rules may be tuned on (`tune`) and which judge a change (`holdout`).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

export const BLIND_DIR = resolve(import.meta.dirname);

export const LANGS = ['fr', 'en', 'de', 'es', 'it', 'nl'];

/** Documents that pages load (served at the site's root), not pages to score. */
export const ASSETS = new Set(['chat-frame']);

const elementsSchema = z.strictObject({ purpose: z.boolean(), rightToRules: z.boolean(), howToExercise: z.boolean(), cada: z.boolean() });

export const blindLabelSchema = z.strictObject({
  description: z.string(),
  modelledOn: z.string(),
  lang: z.enum(LANGS),
  genre: z.string(),
  /** A notice of an algorithmic or automated decision, and whom the page addresses. Null: none (a denial is none). */
  notice: z
    .strictObject({
      context: z.enum(['decision', 'procedure', 'about']),
      regime: z.enum(['crpa', 'gdpr-art22', 'parcoursup', 'risk-scoring']),
      elements: elementsSchema.optional(),
    })
    .nullable(),
  /** The page's or the site's own declaration that its content was made with AI. */
  aiContent: z.strictObject({ scope: z.enum(['page', 'site']), quote: z.string() }).nullable(),
  /**
   * A chat assistant on the page, when the corpus is about chats: which package it is built from
   * (`vendor`, the npm package name, or null for a site's own assistant), and whether the
   * assistant's own visible text says it is an AI (`explicit`, with the words), only calls itself
   * a virtual assistant or a chatbot (`none`), or says it only inside a closed panel
   * (`not-checkable`). Absent: no chat expected, as in the notice and AI-content corpora.
   */
  chat: z
    .strictObject({
      present: z.boolean(),
      vendor: z.string().nullable(),
      disclosure: z.enum(['explicit', 'none', 'not-checkable']).nullable(),
      disclosureQuote: z.string().nullable().optional(),
      integration: z.string(),
    })
    .optional(),
});

export const splitSchema = z.strictObject({
  note: z.string(),
  tune: z.array(z.string()),
  holdout: z.array(z.string()),
});

/**
 * Every blind page (of the corpus folders `only` names, comma-separated, when given), `corpus/name` with its label,
 * sorted. Throws on a page without a valid label.
 */
export function loadBlind(only) {
  const out = [];
  for (const corpus of readdirSync(BLIND_DIR).sort()) {
    const dir = join(BLIND_DIR, corpus);
    if (!statSync(dir).isDirectory() || corpus === 'first-sight' || (only && !only.split(',').includes(corpus))) continue;
    const files = readdirSync(dir);
    for (const file of files.filter((f) => f.endsWith('.html')).sort()) {
      const name = file.replace(/\.html$/, '');
      // A document another page loads (an iframe's page) has no label: it is served, not scored.
      if (ASSETS.has(name)) continue;
      const raw = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
      const parsed = blindLabelSchema.safeParse(raw);
      if (!parsed.success) throw new Error(`${corpus}/${name}.json: ${parsed.error.message}`);
      out.push({ id: `${corpus}/${name}`, corpus, name, file: join(dir, file), label: parsed.data });
    }
  }
  return out;
}

/** The fixed split, or undefined before it was made. */
export function loadSplit() {
  try {
    return splitSchema.parse(JSON.parse(readFileSync(join(BLIND_DIR, 'split.json'), 'utf8')));
  } catch (error) {
    if (error?.code === 'ENOENT') return undefined;
    throw error;
  }
}
