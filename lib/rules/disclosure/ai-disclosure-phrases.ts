/**
 * Words by which a chat's conversation panel tells people they are talking to an automated or AI
 * system (AI Act art. 50(1)). Matched on normalised text (lower case, no accents). Generous on
 * purpose: any of these counts as a disclosure, so Vigie reports a missing one only when none
 * of them is in the panel.
 */
export const AI_DISCLOSURE_PATTERN =
  "\\b(?:ia|ai|intelligence artificielle|artificial intelligence|assistant(?:e)? (?:virtuel(?:le)?|numerique|conversationnel(?:le)?|automatique)|agent (?:virtuel|conversationnel|ia|automatique)|chat ?bot|robot|bot|reponses? automatiques?|reponses? generees?|automatically generated|automated (?:assistant|agent|answers?)|virtual (?:assistant|agent))\\b";

/** Rule id of the observation "no AI disclosure found in this chat's panel". */
export const MISSING_DISCLOSURE_RULE_ID = 'chat-ai-disclosure-missing';
