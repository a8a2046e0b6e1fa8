import { render } from 'preact';
import { browserTranslate } from '../../lib/i18n/browser-translate';
import { applyDocumentLocale } from '../../lib/i18n/document-locale';
import { OptionsApp } from './app';
import '../../components/base.css';
import './style.css';

applyDocumentLocale(document, browserTranslate, 'options_page_title');

const root = document.getElementById('app');
if (root) render(<OptionsApp t={browserTranslate} />, root);
