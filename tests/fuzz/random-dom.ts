/**
 * A seeded generator of random and adversarial documents for the detection core: pages are
 * untrusted, so the scanner must give a valid (maybe degraded) result on anything a page can be.
 * The same seed gives the same document, so a failure can be replayed from its seed alone.
 *
 * The documents mix what the rules look for (chat launchers, notices, AI labels, quotations) with
 * what breaks naive code: lone surrogates, direction overrides, zero-width and NUL characters,
 * very long words, deep nesting, wide sibling lists, shadow roots inside shadow roots, malformed
 * JSON-LD and meta, hidden and fixed layers, markup as text.
 */

/** mulberry32: small, fast and good enough to spread choices; not for anything secret. */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Words and sentences the rules read, so random pages reach deep into the engine. */
const PHRASES = [
  'Assistant virtuel',
  'Je suis votre assistante virtuelle',
  'Posez votre question',
  'Besoin d’aide ?',
  'Réponses générées par une intelligence artificielle',
  'Contenu généré par IA',
  'Cette décision a été prise sur le fondement d’un traitement algorithmique',
  'article L. 311-3-1 du code des relations entre le public et l’administration',
  'Vous pouvez demander la communication des règles définissant ce traitement',
  'saisir la Commission d’accès aux documents administratifs (CADA)',
  'Madame, Monsieur,',
  'Dossier n° 2026-004512',
  'Montant : 1 234,56 €',
  'Nous ne prenons aucune décision entièrement automatisée',
  'GDPR art. 22 automated decision-making',
  'Ihr Bescheid wurde vollständig automatisiert erlassen',
  '« Réponses générées par IA »',
  'par exemple : « Texte rédigé avec l’aide de l’IA »',
  'Ouvrir le chat',
  'Ask Nova',
  'chatbot',
  'Décision automatisée',
];

/** Text that hostile or broken pages hold. */
const HOSTILE = [
  '\uD800',
  '\uDFFF\uD800',
  '\u202E\u202D',
  '\u200B\u200C\u200D\uFEFF',
  '\u0000',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '&lt;b&gt;&amp;amp;',
  '🤖🧑‍⚖️🏛️',
  'ﬁﬂœæß',
  '\u00a0\u202f\u2009',
  '\n\t\r',
  ')]}*+?.^$|\\(',
];

const TAGS = ['div', 'p', 'span', 'section', 'aside', 'header', 'nav', 'main', 'article', 'form', 'button', 'a', 'ul', 'li', 'h1', 'h2', 'h3', 'blockquote', 'q', 'code', 'pre', 'details', 'summary', 'dialog', 'label', 'table', 'td', 'strong', 'em', 'small', 'figure', 'figcaption', 'svg', 'template', 'textarea', 'input', 'img'];
const ROLES = ['dialog', 'log', 'button', 'tooltip', 'banner', 'navigation', 'complementary', 'status', 'search', 'note', 'region', 'menu'];
const CLASSES = ['chat', 'chatbot', 'bot', 'msg-bot', 'launcher', 'bp-widget', 'intercom-launcher', 'rw-launcher', 'cs-chat-container', 'notice', 'tag-chatbot', 'fr-callout', 'x'];
const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-expanded', 'aria-haspopup', 'aria-live', 'hidden', 'aria-hidden', 'id', 'class', 'role', 'style', 'data-author', 'lang', 'dir'];

/** A piece of text: rule words, hostile characters, a very long word, or several glued together. */
function randomText(random: Random): string {
  const r = random();
  if (r < 0.35) return pick(random, PHRASES);
  if (r < 0.55) return pick(random, HOSTILE);
  if (r < 0.6) return 'a'.repeat(1 + Math.floor(random() * 20_000));
  if (r < 0.65) return pick(random, PHRASES).repeat(1 + Math.floor(random() * 50));
  const parts: string[] = [];
  for (let i = 0, n = 1 + Math.floor(random() * 5); i < n; i++) parts.push(random() < 0.6 ? pick(random, PHRASES) : pick(random, HOSTILE));
  return parts.join(random() < 0.5 ? ' ' : '');
}

function randomAttribute(random: Random, el: Element): void {
  const name = pick(random, ATTRIBUTES);
  let value: string;
  switch (name) {
    case 'role':
      value = pick(random, ROLES);
      break;
    case 'class':
      value = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(random, CLASSES)).join(' ');
      break;
    case 'style':
      value = random() < 0.5 ? 'position:fixed;right:0;bottom:0' : 'display:none';
      break;
    case 'aria-expanded':
      value = random() < 0.5 ? 'false' : 'true';
      break;
    case 'aria-haspopup':
      value = pick(random, ['dialog', 'true', 'menu']);
      break;
    case 'aria-live':
      value = pick(random, ['polite', 'assertive', 'off']);
      break;
    case 'hidden':
    case 'aria-hidden':
      value = random() < 0.5 ? '' : 'true';
      break;
    case 'id':
      value = random() < 0.5 ? `chat-${Math.floor(random() * 100)}` : randomText(random).slice(0, 200);
      break;
    default:
      value = randomText(random).slice(0, 2_000);
  }
  try {
    el.setAttribute(name, value);
  } catch {
    // Some values are not allowed in some attributes: a page could not have set them either.
  }
}

/** Script-like content the scanner reads as data: JSON-LD (often broken) and metadata. */
function randomDataElement(doc: Document, random: Random): Element {
  if (random() < 0.5) {
    const script = doc.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = pick(random, [
      '{"@type":"ImageObject","digitalSourceType":"http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"}',
      '{"@graph":[{"@type":"Article","digitalSourceType":',
      '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[',
      '{"a":"\uD800"}',
      'null',
      `{"x":"${'b'.repeat(50_000)}"}`,
    ]);
    return script;
  }
  const meta = doc.createElement('meta');
  meta.setAttribute('name', pick(random, ['ai-disclosure', 'description', 'generator', 'ai_metadata']));
  meta.setAttribute('content', randomText(random).slice(0, 5_000));
  return meta;
}

/** How deep the generator nests elements, long chains aside. */
const MAX_DEPTH = 40;

export interface RandomDocumentOptions {
  /** How many nodes (elements and texts, shadow roots' included) the body gets, a wide list aside. */
  size: number;
}

/** A document built from `seed` (the same seed, the same document), and how many nodes it was given. */
export function randomDocument(doc: Document, seed: number, { size }: RandomDocumentOptions): { document: Document; nodes: number } {
  const random = randomFrom(seed);
  doc.documentElement.setAttribute('lang', pick(random, ['fr', 'en', 'de', 'it', '', 'xx-\u202E']));
  doc.title = randomText(random).slice(0, 300);
  for (let i = 0, n = Math.floor(random() * 4); i < n; i++) doc.head.append(randomDataElement(doc, random));

  let made = 0;
  const build = (parent: Element | ShadowRoot, depth: number) => {
    while (made < size) {
      const r = random();
      // Close this level: often, and always past a depth (the chains below go deeper on purpose).
      if (depth > 0 && (random() < 0.3 || depth > MAX_DEPTH)) return;
      made++;
      if (r < 0.25) {
        parent.append(doc.createTextNode(randomText(random)));
        continue;
      }
      if (r < 0.27) {
        parent.append(randomDataElement(doc, random));
        continue;
      }
      const custom = random() < 0.06;
      const tag = custom ? `x-widget-${Math.floor(random() * 50)}` : pick(random, TAGS);
      const el = doc.createElement(tag);
      for (let a = 0, n = Math.floor(random() * 4); a < n; a++) randomAttribute(random, el);
      if (tag === 'input' || tag === 'textarea' || tag === 'img') {
        parent.append(el);
        continue;
      }
      parent.append(el);
      // Shadow roots on custom elements, sometimes nested inside another widget's.
      let into: Element | ShadowRoot = el;
      if (custom && random() < 0.7) {
        try {
          into = el.attachShadow({ mode: random() < 0.8 ? 'open' : 'closed' });
        } catch {
          into = el;
        }
      }
      // Mostly shallow trees, sometimes a long chain straight down (hundreds deep).
      const chain = random() < 0.01 ? 300 : 0;
      let node: Element | ShadowRoot = into;
      for (let d = 0; d < chain && made < size; d++, made++) {
        const child = doc.createElement('div');
        node.append(child);
        node = child;
      }
      build(node, depth + 1);
    }
  };
  build(doc.body, 0);
  // A wide list of siblings at the root, as feeds and tables make.
  if (random() < 0.2) {
    const list = doc.createElement('ul');
    for (let i = 0; i < Math.min(size, 2_000); i++) list.append(Object.assign(doc.createElement('li'), { textContent: `${i} ${pick(random, PHRASES)}` }));
    doc.body.append(list);
    made += list.childElementCount;
  }
  return { document: doc, nodes: made };
}
