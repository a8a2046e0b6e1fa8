/**
 * What a chat assistant says of itself in its own visible text (launcher, header, greeting,
 * footer): AI Act art. 50(1) asks that people be told they are interacting with an AI system.
 *
 * Two lists, because they mean different things to a person:
 * - an **explicit** disclosure says it is an AI, or that its answers are generated automatically;
 * - a **self-description** ("assistant virtuel", "chatbot", a robot) says it is a program of some
 *   kind without saying it is an AI. Vigie reports that as such, never as a disclosure.
 *
 * Matched on normalised text (lower case, no accents), except the acronyms, which are matched on
 * the raw text in capitals: "ai" is a French verb form ("j'ai") and an Italian preposition
 * ("ai cittadini"), "ia" and "ki" are syllables.
 */
export const EXPLICIT_DISCLOSURE_PATTERN =
  "\\b(?:intelligence artificielle|artificial intelligence|kunstliche intelligenz|inteligencia artificial|intelligenza artificiale|kunstmatige intelligentie|ia generative|generative ai|genai|(?:reponses?|messages?|contenus?|textes?) (?:generee?s?|produite?s?|redigee?s?|ecrite?s?) (?:automatiquement|par (?:une |l'|un )?(?:ia|intelligence artificielle|modele|algorithme|outil))|(?:mes|nos|les|ses|ces) reponses (?:sont |restent )?automatiques|reponses? automatiques? (?:generees?|d'un (?:robot|programme|assistant))|genere(?:e|s|es)? (?:automatiquement|par (?:une |l')?(?:ia|intelligence artificielle))|(?:automatically|ai)[- ]generated|generated (?:automatically|by (?:an )?ai)|ai[- ]powered|powered by (?:ai|gpt|chatgpt|openai|mistral|llama|claude|gemini)|automatisch (?:generiert|erstellt|erzeugt)|ki[- ](?:generiert|gestutzt|assistent(?:in|en)?)|generad[oa]s? (?:automaticamente|por (?:una |la )?(?:ia|inteligencia artificial))|generat[aoei] (?:automaticamente|dall'(?:ia|intelligenza artificiale))|automatisch gegenereerd|gegenereerd door (?:ai|kunstmatige intelligentie)|modele de langage|language model|chatgpt|openai|mistral ai)\\b";

/** The acronyms, matched case-sensitively on the raw text: "Assistant IA", "AI assistant", "KI-Assistent". */
export const EXPLICIT_ACRONYM_PATTERN = "(?<![\\p{L}\\p{N}'’])(?:IA|AI|KI|I\\.A\\.|A\\.I\\.)(?![\\p{L}\\p{N}])";

/**
 * A program presenting itself without saying it is an AI: "Camille, votre assistante virtuelle",
 * "Chatbot de la mairie", a robot. The words are shown, and the person is told that this is not
 * an explicit AI disclosure.
 */
export const SELF_DESCRIPTION_PATTERN =
  "\\b(?:assistant(?:e)? (?:virtuel(?:le)?|numerique|conversationnel(?:le)?|automatique|intelligent(?:e)?|en ligne)|agent (?:virtuel|conversationnel|automatique)|robot(?: conversationnel)?|t?chat ?bot|bot|virtual (?:assistant|agent)|digital assistant|chat assistant|digitaler assistent|virtueller assistent|asistente virtual|assistente virtuale|virtuele assistent)\\b";

/**
 * A window that says a person answers: "Un conseiller vous répond du lundi au vendredi",
 * "Discuter avec un conseiller", "Chat with an adviser". Shaped like an assistant's window, it is a
 * live chat with staff, unless it also says a program or an AI answers.
 */
export const PERSON_ANSWERS_PATTERN =
  "\\b(?:(?:un|une|nos|notre|vos|votre|l'|le|la|les) (?:conseill(?:er|ere)s?|agents?|gestionnaires?|operat(?:eur|rice)s?|charge(?:e)?s? de clientele)(?: [a-z'-]+){0,3}? (?:vous (?:repond|repondent|rappelle|rappellent|recontacte)|(?:prendra|prend) (?:la conversation|votre demande|en charge)|en (?:direct|ligne) (?:du|de|le)|(?:est|sont) disponibles?)|(?:discuter|discutez|echanger|echangez|parler|parlez|dialoguer) (?:en direct )?avec (?:un|une|nos|l'un de nos|l'une de nos) (?:conseill(?:er|ere)s?|agents?|gestionnaires?)|(?:un|une) (?:conseill(?:er|ere)|agent) en direct|(?:chat|talk|speak) (?:live )?(?:with|to) (?:an? |one of our |our )(?:advis[eo]rs?|agents?|member of (?:staff|our team)|caseworkers?)|an? (?:advis[eo]r|agent|member of staff) (?:will )?(?:reply|replies|answer|answers|respond)|mit (?:einem|einer) (?:berater(?:in)?|mitarbeiter(?:in)?|sachbearbeiter(?:in)?) (?:chatten|sprechen))\\b";

/** Rule id of the observation "the chat does not say it is an AI". */
export const MISSING_DISCLOSURE_RULE_ID = 'chat-ai-disclosure-missing';
