import { defineRule } from '../define-rule';

/**
 * In-house or unknown assistants have no signature: only a combination of weak signals counts.
 * Each signal stays below the strong weight, so one of them alone gives at most `possible`, and two
 * distinct ones must reach 0.8 together (0.6 + 0.5, 0.6 + 0.6…) for `detected`.
 *
 * Every signal must also stay silent on its own on ordinary public-service pages (a hard negative
 * with one matching signal would already report a `possible` assistant), hence the anchoring:
 * - names are read where a widget writes them (a whole accessible name, a whole block of text),
 *   never inside a paragraph that talks about chatbots;
 * - an assistant must be said to be virtual / conversational / a bot: "assistant de déclaration",
 *   "assistante sociale", "assistant familial", "assistant de prévention" name people or forms;
 * - structure counts only inside a floating panel (dialog, complementary region, element named
 *   chat), so a personal account's secure messaging or a news ticker in the page does not.
 * The fixtures tests/fixtures/pages/neg-*.html are the hard negatives this must stay silent on.
 */

/**
 * A virtual assistant named in the other languages Vigie reads (Italian, Spanish, German, Dutch):
 * sites of cross-border parks, airports and regions write their launchers so.
 */
const ABROAD =
  '(?:assistente (?:virtuale|digitale)|asistente (?:virtual|digital)|virtuelle?r? assistent(?:in)?|digitale?r? assistent(?:in)?|virtuele assistent)';
/**
 * What a conversational assistant is called (normalised text: no accents, lower case), as French
 * and English sentences say it ("je suis votre assistante virtuelle", "I'm the museum's AI guide").
 */
const ROLE_HERE =
  `(?:assistant(?:e)? (?:virtuel(?:le)?|conversationnel(?:le)?|intelligent(?:e)?|ia|d'ia)|agent (?:conversationnel|virtuel)|robot conversationnel|conseill(?:er|ere) virtuel(?:le)?|t?chat ?bot|virtual (?:assistant|agent)|ai (?:assistant|chatbot|guide|agent)|digital assistant)`;
/** The same in a name or a launcher, in any language Vigie reads ("Apri l'assistente virtuale"). */
const ROLE = `(?:${ROLE_HERE}|${ABROAD}|assistente ia|asistente ia|ki-assistent(?:in)?)`;
/** The same, in a narrower list for visible headings (no "assistant IA": pages about Albert use it). */
const HEADING_ROLE_HERE =
  `(?:assistant(?:e)? (?:virtuel(?:le)?|conversationnel(?:le)?)|agent (?:conversationnel|virtuel)|robot conversationnel|conseill(?:er|ere) virtuel(?:le)?|chatbot|virtual assistant)`;
/** In a heading, in any language Vigie reads. */
const HEADING_ROLE = `(?:${HEADING_ROLE_HERE}|${ABROAD})`;
/** After a first name ("Marianne – Assistante virtuelle"); a bare "chatbot" there is a tag page's title. */
const NAMED_ROLE = `(?:assistant(?:e)? (?:virtuel(?:le)?|conversationnel(?:le)?)|agent (?:conversationnel|virtuel)|conseill(?:er|ere) virtuel(?:le)?|virtual assistant|${ABROAD})`;
/** Words that head listings, not names: "Étiquette : Assistant virtuel". */
const LISTING = '(?:etiquette|tag|categorie|category|rubrique|theme|mots?-cles?|dossier|archives?|sujet|topic)';
/** Articles after an action ("Discuter avec un assistant virtuel"). */
const DET = "(?:l'|le |la |un |une |notre |votre |mon |ton |the |our |your |an? |il |lo |el |der |die |ihr |ihre |uw |de |het )";
/**
 * Articles before a bare name: definite or possessive only. "Une assistante virtuelle" alone is how
 * an illustration is described, and a trade (freelance remote secretaries call themselves so).
 */
const DEF = "(?:l'|le |la |notre |votre |mon |ton |the |our |your |il |el |der |die |ihr |ihre |uw |de )";
/**
 * How a bot presents itself: "je suis votre assistante virtuelle", "je suis un robot". A person
 * says "je suis (une) assistante virtuelle" for the freelance trade, so no article, or a feminine
 * indefinite one, is not a bot.
 */
const SELF_FR = `(?:(?:votre|ton|l'|le|la) ?(?:${ROLE_HERE}|robot|assistant(?:e)? numerique)|un (?:assistant (?:virtuel|conversationnel|intelligent|ia|d'ia)|agent (?:conversationnel|virtuel)|robot(?: conversationnel)?|t?chat ?bot|conseiller virtuel))`;
/** The same in Italian, Spanish, German and Dutch: "sono il tuo assistente virtuale", "ich bin Ihr KI-Assistent". */
const SELF_ABROAD = `(?:sono|soy|ich bin|ik ben) (?:[a-z][a-z'-]{1,24},? )?(?:il tuo |la tua |l'|tu |el |su |dein(?:e|er)? |ihr(?:e|er)? |der |die |je |uw |de )(?:${ABROAD}|assistente ia|asistente ia|ki-assistent(?:in)?)`;
const SELF_EN = `(?:(?:your|the|our) (?:[a-z'-]+ ){0,3}?(?:${ROLE_HERE}|bot)|an? (?:bot|chat ?bot|ai assistant|ai chatbot|ai guide))`;
/** "… de la Métropole", "… du Département", "… of the City", "… del Parco": at most three words. */
const OF_WHOM = "(?: (?:de la|de l'|du|des|de|d'|of the|of|for|del|della|dell'|der|van de|van het|van) ?[a-z0-9'-]+(?: [a-z0-9'-]+){0,2})";
/** "(bêta)", "(bientôt)". */
const ASIDE = '(?: ?\\([^)]{1,40}\\))';
/** Where a name ends: punctuation at most ("…" is U+2026). */
const END = '[ .!\\u2026]*$';
/** A short first sentence before the name ("Besoin d'aide ? Discutez avec…"). */
const LEAD = '(?:[^.?!]{1,40}[.?!] )?';
/** Actions on a launcher or panel, and invitations to write to it. */
const ACTION =
  "(?:ouvrir|fermer|afficher|masquer|reduire|agrandir|lancer|demarrer|activer|acceder a|interroger|interrogez|contacter|discuter avec|discutez avec|dialoguer avec|dialoguez avec|echanger avec|echangez avec|parler a|parlez a|parler avec|parlez avec|ecrire a|ecrivez a|poser une question a|posez votre question a|posez vos questions a|open|close|minimi[sz]e|start|launch|chat with|talk to|talk with|ask|apri|chiudi|abrir|cerrar|openen|sluiten)";
/** Only a conversation makes a bare "assistant" a chat ("Ouvrir l'assistant" also opens step-by-step forms). */
const TALK = '(?:discuter|discutez|dialoguer|dialoguez|echanger|echangez|parler|parlez|chat|talk) (?:avec|au|a|with|to)';
const PANEL_OF = "(?:(?:la fenetre|le panneau|la conversation|la discussion) (?:de |du |d'|avec ))";
/** Text before a greeting on its line: not a quotation mark (articles quote bots « like this »). */
const UNQUOTED_START = '^[^«"“”\\n]{0,80}?';

/** Words that send to a person or a form, not to an assistant: contact, call back, feedback. */
const TO_A_PERSON =
  "(?!.*\\b(?:contact\\w*|rappel\\w*|appel\\w*|telephone|formulaire|avis|conseill(?:er|ere)s?|e-?mail|courriel|agences?|rendez-vous|feedback|call|phone|kontakt\\w*|ruckruf\\w*|berater\\w*|mitarbeiter\\w*|anruf\\w*)\\b)";
/** A launcher's words inviting a question ("Besoin d'aide ?", "Une question sur la carte ?"). */
const LAUNCHER_WORDS = `^${TO_A_PERSON}(?:.*[^a-z])?(?:(?:une|des|vos|votre|d'autres) questions?\\b|besoin d'(?:aide|un renseignement|une information|informations?)\\b|pose[rz]? (?:votre|vos|une|ta|tes) questions?\\b|(?:ouvrir |afficher |lancer )?l?'?aide en ligne\\b|(?:ouvrir|lancer|afficher|demarrer) (?:le t?chat|la discussion|la conversation|l'assistante?)\\b|discute[rz]\\b|dialogue[rz]\\b|t'?chat(?:te[rz])?\\b|chat\\b|assistent(?:e|in|en)?\\b|assistante?\\b|ask (?:a question|us|me)\\b|ask (?!(?:again|later|anything|permission|now|first|before|everyone|someone|them|him|her|it)\\b)[a-z][a-z'-]{1,24} ?[.!?\\u2026]*$|need help\\b|any questions?\\b|questions? \\?|(?:haben sie )?(?:eine )?fragen? ?\\?|fragen sie\\b|stellen sie (?:ihre|eine) frage\\b|chat (?:offnen|starten)\\b|(?:una|qualche|delle) domand[ae]\\b|bisogno di aiuto\\b|necesita[s]? ayuda\\b|(?:alguna|una) pregunta\\b|hulp nodig\\b|(?:een )?vra(?:ag|gen) ?\\?|stel (?:je|uw) vraag\\b)`;
/** A launcher named only after the assistant, as a whole: "Assistant", "Ouvrir l'assistant virtuel". */
const ASSISTANT_NAME =
  "^(?:(?:ouvrir|afficher|open) )?(?:l'|votre |notre |your |the )?(?:assistante?(?: (?:virtuel(?:le)?|conversationnel(?:le)?|en ligne|ia|d'ia|numerique))?|chat ?bot|(?:ai|virtual) assistant|ki-assistent(?:in)?|virtuelle?r assistent(?:in)?)[ .!]*$";
/** A conversation field's words ("Posez votre question", "Tapez ici…", "Votre message"). */
const FIELD_WORDS =
  "^(?:(?:votre|ta|your) (?:question|message)\\b|(?:pose[rz]|poser|ecrive[rz]|ecrire|tape[rz]|taper|saisisse[rz]|saisir|entre[rz]) (?:ici|votre (?:question|message)|une question|vos questions)\\b|ask (?:a|your|me|us|anything)\\b|type (?:here|your (?:question|message)|a (?:question|message))\\b|write (?:your|a) (?:question|message)\\b)";

/**
 * A closed or open window whose only field is a line or a box to write in: no e-mail, phone,
 * choice or file (a contact or newsletter form), and not a search.
 */
const OTHER_FIELDS =
  ':is(input:is([type="email"], [type="tel"], [type="search"], [type="password"], [type="radio"], [type="checkbox"], [type="file"], [type="number"], [type="date"]), select, [role="search"], input[name="q" i], input[name*="search" i], input[name*="recherche" i], input[placeholder*="recherch" i])';
const TALK_PANEL = `:is(div, section, aside, dialog):not(html, body, main, article, [role="search"]):has(form :is(textarea, input[type="text"], input:not([type]))):not(:has(${OTHER_FIELDS}))`;
/** A form whose only field is a line or a box of text. */
const TALK_FORM = `form:not([role="search"], :has(${OTHER_FIELDS}))`;

export default defineRule({
  id: 'unbranded-assistant',
  kind: 'ai-chat',
  chatKind: 'ai_bot',
  yieldsToVendorChat: true,
  description: {
    fr: 'Assistant conversationnel sans marque reconnue, repéré par un faisceau d’indices.',
    en: 'Conversational assistant from no known vendor, spotted through several clues.',
  },
  signals: [
    // 1. A launcher, panel, field or avatar whose whole accessible name names an assistant:
    // "Discuter avec l'assistant virtuel", "Agent conversationnel de la CAF", "Chatbot",
    // placeholder "Posez votre question à notre assistant virtuel…". An image caption that only
    // mentions one ("Capture d'écran d'un chatbot") does not start with the name.
    {
      type: 'attribute-text',
      pattern: `^${LEAD}(?:${ACTION} ${PANEL_OF}?${DET}?|${DEF})?${ROLE}${OF_WHOM}?${ASIDE}?${END}|^${LEAD}${TALK} ${DET}?(?:assistant(?:e)?|robot|bot)${END}`,
      weight: 0.6,
      hints: ['assistant', 'conversationnel', 'virtuel', 'bot', 'virtual', 'assistent', 'asistente', 'ai guide', 'ai agent'],
    },
    // 2. The bot introducing itself, at the start of its message: "Bonjour, je suis Marianne, votre
    // assistante virtuelle", "Hi! I'm the virtual assistant". Not in quotes, not in a long paragraph.
    {
      type: 'text',
      pattern: `${UNQUOTED_START}\\b(?:je suis (?:[a-z][a-z'-]{1,24},? )?${SELF_FR}|moi,? c'est [a-z][a-z'-]{1,24},? (?:votre|ton|l'|le|la) ?(?:${ROLE_HERE}|robot)|i(?:'m| am) (?:[a-z][a-z'-]{1,24},? )?${SELF_EN}|${SELF_ABROAD})\\b(?! ?\\?)[^\\n]{0,240}$`,
      weight: 0.6,
      hints: ['assistant', 'virtuel', 'robot', 'chatbot', 'conversationnel', 'virtual', ' bot', 'ai guide', 'ai agent', 'assistent', 'asistente'],
    },
    // 3. A heading that is only the assistant's name: "Votre assistant virtuel", "Agent
    // conversationnel de la CAF", "Marianne, votre assistante virtuelle". A bare "Chatbot" is
    // left out (tag lists of articles), and so is any sentence about an assistant.
    {
      type: 'text',
      pattern: `^(?:(?:[a-z][a-z'-]{1,24},? (?:votre|ton|your) |(?:votre|notre|ton|your|our) )${HEADING_ROLE}${OF_WHOM}?|(?:l'|le |la |the )?${HEADING_ROLE}${OF_WHOM}|(?!${LISTING}\\b)[a-z][a-z'-]{1,24} ?[-|:] ?${NAMED_ROLE}${OF_WHOM}?)${ASIDE}?${END}`,
      weight: 0.5,
      hints: ['assistant', 'conversationnel', 'chatbot', 'virtuel', 'virtual', 'assistent', 'asistente'],
    },
    // 4. The panel saying who answers: "Un conseiller ou notre robot vous répond", "Vous échangez
    // avec un assistant virtuel." At the start of a block, and not a question ("Vous échangez avec
    // un chatbot ? Vos droits" is advice about chatbots).
    {
      type: 'text',
      pattern: `^[^«"“”\\n]{0,60}?\\b(?:vous (?:echangez|discutez|conversez|dialoguez|parlez) (?:actuellement )?avec (?:un |une |notre |l'|le )?(?:${HEADING_ROLE_HERE}|robot|intelligence artificielle|ia|programme informatique)|(?:un conseiller|une conseillere|un agent|nos conseillers) ou (?:notre|un|le) (?:${HEADING_ROLE_HERE}|robot)|(?:notre|le|ce|cet) (?:${HEADING_ROLE_HERE}|robot) (?:vous repond|repond a vos questions|est la pour (?:vous aider|vous repondre|repondre))|[a-z][a-z'-]{1,24}, (?:l'|le |la |votre |notre )(?:${HEADING_ROLE_HERE}|assistant(?:e)? (?:ia|d'ia|intelligent(?:e)?))${OF_WHOM}?,? (?:vous repond|repond a vos questions)|you(?:'re| are) (?:chatting|talking) (?:with|to) (?:a|an|our) (?:bot|chatbot|virtual assistant|ai assistant|ai))\\b(?! ?[?:])`,
      weight: 0.5,
      hints: ['robot', 'chatbot', 'virtuel', 'conversationnel', ' ia', "'ia", 'intelligence artificielle', 'programme informatique', 'chatting', 'talking'],
    },
    // 5. The conversation panel: a message log (ARIA role "log", as chats use it) and a text field,
    // inside a floating panel or an element named chat. Alone it could be a human live chat.
    {
      type: 'selector',
      selector:
        '[role="dialog"]:has([role="log"]):has(textarea, input[type="text"], input:not([type])), [role="complementary"]:has([role="log"]):has(textarea, input[type="text"], input:not([type])), aside:has([role="log"]):has(textarea), :is([id*="chat" i], [class*="chat" i]):not(html, body, main, article):has([role="log"]):has(textarea, input[type="text"], input:not([type]))',
      weight: 0.6,
      panel: true,
    },
    // 5b. A conversation written into the page itself (a page given over to the assistant, an
    // inline box): a block whose own children are a message log (or a live region, as a
    // hand-written thread announces new messages) and a form with a text field.
    // Only the log's direct parent counts, so a page wrapper that holds a log somewhere and a
    // search form elsewhere does not. A secure messaging with an adviser looks the same: it
    // supports the other clues, or its own words saying it is an AI, never a finding alone.
    {
      type: 'selector',
      selector:
        ':is(div, section, article, form):not(html, body, main):has(> :is([role="log"], [aria-live="polite"], [aria-live="assertive"])):is(:has(> form :is(textarea, input[type="text"], input:not([type]))), :has(> :is(textarea, input[type="text"], input:not([type]))))',
      weight: 0.5,
      panel: true,
      supporting: true,
    },
    // 5f. A window kept closed in the page for a launcher to open (hidden, or a dialog not open,
    // with an id for the launcher's aria-controls), whose only field is one line or box of text
    // to write in. Search boxes, newsletter and contact forms (an e-mail, a phone, a choice) are
    // other windows. Alone, a guess: the words of the window, once read, say what it is. (Finding
    // its launcher through sibling selectors cost a long page's every change a scan of all its
    // siblings, so the window is known by itself.)
    {
      type: 'selector',
      selector: `[id]:is([hidden], [aria-hidden="true"], dialog:not([open]))${TALK_PANEL}`,
      weight: 0.5,
      panel: true,
    },
    // 5f'. The same closed window without an id: many sites open theirs from code ("<dialog>" shown
    // by a script, a panel in a widget's shadow root). Without the launcher's link it is only the
    // place of a conversation: a finding when its own words say it is an AI ("Réponses générées par
    // IA" in its header), to be checked once opened.
    {
      type: 'selector',
      selector: `:not([id]):is([hidden], [aria-hidden="true"], dialog:not([open]))${TALK_PANEL}`,
      weight: 0.5,
      panel: true,
      supporting: true,
    },
    // 5g. A launcher standing alone at a corner of the screen, toggling a window (or added alone at
    // the page's root, as widgets add theirs: not every button near the root, which an app's page
    // has by the hundred), whose words invite a question: "Besoin d'aide ?", "Une
    // question sur la carte ?", "Aline – Posez vos questions à Aline", a round icon "Ouvrir l'aide
    // en ligne", "Open chat". Buttons that lead to a person (contact, call back, an adviser) or to
    // a form (feedback) say so; menus, accordions and the page's header are not launchers. Alone,
    // a guess.
    {
      type: 'selector',
      selector: `:is(:is(button, [role="button"]):is([aria-haspopup="dialog"], [aria-expanded]), body > :is(button, [role="button"]), body > * > :is(button, [role="button"]):only-of-type):not([aria-haspopup="menu"], [aria-haspopup="listbox"], [aria-haspopup="true"], :is(h1, h2, h3, h4, h5, h6, li, summary) > *)`,
      name: LAUNCHER_WORDS,
      floating: true,
      weight: 0.4,
    },
    // 5i. A toggle whose whole name is the assistant's, wherever it stands (a State site puts its
    // "Assistant" among the header's tools, beside "Espace personnel"): "Assistant", "Assistant
    // virtuel", "Chatbot", "KI-Assistent". Words around the name ("Assistant de déclaration", a
    // step-by-step form) make it something else, and menus are not windows. A link that toggles a
    // drawer (`aria-expanded`) is such a toggle too. Alone, a guess.
    {
      type: 'selector',
      selector: ':is(button, [role="button"], a[href]):is([aria-haspopup="dialog"], [aria-expanded]):not([aria-haspopup="menu"], [aria-haspopup="listbox"], [aria-haspopup="true"])',
      name: ASSISTANT_NAME,
      weight: 0.4,
    },
    // 5h. A window at a corner of the screen whose only field invites a question or a message
    // ("Posez votre question", "Tapez ici…"): an assistant's window open at load. Search boxes,
    // newsletter and contact forms are other windows (see TALK_PANEL). Alone, a guess.
    {
      type: 'selector',
      selector: `${TALK_FORM} :is(textarea, input[type="text"], input:not([type]))`,
      name: FIELD_WORDS,
      floating: true,
      weight: 0.4,
      panel: true,
    },
    // 5c. Generic chat UI kits a site builds its own assistant with: chatscope's chat container,
    // vue-advanced-chat's element. They serve human messaging too, so alone they are a guess.
    {
      type: 'selector',
      selector: 'vue-advanced-chat, .cs-main-container:has(.cs-message-list), .cs-chat-container',
      weight: 0.5,
      panel: true,
    },
    // 5d. A launcher that is only an icon (a robot, a bubble) toggling a window, named after an
    // assistant: "Ouvrir l'assistant" on a round button. A button with words of its own
    // ("Commencer", the start of a step-by-step form) is not one. Alone, a guess.
    {
      type: 'selector',
      selector:
        ':is(button, [role="button"]):is([aria-expanded], [aria-haspopup="dialog"])[aria-label*="assistant" i]:is(:has(> svg), :has(> img)):not(:has(> :not(svg, img)))',
      weight: 0.4,
    },
    // 5e. An assistant served in a frame from another site, known from the parent page only by
    // the frame's address and title: "https://assistant.ville.fr/chatbot/", title "Chatbot de la
    // ville". Each is a guess, and the two together still are; with a title that names the
    // assistant (signal 1), the site has said what the frame is.
    { type: 'iframe-src', pattern: '(?:\\b|_)(?:chatbot|chat-bot|assistant-virtuel|virtual-assistant|webchat|botchat)(?:\\b|_)', weight: 0.5 },
    { type: 'selector', selector: 'iframe:is([title*="chatbot" i], [title*="assistant" i], [title*="assistent" i], [name*="chatbot" i])', weight: 0.5 },
    // 6. Elements the site's own code names as a chatbot, or as a chat box holding a field (chat
    // templates ship as "#chatbox"). Not the page itself or a blog post (WordPress writes
    // "tag-chatbot" on those). Substring selectors are tested on every element of
    // the page, so there are few of them: "chatbot" is the name in-house widgets use.
    {
      type: 'selector',
      selector: ':is([id*="chatbot" i], [class*="chatbot" i]):not(html, body, article, [class*="tag-" i], [class*="category-" i]), [id*="chatbox" i]:not(html, body, main, article):has(input, textarea)',
      weight: 0.5,
    },
    // 7. Messages or avatars in a message log marked as the bot's: class tokens ("bot", "msg-bot"),
    // data-author, a robot avatar. Whole class names, so "message-bottom" is not one.
    {
      type: 'selector',
      selector:
        '[role="log"] :is(.bot, .is-bot, .from-bot, .msg-bot, .message-bot, .bot-message, .message--bot, [data-author="bot" i], [data-sender="bot" i], img[alt*="robot" i], img[alt*="chatbot" i])',
      weight: 0.5,
    },
  ],
  sources: [
    'https://www.w3.org/TR/wai-aria-1.2/#log',
    'https://www.w3.org/TR/wai-aria-1.2/#dialog',
    'https://www.w3.org/WAI/ARIA/apg/patterns/dialog-modal/',
  ],
});
