import { defineRule } from '../define-rule';

// Verbs of making content, in the first person ("je rédige", "nous utilisons … pour traduire").
const FR_MAKE = '(?:redige|redigeons|ecris|ecrivons|produis|produisons|genere|generons|cree|creons|traduis|traduisons|illustre|illustrons|resume|resumons|realise|realisons|prepare|preparons)';
// The same, as an infinitive ("pour rédiger", "afin de traduire").
const FR_TO_MAKE = '(?:rediger|ecrire|produire|generer|creer|traduire|illustrer|resumer|realiser|preparer)';
const FR_AI = "(?:l'|la |une |un |de l'|d'une |d'un |des )?(?:ia|intelligence artificielle|outils? d'(?:ia|intelligence artificielle)|ia generative|chatgpt|mistral|copilot|gemini|claude|midjourney|dall-e|firefly)";
const FR_CONTENT = '(?:articles|contenus|textes|images|illustrations|visuels|photos|resumes|traductions|podcasts|videos|publications|billets|pages|fiches|syntheses|newsletters?)';

/**
 * A site's own statement about how it uses AI for its content: a blog's "about" page, a media's
 * "Notre usage de l'IA", an administration's transparency page. It is the site speaking of itself
 * in the first person or of "our" content, so it is a declaration, reported for the site rather
 * than for the page's own text. Statements in the negative never match: the verb must follow the
 * subject directly ("nous n'utilisons pas…" does not).
 */
export default defineRule({
  id: 'ai-use-statement',
  kind: 'ai-content',
  scope: 'site',
  description: {
    fr: 'Le site déclare utiliser l’intelligence artificielle pour produire une partie de ses contenus.',
    en: 'The site states that it uses artificial intelligence to produce some of its content.',
  },
  legalRefs: ['AI Act art. 50(4)'],
  signals: [
    {
      type: 'text',
      pattern: `\\b(?:(?:je|j'|nous) (?:${FR_MAKE}|utilise|utilisons|emploie|employons)\\b[^.;:!?\\n]{0,80}?(?:avec l'aide (?:de |d')|a l'aide (?:de |d')|grace a |avec |au moyen (?:de |d')|en m'appuyant sur |en nous appuyant sur )${FR_AI}\\b|(?:je|j'|nous) (?:utilise|utilisons|emploie|employons|ai recours a|avons recours a|m'appuie sur|nous appuyons sur|me sers d|nous servons d) ${FR_AI}\\b[^.;:!?\\n]{0,60}?\\b(?:pour|afin de) ${FR_TO_MAKE})`,
      weight: 0.85,
      hints: [' ia', "'ia", 'intelligence artificielle', 'chatgpt', 'mistral', 'copilot', 'gemini', 'midjourney', 'dall-e', 'firefly'],
      declaration: true,
    },
    {
      // "Certains de nos visuels sont générés par IA", "Les images de ce site sont créées avec l'IA",
      // "Certains contenus publiés sur ce site sont produits avec l'aide d'outils d'IA". "Certains
      // contenus" alone speaks of content anywhere.
      type: 'text',
      pattern: `\\b(?:(?:certain(?:e)?s (?:de nos |des )|nos |mes |les |toutes les |tous les )${FR_CONTENT}(?: (?:de ce site|du site|de ce blog|publie(?:e)?s ici))?(?: [a-z'-]+){0,3}|certain(?:e)?s ${FR_CONTENT} (?:publie(?:e)?s )?(?:sur|de|dans) (?:ce site|ce blog|cette page|ce magazine|cette lettre)) (?:sont|ont ete|peuvent etre|seront) (?:(?:en partie|partiellement|parfois|entierement) )?(?:generee?s|redigee?s|creee?s|produit(?:e)?s|realisee?s|traduit(?:e)?s|illustree?s) (?:par |avec |a l'aide (?:de |d')|avec l'aide (?:de |d')|grace a )${FR_AI}\\b`,
      weight: 0.85,
      hints: [' ia', "'ia", 'intelligence artificielle', 'chatgpt', 'midjourney', 'dall-e', 'firefly'],
      declaration: true,
      negatable: true,
    },
    {
      // English, German, Spanish, Italian and Dutch first-person statements.
      type: 'text',
      pattern:
        "\\b(?:(?:we|i) (?:use|used|rely on) (?:ai|artificial intelligence|generative ai|ai tools|chatgpt|copilot|gemini|midjourney|dall-e)\\b[^.;:!?\\n]{0,50}?\\b(?:to|for) (?:write|draft|generate|create|produce|translate|illustrate|summari[sz]e|writing|drafting|generating|creating|producing|translating|illustrating|summari[sz]ing)\\b|(?:(?:some|all|many|the) (?:of (?:our|the) )?|our )[a-z' -]{0,60}?\\b(?:images|articles|posts|texts|illustrations|summaries|translations|content|reports)\\b[^.;:!?\\n]{0,80}?\\b(?:are|were|is) (?:(?:partly|partially|fully|automatically) )?(?:generated|created|produced|written|drafted|translated) (?:by|with|using) (?:ai|artificial intelligence|generative ai)\\b|wir (?:nutzen|verwenden|setzen) (?:ki|kunstliche intelligenz|generative ki)\\b[^.;:!?\\n]{0,50}?\\b(?:um|fur|zur|zum|bei der)\\b[^.;:!?\\n]{0,40}?(?:erstell|schreib|verfass|generier|ubersetz|illustrier|text|bild)|(?:utilizamos|usamos|empleamos) (?:la )?(?:ia|inteligencia artificial)\\b[^.;:!?\\n]{0,40}?\\bpara (?:redactar|escribir|generar|crear|traducir|ilustrar|resumir)|(?:utilizziamo|usiamo|impieghiamo) (?:l'|la )?(?:ia|intelligenza artificiale)\\b[^.;:!?\\n]{0,40}?\\bper (?:scrivere|redigere|generare|creare|tradurre|illustrare|riassumere|la (?:stesura|traduzione|creazione))|\\b(?:i |gli |le )?(?:testi|articoli|contenuti|immagini)(?: [a-z']+){0,4} (?:sono|sono stati|sono state) (?:redatt|scritt|generat|creat|prodott|tradott)[ie] (?:con il supporto|con l'aiuto|con l'ausilio|con l'assistenza|con l'uso|mediante l'uso|tramite l'uso) (?:di |dell')?(?:strumenti di |sistemi di )?(?:ia|intelligenza artificiale)\\b|(?:wij|we|ik) (?:gebruiken|gebruik|zetten) (?:ai|kunstmatige intelligentie)\\b[^.;:!?\\n]{0,40}?\\b(?:om|voor|bij)\\b[^.;:!?\\n]{0,30}?(?:schrijv|maken|genere|vertal|illustr|tekst|beeld))",
      weight: 0.85,
      hints: [' ai', 'artificial intelligence', 'chatgpt', ' ki', 'intelligenz', ' ia', "'ia", 'inteligencia', 'intelligenza', 'kunstmatige'],
      declaration: true,
    },
  ],
  sources: ['https://eur-lex.europa.eu/eli/reg/2024/1689/oj'],
});
