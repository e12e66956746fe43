/**
 * The _locales files: every locale has exactly English's keys with the same $n substitutions and no
 * empty message, each translation is not an English copy, and every message key the code asks for
 * (literal t('key') / getMessage('key') calls, the enumerated dynamic keys and the manifest's
 * __MSG_key__) exists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { COPY_FORMATS, FONTS, THEMES } from '../../src/shared/reader-prefs';
import { messageKey } from '../../src/sidebar/format';
import { RESTRICTED_MESSAGES } from '../../src/background/restricted';

const ROOT = join(import.meta.dirname, '../..');
const LOCALES = join(ROOT, 'public/_locales');
const REQUIRED = ['en', 'es', 'de', 'fr'];
/** Messages that are the same word in every language (names, formats, technical terms). */
const SAME_EVERYWHERE = new Set(['extName', 'sidebarLabel', 'copyFormat_markdown', 'origin_json_ld']);

type Table = Record<string, { message: string }>;
const read = (loc: string): Table => JSON.parse(readFileSync(join(LOCALES, loc, 'messages.json'), 'utf8')) as Table;
const subs = (m: string): string[] => [...new Set(m.replace(/\$\$/g, '').match(/\$[1-9]/g) ?? [])].sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

/** String-literal keys in the first argument of each t(…) / getMessage(…) call. */
function literalKeys(code: string): string[] {
  const keys: string[] = [];
  for (const m of code.matchAll(/\b(?:t|getMessage)\(/g)) {
    let depth = 0;
    let end = m.index + m[0].length;
    for (; end < code.length; end++) {
      const c = code[end];
      if (c === '(') depth++;
      else if (c === ')' && depth-- === 0) break;
      else if (c === ',' && depth === 0) break;
    }
    // messageKey('prefix', value) builds a dynamic key: its literal is a prefix, checked separately.
    const arg = code.slice(m.index + m[0].length, end).replace(/messageKey\([^)]*\)/g, '');
    for (const k of arg.matchAll(/'([A-Za-z][A-Za-z0-9_]*)'/g)) keys.push(k[1]!);
  }
  return keys;
}

const en = read('en');

describe('locales', () => {
  test('en, es, de and fr exist', () => {
    expect(readdirSync(LOCALES).sort()).toEqual(expect.arrayContaining(REQUIRED));
  });

  for (const loc of readdirSync(LOCALES).filter((l) => l !== 'en')) {
    test(`${loc} has exactly the English keys, the same substitutions and is translated`, () => {
      const table = read(loc);
      expect(Object.keys(table).sort()).toEqual(Object.keys(en).sort());
      for (const [key, { message }] of Object.entries(table)) {
        expect(message.trim(), `${loc}.${key}`).not.toBe('');
        expect(subs(message), `${loc}.${key}`).toEqual(subs(en[key]!.message));
      }
      const copies = Object.keys(en).filter((k) => !SAME_EVERYWHERE.has(k) && table[k]!.message === en[k]!.message);
      expect(copies.length / Object.keys(en).length, copies.join(', ')).toBeLessThan(0.1);
    });
  }

  test('every key the code and the manifest use exists in English', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(ROOT, 'src'))) for (const k of literalKeys(readFileSync(file, 'utf8'))) used.add(k);
    for (const f of COPY_FORMATS) used.add(`copyFormat_${f}`);
    for (const f of FONTS) used.add(`font_${f}`);
    for (const th of THEMES) used.add(`theme_${th}`);
    for (const k of ['person', 'organization', 'wire', 'outlet', 'document', 'link']) used.add(messageKey('sourceKind', k));
    for (const k of ['visible', 'meta', 'json-ld', 'license-link', 'image-credit']) used.add(messageKey('origin', k));
    for (const k of ['open-in-app', 'app-banner', 'push-prompt', 'newsletter']) used.add(messageKey('clutter', k));
    const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');
    for (const m of manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(m[1]!);
    expect(used.size).toBeGreaterThan(60);
    expect([...used].filter((k) => !(k in en))).toEqual([]);
  });

  test('English fallbacks outside browser.i18n say what the en messages say', () => {
    // restricted.ts answers in English without a translator; the toolbar title must not depend on which path ran.
    for (const [key, text] of Object.entries(RESTRICTED_MESSAGES)) expect(en[key]?.message, key).toBe(text);
    // The options page's static <title> shows until title.ts replaces it.
    const html = readFileSync(join(ROOT, 'src/options/index.html'), 'utf8');
    expect(html.match(/<title>([^<]*)<\/title>/)?.[1]).toBe(en.optionsTitle?.message);
  });

  test('the manifest\'s user-visible strings are localised', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as {
      name: string; description: string; action: { default_title: string };
      commands: Record<string, { description?: string }>;
    };
    const visible = [manifest.name, manifest.description, manifest.action.default_title, ...Object.values(manifest.commands).map((c) => c.description ?? '')];
    expect(visible.filter((v) => !/^__MSG_[A-Za-z0-9_]+__$/.test(v))).toEqual([]);
  });

  test('the dynamic key prefixes in the code are the ones enumerated here', () => {
    const prefixes = new Set<string>();
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/\bt\(`([A-Za-z]+)_\$\{/g)) prefixes.add(m[1]!);
      for (const m of code.matchAll(/messageKey\('([A-Za-z]+)'/g)) prefixes.add(m[1]!);
    }
    expect([...prefixes].sort()).toEqual(['clutter', 'copyFormat', 'font', 'origin', 'sourceKind', 'theme']);
  });
});
