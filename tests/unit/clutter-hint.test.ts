import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ALL_CLUTTER_CATEGORIES, detectAddedClutter, detectClutter } from '../../src/core/clutter';
import { ATTRIBUTE_HINT, ATTRIBUTE_PATTERNS, LIBRARY_CLASS_PREFIXES, LIBRARY_IDS } from '../../src/core/clutter-patterns';

/**
 * Every string a pattern of the tables' small regex dialect matches: groups with '|', '?' after a
 * character or group, '^'/'$' anchors, and a character class with '+' (read as one letter 'x').
 */
function expand(src: string): string[] {
  let i = 0;
  const seq = (): string[] => {
    let out = [''];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      let atom: string[];
      const ch = src[i]!;
      if (ch === '(') {
        i++;
        atom = alternatives();
        i++; // ')'
      } else if (ch === '[') {
        i = src.indexOf(']', i) + 1;
        atom = ['x'];
      } else {
        i++;
        atom = ch === '^' || ch === '$' ? [''] : [ch];
      }
      if (src[i] === '+') i++;
      if (src[i] === '?') {
        i++;
        atom = [...atom, ''];
      }
      out = out.flatMap((o) => atom.map((a) => o + a));
    }
    return out;
  };
  const alternatives = (): string[] => {
    const out = seq();
    while (src[i] === '|') {
      i++;
      out.push(...seq());
    }
    return out;
  };
  return alternatives();
}

/** Every id/class spelling the detector's tables match, with '-' and '_' separators both tried. */
function tableSpellings(): string[] {
  const words = [...LIBRARY_IDS.keys(), ...LIBRARY_CLASS_PREFIXES.map(([p]) => p), ...ATTRIBUTE_PATTERNS.flatMap(([r]) => expand(r.source))];
  return words.flatMap((w) => [w, w.replace(/-/g, '_')]);
}

function doc(body: string): Document {
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${body}</body></html>`).document as unknown as Document;
}

describe('clutter attribute pre-filter', () => {
  it('lets through every id/class the pattern tables match', () => {
    const spellings = tableSpellings();
    // The expansion really covers the tables (each pattern's spellings match the pattern itself).
    expect(spellings.length).toBeGreaterThan(100);
    expect(ATTRIBUTE_PATTERNS.every(([r]) => expand(r.source).every((w) => r.test(w)))).toBe(true);
    expect(spellings.filter((w) => !ATTRIBUTE_HINT.test(w))).toEqual([]);
  });

  it('rejects ordinary layout class names', () => {
    expect(['header', 'article-body', 'nav-menu', 'footer-links'].filter((w) => ATTRIBUTE_HINT.test(w))).toEqual([]);
  });
});

describe('detectAddedClutter', () => {
  it('finds a prompt inserted into the page without scanning the rest', () => {
    const d = doc('<main><p>Story text.</p></main>');
    const prompt = d.createElement('div');
    prompt.setAttribute('role', 'dialog');
    prompt.innerHTML = '<p>Get breaking news notifications</p><button>Not now</button><button>Allow</button>';
    d.body.appendChild(prompt);
    const hits = detectAddedClutter([prompt], ALL_CLUTTER_CATEGORIES);
    expect(hits.map((h) => [h.element, h.category])).toEqual([[prompt, 'push-prompt']]);
  });

  it('judges an empty container again when its content arrives', () => {
    const d = doc('<main><p>Story text.</p></main><div class="smart-banner"></div>');
    const banner = d.querySelector('.smart-banner')!;
    expect(detectClutter(d, ALL_CLUTTER_CATEGORIES)).toEqual([]);
    const child = d.createElement('a');
    child.textContent = 'Get the app';
    banner.appendChild(child);
    expect(detectAddedClutter([child], ALL_CLUTTER_CATEGORIES).map((h) => h.element)).toEqual([banner]);
  });

  it('ignores added nodes that are not clutter', () => {
    const d = doc('<main><p>Story text.</p></main>');
    const p = d.createElement('p');
    p.textContent = 'More of the story, appended by infinite scroll.';
    d.querySelector('main')!.appendChild(p);
    expect(detectAddedClutter([p], ALL_CLUTTER_CATEGORIES)).toEqual([]);
  });
});
