import { defineRule } from '../define-rule';

export default defineRule({
  id: 'liveperson',
  kind: 'ai-chat',
  vendor: 'LivePerson',
  chatKind: 'hybrid',
  description: {
    fr: 'Messagerie LivePerson (Conversational Cloud) : robots et conseillers humains.',
    en: 'LivePerson messaging (Conversational Cloud): bots and human agents.',
  },
  signals: [
    { type: 'script-src', pattern: 'lptag\\.liveperson\\.net/tag/tag\\.js|lpcdn\\.lpsnmedia\\.net/', weight: 0.9 },
    { type: 'inline-script', pattern: '\\bwindow\\.lpTag\\s*=\\s*window\\.lpTag\\b|\\blpTag\\.site\\s*=|lptag\\.liveperson\\.net', weight: 0.9 },
    { type: 'selector', selector: '[id^="LPMcontainer"], .LPMcontainer, .LPMoverlay', weight: 0.9 },
    { type: 'page-global', name: 'lpTag', weight: 0.4 },
  ],
  sources: ['https://developers.liveperson.com/le-tag-overview.html', 'https://github.com/enthec/webappanalyzer'],
});
