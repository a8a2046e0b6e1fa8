import { createApp, ref, nextTick } from 'vue/dist/vue.esm-bundler.js';

// Agence des titres (fictive) : bouton « Aide en ligne », fenêtre en v-show (display:none au chargement).
const REPONSES = {
  permis: 'Pour un permis de conduire, faites votre demande en ligne avec une photo-signature numérique et un justificatif de domicile.',
  'carte grise': 'Pour un certificat d’immatriculation, munissez-vous du code de cession transmis par le vendeur.',
  suivi: 'Vous pouvez suivre votre demande depuis votre tableau de bord, rubrique « Mes démarches en cours ».',
};
createApp({
  setup() {
    const ouvert = ref(false);
    const saisie = ref('');
    const fil = ref([{ qui: 'cv', texte: 'Bonjour, je suis votre conseiller virtuel. Je vous aide pour vos démarches de permis de conduire et de certificat d’immatriculation.' }]);
    const liste = ref(null);
    const envoyer = async () => {
      const t = saisie.value.trim();
      if (!t) return;
      fil.value.push({ qui: 'moi', texte: t });
      saisie.value = '';
      const cle = Object.keys(REPONSES).find((k) => t.toLowerCase().includes(k));
      fil.value.push({ qui: 'cv', texte: cle ? REPONSES[cle] : 'Je n’ai pas la réponse. Consultez la rubrique « Aide » ou contactez-nous par formulaire.' });
      await nextTick();
      liste.value.scrollTop = liste.value.scrollHeight;
    };
    return { ouvert, saisie, fil, envoyer, liste };
  },
  template: `
    <div class="ael">
      <button type="button" class="fr-btn ael__btn" @click="ouvert = !ouvert" :aria-expanded="ouvert">
        <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 15h-2v-2h2v2zm2.1-7.8-.9.9c-.7.7-1.2 1.3-1.2 2.9h-2v-.5c0-1.1.4-2.1 1.2-2.8l1.2-1.3A2 2 0 1 0 10 8H8a4 4 0 1 1 7.1 1.2z"/></svg>
        Aide en ligne
      </button>
      <div class="ael__fenetre" v-show="ouvert" role="region" aria-label="Aide en ligne">
        <div class="ael__tete"><span>Aide en ligne</span><button type="button" @click="ouvert = false" aria-label="Fermer">✕</button></div>
        <div class="ael__fil" ref="liste">
          <p v-for="(m, i) in fil" :key="i" :class="'ael__m ael__m--' + m.qui">{{ m.texte }}</p>
        </div>
        <form class="ael__form" @submit.prevent="envoyer">
          <input v-model="saisie" aria-label="Saisissez votre question" placeholder="Ex. : suivre ma demande de permis">
          <button class="fr-btn" type="submit">OK</button>
        </form>
      </div>
    </div>`,
}).mount('#aide-en-ligne');
