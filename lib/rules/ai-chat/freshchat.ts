import { defineRule } from '../define-rule';

export default defineRule({
  id: 'freshchat',
  kind: 'ai-chat',
  vendor: 'Freshchat',
  chatKind: 'hybrid',
  description: {
    fr: 'Messagerie Freshchat (Freshworks) : robots Freddy et conseillers humains.',
    en: 'Freshchat messaging (Freshworks): Freddy bots and human agents.',
  },
  signals: [
    { type: 'script-src', pattern: 'wchat\\.freshchat\\.com/js/widget\\.js', weight: 0.9 },
    // fw-cdn.com also serves Freshsales CRM tracking: only the chat="true" attribute proves a chat.
    { type: 'script-src', pattern: '(?:^|//)(?:[a-z0-9-]+\\.)?fw-cdn\\.com/[0-9]+/[0-9]+\\.js', weight: 0.3 },
    { type: 'selector', selector: 'script[src*="fw-cdn.com"][chat="true"]', weight: 0.9 },
    { type: 'inline-script', pattern: '\\bfcWidget\\s*\\.\\s*init\\s*\\(|\\bfcWidgetMessengerConfig\\b|wchat\\.freshchat\\.com', weight: 0.9 },
    { type: 'selector', selector: '#fc_frame', weight: 0.9 },
    // Also used by the Freshdesk help widget.
    { type: 'selector', selector: '#freshworks-container', weight: 0.4 },
    { type: 'page-global', name: 'fcWidget', weight: 0.4 },
  ],
  sources: ['https://developers.freshchat.com/web-sdk/', 'https://github.com/enthec/webappanalyzer'],
});
