import { render } from 'preact';
import { browserTranslate } from '../../lib/i18n/browser-translate';
import { applyDocumentLocale } from '../../lib/i18n/document-locale';
import { parseTabIdParam } from '../../lib/ui/tab-param';
import { PopupApp } from './app';
import '../../components/base.css';
import './style.css';

const tabId = parseTabIdParam(location.search);
// In a tab the page is fluid; as a toolbar popup it needs a minimum width (see style.css).
document.documentElement.classList.toggle('in-tab', tabId !== undefined);
applyDocumentLocale(document, browserTranslate, 'popup_page_title');

const root = document.getElementById('app');
if (root) render(<PopupApp tabId={tabId} t={browserTranslate} />, root);
