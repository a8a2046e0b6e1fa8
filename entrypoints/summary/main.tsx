import { render } from 'preact';
import { browserTranslate } from '../../lib/i18n/browser-translate';
import { applyDocumentLocale } from '../../lib/i18n/document-locale';
import { SUMMARY_PAGE_TITLE_KEY, wantsPrint } from '../../lib/ui/summary-url';
import { parseTabIdParam } from '../../lib/ui/tab-param';
import { SummaryApp } from './app';
import '../../components/base.css';
import './style.css';

applyDocumentLocale(document, browserTranslate, SUMMARY_PAGE_TITLE_KEY);

const root = document.getElementById('app');
if (root) render(<SummaryApp tabId={parseTabIdParam(location.search)} print={wantsPrint(location.search)} t={browserTranslate} />, root);
