import { defineRule } from '../define-rule';

export default defineRule({
  id: 'userlike',
  kind: 'ai-chat',
  vendor: 'Userlike',
  chatKind: 'hybrid',
  description: {
    fr: 'Messagerie Userlike : automatisation par IA et conseillers humains.',
    en: 'Userlike messaging: AI automation and human agents.',
  },
  signals: [
    { type: 'script-src', pattern: 'userlike-cdn-widgets\\.s3-eu-west-1\\.amazonaws\\.com/', weight: 0.9 },
    // Newer hosts come from webappanalyzer only.
    { type: 'script-src', pattern: '(?:^|//)(?:api\\.|www\\.)?userlike\\.com/widget', weight: 0.5 },
    { type: 'inline-script', pattern: '\\buserlikeConfig\\b|\\buserlikeData\\b|userlike-cdn-widgets', weight: 0.8 },
    { type: 'page-global', name: 'userlike', weight: 0.4 },
    { type: 'page-global', name: '__USERLIKE_MOUNT_GUARD__', weight: 0.4 },
  ],
  sources: ['https://docs.userlike.com/', 'https://github.com/AmauriC/tarteaucitron.js'],
});
