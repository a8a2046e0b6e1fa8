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

export function isHighlightElementMessage(value: unknown): value is HighlightElementMessage {
  schema ??= buildSchema();
  return schema.safeParse(value).success;
}
