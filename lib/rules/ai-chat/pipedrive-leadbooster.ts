import { defineRule } from '../define-rule';

export default defineRule({
  id: 'pipedrive-leadbooster',
  kind: 'ai-chat',
  vendor: 'Pipedrive LeadBooster',
  chatKind: 'hybrid',
  description: {
    fr: 'Chatbot et discussion en ligne Pipedrive LeadBooster (robot de qualification, puis commerciaux).',
    en: 'Pipedrive LeadBooster chatbot and live chat (qualifying bot, then sales reps).',
  },
  signals: [
    { type: 'script-src', pattern: '(?:^|//)leadbooster-chat\\.pipedrive\\.com/assets/loader\\.js', weight: 0.9 },
    { type: 'inline-script', pattern: '\\bpipedriveLeadboosterConfig\\b', weight: 0.9 },
    { type: 'page-global', name: 'LeadBooster', weight: 0.4 },
  ],
  sources: ['https://support.pipedrive.com/en/article/leadbooster-chatbot', 'https://github.com/AmauriC/tarteaucitron.js'],
});
