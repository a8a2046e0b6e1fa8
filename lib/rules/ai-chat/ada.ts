import { defineRule } from '../define-rule';

export default defineRule({
  id: 'ada',
  kind: 'ai-chat',
  vendor: 'Ada',
  chatKind: 'ai_bot',
  description: {
    fr: 'Agent IA Ada pour le service client, qui peut passer la main à des conseillers.',
    en: 'Ada customer-service AI agent, which can hand over to human agents.',
  },
  signals: [
    { type: 'script-src', pattern: '(?:^|//)static\\.ada\\.support/embed2?\\.js', weight: 0.9 },
    { type: 'selector', selector: 'script#__ada, iframe#ada-button-frame, iframe#ada-chat-frame, #ada-entry', weight: 0.9 },
    { type: 'inline-script', pattern: '\\badaSettings\\b|\\badaEmbed\\s*\\.|static\\.ada\\.support/embed', weight: 0.8 },
    // Tenant hosts (<handle>.ada.support) come from webappanalyzer only.
    { type: 'iframe-src', pattern: '(?:^|//)[a-z0-9-]+\\.ada\\.support/', weight: 0.5 },
    { type: 'page-global', name: 'adaEmbed', weight: 0.4 },
  ],
  sources: ['https://developers.ada.cx/', 'https://github.com/enthec/webappanalyzer'],
});
