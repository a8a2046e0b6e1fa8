import { render } from 'preact';
import { browserTranslate } from '../../lib/i18n/browser-translate';
import { applyDocumentLocale } from '../../lib/i18n/document-locale';
import { actPageTitle, parseLetterParam } from '../../lib/ui/act-url';
import { parseTabIdParam } from '../../lib/ui/tab-param';
import { ActApp } from './app';
import '../../components/base.css';
import './style.css';

applyDocumentLocale(document, browserTranslate);
document.title = actPageTitle(browserTranslate) || document.title;

const root = document.getElementById('app');
if (root) render(<ActApp tabId={parseTabIdParam(location.search)} letter={parseLetterParam(location.search)} t={browserTranslate} />, root);
