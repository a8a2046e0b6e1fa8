import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../lib/detect/literals';
import { RULES } from '../../lib/rules';

describe('requiredLiterals', () => {
  it.each([
    ['client\\.crisp\\.chat/l\\.js', ['client.crisp.chat/l.js']],
    ['widget\\.intercom\\.io/widget/|js\\.intercomcdn\\.com/', ['widget.intercom.io/widget/', 'js.intercomcdn.com/']],
    ['\\bCRISP_WEBSITE_ID\\b|client\\.crisp\\.chat', ['crisp_website_id', 'client.crisp.chat']],
    ['embed\\.tawk\\.to/', ['embed.tawk.to/']],
    ['(?:^|//)[a-z0-9.-]*clevy\\.io/', ['clevy.io/']],
    ['abcde?fgh', ['abcd']], // "e" is optional: the run stops before it
    ['(?:foo|bar)baz', undefined], // "baz" is only 3 characters
    ['x|[a-z]+', undefined], // an alternative without a literal: always run the regex
    ['(unbalanced', undefined],
    [`['"]c:([a-z0-9]+)-[A-Za-z0-9]{2,12}['"]`, undefined], // digits of a {m,n} count are not text
    ['tawk{1,2}\\.chat/abcd', ['.chat/abcd']],
  ])('%s → %j', (source, literals) => {
    expect(requiredLiterals(source)).toEqual(literals);
  });

  it('applies to most address and code patterns of the catalogue (or the saving is lost)', () => {
    const patterns = RULES.flatMap((r) => r.signals).filter((s) => s.type === 'script-src' || s.type === 'inline-script' || s.type === 'iframe-src');
    const covered = patterns.filter((s) => requiredLiterals((s as { pattern: string }).pattern));
    expect(covered.length / patterns.length).toBeGreaterThan(0.8);
  });
});
