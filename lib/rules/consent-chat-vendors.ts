/**
 * Vendor keys that consent managers (Axeptio, Didomi) use for chat products, and the names the
 * chat rules give them, so a chat declared there and also loaded is reported once.
 * Keys of non-chat services (analytics, videos) are absent on purpose.
 */
export const CONSENT_CHAT_VENDORS: Record<string, string> = {
  crisp: 'Crisp',
  intercom: 'Intercom',
  zendesk: 'Zendesk',
  tawkto: 'tawk.to',
  iadvize: 'iAdvize',
  livechat: 'LiveChat',
  tidio: 'Tidio',
  drift: 'Drift',
  freshchat: 'Freshchat',
  userlike: 'Userlike',
  smartsupp: 'Smartsupp',
  dydu: 'Dydu',
  inbenta: 'Inbenta',
  botpress: 'Botpress',
};
