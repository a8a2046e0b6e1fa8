export { createTranslator, messageEntrySchema, messagesFileSchema } from './translate';
export type { MessageEntry, MessagesFile, Translate, TranslatorOptions } from './translate';
export { TranslateContext, useTranslate } from './context';
export { pluralKey, translatePlural } from './plural';
export type { PluralKeys } from './plural';
export { applyDocumentLocale } from './document-locale';
