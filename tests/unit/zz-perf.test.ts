import { readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { it } from 'vitest';
import { paragraphsOf } from '../../src/core/paragraphs';
import { extractQuotes } from '../../src/core/quotes';
it('perf', () => {
  const dir = '/work/shared/corpus/aeb/html/';
  const files = readdirSync(dir).filter((f) => f.endsWith('.html')).slice(0, 80).map((f) => dir + f);
  const T = '/work/shared/corpus/readability/test-pages/';
  for (const s of ['nytimes-1','nytimes-2','wapo-1','bbc-1','guardian-1','cnn','telegraph','seattletimes-1','liberation-1','la-nacion','herald-sun-1']) files.push(T + s + '/source.html');
  let tr = 0, tq = 0, n = 0, worst = 0;
  for (const f of files) {
    const { document } = parseHTML(readFileSync(f, 'utf8'));
    let t0 = performance.now();
    const parsed = new Readability<Element>(document as unknown as Document, { serializer: (x) => x as Element }).parse();
    const r = performance.now() - t0;
    if (!parsed?.content) continue;
    const ps = paragraphsOf(parsed.content);
    t0 = performance.now();
    const q = extractQuotes(ps);
    const dq = performance.now() - t0;
    tr += r; tq += dq; n += q.length; worst = Math.max(worst, dq / r);
  }
  console.log(`pages=${files.length} readability=${tr.toFixed(0)}ms quotes=${tq.toFixed(0)}ms ratio=${(tq / tr * 100).toFixed(1)}% worstPage=${(worst*100).toFixed(1)}% quotes=${n}`);
}, 120000);
