import { createApp } from 'vue/dist/vue.esm-bundler.js';

const BASE = [
  { k: /apa|autonomie|[âa]g[ée]/i, r: 'L’allocation personnalisée d’autonomie (APA) à domicile s’adresse aux personnes de 60 ans et plus. Le dossier est à retirer au CCAS ou à télécharger ci-dessus.' },
  { k: /aide.*(domicile|m[ée]nag)|portage/i, r: 'L’aide-ménagère et le portage de repas peuvent être pris en charge en partie par le Département selon vos ressources.' },
  { k: /ehpad|h[ée]bergement/i, r: 'L’aide sociale à l’hébergement peut compléter le paiement de l’EHPAD si vos ressources ne suffisent pas.' },
  { k: /t[ée]l[ée]assistance/i, r: 'La téléassistance coûte 8 € par mois ; l’installation est gratuite.' },
];

createApp({
  data() {
    return { question: '', echanges: [{ de: 'agent', texte: 'Bonjour, je suis l’agent conversationnel du Département. Quelle est votre question sur l’aide aux personnes âgées ?' }] };
  },
  methods: {
    async poser() {
      const q = this.question.trim();
      if (!q) return;
      this.question = '';
      this.echanges.push({ de: 'vous', texte: q });
      const t = BASE.find((b) => b.k.test(q));
      if (t) { this.echanges.push({ de: 'agent', texte: t.r }); return; }
      try {
        const r = await fetch('http://127.0.0.1:9/agent', { method: 'POST', body: q });
        this.echanges.push({ de: 'agent', texte: (await r.json()).r });
      } catch {
        this.echanges.push({ de: 'agent', texte: 'Je ne trouve pas de réponse. La Maison de l’autonomie vous répond au 00 00 00 00 00.' });
      }
      this.$nextTick(() => { const l = this.$refs.liste; l.scrollTop = l.scrollHeight; });
    },
  },
}).mount('#agent-autonomie');
