// Department's RSA page: the in-page question block is Vue markup written in the page (in-DOM template),
// mounted with the full Vue build that compiles templates in the browser.
import { createApp, nextTick } from 'vue/dist/vue.esm-bundler.js';

createApp({
  data() {
    return {
      question: '',
      enCours: false,
      echanges: [
        { role: 'assistant', texte: 'Bonjour. Je réponds aux questions générales sur le RSA dans le département : conditions, démarches, accompagnement, droits et devoirs.' },
      ],
      suggestions: ['Qui peut toucher le RSA ?', 'Qu’est-ce que le contrat d’engagement ?', 'Je reprends un emploi, que se passe-t-il ?'],
    };
  },
  methods: {
    async poser(q) {
      const texte = (q ?? this.question).trim();
      if (!texte || this.enCours) return;
      this.echanges.push({ role: 'usager', texte });
      this.question = '';
      this.enCours = true;
      let rep;
      try {
        const r = await fetch('http://127.0.0.1:9/rsa/assistant', { method: 'POST', body: JSON.stringify({ q: texte }), headers: { 'Content-Type': 'application/json' } });
        rep = (await r.json()).reponse;
      } catch {
        rep = 'Le service ne répond pas pour l’instant. Pour une question sur votre dossier, contactez la Caf ou votre référent RSA.';
      }
      this.echanges.push({ role: 'assistant', texte: rep });
      this.enCours = false;
      await nextTick();
      const f = this.$refs.fil;
      if (f) f.scrollTop = f.scrollHeight;
    },
  },
}).mount('#rsa-question');
