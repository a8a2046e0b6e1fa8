// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../lib/rules';
import { ruleSetSchema, STRONG_WEIGHT } from '../../lib/rules/schema';
import { trySelector } from '../../lib/detect/compile';
import { loadFixtures } from './helpers/scan-html';
import { PAGE_GLOBAL_NAMES } from '../../lib/rules/page-global-names';

const RULES_DIR = resolve(__dirname, '../../lib/rules');
const ruleFiles = ['ai-chat', 'decision-notice', 'ai-content'].flatMap((dir) =>
  readdirSync(resolve(RULES_DIR, dir)).map((f) => ({ dir, id: basename(f, '.ts') })),
);

describe('rule registry (meta-tests)', () => {
  it('parses with the zod schema: ids unique, patterns compile, text patterns normalised', () => {
    const parsed = ruleSetSchema.safeParse(RULES);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues, null, 2)).toBe(true);
  });

  it('rejects what it must: a duplicate id, a bad regex, an accented text pattern', () => {
    const base = RULES[0]!;
    expect(ruleSetSchema.safeParse([base, base]).success).toBe(false);
    expect(ruleSetSchema.safeParse([{ ...base, signals: [{ type: 'script-src', pattern: '([', weight: 0.5 }] }]).success).toBe(false);
    expect(ruleSetSchema.safeParse([{ ...base, signals: [{ type: 'text', pattern: 'généré', weight: 0.5 }] }]).success).toBe(false);
    expect(ruleSetSchema.safeParse([{ ...base, id: 'Not_Kebab' }]).success).toBe(false);
  });

  it('every rule file is registered, and its id equals its file name and folder kind', () => {
    const registered = new Map(RULES.map((r) => [r.id, r]));
    for (const { dir, id } of ruleFiles) {
      expect(registered.has(id), `${dir}/${id}.ts is not in lib/rules/index.ts`).toBe(true);
      const kind = registered.get(id)!.kind;
      expect(kind === dir || (dir === 'ai-chat' && kind === 'missing-disclosure')).toBe(true);
    }
    expect(RULES.length).toBe(ruleFiles.length);
  });

  it('every selector is valid CSS in this DOM or in a real browser (:has)', () => {
    for (const rule of RULES)
      for (const s of rule.signals)
        if (s.type === 'selector') {
          const ok = trySelector(document, s.selector) || s.selector.includes(':has(');
          expect(ok, `${rule.id}: ${s.selector}`).toBe(true);
        }
  });

  it('a rule checked against npm packages names versions that the package fixtures are built from', () => {
    const dir = resolve(__dirname, '../fixtures/chat-packages');
    const built = new Set(
      readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as { package: string; version: string })
        .map((j) => `${j.package}@${j.version}`),
    );
    const installed = (name: string) => JSON.parse(readFileSync(resolve(__dirname, '../../node_modules', name, 'package.json'), 'utf8')).version;
    const checked = RULES.flatMap((r) => (r.checkedWith ?? []).map((c) => ({ rule: r.id, ...c })));
    expect(checked.length).toBeGreaterThanOrEqual(12);
    for (const c of checked) {
      expect(built.has(`${c.package}@${c.version}`), `${c.rule}: no fixture built from ${c.package}@${c.version}`).toBe(true);
      // The React 18 packages live in the blind corpus's own dependency folder.
      let version: string;
      try {
        version = installed(c.package);
      } catch {
        version = JSON.parse(readFileSync(resolve(__dirname, '../blind/chats/.deps-react18/node_modules', c.package, 'package.json'), 'utf8')).version;
      }
      expect(version, `${c.rule}: ${c.package} installed`).toBe(c.version);
    }
  });

  it('every rule is exercised by at least one fixture page expecting it', () => {
    const expectedIds = new Set(loadFixtures().flatMap((p) => p.findings.map((f) => f.ruleId)));
    const e2eSource = readFileSync(resolve(__dirname, '../e2e/extension.test.mjs'), 'utf8');
    for (const rule of RULES) {
      // A chat vendor's rule checked against real packages is exercised by their fixtures, in
      // tests/e2e/chat-packages.test.mjs.
      const covered = expectedIds.has(rule.id) || e2eSource.includes(`'${rule.id}'`) || (rule.checkedWith?.length ?? 0) > 0;
      expect(covered, `${rule.id} has no fixture`).toBe(true);
    }
  });

  it('heuristic rules have no strong signal, so one clue alone gives at most "possible"', () => {
    for (const rule of RULES.filter((r) => r.yieldsToVendorChat)) {
      for (const s of rule.signals) expect(s.weight, `${rule.id}`).toBeLessThan(STRONG_WEIGHT);
    }
  });

  it('every text pattern has hints, so long pages skip it cheaply when it cannot match', () => {
    for (const rule of RULES)
      for (const s of rule.signals)
        if (s.type === 'text' || s.type === 'attribute-text') expect(s.hints?.length, `${rule.id} ${s.pattern.slice(0, 40)}`).toBeGreaterThan(0);
  });

  it('the page-world script asks exactly for the globals the rules use', () => {
    const used = new Set(RULES.flatMap((r) => r.signals.flatMap((s) => (s.type === 'page-global' ? [s.name] : []))));
    expect([...PAGE_GLOBAL_NAMES].sort()).toEqual([...used].sort());
  });

  it('a chat announced in a consent manager is named like its own rule, so it is reported once when loaded', () => {
    const vendors = new Set(RULES.filter((r) => r.kind === 'ai-chat' && r.vendor).map((r) => r.vendor!.toLowerCase()));
    const unknown = RULES.flatMap((r) => Object.values(r.vendorFromCapture ?? {})).filter((name) => !vendors.has(name.toLowerCase()));
    expect([...new Set(unknown)]).toEqual([]);
  });
});
