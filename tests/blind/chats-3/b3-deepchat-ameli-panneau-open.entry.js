import 'deep-chat';

// Caisse (fictive) : <deep-chat> placé par le site dans son propre panneau latéral, ouvert au
// chargement ; mode démo (pas de serveur), noms affichés, message d'accueil.
const dc = document.createElement('deep-chat');
dc.demo = true;
dc.names = { ai: { text: 'Conseiller numérique' }, user: { text: 'Vous' } };
dc.introMessage = { text: 'Bonjour, je suis le conseiller numérique de votre caisse. Je peux vous expliquer vos remboursements, la complémentaire santé solidaire ou les indemnités journalières.' };
dc.textInput = { placeholder: { text: 'Écrivez votre message…' } };
dc.style = 'border: none; width: 100%; height: 100%; font-family: Arial, sans-serif';
dc.chatStyle = { width: '100%', height: '100%', border: 'none', backgroundColor: '#f7f9fc' };
dc.messageStyles = {
  default: {
    ai: { bubble: { backgroundColor: '#ffffff', border: '1px solid #d7e1f0', color: '#1b1b1b' } },
    user: { bubble: { backgroundColor: '#0c419a', color: '#ffffff' } },
  },
};
document.getElementById('cn-corps').appendChild(dc);
document.getElementById('cn-reduire').addEventListener('click', () => {
  const p = document.getElementById('cn-panneau');
  p.classList.toggle('cn-reduit');
});
