// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseHtml, scanDocument } from './helpers/scan-html';
import { weighNotice } from '../../lib/detect/notice';

const page = (body: string, title = 'Page') => parseHtml(`<!doctype html><html lang="fr"><head><title>${title}</title></head><body>${body}</body></html>`);
const notices = (body: string, title?: string) => scanDocument(page(body, title)).filter((f) => f.kind === 'decision-notice');
const only = (body: string, ruleId: string, title?: string) => {
  const found = notices(body, title).find((f) => f.ruleId === ruleId);
  expect(found, `${ruleId} in ${body.slice(0, 80)}`).toBeDefined();
  return found!;
};

const ETALAB_MENTION = `<section><h2>Information sur l’utilisation d’un traitement algorithmique</h2>
<p>La présente décision a été prise sur le fondement d’un traitement algorithmique. Ce traitement permet de calculer le montant de l’aide et ses règles sont publiées sur notre site.</p>
<p>En application des articles R.&nbsp;311-3-1-1 et R.&nbsp;311-3-1-2 du code des relations entre le public et l’administration, vous pouvez demander la communication des règles définissant ce traitement et leur mise en œuvre dans votre cas auprès du délégué à la protection des données (dpd@exemple.gouv.fr). En l’absence de réponse dans un délai d’un mois, vous disposez de deux mois pour saisir la Commission d’accès aux documents administratifs (CADA).</p></section>`;
const LETTER_HEAD = '<p>Dossier n° 2026-004512</p><p>Madame, Monsieur,</p><p>Votre demande a été acceptée.</p>';

describe('decision notices: context', () => {
  it('a letter with a file number and a salutation is a decision, and the cues are quoted', () => {
    const f = only(LETTER_HEAD + ETALAB_MENTION, 'crpa-algorithmic-decision-mention');
    expect(f.level).toBe('detected');
    expect(f.notice?.context).toBe('decision');
    expect(f.notice?.cues.join(' | ')).toContain('Dossier n° 2026-004512');
  });

  it('the same mention quoted in a guide, with placeholders, is information', () => {
    const body = `<h1>Guide des algorithmes publics</h1><p>L’administration doit informer les usagers. Exemple de mention :</p>
      <blockquote>La présente décision a été prise sur le fondement d’un traitement algorithmique. Ce traitement permet de [finalité].</blockquote>`;
    const f = only(body, 'crpa-algorithmic-decision-mention', 'Fiche pratique');
    expect(f.notice?.context).toBe('about');
    // A page about the law is not held to the mention's four elements.
    expect(f.notice?.elements).toBeUndefined();
  });

  it('a page with only the sentence and nothing addressed to the reader is information', () => {
    const f = only('<p>La présente décision a été prise sur le fondement d’un traitement algorithmique.</p>', 'crpa-algorithmic-decision-mention');
    expect(f.notice?.context).toBe('about');
  });
});

describe('decision notices: the four elements of R. 311-3-1-1', () => {
  it('finds all four in the Etalab model, quoting the page', () => {
    const els = only(LETTER_HEAD + ETALAB_MENTION, 'crpa-algorithmic-decision-mention').notice!.elements!;
    expect(Object.fromEntries(Object.entries(els).map(([k, v]) => [k, v.present]))).toEqual({ purpose: true, rightToRules: true, howToExercise: true, cada: true });
    expect(els.howToExercise.matched).toContain('auprès du délégué à la protection');
    expect(els.purpose.matched).toContain('calculer le montant de l’aide');
    expect(els.cada.matched).toContain('Commission d’accès');
  });

  it('reports the CADA and the way to ask as missing when the mention stops after the purpose', () => {
    const body = `${LETTER_HEAD}<aside><p>La présente décision a été prise sur le fondement d’un traitement algorithmique, dont la finalité est le calcul de vos droits.</p></aside><p>Une autre partie de la lettre.</p>`;
    const els = only(body, 'crpa-algorithmic-decision-mention').notice!.elements!;
    expect(els.purpose.present).toBe(true);
    expect(els.rightToRules.present).toBe(false);
    expect(els.howToExercise.present).toBe(false);
    expect(els.cada.present).toBe(false);
  });

  it.each([
    ['Ce traitement calcule votre salaire journalier de référence et la durée de vos droits.', 'calcule votre salaire'],
    ['Elle a été prononcée au terme d’un traitement algorithmique (application Affelnet-lycée) qui classe les candidatures.', 'classe les candidatures'],
    ['Le calcul est fait par notre logiciel de gestion, qui applique le barème national à vos ressources.', 'applique le barème'],
  ])('reads a purpose said by what the processing does: %j', (sentence, words) => {
    const body = `${LETTER_HEAD}<aside><p>La présente décision a été prise sur le fondement d’un traitement algorithmique. ${sentence}</p></aside>`;
    const purpose = only(body, 'crpa-algorithmic-decision-mention').notice!.elements!.purpose;
    expect(purpose.present).toBe(true);
    expect(purpose.matched).toContain(words);
  });

  it('a processing described in general ("un traitement qui calcule…") is not this mention’s purpose', () => {
    const body = `${LETTER_HEAD}<aside><p>La présente décision a été prise sur le fondement d’un traitement algorithmique. En général, un traitement calcule des montants.</p></aside>`;
    expect(only(body, 'crpa-algorithmic-decision-mention').notice!.elements!.purpose.present).toBe(false);
  });

  it('reads the paragraphs that follow the sentence when the mention has no section of its own', () => {
    const body = `<main>${LETTER_HEAD}<p>La présente décision a été prise sur le fondement d’un traitement algorithmique.</p>
      <p>Vous pouvez obtenir les règles définissant ce traitement en écrivant à notre service, 1 rue de la Paix.</p><p>Vous pouvez saisir la CADA.</p></main>`;
    const els = only(body, 'crpa-algorithmic-decision-mention').notice!.elements!;
    expect([els.rightToRules.present, els.howToExercise.present, els.cada.present]).toEqual([true, true, true]);
    expect(els.purpose.present).toBe(false);
  });
});

describe('decision notices: negation', () => {
  it.each([
    'Aucune décision n’est prise sur le fondement exclusif d’un traitement automatisé.',
    'Vos données ne font l’objet d’aucune décision entièrement automatisée.',
    'Vous avez le droit de ne pas faire l’objet d’une décision fondée exclusivement sur un traitement automatisé.',
    'We do not use automated decision-making.',
  ])('"%s" is not a notice of an automated decision', (sentence) => {
    expect(notices(`<p>${sentence}</p>`).map((f) => f.ruleId)).not.toContain('automated-decision-notice');
  });

  it('the same words without negation are one', () => {
    const f = only(`${LETTER_HEAD}<p>Cette décision est fondée exclusivement sur un traitement automatisé de vos données.</p>`, 'automated-decision-notice');
    expect(f.level).toBe('detected');
    expect(f.notice?.context).toBe('decision');
    // A French administration's fully automated decision must carry the CRPA mention (LIL art. 47):
    // its four elements are read, and here none is given.
    expect(Object.values(f.notice?.elements ?? {}).map((e) => e.present)).toEqual([false, false, false, false]);
  });

  it('a decision that says it was not taken by an algorithm is no CRPA mention', () => {
    expect(notices('<p>Cette décision n’a pas été prise sur le fondement d’un traitement algorithmique.</p>')).toEqual([]);
  });
});

describe('decision notices: what is not a file number', () => {
  it.each(['Remplissez la déclaration 2042 avant le 20 mai.', 'Utilisez le formulaire de demande 12345-01.', 'Voir notre courrier du 12/03/2026.'])(
    '"%s" does not make a help page a decision',
    (sentence) => {
      const f = only(`<h1>Aide</h1><p>${sentence}</p><p>La présente décision a été prise sur le fondement d’un traitement algorithmique.</p>`, 'crpa-algorithmic-decision-mention');
      expect(f.notice?.context).toBe('about');
    },
  );
});

describe('decision notices: decision, procedure or about', () => {
  const MENTION = '<p>Les décisions d’attribution sont prises sur le fondement d’un traitement algorithmique. Ce traitement permet de classer les demandes. Vous pouvez demander la communication des règles définissant ce traitement en écrivant au service Jeunesse, 1 place de la Mairie. Vous pouvez saisir la CADA.</p>';

  it('an administration’s page on its own procedure, with the mention, is a procedure notice with its elements', () => {
    const f = only(`<h1>Comment sont attribuées les places en crèche ?</h1><h2>Pièces justificatives</h2><p>Justificatif de domicile.</p>${MENTION}`, 'crpa-algorithmic-decision-mention', 'Petite enfance');
    expect(f.notice?.context).toBe('procedure');
    expect(f.notice?.elements?.howToExercise.present).toBe(true);
  });

  it('a mention inside a form is the notice of the request being filled in', () => {
    const body = '<form><label>Nom <input name="n"></label><p>Votre demande fera l’objet d’une décision fondée exclusivement sur un traitement automatisé.</p><button>Envoyer</button></form>';
    expect(only(body, 'automated-decision-notice').notice?.context).toBe('procedure');
  });

  it('a mention quoted after "Extrait d’une notification :" is about, whatever the letter inside says', () => {
    const body = `<h1>Cas pratique</h1><p>Document 5 — Extrait d’une notification adressée à M. B. :</p><p>« Madame, Monsieur, dossier n° 2026-4412. La présente décision a été prise sur le fondement d’un traitement algorithmique. »</p>`;
    const f = only(body, 'crpa-algorithmic-decision-mention');
    expect(f.notice?.context).toBe('about');
    expect(f.notice?.elements).toBeUndefined();
  });

  it('a press article quoting the law is about, and a tie goes to about', () => {
    const page = parseHtml(`<!doctype html><html lang="fr"><head><title>Algorithmes publics : ce que dit la loi</title><meta property="og:type" content="article"></head><body><p>Publié le 3 mars 2026</p>${MENTION}</body></html>`);
    const f = scanDocument(page).find((x) => x.ruleId === 'crpa-algorithmic-decision-mention')!;
    expect(f.notice?.context).toBe('about');
  });

  it('a notice whose own sentence speaks of the reader’s case is a decision, even on a page that says nothing else', () => {
    const sms = only('<p>CAF : votre RSA de mars s’élève à 412 EUR. Montant calculé automatiquement d’après votre déclaration de ressources.</p>', 'automated-decision-notice');
    expect(sms.notice?.context).toBe('decision');
    expect(sms.notice?.cues.join(' | ')).toContain('d’après votre');
    const page = parseHtml('<!doctype html><html lang="en"><head><title>Tax</title></head><body><p>We calculated your tax automatically using information from your pension provider.</p></body></html>');
    expect(scanDocument(page).find((x) => x.ruleId === 'automated-decision-notice')?.notice?.context).toBe('decision');
  });

  it('a line break separates the words of a letter’s head: "Dossier<br>n° …" is a file number', () => {
    const f = only('<p>Dossier<br>n° 2026-004512</p><p>La présente décision a été prise sur le fondement d’un traitement algorithmique.</p>', 'crpa-algorithmic-decision-mention');
    expect(f.notice?.context).toBe('decision');
  });

  it('a notice about the requests of the page’s own form is a procedure notice', () => {
    const f = only('<p>Les demandes déposées sur ce formulaire font l’objet d’un traitement algorithmique, qui vérifie l’âge du demandeur.</p>', 'crpa-algorithmic-decision-mention');
    expect(f.notice?.context).toBe('procedure');
  });

  it.each([
    ['a condition', '<p>Lorsque votre allocation de mars a été calculée sur le fondement d’un traitement algorithmique, vous pouvez en demander les règles.</p>'],
    ['a question', '<p>Le montant de votre aide a-t-il été calculé sur le fondement d’un traitement algorithmique ?</p>'],
    ['a quotation', '<p>Les notifications comportent un paragraphe nouveau : votre participation « a été calculée au moyen d’un traitement algorithmique ».</p>'],
  ])('the reader’s words in %s do not make a decision', (_, body) => {
    expect(only(body, 'crpa-algorithmic-decision-mention').notice?.context).toBe('about');
  });

  it('a German tax notice issued automatically is a decision under EU law, not the CRPA', () => {
    const page = parseHtml(`<!doctype html><html lang="de"><head><title>Bescheid</title></head><body><p>Steuernummer: 217/455/30812</p><p>Sehr geehrte Frau Kessler,</p><p>Dieser Bescheid wurde ausschließlich automationsgestützt erlassen.</p><p>Mit freundlichen Grüßen</p></body></html>`);
    const f = scanDocument(page).find((x) => x.ruleId === 'automated-decision-notice')!;
    expect(f.level).toBe('detected');
    expect(f.notice).toMatchObject({ context: 'decision', law: 'eu' });
    // Another country's administration is not held to the CRPA mention.
    expect(f.notice?.elements).toBeUndefined();
  });

  it('notices in Spanish, Italian and Dutch, and their denials', () => {
    expect(only('<p>Esta resolución es una actuación administrativa automatizada.</p>', 'automated-decision-notice').level).toBe('detected');
    expect(only('<p>Il presente provvedimento costituisce una decisione basata unicamente su un trattamento automatizzato.</p>', 'automated-decision-notice').level).toBe('detected');
    expect(only('<p>Dit besluit is automatisch genomen.</p>', 'automated-decision-notice').level).toBe('detected');
    expect(notices('<p>Wir treffen keine automatisierte Entscheidung.</p><p>No tomamos decisiones automatizadas.</p><p>Wij nemen geen geautomatiseerde besluiten.</p>')).toEqual([]);
  });
});

describe('decision notices: letters and notifications of other layouts', () => {
  const context = (lang: string, body: string, ruleId = 'automated-decision-notice') =>
    scanDocument(parseHtml(`<!doctype html><html lang="${lang}"><head><title>Page</title></head><body>${body}</body></html>`)).find((f) => f.ruleId === ruleId)?.notice?.context;

  it('a German letter to "Herr": "Sehr geehrter" and an Aktenzeichen opening with letters', () => {
    expect(context('de', '<p>Aktenzeichen: VI B-2026-7741093</p><p>Sehr geehrter Herr Albrecht,</p><p>Hinweis: Dieser Bescheid wurde vollständig automatisiert erlassen (§ 35a VwVfG).</p>')).toBe('decision');
  });

  it('a notification table whose labels stand on their own line ("Expediente" / the number)', () => {
    expect(context('es', '<dl><dt>Destinatario</dt><dd>Lucía Fernández</dd><dt>Expediente</dt><dd>IVTM-2026-003318</dd></dl><p>Esta liquidación ha sido dictada mediante actuación administrativa automatizada.</p>')).toBe('decision');
  });

  it('a sentence about the document the reader holds is their decision, not how a procedure decides', () => {
    expect(context('nl', '<p>Zaaknummer Z-2026-04417</p><p>Beste mevrouw De Vries,</p><p>Dit besluit is geautomatiseerd genomen.</p>')).toBe('decision');
    expect(context('fr', '<p>N° de l’avis :<br>90 1287 4411 0</p><p>Le présent avis a été établi sans intervention humaine : la lecture de la plaque est réalisée par un traitement automatisé.</p>')).toBe('decision');
  });

  it('what the reader receives, worked out by a machine each time, is their decision; their eligibility on a form is the request being made', () => {
    expect(context('fr', '<p>Allocataire n° 7719403</p><p>Votre prime d’activité est recalculée automatiquement chaque trimestre par un traitement algorithmique.</p>', 'crpa-algorithmic-decision-mention')).toBe('decision');
    expect(context('fr', '<form><p>Votre éligibilité et le montant de l’aide sont déterminés automatiquement par notre plateforme, qui compare votre âge et vos ressources.</p><button>Envoyer</button></form>')).toBe('procedure');
    // "Cette décision", said of the procedure's decision, is not the document the reader holds.
    expect(context('fr', '<h1>Demander l’aide au transport</h1><p>Cette décision entièrement automatisée est prise au vu de votre quotient familial.</p>')).toBe('procedure');
  });

  it('more pages of an eighth batch: a Dutch assessment "automatisch vastgesteld", a German service decided "vollständig automationsgestützt", a control-targeting page "comment nous choisissons les dossiers" glossing « datamining »', () => {
    expect(context('nl', '<p>Kenmerk: 1234.56.789.V.26</p><p>Geachte heer Jansen,</p><p>Wij hebben deze aanslag automatisch vastgesteld op basis van uw gegevens.</p>')).toBe('decision');
    expect(context('de', '<h1>Kindergeld online beantragen</h1><p>Einfache Erstanträge können vollständig automationsgestützt entschieden werden.</p>')).toBe('procedure');
    const targeting = scanDocument(parseHtml('<!doctype html><html lang="fr"><head><title>Contrôles : comment nous choisissons les dossiers</title></head><body><h1>Contrôles : comment nous choisissons les dossiers</h1><p>Un modèle statistique (« datamining ») attribue chaque mois à chaque dossier un score.</p></body></html>')).find((f) => f.ruleId === 'risk-scoring-notice');
    expect(targeting?.notice?.context).toBe('procedure');
  });

  it('a procedure page: requests ranked by an algorithm, a step that "is an algorithmic processing", a fee set by an automated procedure', () => {
    expect(context('fr', '<h1>Inscriptions scolaires : vos données personnelles</h1><p>Les demandes de dérogation sont classées par un traitement algorithmique selon les critères votés par le conseil municipal.</p>', 'crpa-algorithmic-decision-mention')).toBe('procedure');
    expect(context('fr', '<h1>Affectation en seconde : comment sont classés les élèves ?</h1><p>Ce classement est un traitement algorithmique au sens du code des relations entre le public et l’administration.</p><p>À lire aussi</p>', 'crpa-algorithmic-decision-mention')).toBe('procedure');
    expect(context('it', '<p>La tariffa è attribuita con una procedura automatizzata: il sistema applica le fasce ISEE, senza intervento di un operatore.</p>')).toBe('procedure');
    // The same words in the past tense speak of one decision.
    expect(context('it', '<p>Protocollo n. 2026/5512. Gentile signora,</p><p>La tariffa è stata determinata mediante un trattamento automatizzato sulla base dell’ISEE.</p>')).toBe('decision');
  });
});

describe('decision notices: the elements clause by clause', () => {
  const LETTER = '<p>Dossier n° 2026-004512</p><p>Madame, Monsieur,</p>';

  it('a purpose said as "un traitement algorithmique qui calcule…" is present', () => {
    const els = only(`${LETTER}<aside><p>Le montant de votre aide a été calculé à l’aide d’un traitement algorithmique qui applique le barème national.</p></aside>`, 'crpa-algorithmic-decision-mention').notice!.elements!;
    expect(els.purpose.present).toBe(true);
    expect(els.purpose.matched).toContain('qui applique le barème');
  });

  it('the outcome a processing worked out is its purpose; a form, a messaging, a site path are where to ask', () => {
    const echelon = only(
      `${LETTER}<aside><p>Votre échelon a été attribué sur le fondement d’un traitement algorithmique. Vous pouvez obtenir la communication des règles de ce traitement en utilisant le formulaire de contact de votre espace.</p></aside>`,
      'crpa-algorithmic-decision-mention',
    ).notice!.elements!;
    expect(echelon.purpose.matched).toContain('Votre échelon a été attribué');
    expect(echelon.howToExercise.matched).toContain('en utilisant le formulaire');
    const sms = only(`${LETTER}<p>Prime : 187 EUR, calculée sur le fondement d’un traitement algorithmique. Vous pouvez demander les règles de ce calcul : msa.fr > Mon espace privé > Messagerie.</p>`, 'crpa-algorithmic-decision-mention').notice!.elements!;
    expect(sms.howToExercise.matched).toContain('msa.fr > Mon espace');
    // "Ce droit a été calculé" names no outcome worked out: no purpose read from it.
    const right = only(`${LETTER}<p>Ce droit a été calculé par un traitement algorithmique.</p>`, 'crpa-algorithmic-decision-mention').notice!.elements!;
    expect(right.purpose.present).toBe(false);
  });

  it('more ways to say the outcome and where to ask: "par nos outils", "calculé automatiquement d’après…", a form, a written request, a messaging', () => {
    const read = (p: string) => only(`${LETTER}<aside><p>La présente décision a été prise sur le fondement d’un traitement algorithmique.</p><p>${p}</p></aside>`, 'crpa-algorithmic-decision-mention').notice!.elements!;
    expect(read('Le montant de vos indemnités est calculé automatiquement par nos outils à partir de vos salaires.').purpose.matched).toContain('calculé automatiquement par nos outils');
    expect(read('Ce montant a été calculé automatiquement d’après les salaires déclarés.').purpose.matched).toContain('calculé automatiquement d’après');
    expect(read('Le classement ci-dessus sert de fondement aux décisions d’exonération.').purpose.present).toBe(true);
    expect(read('Prime d’activité : 245,10 € calculée automatiquement par algorithme.').purpose.matched).toContain('calculée automatiquement');
    expect(read('Montant recalculé automatiquement.').purpose.present).toBe(true);
    expect(read('La conformité de votre photo a été vérifiée par un contrôle automatique qui mesure la netteté.').purpose.present).toBe(true);
    expect(read('Votre échelon résulte d’un calcul automatique qui confronte vos revenus au barème.').purpose.matched).toContain('échelon résulte d’un calcul automatique');
    expect(read('Le traitement a pour finalités l’instruction de votre demande.').purpose.present).toBe(true);
    expect(read('Un programme vérifie le montant et vos échéances passées.').purpose.present).toBe(true);
    // Said of nothing worked out: no purpose.
    expect(read('Ce courrier est envoyé automatiquement, merci de ne pas y répondre.').purpose.present).toBe(false);
    const ask = (p: string) => read(`Vous pouvez obtenir la communication des règles de ce traitement. ${p}`).howToExercise;
    expect(ask('Votre demande peut être faite à l’aide du formulaire « Contacter l’ANEF ».').matched).toContain('à l’aide du formulaire');
    expect(ask('Faites-en la demande par le formulaire « Nous écrire » de cet espace.').present).toBe(true);
    expect(ask('Adressez votre demande écrite à la Caf, service Relations allocataires, 1 rue du Port.').present).toBe(true);
    expect(ask('Adressez votre demande par la messagerie sécurisée de votre espace.').present).toBe(true);
    expect(ask('Écrivez à : Région, direction des transports, 1 avenue du Port.').present).toBe(true);
    // A guide's advice names no one: the administration in general is not where to ask.
    expect(ask('Écrivez à l’administration pour obtenir les règles appliquées à votre situation.').present).toBe(false);
    expect(read('Vous avez le droit de recevoir les règles de ce système.').rightToRules.present).toBe(true);
    expect(read('Vous pouvez demander que vous soient communiquées les règles de ce calcul.').rightToRules.present).toBe(true);
  });

  it('more readings of the purpose, the right and where to ask, as letters write them', () => {
    const read = (text: string) => only(`${LETTER}<aside><p>${text}</p><p>La présente décision a été prise sur le fondement d’un traitement algorithmique.</p></aside>`, 'crpa-algorithmic-decision-mention').notice!.elements!;
    const creche = read('Le logiciel de gestion de la petite enfance attribue à chaque demande un score de points. Vous pouvez obtenir, sur demande, les règles de calcul du score.');
    expect(creche.purpose.matched).toContain('attribue à chaque demande');
    expect(creche.rightToRules.present).toBe(true);
    const taux = read('Ce nouveau taux a été calculé de manière automatisée par l’application de gestion du prélèvement. Vous pouvez demander la communication des règles de ce calcul en répondant à ce message.');
    expect(taux.purpose.matched).toContain('Ce nouveau taux');
    expect(taux.howToExercise.matched).toContain('en répondant à ce message');
    const app = read('Votre prime est calculée automatiquement. Vous pouvez demander à connaître les règles de ce traitement : Mon Compte > Nous contacter.');
    expect(app.howToExercise.matched).toContain('Mon Compte > Nous contacter');
    const avis = read('Les règles de ce traitement vous sont communiquées si vous en faites la demande au service des impôts des particuliers.');
    expect(avis.rightToRules.present).toBe(true);
    expect(avis.howToExercise.matched).toContain('au service des impôts');
  });

  it('a phone number to call is where to ask; "il calcule le montant" and "de façon automatique" say the purpose', () => {
    const els = only(`${LETTER}<aside><p>La présente décision a été prise sur le fondement d’un traitement algorithmique : il calcule le montant de la pension. Pour connaître les règles de calcul appliquées à votre dossier, appelez le 02 47 00 31 58.</p></aside>`, 'crpa-algorithmic-decision-mention').notice!.elements!;
    expect(els.purpose.matched).toContain('il calcule le montant');
    expect(els.howToExercise.matched).toContain('02 47 00 31 58');
  });

  it('a way to contest the decision is not a way to ask for the rules', () => {
    const body = `${LETTER}<aside><p>La présente décision a été prise sur le fondement d’un traitement algorithmique. Vous pouvez obtenir la communication des règles de ce traitement.</p><p>Si vous souhaitez contester cette décision, écrivez à la commission de recours amiable. Votre réclamation peut être adressée depuis votre espace personnel.</p></aside>`;
    const els = only(body, 'crpa-algorithmic-decision-mention').notice!.elements!;
    expect(els.rightToRules.present).toBe(true);
    expect(els.howToExercise.present).toBe(false);
  });

  it('an address with no word of asking near it is "not clearly said", with the words that came close', () => {
    const body = `${LETTER}<aside><p>La présente décision a été prise sur le fondement d’un traitement algorithmique dont la finalité est le calcul de vos droits. Les règles de ce traitement sont publiées.</p><p>Horaires d’ouverture du lundi au vendredi.</p><p>Caisse d’allocations, à l’attention du service Prestations, 1 rue du Port, 75001 Paris.</p></aside>`;
    const how = only(body, 'crpa-algorithmic-decision-mention').notice!.elements!.howToExercise;
    expect(how).toMatchObject({ present: false, unclear: true });
    expect(how.matched).toContain('à l’attention du service');
  });
});

describe('an outcome worked out by a machine, said in everyday words', () => {
  const notices = (body: string) =>
    scanDocument(parseHtml(`<!doctype html><html lang="fr"><head><title>Courrier</title></head><body><main>${body}</main></body></html>`))
      .filter((f) => f.kind === 'decision-notice')
      .map((f) => `${f.ruleId}:${f.level}`);

  it.each([
    ['Le calcul de vos droits est effectué automatiquement par notre logiciel de gestion.'],
    ['Ce résultat a été établi à l’aide d’un outil informatique qui compare vos ressources au plafond.'],
    ['Ce paiement a fait l’objet d’un traitement automatisé.'],
    ['Le montant de votre participation a été calculé automatiquement.'],
  ])('%j is a possible notice', (sentence) => {
    expect(notices(`<p>Madame, ${sentence}</p>`)).toEqual(['automated-decision-notice:possible']);
  });

  it.each([
    ['Ce document a été généré automatiquement, merci de ne pas y répondre.'],
    ['Cette page est mise à jour automatiquement chaque nuit.'],
    ['Le formulaire enregistre automatiquement votre saisie.'],
  ])('%j is not one', (sentence) => {
    expect(notices(`<p>${sentence}</p>`)).toEqual([]);
  });
});

describe('automated decisions in the words of other administrations', () => {
  const found = (lang: string, body: string) =>
    scanDocument(parseHtml(`<!doctype html><html lang="${lang}"><head><title>Bescheid</title></head><body><main><p>${body}</p></main></body></html>`))
      .filter((f) => f.ruleId === 'automated-decision-notice')
      .map((f) => f.level);

  it.each([
    ['nl', 'Dit is een geautomatiseerd besluit.'],
    ['de', 'Dieser Bescheid wurde automationsunterstützt auf Basis der Lohnzettel erstellt.'],
    ['it', 'L’importo è stato determinato con procedura automatizzata sulla base dei dati ISEE.'],
    ['en', 'This Statement of Liability was produced by an automated process, without review by an officer.'],
  ])('%s: %j', (lang, body) => {
    expect(found(lang, body)).toEqual(['detected']);
  });

  it('a forum’s "Répondre" is a button on its own line, not the end of a notification', () => {
    const aboutQuotes = (extra: string) => {
      const doc = parseHtml(`<!doctype html><html lang="fr"><head><title>Message</title></head><body><main><p id="m">Montant calculé automatiquement d’après votre déclaration.</p>${extra}</main></body></html>`);
      return weighNotice(doc.getElementById('m')!, false).sides.about.points;
    };
    expect(aboutQuotes('<p>Message automatique, merci de ne pas répondre.</p>')).toBe(0);
    expect(aboutQuotes('<p><a href="#">Répondre</a></p>')).toBeGreaterThan(0);
  });
});
