import { defineRule } from '../define-rule';

export default defineRule({
  id: 'livechat',
  kind: 'ai-chat',
  vendor: 'LiveChat',
  chatKind: 'hybrid',
  description: {
    fr: 'Discussion en ligne LiveChat (Text) : conseillers humains, avec robots et réponses IA possibles.',
    en: 'LiveChat (Text) live chat: human agents, with optional bots and AI replies.',
  },
  signals: [
    { type: 'script-src', pattern: 'cdn\\.livechatinc\\.com/tracking\\.js', weight: 0.9 },
    { type: 'inline-script', pattern: '\\bwindow\\.__lc\\s*=|\\b__lc\\.license\\b|\\bLiveChatWidget\\s*\\.\\s*init\\b|cdn\\.livechatinc\\.com', weight: 0.8 },
    // Generic ids, used by many home-made chat widgets too.
    { type: 'selector', selector: '#chat-widget-container, iframe#chat-widget', weight: 0.4 },
    { type: 'page-global', name: 'LiveChatWidget', weight: 0.4 },
  ],
  sources: ['https://platform.text.com/docs/extending-chat-widget/javascript-api', 'https://github.com/enthec/webappanalyzer'],
});
