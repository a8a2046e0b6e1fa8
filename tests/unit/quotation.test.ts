// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { reportedBefore } from '../../lib/detect/collect';
import { normaliseText } from '../../lib/detect/normalise';
import { parseHtml, scanDocument } from './helpers/scan-html';

const aiContent = (body: string, lang = 'fr') =>
  scanDocument(parseHtml(`<!doctype html><html lang="${lang}"><head><title>Page</title></head><body>${body}</body></html>`))
    .filter((f) => f.kind === 'ai-content')
    .map((f) => f.ruleId);

describe('quoted, example and hedged labels are not declarations', () => {
  it.each([
    ['a label between « »', '<p>Faut-il écrire « Contenu généré par IA » sur les visuels ?</p>'],
    ['a label in a <q>', '<p>La mention <q>Image générée par IA</q> est recommandée.</p>'],
    ['a label in a blockquote', '<blockquote>Image générée par intelligence artificielle</blockquote>'],
    ['a label after "par exemple"', '<p>Certains médias affichent par exemple : Rédigé avec l’aide d’une IA.</p>'],
    ['an English label after "such as"', '<p>Newsrooms use labels such as AI-generated content on their pages.</p>'],
    ['a hedged teaser', '<p>Ce texte pourrait bien avoir été généré par une IA… ou pas.</p>'],
    ['a design-system specimen', '<div class="docs-example" aria-label="Exemple de rendu"><p class="fr-badge">Contenu généré par IA</p><span class="fr-icon-ai-line"></span></div>'],
    ['a label introduced on the line before', '<p>Exemples de mentions :</p><p>Généré par IA</p>'],
    ['content in general, with an indefinite article', '<li>Sous une image produite avec un outil d’IA générative.</li>'],
    ['a glossary list of kinds of content', '<dd>Texte, image ou vidéo généré par un système d’IA.</dd>'],
    ['a single quotation mark in Dutch', '<p>Sommigen zetten ‘AI-gegenereerd’ onder een afbeelding.</p>'],
    ['an answer to choose in a quiz', '<p>La pluie a laissé sur la vitre des chemins.</p><label><input type="radio" name="q1"> Généré par IA</label><label><input type="radio" name="q1"> Écrit par un humain</label>'],
    ['an option of a survey', '<select><option>Généré par IA</option><option>Écrit par une personne</option></select>'],
    ['an offer to translate', '<p>Traduction automatique par intelligence artificielle, proposée à la demande.</p>'],
  ])('%s', (_name, body) => {
    expect(aiContent(body)).toEqual([]);
  });

  it.each([
    ['a French caption with an aside', '<p>L’illustration, en revanche, a été générée par IA.</p>', 'fr'],
    ['an English caption mid-sentence', '<figcaption>Concept view. Image: AI-generated – final design may differ.</figcaption>', 'en'],
    ['an Italian caption', '<figcaption>Immagine generata con l’intelligenza artificiale</figcaption>', 'it'],
    ['a German label', '<p>Dieser Text wurde mit Unterstützung von KI erstellt.</p>', 'de'],
    ['a synthetic voice', '<p>Cet article est lu par une voix de synthèse.</p>', 'fr'],
  ])('but %s is a declaration', (_name, body, lang) => {
    expect(aiContent(body, lang)).toEqual(['ai-generated-label']);
  });

  it('the site’s own statement of its AI use is a site-level declaration', () => {
    const f = scanDocument(parseHtml('<p>Nous utilisons l’intelligence artificielle pour rédiger nos résumés, relus par la rédaction.</p>')).find((x) => x.ruleId === 'ai-use-statement');
    expect(f?.scope).toBe('site');
    expect(aiContent('<p>Nous n’utilisons pas l’intelligence artificielle pour rédiger nos articles.</p>')).toEqual([]);
  });

  it('a banner or a box heading that names the AI’s work is a label', () => {
    expect(aiContent('<div role="note"><strong>Traduction automatique par IA</strong> <span>Cette page a été traduite de l’allemand.</span></div>')).toEqual(['ai-generated-label']);
    expect(aiContent('<section><header><span>L’essentiel</span> <span>Résumé généré automatiquement par IA</span></header><ul><li>La halle rouvrira en avril.</li></ul></section>')).toEqual(['ai-generated-label']);
  });

  it('an ai-disclosure grade that needs no label declares nothing', () => {
    const doc = parseHtml('<html><head><meta name="ai-disclosure" content="ai_metadata; required=not-required"></head><body><p>Horaires</p></body></html>');
    expect(scanDocument(doc).filter((f) => f.kind === 'ai-content')).toEqual([]);
    const declared = parseHtml('<html><head><meta name="ai-disclosure" content="ai-assisted"></head><body><p>Horaires</p></body></html>');
    expect(scanDocument(declared).map((f) => f.ruleId)).toEqual(['ai-disclosure-markup']);
  });

  it('reportedBefore reads only the line of the match', () => {
    const blob = normaliseText('« une citation »\nContenu généré par IA');
    expect(reportedBefore(blob, blob.indexOf('contenu'))).toBe(false);
    const open = normaliseText('Il a écrit « Contenu généré par IA');
    expect(reportedBefore(open, open.indexOf('contenu'))).toBe(true);
  });
});
