import { defineRule } from '../define-rule';

export default defineRule({
  id: 'robo-fabrica',
  kind: 'ai-chat',
  vendor: 'Robo Fabrica',
  chatKind: 'ai_bot',
  description: {
    fr: 'Chatbot Robo Fabrica, éditeur français d’assistants conversationnels.',
    en: 'Robo Fabrica chatbot, from a French conversational-assistant vendor.',
  },
  signals: [
    { type: 'script-src', pattern: '(?:^|//)app\\.robofabrica\\.tech/widget/', weight: 0.9 },
    { type: 'selector', selector: 'script#inceptive-cw-script, #inceptive-cw-launch', weight: 0.9 },
  ],
  sources: ['https://www.robofabrica.tech/', 'https://github.com/AmauriC/tarteaucitron.js'],
});
