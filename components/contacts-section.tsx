import { useLang, useTranslate } from '../lib/i18n/context';
import type { PageContacts } from '../lib/report/schema';
import { contactsForHost, getLegalBasis, type BasisId, type Contact } from '../lib/rights';

/**
 * Whom to turn to: the route of the service's sector (from the site's host), the page's own
 * data-protection officer when it shows one, then the national bodies. Only verified fields are
 * in the data; what comes from the page is quoted as text and flagged "à vérifier".
 */
export function ContactsSection({ url, pageContacts }: { url: string; pageContacts?: PageContacts }) {
  const t = useTranslate();
  const lang = useLang();
  const { sector, sectorContacts, national } = contactsForHost(url);
  const dpo = pageContacts?.dpo;
  return (
    <section class="contacts" aria-labelledby="contacts-heading" data-testid="contacts">
      <h2 id="contacts-heading">{t('popup_contacts_heading')}</h2>
      {sector && (
        <div class="sector" data-testid="sector" data-sector-id={sector.id}>
          <h3>{t('popup_contacts_sector', sector.name[lang])}</h3>
          {sector.steps && (
            <ol class="sector-steps">
              {sector.steps[lang].map((step, i) => (
                <li key={i}>{step}</li>
              ))}
            </ol>
          )}
          <ul class="contact-list">
            {sectorContacts.map((c) => (
              <ContactItem key={c.id} contact={c} lang={lang} />
            ))}
          </ul>
        </div>
      )}
      {(dpo || (pageContacts?.privacyLinks.length ?? 0) > 0) && (
        <div class="page-dpo" data-testid="page-dpo">
          <h3>{t('popup_contacts_page_heading')}</h3>
          {dpo && (
            <>
              <p>{t('popup_contacts_dpo_found')}</p>
              <blockquote class="page-quote">{dpo.quote}</blockquote>
              {dpo.email && (
                <p>
                  {t('popup_contacts_email')} <code data-testid="page-dpo-email">{dpo.email}</code>
                </p>
              )}
              {dpo.postal && <p>{t('popup_contacts_postal', dpo.postal)}</p>}
              <p class="muted">{t('popup_contacts_check_it')}</p>
            </>
          )}
          {pageContacts && pageContacts.privacyLinks.length > 0 && (
            <ul>
              {pageContacts.privacyLinks.map((link) => (
                <li key={link.url}>
                  <a href={link.url} target="_blank" rel="noreferrer">
                    {link.text}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <h3>{t('popup_contacts_national')}</h3>
      <ul class="contact-list" data-testid="national-contacts">
        {national.map((c) => (
          <ContactItem key={c.id} contact={c} lang={lang} />
        ))}
      </ul>
    </section>
  );
}

function ContactItem({ contact, lang }: { contact: Contact; lang: 'fr' | 'en' }) {
  const t = useTranslate();
  return (
    <li class="contact" data-testid="contact" data-contact-id={contact.id}>
      <details>
        <summary>{contact.name[lang]}</summary>
        <p>{contact.role[lang]}</p>
        <p>{t('popup_contacts_when', contact.whenToUse[lang])}</p>
        {contact.phone && (
          <p>
            {t('popup_contacts_phone')} <a href={`tel:${contact.phone.replace(/ /g, '')}`}>{contact.phone}</a>
          </p>
        )}
        {contact.web && (
          <p>
            <a href={contact.web} target="_blank" rel="noreferrer">
              {new URL(contact.web).hostname}
              <span class="visually-hidden"> ({contact.name[lang]})</span>
            </a>
            {contact.webHint && <> — {contact.webHint[lang]}</>}
          </p>
        )}
        {contact.email && (
          <p>
            {t('popup_contacts_email')} <code>{contact.email}</code>
          </p>
        )}
        {contact.postal && <p>{t('popup_contacts_postal', contact.postal)}</p>}
        {contact.postalHint && <p>{contact.postalHint[lang]}</p>}
        {contact.basis.length > 0 && (
          <p class="contact-basis">
            {t('popup_contacts_basis')}{' '}
            {contact.basis.map((id, i) => {
              const basis = getLegalBasis(id as BasisId);
              return (
                <span key={id}>
                  {i > 0 && (lang === 'fr' ? '\u00a0; ' : '; ')}
                  <a href={basis.url} target="_blank" rel="noreferrer" lang="fr">
                    {basis.short}
                  </a>
                </span>
              );
            })}
          </p>
        )}
      </details>
    </li>
  );
}
