// Crous page: vue-advanced-chat web component (npm) used for the housing assistant, one room.
import { register } from 'vue-advanced-chat';
register();

const chat = document.createElement('vue-advanced-chat');
chat.setAttribute('height', '520px');
chat.setAttribute('current-user-id', 'etudiant');
chat.setAttribute('single-room', 'true');
chat.setAttribute('show-add-room', 'false');
chat.setAttribute('show-files', 'false');
chat.setAttribute('show-audio', 'false');
chat.setAttribute('show-emojis', 'false');
chat.setAttribute('rooms-loaded', 'true');
chat.setAttribute('messages-loaded', 'true');
chat.setAttribute('text-messages', JSON.stringify({ TYPE_MESSAGE: 'Écrivez votre message', SEARCH: 'Rechercher', CONVERSATION_STARTED: 'Conversation commencée le :', MESSAGES_EMPTY: 'Aucun message', ROOMS_EMPTY: 'Aucune conversation', ROOM_EMPTY: 'Aucune conversation sélectionnée', NEW_MESSAGES: 'Nouveaux messages', MESSAGE_DELETED: 'Message supprimé', IS_TYPING: 'écrit…' }));
chat.setAttribute('rooms', JSON.stringify([{ roomId: 'logement', roomName: 'Assistant logement', avatar: '', users: [{ _id: 'etudiant', username: 'Vous' }, { _id: 'assistant', username: 'Assistant logement' }] }]));
chat.setAttribute('messages', JSON.stringify([
  { _id: 'm1', content: 'Bonjour, je suis l’assistant virtuel du Crous. Je réponds aux questions sur le DSE et les résidences.', senderId: 'assistant', username: 'Assistant logement', date: '3 juin', timestamp: '09:12' },
  { _id: 'm2', content: 'Vous pouvez par exemple me demander les dates de la phase complémentaire.', senderId: 'assistant', username: 'Assistant logement', date: '3 juin', timestamp: '09:12' },
]));
chat.addEventListener('fetch-messages', () => {});
document.getElementById('crous-chat').appendChild(chat);
