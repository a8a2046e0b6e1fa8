import * as z from 'zod/mini';

/**
 * The one message the content script receives, validated with zod's tree-shakable "mini" build so
 * the script injected in pages stays small.
 */
export const highlightElementMessageSchema = z.object({
  type: z.literal('highlightElement'),
  ruleId: z.string().check(z.regex(/^[a-z0-9-]{1,100}$/)),
});
export type HighlightElementMessage = z.infer<typeof highlightElementMessageSchema>;

export function isHighlightElementMessage(value: unknown): value is HighlightElementMessage {
  return highlightElementMessageSchema.safeParse(value).success;
}
