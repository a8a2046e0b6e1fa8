import * as z from 'zod/mini';

/**
 * The one message the content script receives, validated with zod's tree-shakable "mini" build so
 * the script injected in pages stays small. The schema is built on first use: building it when the
 * script loads cost about 5 ms on every analysed page, and most pages never get this message.
 */
function buildSchema() {
  return z.object({
    type: z.literal('highlightElement'),
    ruleId: z.string().check(z.regex(/^[a-z0-9-]{1,100}$/)),
  });
}
let schema: ReturnType<typeof buildSchema> | undefined;

export type HighlightElementMessage = z.infer<ReturnType<typeof buildSchema>>;

/** The page-world script's answer: a JSON array of global names. Anything else gives undefined. */
export function parsePageGlobals(detail: unknown): string[] | undefined {
  if (typeof detail !== 'string' || detail.length > 10_000) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(detail);
  } catch {
    return undefined;
  }
  globalsSchema ??= z.array(z.string().check(z.regex(/^[A-Za-z_$][\w$]{0,60}$/))).check(z.maxLength(200));
  const parsed = globalsSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
let globalsSchema: z.ZodMiniArray<z.ZodMiniString> | undefined;

export function isHighlightElementMessage(value: unknown): value is HighlightElementMessage {
  schema ??= buildSchema();
  return schema.safeParse(value).success;
}
