/**
 * Data for reading a decision notice in its page (see docs/decision-notices.md): the cues that
 * say whom the page speaks to, and the four elements CRPA art. R. 311-3-1-1 requires in the
 * algorithmic-decision mention. Patterns are matched on normalised text (lower case, no accents,
 * one space; each block element is a line).
 *
 * A cue is read in one of three places:
 * - `page`: the page's text (its start, plus the mention's surroundings);
 * - `head`: what says what kind of page it is: the title, the main headings, the page's own type
 *   in its metadata (`og:type`, JSON-LD `@type`), one per line, e.g. "type: newsarticle";
 * - `mention`: the mention's own surroundings (its block and the blocks around it);
 * - `sentence`: the one sentence that holds the notice's words. Whether it speaks of a particular
 *   decision ("votre taux a été calculé…", "la présente résolution…") or of a procedure's requests
 *   ("les demandes déposées sur ce formulaire…"), rather than of decisions in general, is what an
 *   administration's own notice looks like when its page says nothing else about itself.
 */

export type NoticeSide = 'decision' | 'procedure' | 'about';

export interface WeightedCue {
  /** Stable id, for tests and reports. */
  id: string;
  side: NoticeSide;
  where: 'page' | 'head' | 'mention' | 'sentence';
  pattern: string;
  /** How much this cue counts towards its side. */
  points: number;
}

// A file, beneficiary or application number: a label, then an identifier holding digits. In the
// languages of other administrations' letters too (German Aktenzeichen, Dutch kenmerk…).
const NUMBER_LABEL =
  '(?:dossier|allocataire|demande|candidat|candidature|numero fiscal|numero d\'allocataire|beneficiaire|identifiant|reference|ref\\.?|nos references|vos references|securite sociale|declaration|courrier|usager|assure|matricule|contrat|case|reference number|application number|account number|file number|customer number|our ref|your ref|aktenzeichen|geschaftszeichen|steuernummer|kundennummer|expediente|referencia|n\\.? de expediente|protocollo|numero di pratica|pratica|codice fiscale|kenmerk|dossiernummer|zaaknummer|bsn)';
/** Words that make a sentence a condition or a general case, not what happened in the reader's. */
const HYPOTHETICAL = '\\b(?:si|lorsque|lorsqu|quand|des lors que|toute|chaque|if|when|whenever|any|wenn|falls|jede[rs]?|cuando|toda|todo|qualora|quando|ogni|indien|wanneer|elke?)\\b';
/** A sentence that states something, not a condition or a question: what sentence cues start with. */
const STATEMENT = `^(?!.*(?:${HYPOTHETICAL}))(?!.*\\?)`;
/**
 * The very document the reader holds ("dit besluit", "le présent avis"): a sentence about it speaks
 * of this reader's decision, not of how a procedure decides.
 */
const THIS_DOCUMENT =
  '\\b(?:dit besluit|deze beschikking|this (?:decision|notice|letter)|la presente (?:decision|notification)|le present (?:avis|courrier|arrete)|dieser bescheid|diese entscheidung|esta (?:resolucion|liquidacion)|la presente (?:resolucion|liquidacion)|questo provvedimento|il presente provvedimento)\\b';
/**
 * A sentence whose subject is what the reader receives or pays ("Votre prime d'activité est…",
 * "Ihre Leistung wurde…"): their decision. "Votre éligibilité", "votre demande" on a form speak of
 * the request being made.
 */
const YOURS_FIRST =
  "^(?!(?:si|lorsque|lorsqu|quand|des lors que|if|when|wenn|falls|cuando|qualora|quando|indien|als|wanneer)\\b)(?:[a-z'-]+ ){0,2}(?:votre|vos|your|uw|ihr(?:e|en)?|su|sus|la sua|il suo) (?:nouve(?:au|l|lle) )?(?:prime|allocation|aide|bourse|taux|tarif|pension|retraite|indemnite|quotient|echelon|cotisation|montant|participation|remboursement|loyer|benefit|allowance|rate|payment|leistung|beitrag|steuer|prestacion|cuota|importo|assegno|toeslag|uitkering)s?\\b";
const MONTHS = '(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)';

export const NOTICE_CUES: readonly WeightedCue[] = [
  // ——— Addressed to this reader: a letter, a notification, a personal space ———
  // The label must be followed by "n°", "numéro" or a colon: "déclaration 2042", "formulaire de
  // demande 12345-01" or "courrier du 12/03/2026" name a form or a date, not the reader's file.
  { id: 'file-number', side: 'decision', where: 'page', pattern: `\\b${NUMBER_LABEL}(?: (?:n\\.? ?[o°º]\\.?|n\\.|numero|number|nr\\.?|no\\.)(?: ?:)?| ?:) ?(?:[a-z]{1,4}[- /]?){0,2}\\d[\\d /.-]{3,}|^ ?${NUMBER_LABEL}(?: (?:n[o°º]|numero))? ?:?\\n ?(?:[a-z]{1,4}[- /]?){0,2}\\d[\\d /.-]{3,}|\\bn[o°º] (?:de |d'|de l'|du )?(?:dossier|allocataire|fiscal|client|demande|securite sociale|beneficiaire|candidat|assure|contrat|avis|titre|releve) ?:? ?\\n? ?(?:[a-z]{1,4}[- /]?){0,2}\\d[\\d /.-]{3,}`, points: 2 },
  // "Décision n° ENPU2026-0299…", but not the Conseil constitutionnel's "décision n° 2018-765 DC".
  { id: 'decision-number', side: 'decision', where: 'page', pattern: '\\b(?:decision|arrete|notification) (?:n[o°]|numero) ?:? ?(?!\\d{4}-\\d{2,4} ?(?:dc|qpc|l)\\b)[a-z0-9]*\\d[a-z0-9/-]{3,}', points: 2 },
  // The recitals that open an administrative decision.
  { id: 'recitals', side: 'decision', where: 'page', pattern: "^ ?(?:vu (?:le|la|les|l')|considerant qu)", points: 2 },
  { id: 'signed-in', side: 'decision', where: 'page', pattern: '\\b(?:se deconnecter|deconnexion|connecte en tant que|sign out|log out|signed in as|abmelden|angemeldet als|cerrar sesion|esci|uitloggen|ingelogd als)\\b', points: 2 },
  { id: 'personal-area', side: 'decision', where: 'page', pattern: '\\b(?:mon espace|mon compte|espace personnel|espace famille|espace (?:allocataire|particulier|assure|candidat|usager|securise|citoyen)|ma messagerie|mes documents|mes courriers|mes paiements|mes echanges|tableau de bord|my account|your account|mein konto|mein benutzerkonto|posteingang|mi cuenta|mi carpeta|area personale|area riservata|mijn omgeving|mijn berichten|mijn toeslagen|mijn loket|mijn aanvragen)\\b', points: 1 },
  // A reference whose label is itself a "number" word, followed by the number: "Toeslagnummer
  // 1234.56.789", "Steuernummer 219/5037/1184", "Reference number 8841".
  { id: 'own-number', side: 'decision', where: 'page', pattern: '\\b[a-z]*(?:nummer|number)\\b ?:? ?(?:[a-z]{1,4}[- ]?){0,2}\\d[\\d ./-]{3,}', points: 2 },
  // A date line or header of a letter or message: "Datum: 14 maart 2026", "Fecha: 12/05/2026".
  { id: 'dated', side: 'decision', where: 'page', pattern: '^ ?(?:date|datum|fecha|data) ?:? ?\\d{1,2}[ ./-]', points: 1 },
  // The addressee's block of a letter or an electronic notification: "Destinataire", "Empfänger".
  { id: 'addressee', side: 'decision', where: 'page', pattern: "^ ?(?:destinataire|destinatario|destinataria|empfanger(?:in)?|recipient|geadresseerde|a l'attention de) ?:?$", points: 1 },
  { id: 'salutation', side: 'decision', where: 'page', pattern: '^ ?(?:madame|monsieur|madame, monsieur|madame ou monsieur|cher|chere|bonjour [a-z]+|dear (?:sir|madam|mr|mrs|ms|miss|dr|applicant|customer|[a-z]+ ?,)|hello [a-z]+ ?,|sehr geehrte[rn]?|liebe[r]? [a-z]+|estimad[oa]s?|gentile|egregi[oa]|geachte|beste (?:mevrouw|meneer|heer|[a-z]+ ?,))(?![a-z])', points: 2 },
  // A letter's closing formula: seldom written outside a letter.
  { id: 'closing', side: 'decision', where: 'page', pattern: "\\b(?:veuillez agreer|je vous prie d'agreer|nous vous prions d'agreer|salutations distinguees|yours (?:sincerely|faithfully)|mit freundlichen grussen|atentamente|cordiali saluti|distinti saluti|met vriendelijke groet)\\b", points: 2 },
  { id: 'signature', side: 'decision', where: 'page', pattern: '\\bpar delegation\\b|^ ?pour (?:le|la) (?:directeur|directrice|president|presidente|maire|prefet|recteur|rectrice)\\b|^ ?(?:le|la) (?:directeur|directrice|president|presidente|maire|prefet|prefete|rectrice|recteur|gestionnaire|responsable)(?: [a-z\'-]+){0,6}$', points: 1 },
  { id: 'letter-date', side: 'decision', where: 'page', pattern: `^ ?(?:fait a [a-z' -]{2,30}, |[a-z' -]{2,30}, )?le \\d{1,2}(?:er)? ${MONTHS} \\d{4} ?\\.?$`, points: 1 },
  { id: 'subject-line', side: 'decision', where: 'page', pattern: '^ ?(?:objet|subject|betreff|asunto|oggetto|onderwerp) ?:', points: 1 },
  { id: 'this-decision', side: 'decision', where: 'page', pattern: '\\b(?:la presente decision|cette decision (?:vous|a ete|est)|notre decision|votre decision|this decision (?:was|has been|is)|dieser bescheid|diese entscheidung|esta resolucion|la presente resolucion|esta liquidacion|la presente liquidacion|il presente provvedimento|questa decisione|dit besluit|deze beschikking)\\b', points: 1 },
  {
    id: 'your-file',
    side: 'decision',
    where: 'page',
    pattern:
      "\\b(?:votre|vos) (?:demande|dossier|candidature|allocation|aide|droit|declaration|situation|voeu|prestation|bourse|inscription)s? (?:a|ont|est|sont) (?:bien )?(?:ete|acceptee?s?|refusee?s?|retenue?s?|examinee?s?)\\b|\\ba (?:examine|etudie|instruit|accepte|refuse|rejete|recalcule|revise) votre (?:demande|dossier|candidature|droit|situation)\\b|\\b(?:we (?:cannot|can ?not|have decided to) (?:give|pay|award|accept)|your (?:request|application|claim) for)\\b|\\byour (?:application|claim|request|file|case|benefit) (?:has been|was|is)\\b|\\bihr (?:antrag|einspruch) (?:wurde|ist)\\b|\\bsu solicitud (?:ha sido|fue)\\b|\\bla sua (?:domanda|richiesta) (?:e stata|e)\\b|\\buw (?:aanvraag|verzoek) (?:is|werd)\\b|\\bwij wijzen uw (?:aanvraag|verzoek) af\\b",
    points: 2,
  },
  // What the decision does for this person: an amount or a rate said to "you".
  {
    id: 'your-amount',
    side: 'decision',
    where: 'page',
    pattern:
      "\\b(?:vous (?:percevrez|recevrez|beneficiez|beneficierez|devez|devrez|avez droit|n'avez pas droit|etes redevable)|votre (?:tarif|quotient|taux|montant|bourse|aide|allocation|echelon|indemnite|remboursement|dette|trop-percu)|montant (?:de votre|mensuel|retenu|a payer|a rembourser|de l'aide|du droit)|you (?:will receive|are entitled|owe)|sie erhalten|usted recibira|lei ricevera|u ontvangt)\\b[^\\n]{0,120}?\\d[\\d .]*(?:,\\d{2})? ?(?:€|eur\\b|euros?\\b)",
    points: 2,
  },
  // A statement's rows: the amount granted, refunded or owed, on the same line or the next.
  { id: 'amount-row', side: 'decision', where: 'page', pattern: "^ ?(?:montant (?:annuel|mensuel|accorde|verse|retenu|de votre aide|a payer|a rembourser)|erstattung|nachzahlung|festgesetzte|nieuw voorschot(?: per maand)?|te ontvangen|importo (?:spettante|riconosciuto|da pagare)|cuantia|importe (?:a devolver|a ingresar|reconocido)|amount (?:due|to pay|awarded|payable)|refund)\\b[^\\n]{0,40}(?:\\n ?)?(?:€ ?)?-?\\d[\\d .]*(?:,\\d{2})? ?(?:€|eur\\b|euros?\\b)?", points: 1 },
  { id: 'we-inform-you', side: 'decision', where: 'page', pattern: "\\bnous (?:vous informons|avons (?:le regret|le plaisir|examine|etudie|bien recu|procede))\\b|\\bwe (?:have (?:reviewed|examined|decided)|regret to inform)\\b|\\bwir teilen ihnen mit\\b|\\ble comunicamos\\b|\\bla informiamo\\b|\\bwij delen u mee\\b", points: 1 },
  { id: 'notification', side: 'decision', where: 'page', pattern: '\\b(?:notification|avis) (?:de|d\') ?(?:decision|paiement|droits?|refus|rejet|attribution|admission|affectation|imposition)\\b|\\bnotice of decision\\b|\\b(?:steuerbescheid|bescheid uber)\\b|\\bnotificacion de (?:la )?resolucion\\b|\\bse le notifica\\b|\\ble notificamos\\b', points: 1 },
  // A title that names the reader's own document.
  { id: 'title-yours', side: 'decision', where: 'head', pattern: "^ ?(?:notification|decision|avis d'|attestation|courrier|votre|vos|mon |ma |mes |espace famille|your |ihr |ihre |su |uw )", points: 1 },
  // Said to the reader around the mention itself.
  { id: 'mention-to-you', side: 'decision', where: 'mention', pattern: '\\b(?:vous concernant|(?:dans|pour) votre (?:cas|dossier|situation)|appliquee? a votre|votre (?:dossier|demande|situation|aide|droit)|your (?:case|application|file)|ihr(?:en)? (?:bescheid|antrag|fall)|su (?:caso|solicitud|expediente)|la sua (?:pratica|domanda)|uw (?:aanvraag|zaak|dossier))\\b', points: 1 },

  // The notice's own sentence speaks to the reader of what was done in their case, or of the very
  // document they hold. A condition ("si vous faites l'objet…", "if a decision…") or a question
  // speaks of any case: no point.
  {
    id: 'sentence-your-case',
    side: 'decision',
    where: 'sentence',
    pattern: `${STATEMENT}(?:.*\\b(?:votre|vos|your|ihr(?:e|en|er)?|uw)\\b.*\\b(?:a|ont|est|sont|ete|avez|was|were|has|have|wurde|wurden|ist|is|werd|zijn)\\b|.*\\b(?:nous avons|we (?:have )?(?:calculated|assessed|worked out|decided|used|made)|wir haben|hemos|abbiamo|wij hebben)\\b|.*\\b(?:calcule|etabli|determine)e?s? (?:automatiquement|par (?:un |une |le |l')?(?:algorithme|logiciel|outil))(?: [a-z'-]+){0,3} (?:d'apres|a partir de|sur la base de) (?:votre|vos)\\b)`,
    points: 2,
  },
  // Or of the very document the reader holds: "le présent courrier", "Resolución dictada…" (the
  // words of the page cue "this-decision" are not counted twice).
  {
    id: 'sentence-this-document',
    side: 'decision',
    where: 'sentence',
    pattern: `${STATEMENT}.*\\b(?:la presente notification|le present (?:courrier|avis|arrete)|ce (?:montant|courrier|calcul|resultat|tarif) (?:a|est)|this (?:calculation|notice|letter|assessment) (?:was|has|is)|resolucion dictada|esta (?:liquidacion|notificacion|resolucion) (?:ha sido|fue|se ha)|questo provvedimento)\\b`,
    points: 1,
  },
  // What the reader receives or pays, said to be worked out by a machine: "Votre prime d'activité
  // est recalculée automatiquement chaque trimestre", "Ihre Leistung wurde automatisiert berechnet".
  // Unlike a case's sentence, "chaque" does not make it general here.
  {
    id: 'sentence-yours-automatic',
    side: 'decision',
    where: 'sentence',
    pattern: `${YOURS_FIRST}(?!.*\\?)(?: [a-z'-]+){0,5} (?:est|sont|a ete|ont ete|is|are|was|were|has been|have been|wird|werden|wurde|wurden|es|son|fue|ha sido|e stato|e stata|viene|vengono|wordt|werd)\\b[^.]{0,80}?\\b(?:automati|algorithm|geautomatiseerd|automatisiert|automationsgestutzt|automatizad|automatizzat)`,
    points: 2,
  },
  // The administration says that one of its own steps is an algorithmic processing: "Ce classement
  // est un traitement algorithmique au sens du code des relations…".
  {
    id: 'sentence-this-step',
    side: 'procedure',
    where: 'sentence',
    pattern: `^(?!.*\\?)(?:ce|cette|cet|notre) (?:classement|calcul|cotation|attribution|affectation|selection|tri|bareme|examen|outil|logiciel|dispositif|procedure)(?: [a-z'-]+){0,3} (?:est|constitue|repose sur) (?:un |une )?(?:traitement algorithmique|algorithme)\\b`,
    points: 2,
  },
  // The notice's sentence speaks of the requests of a procedure the page itself offers: the form,
  // the online service, the files handed in.
  {
    id: 'sentence-this-procedure',
    side: 'procedure',
    where: 'sentence',
    pattern: `${STATEMENT}.*\\b(?:ce formulaire|ce teleservice|cette demarche|cette procedure|cette plateforme|ce dispositif|les (?:demandes|dossiers|candidatures)(?: [a-z'-]+){0,2} (?:deposee?s|completes?|complets|recue?s|presentee?s|transmise?s|enregistree?s)|this (?:form|online service|service)|dieses (?:formular|verfahren)|este (?:formulario|procedimiento)|questo (?:modulo|servizio)|dit (?:formulier|loket))\\b`,
    points: 2,
  },

  // The notice's sentence says how this service's requests are decided, now or from now on: "les
  // conditions sont vérifiées automatiquement par le téléservice", "die Zusage wird automatisiert
  // getroffen", "se generan mediante actuación administrativa automatizada". A privacy notice
  // that says so of its own service is that service's notice; a list of rights ("vous avez le
  // droit de ne pas faire l'objet…") or the law's general case ("lorsqu'une décision est prise
  // automatiquement…") says it of no service. A procedure's rule is said of each request, so
  // "chaque" and "lorsque" are its words too.
  {
    id: 'sentence-decided-so',
    side: 'procedure',
    where: 'sentence',
    pattern: `^(?!.*\\?)(?!.*\\b(?:droits?|rights?|recht|rechte|derechos?|diritt[oi])\\b|.*\\bce qui (?:est|sera)\\b|.*\\b(?:une|toute) decision\\b|.*${THIS_DOCUMENT}|${YOURS_FIRST})(?:.*\\b(?:est|sont|sera|seront|wird|werden|se genera|se generan|se adopta|se adoptan|se dicta|se dictan|viene|vengono|verra|verranno|wordt|worden|is|are|will be)\\b(?: [a-z'-]+){0,4} (?:automatiquement|automatisee?s?|automatisiert|automationsgestutzt|automatizad[oa]s?|automatizzat[oaie]|automatically|automatisch|geautomatiseerd)\\b|.*\\b(?:cette|la|chaque) decision (?:entierement |totalement |exclusivement )?automatisee (?:est|sera)\\b|.*\\bles (?:demandes|candidatures|dossiers|voeux)(?: [a-z'-]+){0,3} sont (?:classee?s|rangee?s|triee?s|examinee?s|ordonnee?s|notee?s|cotee?s) (?:par|au moyen d|a l'aide d)(?:'| )(?:un |une |le |la |l')?(?:traitement|algorithme|logiciel|outil|application|bareme informatise)\\b|.*\\b(?:automatisiert|automationsgestutzt) (?:entschieden|bearbeitet|erlassen|gepruft) (?:werden|wird)\\b|.*\\b(?:e|sono|viene|vengono|es|son|wird|werden|wordt|worden|is|are)\\b(?! stat[oaie]\\b)(?: [a-z'-]+){0,3} (?:con|mediante|tramite|attraverso|por|door|durch|through|by) (?:una |un |uno |een |ein(?:e|en)? |an? )?(?:procedura|procedimiento|sistema|trattamento|tratamiento|procedure|verfahren|systeem|system|process) (?:automatizzat[oa]|automatizad[oa]|geautomatiseerde?|automatisierte[sn]?|automated)\\b|.*\\b(?:la|cette|chaque) decision (?:d'|de )(?:accorder|attribuer|refuser|octroyer|verser|admettre|affecter|classer|retenir|ouvrir|fixer|exonerer|rejeter)\\b[^.]{0,100}? (?:est|sera|sont|seront) (?:pris(?:es?)?|fondee?s?|etablie?s?) sur (?:le fondement|la base) d'un traitement algorithmique\\b)`,
    points: 4,
  },
  // ——— The administration's own notice for one of its procedures ———
  {
    id: 'own-processing',
    side: 'procedure',
    where: 'page',
    pattern:
      "\\b(?:nous utilisons|nous avons recours a|nos services(?: [a-z'-]+){0,3} utilisent|notre (?:service|collectivite|commune|administration|caisse|organisme|etablissement) (?:utilise|a recours a)|(?:la|le|l') ?(?:caf|caisse|commune|ville|mairie|departement|region|metropole|universite|prefecture|rectorat|ministere|service|administration|agence|direction|crous|msa|cpam|urssaf|france travail|collectivite|etablissement|commission|jury|plateforme)(?: [a-z'-]+){0,4} (?:utilise|a recours a|s'appuie sur|met en oeuvre)) (?:un |une |des |d'un |d'une |l')?(?:algorithme|traitement|outil|logiciel|calcul|systeme|modele)",
    points: 2,
  },
  {
    id: 'decisions-of-procedure',
    side: 'procedure',
    where: 'page',
    pattern: "\\b(?:les|ces) (?:decisions|attributions|affectations|classements|montants)(?: [a-z'-]+){0,6} (?:sont|seront) (?:prises?|etablie?s?|calcule(?:e|s|es)?|determinee?s?|realisee?s?) (?:sur le fondement|a l'aide|au moyen|par le biais|a partir|de maniere automatisee|automatiquement)|\\bwird (?:der|ihr) (?:steuer)?bescheid (?:vollstandig |ausschliesslich )?(?:automationsgestutzt|automatisiert|maschinell) (?:erlassen|erstellt)\\b",
    points: 2,
  },
  // The administration's page about one of its processes: "Information sur l'utilisation d'un
  // traitement algorithmique pour le calcul de…", "Comment fonctionne Affelnet ?".
  { id: 'procedure-title', side: 'procedure', where: 'head', pattern: "^ ?(?:information sur l'utilisation d'un traitement algorithmique|[^\\n]{0,60}comment (?:fonctionne|est calcule|sont (?:attribuee?s|calculee?s|classee?s|choisie?s|selectionnee?s|ciblee?s)|(?:nous )?(?:choisissons|selectionnons|ciblons|calculons|attribuons|classons)\\b)|fonctionnement (?:de|d'|du) |fiche (?:algorithme|n[o°]) ?\\d)", points: 2 },
  { id: 'procedure-headings', side: 'procedure', where: 'page', pattern: "^ ?(?:conditions(?: d'attribution| d'acces)?|montants?|instruction(?: de (?:la|votre) demande)?|pieces (?:a fournir|justificatives)|demarches?|comment (?:faire|demander|en beneficier)|ou s'adresser|a qui s'adresser|deposer (?:une|votre) demande|bareme(?: \\d{4})?) ?:?$", points: 1 },
  // One processing described field by field, as algorithm registers and inventories do
  // ("Finalité", "Fonctionnement", "Données utilisées"; the Dutch register's "Doel", "Werking").
  { id: 'processing-fields', side: 'procedure', where: 'page', pattern: "^ ?(?:finalite(?:s)?|objectif du traitement|fonctionnement|donnees utilisees|donnees traitees|intervention humaine|decision concernee|decisions concernees|service responsable|type de traitement|criteres (?:utilises|retenus|pris en compte)|ponderation|doel|werking|gebruikte gegevens|menselijke tussenkomst|how it works|data used|human oversight|zweck|funktionsweise|finalidad|funcionamiento|finalita|funzionamento) ?:?$", points: 2 },
  // The decision is announced for a request being made: a form's notice before it is sent.
  { id: 'future-decision', side: 'procedure', where: 'mention', pattern: "\\b(?:fera|feront|fait|font) l'objet d'une decision\\b|\\b(?:sera|seront) (?:prises?|traitee?s?|examinee?s?) (?:automatiquement|de maniere (?:entierement |totalement )?automatisee)|\\bwill be (?:decided|assessed|processed) (?:automatically|by automated)|\\bwird (?:automatisiert|automatisch) (?:entschieden|bearbeitet)", points: 2 },
  // The page publishes the rules of its own algorithm, as L. 312-1-3 asks.
  { id: 'publishes-rules', side: 'procedure', where: 'page', pattern: "\\b(?:cette page (?:presente|decrit|publie) les regles|les regles (?:de l'algorithme|de ce traitement|qu'il applique) (?:sont|figurent))\\b", points: 2 },
  { id: 'procedure-page', side: 'procedure', where: 'page', pattern: "\\b(?:comment (?:faire|ca marche|est calcule|sont attribuee?s)|pieces justificatives|faire (?:une|sa|votre) demande|deposer (?:une|votre|sa) demande|teleservice|criteres d'attribution|modalites d'attribution|regles d'attribution|qui peut en beneficier|conditions d'admission)\\b", points: 1 },

  // ——— A page about the law or about algorithms ———
  { id: 'fact-sheet', side: 'about', where: 'page', pattern: "\\b(?:fiche pratique|verifie le|mis a jour le|que dit la loi|ce que dit la loi|textes? de reference|questions? frequentes|foire aux questions|what the law says)\\b", points: 1 },
  { id: 'law-third-person', side: 'about', where: 'page', pattern: "\\b(?:l'administration|les administrations|l'organisme|une administration|les collectivites|the administration|public bodies|die behorde|la administracion|la pubblica amministrazione|de overheid) (?:doit|doivent|est tenue|sont tenues|a l'obligation|must|has to|muss|debe|deve|moet)\\b", points: 2 },
  { id: 'law-firm', side: 'about', where: 'page', pattern: '\\b(?:avocats?|cabinet d|maitre [a-z]|jurisprudence|law firm|rechtsanwalt|kanzlei|abogad[oa]s?|avvocat[oi]|advocaten)\\b', points: 1 },
  { id: 'guide', side: 'about', where: 'page', pattern: "(?<!\\b(?:dans|sur) (?:le|la|l'|un|une|son|sa|notre) |\\bau )\\b(?:guide|inventaire|registre|liste|cartographie|recensement) (?:des|de l'|du|de nos|of) ?(?:principaux )?(?:algorithmes|traitements|algorithms)\\b|\\bguide (?:pratique|des algorithmes)\\b", points: 2 },
  { id: 'template', side: 'about', where: 'page', pattern: "\\[[a-z ,'/-]{3,40}\\]|\\bex ?:|\\bmodele de (?:mention|lettre|courrier)\\b|\\bexemple de (?:mention|formulation|redaction)\\b|\\bxxxx\\b", points: 2 },
  { id: 'not-a-decision', side: 'about', where: 'page', pattern: "\\b(?:ne constitue|n'est|ne vaut) pas (?:une )?(?:decision|notification)|\\ba titre (?:indicatif|informatif)\\b|\\bsimulat(?:eur|ion)\\b|\\bis not a decision\\b", points: 2 },
  { id: 'law-provides', side: 'about', where: 'page', pattern: '\\b(?:prevoit|dispose|precise|impose) que\\b|\\bla loi (?:prevoit|impose|oblige)\\b|\\ble legislateur\\b', points: 1 },
  { id: 'minutes', side: 'about', where: 'page', pattern: "\\b(?:deliberation|(?<!(?:par|vote|adoptee?s?) (?:le|du) )conseil (?:municipal|communautaire)|conseil departemental a|ordre du jour|proces-verbal|seance (?:du|publique)|compte rendu)\\b", points: 2 },
  // Administrations date their own pages too ("Publié le 10/03/2026"): one point only.
  { id: 'published', side: 'about', where: 'page', pattern: '\\b(?:publie le|article publie|mis en ligne le|published on|posted on|veroffentlicht am|publicado el|pubblicato il|gepubliceerd op)\\b', points: 1 },
  { id: 'press', side: 'about', where: 'page', pattern: '\\b(?:par la redaction|lire aussi|a lire aussi|partager (?:sur|l\'article|cet article)|abonnez-vous|read more|related articles|weiterlesen|leer mas|leggi anche|lees ook)\\b', points: 2 },
  { id: 'public-in-general', side: 'about', where: 'page', pattern: "\\b(?:les usagers|les citoyens|les personnes concernees|les allocataires|les candidats|toute personne|the public|individuals|die burger|los ciudadanos|i cittadini|burgers)\\b", points: 1 },
  { id: 'parliament', side: 'about', where: 'page', pattern: "\\b(?:amendement n|expose sommaire|proposition de loi|projet de loi|rapport (?:fait|d'information) au nom|question ecrite|le depute|la deputee|le senateur|la senatrice|assemblee nationale|senat)\\b", points: 2 },
  { id: 'cada-opinion', side: 'about', where: 'page', pattern: "\\b(?:la commission (?:d'acces aux documents administratifs )?(?:a examine|emet un avis|estime|rappelle)|emet un avis (?:favorable|defavorable)|avis (?:de la cada )?n[o°] ?\\d{8})", points: 2 },
  // A forum's "Répondre" is a button, a line of its own; "merci de ne pas répondre" is how an
  // administration's automatic notification ends.
  { id: 'forum', side: 'about', where: 'page', pattern: '\\b(?:citer ce message|membre depuis|inscrit le|messages? : \\d|poste le|posted by)\\b|^ ?(?:repondre|reply|antworten|responder|rispondi|reageren) ?$', points: 1 },
  { id: 'job-offer', side: 'about', where: 'page', pattern: "\\b(?:offre d'emploi|fiche de poste|profil recherche|vos missions|missions principales|poste a pourvoir|type de contrat|date limite de candidature|job description|stellenanzeige|oferta de empleo|offerta di lavoro|vacature)\\b", points: 2 },
  // The questions a guide or an FAQ is built on ("Qu'est-ce que le profilage ?", "Dans quels cas…").
  { id: 'explainer-questions', side: 'about', where: 'page', pattern: "^ ?(?:qu'est-ce qu|dans quels? cas|comment exercer|quels sont (?:vos|mes|les) droits|que dit|what is|what are (?:your|my) rights|was ist|que es|che cos'e|wat is)[^\\n]{0,100}\\?$", points: 2 },
  { id: 'reported-speech', side: 'about', where: 'mention', pattern: "\\b(?:a declare|a indique|a explique|a affirme|a precise|selon (?:lui|elle)|estime que|souligne que|je cite|on peut lire|ainsi redige|est ainsi redigee?|j'ai recu|nous avons recu|said that|according to)\\b", points: 2 },
  // What kind of page it is, from its title, main headings and metadata type.
  {
    id: 'page-kind',
    side: 'about',
    where: 'head',
    pattern:
      "\\btype: (?:newsarticle|article|blogposting|reportagenewsarticle|opinionnewsarticle|analysisnewsarticle|faqpage|qapage|jobposting|discussionforumposting|scholarlyarticle|legislation|report)\\b|\\b(?:politique de (?:confidentialite|protection des donnees)|donnees personnelles|mentions legales|privacy (?:policy|notice|statement)|datenschutz(?:erklarung|hinweise)?|politica de privacidad|proteccion de datos|informativa (?:sulla )?privacy|privacyverklaring|privacybeleid|faq|questions frequentes|offre d'emploi|recrutement|guide|fiche pratique|blog|actualites?|tribune|forum|amendement|deliberation|avis de la cada|registre|inventaire|rapport|these|memoire|cours|lexique|glossaire|dossier de presse|communique de presse|td|travaux diriges|cas pratique|seance \\d+)\\b",
    points: 3,
  },
];

export interface MentionElementRule {
  id: 'purpose' | 'rightToRules' | 'howToExercise' | 'cada';
  /** The capture group that matched, when there is one, is what gets quoted. */
  pattern: string;
}

/** What an administration calls the processing when it says what it is for. */
const PROCESSING = '(?:traitement|algorithme|calcul|outil|logiciel|dispositif|systeme|programme|modele|score|bareme|classement|cotation|grille|application|plateforme)';
/** "Automatiquement" in the other ways letters say it. */
const AUTOMATICALLY = '(?:automatiquement|de (?:maniere|facon) (?:entierement |totalement )?automati(?:que|see)|par voie automatisee|sans intervention humaine)';
/** What may stand between a determiner and the outcome: "ce nouveau taux", "le présent montant". */
const NEW = '(?:(?:nouveau|nouvel|nouvelle|nouveaux|nouvelles|present|presente) )?';
const PURPOSE_VERBS =
  '(?:calculer|determiner|verifier|evaluer|attribuer|classer|selectionner|orienter|instruire|etablir|fixer|identifier|repartir|affecter|prioriser|estimer|proposer|apprecier|examiner|trier|cibler|controler|detecter|simuler|mesurer|ordonner|departager|pre-?remplir)';
const PROCESSING_DOES =
  '(?:calcule|determine|applique|reconstitue|verifie|evalue|attribue|classe|compare|analyse|estime|fixe|etablit|transcrit|met en oeuvre|mesure|selectionne|affecte|repartit|identifie|controle|detecte|croise|ordonne|pondere|simule)';
const PURPOSE_NOUNS =
  "(?:calcul|determination|attribution|affectation|classement|selection|orientation|verification|evaluation|instruction|repartition|cotation|ciblage|controle|detection|tarification|simulation|appreciation|examen|tri|priorisation)";

/** What a processing works out for the person, when a mention names it as its outcome. */
const COMPUTED =
  "(?:montants?|(?:re)?calculs?|tarifs?|taux|quotient(?: familial)?|echelons?|cotations?|points|participations?|distances?|reste a vivre|indemnites?|cotisations?|aides?|allocations?|bourses?|primes?|classements?|scores?|resultats?|pensions?|retraites?|conformite|tranches?(?: tarifaires?)?|prises? en charge|constats?)";
/** "Le montant a été calculé par un traitement…": the purpose is working that outcome out. */
const COMPUTED_BY = `(?:(?:le |la |les |l'|votre |vos |ce |cet |cette |ces )?${NEW}${COMPUTED},?(?: [a-z0-9'(),%/.:\u20ac-]+){0,6}? (?:a ete |ont ete |est |sont |sera |seront )?(?:calcule|recalcule|determine|attribue|etabli|fixe|effectue|realise|evalue|verifie|controle|classe)e?s?(?: ${AUTOMATICALLY})?(?:,? sans intervention humaine)?,? (?:par |a l'aide d'|a l'aide du |au moyen d'|au moyen du |sur le fondement d'|grace a |grace au )(?:un |une |le |la |l'|notre |nos |ce |cet |ses |leurs )?(?:traitements?|algorithmes?|logiciels?|outils?|systemes?|programmes?|moteurs?|tableurs?|applications?|plateformes?|controles? automatiques?|analyses? automatiques?)\\b[^.;]{0,80})`;
/** "Ce montant a été calculé automatiquement d'après les salaires déclarés", an SMS's "Montant recalculé automatiquement": the outcome, worked out automatically. */
const COMPUTED_AUTOMATICALLY = `(?:(?:le |la |les |l'|votre |vos |ce |cet |cette |ces )?${NEW}${COMPUTED},?(?: [a-z0-9'(),%/.:\u20ac-]+){0,6}? (?:a ete |ont ete |est |sont |sera |seront )?(?:calcule|recalcule|determine|attribue|etabli|fixe|verifie|evalue)e?s? ${AUTOMATICALLY}\\b(?:,? (?:a partir d[eu']|d'apres|en fonction d[eu']|sur la base d[eu']|selon|par)[^.;]{0,80})?)`;

export const MENTION_ELEMENT_RULES: readonly MentionElementRule[] = [
  {
    // What the processing is for, in the ways administrations say it: "ce traitement permet de…",
    // "il sert à…", "pour déterminer…", "a pour finalité…", "un traitement algorithmique de calcul…",
    // or the outcome it worked out: "votre échelon a été attribué sur le fondement d'un traitement…".
    id: 'purpose',
    pattern: `\\b${COMPUTED_BY}|\\b${COMPUTED_AUTOMATICALLY}|\\b(?:celui-ci|celle-ci) ${PROCESSING_DOES}\\b[^.;]{0,100}|\\b${PROCESSING} (?:algorithmique|informatique|automatise)(?: (?:de|du|des) (?:la |l')?[a-z'-]+){1,2},? (?:qui|lequel) ${PROCESSING_DOES}\\b[^.;]{0,100}|\\b(?:il|elle) ${PROCESSING_DOES} (?:votre|vos|le|la|les|l')\\b[^.;]{0,100}|\\b(?:les |ces |vos )?(?:demandes|candidatures|dossiers|voeux)(?: [a-z'-]+){0,3} sont (?:classee?s|rangee?s|triee?s|examinee?s|ordonnee?s|notee?s|cotee?s|instruite?s) (?:par|au moyen d'|a l'aide d') ?(?:un |une |le |la |l')?${PROCESSING}\\b[^.;]{0,80}|\\b${COMPUTED} (?:correspond|resulte|decoule) (?:au|a la|de la|du|de l') ?${PROCESSING}[^.;]{0,40}? (?:applique|calcule|etabli)e?s? par (?:notre |le |un |la |l')?${PROCESSING}\\b[^.;]{0,60}|\\b(?:(?:ce|le|cet|cette|l'|un|une) ?${PROCESSING}(?: [a-z'-]+){0,3} (?:permet(?: notamment)?|sert|vise|consiste|a servi|a ete utilise|est utilise|intervient|contribue|aide)|(?:il|elle|celui-ci|celle-ci|qui|lequel|laquelle) (?:permet(?: notamment)?|sert|vise|consiste|a servi|est utilise|intervient|contribue|aide)) (?:de |d'|a |au |aux |pour |dans |en |:)[^.;]{0,120}|\\ba pour (?:objet|objectif|finalites?|buts?)\\b[^.;]{0,120}|\\b(?:dont la|sa|la) finalite (?:est|poursuivie est|consiste)[^.;]{0,120}|\\b(?:afin de|pour|destine a|utilise pour|servant a|qui permet de|en vue de) ${PURPOSE_VERBS}\\b[^.;]{0,100}|\\b(?:destine au|destine a la|pour le|pour la|en vue du|en vue de la|aux fins (?:de|du|de la)) ${PURPOSE_NOUNS}\\b[^.;]{0,100}|\\btraitement algorithmique (?:de |du |des |d')${PURPOSE_NOUNS}\\b[^.;]{0,100}|\\b${PROCESSING} (?:algorithmique |informatique |automatise )?(?:qui|lequel|mettant en oeuvre|appliquant) (?:[a-z'-]+ ){0,2}?(?:${PROCESSING_DOES}|les regles|le bareme)\\b[^.;]{0,100}|\\b${PROCESSING} (?:algorithmique|informatique|automatise)(?: d'aide a [a-z' -]{3,30})?,? (?:qui|lequel) (?!vous\\b|nous\\b|me\\b|se\\b|lui\\b|leur\\b|y\\b|en\\b|ne\\b|n'|a\\b|est\\b|sont\\b|ont\\b)[a-z-]{3,}(?:e|ent)\\b[^.;]{0,100}|\\b(?:ce|cet|cette|notre) ?${PROCESSING}(?: [a-z'-]+){0,3}(?: \\([^)]{1,60}\\))?,? (?:qui |lequel |laquelle )?${PROCESSING_DOES}\\b[^.;]{0,100}|\\b(?:un|le|l') ?${PROCESSING}(?: [a-z'-]+){0,6}? ${PROCESSING_DOES}(?: automatiquement)? (?:a |aux? )?(?:chaque|votre|vos|le|la|les|l'|un|une|si|pour)\\b[^.;]{0,100}|[^.;:]{10,140} (?:sont|est|ont ete|a ete) (?:realise|effectue|assure|opere)e?s? (?:par|au moyen d'|a l'aide d') ?(?:un |une |le |la |l')?${PROCESSING} (?:automatise|algorithmique|informatique)\\b|\\b${COMPUTED}(?: [a-z0-9'-]+){0,4}? (?:resulte|est issue?|provient) d'(?:un|une) (?:calcul|traitement|analyse|evaluation) (?:automati|algorithmi|informati)[a-z]*\\b[^.;]{0,80}|\\b(?:le|l'|un|une) ?${PROCESSING}(?: [a-z'-]+){0,3} \\([^)]{1,60}\\),? (?:qui |lequel |laquelle )${PROCESSING_DOES}\\b[^.;]{0,100}|\\bafin (?:de |d')(?!en\\b)[a-z]{3,}(?:er|ir|re)\\b[^.;]{0,100}|\\bayant pour (?:objet|objectif|finalite|but)\\b[^.;]{0,120}`,
  },
  {
    id: 'rightToRules',
    pattern:
      "\\b(?:communication|communiquer|communiquees?|obtenir|demander|connaitre|consulter|recevoir|acceder a|acces a)(?:,? [a-z'-]+){0,6},? (?:des |les |aux |la |le |de |du )?(?:regles|criteres|parametres|principales caracteristiques|caracteristiques principales|modalites de fonctionnement|fonctionnement (?:de|du) (?:ce |cet |l')?(?:traitement|algorithme))\\b[^.;]{0,80}|\\bprincipales caracteristiques de (?:sa|leur|la|cette|son) mise en oeuvre|\\bdegre et (?:le )?mode de contribution|\\bregles (?:qui )?defini(?:ssant|ssent) (?:ce|le|cet) traitement|\\bregles (?:de (?:ce|cet|cette|l') ?[a-z]+(?: [a-z]+)?|qui le definissent) (?:vous )?(?:sont|seront|peuvent (?:vous )?etre) (?:communiquees|transmises|fournies|adressees)\\b[^.;]{0,60}",
  },
  {
    // How to ask for the rules: a service, an address, an e-mail, a form, a portal. A way to
    // contest the decision (a recourse board, a court, a mediator) is not one: see HOW_TO_NOT_RECOURSE.
    id: 'howToExercise',
    pattern:
      "((?:aupres d(?:u|e la|e l'|es|e)|en (?:ecrivant|vous adressant|s'adressant) a|par (?:courrier|courriel|e-?mail|lettre|voie postale|mail|ecrit)|par (?:la|le|votre|ce|cette) (?:messagerie|formulaire)|adresse[rz] (?:votre|sa|la|une|cette) demande(?: ecrite)?(?: a| au| aux| aupres| par)|a l'adresse|a l'attention d|via (?:le|la|votre)|en remplissant|(?:au moyen|a l'aide|par le biais|par l'intermediaire) du formulaire|(?:depuis|dans|sur|via) (?:votre|son|le|la) (?:espace|compte|portail|site|messagerie)|en utilisant (?:le|la|votre) (?:formulaire|messagerie|service)|ecrivez-nous|en repondant a (?:ce|cet|cette) (?:message|courriel|e-?mail|mail)|(?:appele[rz]|telephone[rz]|contacte[rz]) (?:le |au )?\\d{2}(?:[ .]?\\d{2}){4}|(?:au|aux) (?:service|bureau|guichet|secretariat|pole|centre)s? (?!de recours|du contentieux|contentieux)[a-z]|a l'accueil d|ecrive[zr] (?:a|au|aux)\\b(?! ?:? (?:l'|une |cette |votre )?(?:administration|organisme)\\b)|rubrique|sur le site|en ligne sur|sur simple demande (?:ecrite )?(?:a|aupres))[^.;]{0,100}|\\b[a-z0-9-]+\\.(?:gouv\\.)?fr ?[>›] ?[a-z][^.;]{0,80}|\\b[a-z][a-z' -]{2,30} [>›] [a-z«\"][a-z' «»\"-]{2,60}(?: [>›] [^.;]{2,80})?|[a-z0-9._-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)+|\\b(?:https?://|www\\.)[a-z0-9./_-]{4,80})",
  },
  { id: 'cada', pattern: "\\bcommission d'acces aux documents administratifs\\b[^.;]{0,60}|\\bcada\\b[^.;]{0,60}" },
];

/** A "where to ask" that is a way to contest the decision, not to ask for the rules. */
export const HOW_TO_NOT_RECOURSE =
  "\\b(?:reclamation|contest(?:er|ation)|reexamen|pas d'accord|desaccord|revoir (?:la|cette|votre) decision|commission (?:de recours amiable|departementale|de recours|medicale)|recours amiable|cra\\b|tribunal|cour administrative|conseil d'etat|juridiction|mediat(?:eur|rice|ion)|defenseur des droits|conciliat(?:eur|rice)|recours (?:gracieux|hierarchique|contentieux|administratif))";

/** Words that tie a sentence to the algorithm's rules, whatever else it speaks of. */
export const HOW_TO_RULES = "\\bregles\\b|\\bcriteres\\b|caracteristiques|\\bce traitement\\b|l'algorithme";

/** The sentence around a "where" must be about asking for the rules, not about something else. */
export const HOW_TO_ASKING =
  "\\b(?:demand|sollicit|obten|communiqu|communication|adress|ecri(?:re|vant|vez)|questions?|contact|renseignement|exercer? (?:ce|votre|ces) droits?|connaitre|consulter|informations?|precisions|explications|regles|criteres|caracteristiques)";
