import { defineRule } from '../define-rule';

export default defineRule({
  id: 'landbot',
  kind: 'ai-chat',
  vendor: 'Landbot',
  chatKind: 'ai_bot',
  description: {
    fr: 'Chatbot Landbot (parcours conversationnels sans code, parfois repris par un humain).',
    en: 'Landbot chatbot (no-code conversational flows, sometimes taken over by a human).',
  },
  signals: [
    { type: 'script-src', pattern: '(?:^|//)(?:cdn|static)\\.landbot\\.io/', weight: 0.9 },
    {
      type: 'inline-script',
      pattern: '\\bnew\\s+Landbot\\s*\\.\\s*(?:Livechat|Popup|Container|Fullpage|Native)\\s*\\(|\\bnew\\s+LandbotLivechat\\s*\\(|landbot\\.(?:online|site)/v3/|chats\\.landbot\\.io/',
      weight: 0.9,
    },
    { type: 'selector', selector: '.LandbotLivechat', weight: 0.9 },
    { type: 'iframe-src', pattern: '(?:^|//)(?:chats\\.)?landbot\\.io/|landbot\\.site/', weight: 0.9 },
    { type: 'page-global', name: 'myLandbot', weight: 0.4 },
  ],
  sources: ['https://docs.landbot.io/', 'https://github.com/enthec/webappanalyzer'],
});
