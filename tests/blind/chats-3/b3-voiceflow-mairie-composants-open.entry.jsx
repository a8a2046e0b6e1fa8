import 'regenerator-runtime/runtime';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Chat, SystemResponse, UserResponse, RuntimeStateAPIContext, RuntimeStateContext } from '@voiceflow/react-chat';

// Mairie (fictive) : le site compose lui-même la fenêtre avec les composants de @voiceflow/react-chat
// (Chat, SystemResponse, UserResponse), sans runtime Voiceflow : réponses tirées d'une liste locale.
const AVATAR = 'data:image/svg+xml;utf8,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" rx="20" fill="#e4572e"/><text x="20" y="26" font-size="16" text-anchor="middle" fill="#fff" font-family="Arial">C</text></svg>');
const REPONSES = [
  [/poubelle|bac|d[ée]chet/i, 'Les bacs jaunes sont collectés le jeudi matin. Sortez votre bac la veille au soir.'],
  [/mariage|pacs/i, 'Pour un mariage, déposez le dossier au service État civil au moins 2 mois avant la date souhaitée.'],
  [/inscri|liste|vote/i, 'L’inscription sur les listes électorales se fait en ligne ou en mairie, jusqu’au sixième vendredi avant le scrutin.'],
];
function Fenetre() {
  const [tours, setTours] = useState([
    { moi: false, t: Date.now(), messages: [{ type: 'text', text: 'Bonjour, je suis Clément ! Je vous guide dans les démarches de la mairie.' }, { type: 'text', text: 'Collecte des déchets, état civil, élections… Que puis-je faire pour vous ?' }] },
  ]);
  const [ferme, setFerme] = useState(false);
  if (ferme) return <button className="vf-rouvrir" onClick={() => setFerme(false)}>Clément</button>;
  const onSend = async (texte) => {
    const r = REPONSES.find(([re]) => re.test(texte));
    setTours((l) => [...l, { moi: true, t: Date.now(), texte }, { moi: false, t: Date.now(), messages: [{ type: 'text', text: r ? r[1] : 'Je n’ai pas trouvé de réponse. Appelez l’accueil au 00 00 00 00 00.' }] }]);
  };
  return (
    <Chat
      title="Clément"
      description="Votre guide des démarches de la Ville de Rochebrune"
      image={AVATAR}
      avatar={AVATAR}
      isLoading={false}
      withWatermark={false}
      startTime={Date.now()}
      hasEnded={false}
      onSend={onSend}
      onMinimize={() => setFerme(true)}
    >
      {tours.map((tour, i) =>
        tour.moi ? (
          <UserResponse key={i} message={tour.texte} timestamp={tour.t} />
        ) : (
          <SystemResponse key={i} avatar={AVATAR} timestamp={tour.t} messages={tour.messages} isLast={i === tours.length - 1} />
        ),
      )}
    </Chat>
  );
}
// Les composants lisent la configuration du runtime par contexte : le site en fournit une minimale.
const noop = async () => {};
const api = {
  launch: noop, reply: noop, open: noop, interact: noop, close: () => {}, addTurn: () => {}, feedback: noop,
  setStatus: () => {}, setOpen: () => {}, isStatus: () => false, reset: () => {}, getTurns: () => [],
  setIndicator: () => {}, setAudioOutput: () => {}, toggleAudioOutput: () => {},
  assistant: { title: 'Clément', image: AVATAR, avatar: AVATAR, color: '#e4572e', position: 'right', watermark: false, feedback: false, description: '', persistence: 'memory', audioInterface: false, spacing: { bottom: 20, side: 20 }, extensions: [] },
  config: { verify: { projectID: 'mairie-rochebrune' }, url: 'http://127.0.0.1:9', render: { mode: 'overlay' } },
};
const state = { session: { userID: 'visiteur', turns: [], startTime: Date.now(), status: 'ACTIVE' }, isOpen: true, indicator: false, audioOutput: false };
createRoot(document.getElementById('vf-fenetre')).render(
  <RuntimeStateAPIContext.Provider value={api}>
    <RuntimeStateContext.Provider value={state}>
      <Fenetre />
    </RuntimeStateContext.Provider>
  </RuntimeStateAPIContext.Provider>,
);
