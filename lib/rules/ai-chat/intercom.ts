import { defineRule } from '../define-rule';

export default defineRule({
  id: 'intercom',
  kind: 'ai-chat',
  vendor: 'Intercom',
  chatKind: 'hybrid',
  description: {
    fr: 'Messagerie Intercom : agent IA « Fin » et conseillers humains.',
    en: 'Intercom Messenger: the "Fin" AI agent and human agents.',
  },
  signals: [
    { type: 'script-src', pattern: 'widget\\.intercom\\.io/widget/|js\\.intercomcdn\\.com/', weight: 0.9 },
    { type: 'inline-script', pattern: '\\bintercomSettings\\b|widget\\.intercom\\.io/widget', weight: 0.8 },
    { type: 'selector', selector: '#intercom-container, #intercom-frame, .intercom-lightweight-app, .intercom-launcher, .intercom-messenger-frame', weight: 0.9 },
    { type: 'page-global', name: 'Intercom', weight: 0.4 },
    { type: 'page-global', name: 'intercomSettings', weight: 0.4 },
  ],
  sources: ['https://developers.intercom.com/installing-intercom/web/installation'],
});
