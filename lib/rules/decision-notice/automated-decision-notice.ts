import { defineRule } from '../define-rule';

const SOLELY = '(?:exclusivement|uniquement|entierement|seulement|integralement)';

/**
 * What an administration's letter says was worked out by a machine, in everyday words: an amount, a
 * rate, a result, a check. Documents that were only *printed* automatically ("document généré
 * automatiquement, ne pas répondre") are not decisions: neither "généré" nor "document" is here.
 */
const OUTCOME =
  '(?:montants?|(?:re)?calculs?|resultats?|tarifs?|taux|quotient|decisions?|droits?|aides?|prestations?|allocations?|cotations?|classements?|scores?|verifications?|controles?|participations?|echelons?|tranches?(?: tarifaires?)?|candidatures?|paiements?|indemnites?|pre-classements?|affectations?|points|propositions?|modalites?|orientations?|primes?|bourses?|cotisations?|selections?|prises? en charge|constats?)';
const WORKED_OUT =
  '(?:etablie?s?|effectuee?s?|realisee?s?|calculee?s?|recalculee?s?|verifiee?s?|determinee?s?|fixee?s?|evaluee?s?|attribuee?s?|classee?s?|controlee?s?|preparee?s?|proposee?s?|faite?s?|selectionnee?s?|retenue?s?)';
/** The machine: a tool, a program, an automated processing (an algorithmic one is the CRPA mention's). */
const MACHINE =
  "(?:(?:un|une|le|la|notre|nos|l'|d'un|d'une) ?)?(?:outils? (?:informatiques?|automatiques?|numeriques?|de calcul|d'instruction|de diagnostic|d'aide a la decision)|logiciels?(?: de (?:gestion|calcul))?|algorithmes?|programmes? informatiques?|applications? (?:nationales? |informatiques? )?[a-z-]*|systemes? (?:informatiques?|automatises?|de calcul)|moteurs? de calcul|modeles? (?:statistiques?|de (?:ciblage|calcul|score))|traitements? (?:automatises?|informatises?|informatiques?)|analyses? automatisees?|baremes? (?:informatises?|automatises?)|tableurs?(?: de calcul)?)";

/**
 * A machine by what it is for, as letters name them: "l'outil national de liquidation", "notre
 * application de calcul", "un moteur d'appariement", "un modèle d'analyse des déclarations", "le
 * logiciel de facturation de la Ville".
 */
const MACHINE_FOR =
  "(?:logiciels?|tableurs?|programmes? informatiques?|traitements? (?:informatises?|informatiques?)|(?:outils?|applications?|moteurs?|modeles?|systemes?|plateformes?|algorithmes?)(?: [a-z-]+){0,2}? (?:informatiques?|automatiques?|automatises?|numeriques?|(?:de |d'|du |des )(?:calcul|tarification|liquidation|simulation|cotation|classement|pre-?classement|appariement|analyse|ciblage|scor[a-z]*|instruction|diagnostic|gestion|facturation|attribution|affectation|selection|verification|notation|evaluation|rapprochement|croisement|regles|paiement))|(?:par|de) (?:le|nos|notre|ses|leurs?) systemes?(?: informatiques?)?|(?:controles?|calculs?|croisements?|rapprochements?|verifications?|tris?|classements?) automati(?:ques?|ses?|sees?))\\b";
/**
 * What such a machine does to a person's file, as a finite verb or a participle ("a comparé",
 * "qui attribue", "calculé par"), never an infinitive: "notre outil permet de calculer une
 * estimation" describes a simulator the person uses, not a decision taken on their file. Words
 * that are nouns as often as verbs ("contrôle", "ouvert") are left out.
 */
const MACHINE_DID =
  '(?:(?:re)?calcul|determin|compar|confront|appliqu|attribu|class|fix|evalu|estim|analys|crois|rapproch|verifi|selectionn|affect|propos|refus|rejet|accord|arret|plac|ponder|ordonn|trait|gener|identifi|signal|detect|cibl|examin|accept|effectu|realis)(?:e|ee|es|ees|ent)\\b|(?:etabli|choisi|reparti|produi|instrui)(?:t|s|e|es|te|tes)?\\b';

const MACHINE_HINTS = ['algorithm', 'logiciel', 'programme', 'traitement', 'outil', 'application', 'moteur', 'modele', 'systeme', 'plateforme', 'automati', 'tableur', 'calcul automatique'];

export default defineRule({
  id: 'automated-decision-notice',
  kind: 'decision-notice',
  description: {
    fr: 'Information sur une décision fondée exclusivement sur un traitement automatisé ou sur un profilage (RGPD art. 22, loi Informatique et Libertés art. 47, et leurs équivalents dans les autres pays de l’UE).',
    en: 'Notice of a decision based solely on automated processing or on profiling (GDPR art. 22, French Data Protection Act art. 47, and their equivalents in other EU countries).',
  },
  legalRefs: ['RGPD art. 22', 'Loi n° 78-17 art. 47', 'RGPD art. 15(1)(h)'],
  signals: [
    {
      type: 'text',
      pattern: `(?:\\bdecisions? (?:individuelles? )?(?:(?:est|a ete|sont|ont ete|sera|seront) )?(?:fondees?|prises?|basees?|reposant) ${SOLELY} sur (?:un|le|des) traitements? automatises?|\\bdecisions? (?:individuelles? )?(?:entierement |totalement |exclusivement )?automatisees?\\b|\\bprise de decisions? (?:individuelles? )?automatisees?\\b|\\b(?:sur le seul fondement|sur la seule base|sur la base exclusive|sur le fondement exclusif) d'un traitement automatise\\b|\\bdecision (?:a ete |est )?(?:prise|etablie|calculee|generee|produite|emise) (?:automatiquement|de (?:maniere|facon) (?:entierement )?automatisee)\\b)`,
      weight: 0.85,
      hints: ['automatis', 'automatiquement'],
      negatable: true,
    },
    {
      type: 'text',
      pattern: `(?:\\bautomated (?:individual )?decision[- ]making\\b|\\bdecisions? (?:was |were |is |are )?(?:made|taken|based) solely (?:on|by) automated (?:processing|means)|\\bautomated individual decisions?\\b|\\b(?:this|our|the above) automated decision\\b|\\b(?:decision|determination|assessment|statement(?: of [a-z]+)?|notice of [a-z]+|calculation|award) (?:was|has been|is) (?:made|taken|generated|produced|issued|calculated) (?:automatically|by (?:an )?automated (?:system|process|means)|by a computer)\\b|\\bwe (?:calculated|assessed|worked out|decided) [a-z ]{0,40}?automatically\\b)`,
      weight: 0.85,
      hints: ['automated', 'automatically'],
      negatable: true,
    },
    // German: a tax or benefit notice issued automatically (§ 155 (4) AO, § 35a VwVfG), or a decision
    // based solely on automated processing (Art. 22 DSGVO).
    {
      type: 'text',
      pattern:
        '(?:\\b(?:bescheid|verwaltungsakt|entscheidung)\\w* (?:wurde|wird|ist) (?:ausschliesslich |vollstandig |vollautomatisch )?(?:automatisiert|automationsgestutzt|automationsunterstutzt|maschinell)\\b[^;\\n]{0,200}?\\b(?:erlassen|erstellt|bearbeitet|getroffen)\\b|\\bausschliesslich automations(?:gestutzt|unterstutzt)\\b|\\bvollstandig automatisiert(?:e|en|er)? (?:erlassen|bearbeitet|entscheidung|bescheid|verfahren)\\b|\\bautomatisierte(?:n)? (?:einzel)?entscheidung(?:en|sfindung)?\\b|\\bausschliesslich auf einer automatisierten verarbeitung beruhende\\b)',
      weight: 0.85,
      hints: ['automatisiert', 'automationsgest', 'automationsunterst'],
      negatable: true,
    },
    // Spanish (actuación administrativa automatizada, art. 41 Ley 40/2015), Italian, Dutch.
    {
      type: 'text',
      pattern:
        '(?:\\bactuacion administrativa automatizada\\b|\\b(?:decision|resolucion)(?:es)? (?:individual(?:es)? )?(?:automatizadas?|(?:basadas?|fundadas?|adoptadas?|dictadas?) (?:unicamente |exclusivamente )?(?:en un tratamiento automatizado|de forma automatizada|de manera automatizada))\\b|\\bdecision[ei] (?:individual[ei] )?(?:automatizzat[ae]|(?:basat[ae]|fondat[ae]|adottat[ae]) unicamente su (?:un )?trattament[oi] automatizzat[oi])\\b|\\bprocesso decisionale automatizzato\\b|\\b(?:determinat|calcolat|elaborat|emess|adottat|generat|liquidat)[oaie] (?:con|mediante|tramite|attraverso) (?:una |la )?procedura automatizzata\\b|\\b(?:elaborat[oa]|generat[oa]|emess[oa]|adottat[oa]) in (?:modo|forma|via) automatizzat[oa]\\b|\\bgeautomatiseerde? (?:besluitvorming|besluit|besluiten|beslissing(?:en)?)\\b|\\b(?:besluit|beschikking|beslissing)(?:en)? (?:is|wordt|werd|worden|werden|zijn) (?:volledig |direct )?(?:geautomatiseerd|automatisch) (?:genomen|tot stand gekomen|vastgesteld|verleend)\\b)',
      weight: 0.85,
      hints: ['automatizad', 'automatizzat', 'geautomatiseerd', 'automatisch'],
      negatable: true,
    },
    // "Votre reste à vivre a été calculé par un traitement automatisé", "Ce courrier résulte d'un
    // traitement automatisé": the outcome of a file computed by a program, without the statute's
    // words. Weak: alone, Vigie says "possible" and quotes the page.
    {
      type: 'text',
      pattern: `\\b(?:calcule|etabli|determine|genere|produit|evalue|fixe|controle|verifie|examine|analyse|classe)e?s? (?:par|a partir d'|au moyen d'|a l'aide d') ?(?:un|le) traitement (?:automatise|informatise|informatique)\\b|\\b(?:resulte|est issue?|provient) d'(?:un traitement (?:automatise|informatise|informatique)|un calcul (?:automatique|automatise|informatise)|une (?:analyse|verification|evaluation) automati(?:que|see))\\b|\\b(?:a|ont|a fait|ont fait|fait|font|fera|feront) l'objet d'(?:un|une) (?:${OUTCOME} (?:a l'aide d'|par )${MACHINE}|traitements? (?:automatises?|informatises?)|(?:analyses?|verifications?|examens?|controles?) automati(?:ques?|ses?|sees?))\\b|\\b(?:etabli|effectue|realise|fait)e?s? (?:a l'aide|au moyen) d'(?:un|une) outils? (?:informatiques?|automatiques?)\\b`,
      weight: 0.5,
      hints: ['traitement', 'automati', 'outil', 'logiciel', 'algorithm', 'programme', 'syst', 'moteur'],
      negatable: true,
    },
    // "Calculée automatiquement par algorithme", "effectué automatiquement, sans intervention
    // humaine": the machine said without the outcome's name (an SMS, a table cell).
    {
      type: 'text',
      pattern: `\\b(?:calcule|recalcule|etabli|determine|attribue|effectue|traite)e?s? automatiquement,? (?:sans (?:aucune )?intervention humaine|par (?:un |une |le |la |notre )?(?:algorithmes?|logiciels?|programmes?|systemes?|outils?))\\b|\\bsans (?:aucune )?intervention humaine\\b|\\bsans (?:aucune |l'|une )?(?:intervention|examen|verification|validation|controle|relecture)(?: prealable)? (?:d'un|par un|d'une|par une|de l') ?(?:agents?|instructeur|instructrice|gestionnaire|conseill(?:er|ere)|operat(?:eur|rice)|humain)\\b`,
      weight: 0.5,
      hints: ['automatiquement', 'intervention', 'examen', 'verification', 'validation', 'controle', 'relecture'],
      negatable: true,
    },
    // "Le montant de votre prime a été calculé par l'outil d'instruction", "Les points sont
    // attribués automatiquement par notre logiciel": an outcome, the verb, the machine.
    {
      type: 'text',
      pattern: `\\b${OUTCOME}(?: [a-z0-9'(),%/-]+){0,7}? (?:a ete |ont ete |est |sont |sera |seront |a |ont |vous a ete |vous ont ete )?${WORKED_OUT}(?: automatiquement,?)? (?:automatiquement|de (?:maniere|facon) automati(?:que|see)|(?:par |a l'aide d'|a l'aide de |au moyen d'|grace a |a partir d'|a partir de )${MACHINE})`,
      weight: 0.5,
      hints: ['automati', 'outil', 'logiciel', 'algorithm', 'programme', 'syst', 'moteur', 'application', 'modele', 'traitement', 'analyse', 'tableur', 'bareme'],
      negatable: true,
    },
    // The same in English and Italian letters: "This change was made by our systems without a member
    // of staff looking at it first", "calcolato automaticamente … senza l'esame di un operatore".
    {
      type: 'text',
      pattern:
        "\\bwithout (?:a member of (?:staff|our team)|(?:any )?human (?:intervention|review|involvement|input)|(?:being )?(?:checked|reviewed|looked at) by (?:a|an|any) (?:person|officer|member of staff|caseworker))\\b|\\b(?:made|worked out|calculated|decided|produced|generated|issued|set|assessed|checked|processed) (?:automatically )?by our (?:[a-z]+ )?systems?\\b|\\b(?:claim|application|request|entitlement|payment) (?:was|has been|is) (?:assessed|checked|processed|decided|calculated) automatically\\b|\\bsenza (?:l')?(?:esame|intervento|verifica) (?:di un|da parte di un) (?:operatore|funzionario|addetto)\\b|\\b(?:calcolat|determinat|elaborat)[oaie] automaticamente\\b|\\b(?:determinat|calcolat|elaborat|attribuit|stabilit|assegnat)[oaie] (?:con|mediante|tramite|attraverso) (?:un |il )?trattamento automatizzato\\b",
      weight: 0.5,
      hints: ['without', 'our system', 'senza', 'automaticamente', 'automatically', 'automatizzato'],
      negatable: true,
    },
    // A machine named by what it is for, doing something to the person's file, in one sentence:
    // "un programme informatique a comparé les ressources déclarées", "le logiciel de facturation
    // l'a placé dans la tranche". Weak: Vigie says "possible" and quotes the sentence.
    {
      type: 'text',
      pattern: `\\b${MACHINE_FOR}[^.!?;:\\n]{0,120}?\\b(?:${MACHINE_DID})`,
      weight: 0.5,
      hints: MACHINE_HINTS,
      negatable: true,
    },
    // The same, said of the outcome: "le montant a été calculé par l'outil national de
    // liquidation", "conditions vérifiées automatiquement par le téléservice".
    {
      type: 'text',
      pattern: `\\b(?:${MACHINE_DID})(?: automatiquement)?,? (?:par|a l'aide d[eu']|a l'aide de l'|au moyen d[eu']|grace a|via) ?(?:l'|le |la |les |un |une |notre |nos |leur |ce |cet |cette )?(?:meme |seul |propre )?(?:${MACHINE_FOR}|teleservice\\b)`,
      weight: 0.5,
      hints: MACHINE_HINTS,
      negatable: true,
    },
    // Dutch, in everyday words: "de controle van uw aanvraag gebeurt automatisch", "een
    // computerprogramma berekent de hoogte van uw uitkering", "wij hebben deze aanslag automatisch
    // vastgesteld"; German "Erstanträge können vollständig automationsgestützt entschieden werden".
    {
      type: 'text',
      pattern: '\\b(?:controle|beoordeling|berekening|toetsing|afhandeling)(?: [a-z]+){0,4} gebeurt (?:volledig |deels |grotendeels )?automatisch\\b|\\b(?:automatisch|geautomatiseerd) (?:vastgesteld|berekend|bepaald|beoordeeld|afgewezen|toegekend)\\b|\\b(?:vollstandig|ausschliesslich) (?:automationsgestutzt|automatisiert) (?:entschieden|erlassen|bearbeitet|festgesetzt)\\b|\\bcomputerprogramma\\b[^.]{0,80}\\b(?:berekent|beoordeelt|bepaalt|controleert)\\b',
      weight: 0.5,
      hints: ['automatisch', 'computerprogramma', 'automationsgest', 'automatisiert'],
      negatable: true,
    },
    // Article numbers and profiling are weak: privacy policies list them among every right.
    {
      type: 'text',
      pattern:
        "\\barticle 22 (?:du (?:rgpd|reglement general)|of the (?:uk )?(?:gdpr|general data protection regulation))|\\barticle 47 de la loi (?:n[o°] ?78-17|informatique et libertes|du 6 janvier 1978)|\\bart(?:ikel|iculo|icolo|\\.)? ?22 (?:dsgvo|ds-gvo|del rgpd|del gdpr|avg|van de avg)\\b|\\b§ ?35a vwvfg|\\b§ ?155 abs\\.? ?4 ao\\b|\\bart(?:iculo|\\.)? ?41 de la ley 40/2015",
      weight: 0.5,
      hints: ['article 22', 'article 47', 'dsgvo', 'ds-gvo', '22 del', '22 avg', '35a', '155 abs', 'ley 40'],
    },
    { type: 'text', pattern: '\\b(?:profilage|profiling)\\b', weight: 0.4, hints: ['profilage', 'profiling'], negatable: true },
  ],
  sources: [
    'https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32016R0679',
    'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000037823131',
    'https://www.cnil.fr/fr/profilage-et-decision-entierement-automatisee',
  ],
});
