// Communauté d'agglomération — « Théo, pour vos démarches habitat » : @typebot.io/js en mode standard
// (incorporé dans la page, pas de bulle), conteneur du site.
import Typebot from '@typebot.io/js/web';

Typebot.initStandard({
  typebot: 'agglo-habitat-theo',
  apiHost: 'http://127.0.0.1:9',
  prefilledVariables: { commune: 'inconnue', source: 'page-habitat' },
});
