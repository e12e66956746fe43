/**
 * Quotes section: each quote with its speaker and role, a button that locates it in the current view
 * and a Copy button that puts a citation-ready form on the clipboard.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Analysis, Quote } from '../core/types';
import { formatQuoteForCopy } from './format';
import { Section } from './section';

/** How long "Copied" / "Copy failed" stays on the button before it reads "Copy" again. */
const COPY_FEEDBACK_MS = 2000;

type CopyState = 'idle' | 'copied' | 'failed';

const COPY_LABELS: Record<CopyState, string> = { idle: 'Copy', copied: 'Copied', failed: 'Copy failed' };

interface QuoteListProps {
  analysis: Analysis;
  onCopy(text: string): Promise<boolean>;
  onLocate(text: string): void;
  /** Speaks a short status through the app's polite live region. */
  announce(message: string): void;
}

/** Copy feedback per quote key, each reverting to idle after COPY_FEEDBACK_MS. */
function useCopyFeedback(): [Record<string, CopyState>, (key: string, state: CopyState) => void] {
  const [states, setStates] = useState<Record<string, CopyState>>({});
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const t of pending.values()) clearTimeout(t);
      pending.clear();
    };
  }, []);
  const set = (key: string, state: CopyState): void => {
    const old = timers.current.get(key);
    if (old !== undefined) clearTimeout(old);
    setStates((s) => ({ ...s, [key]: state }));
    timers.current.set(key, setTimeout(() => {
      timers.current.delete(key);
      setStates((s) => ({ ...s, [key]: 'idle' }));
    }, COPY_FEEDBACK_MS));
  };
  return [states, set];
}

/** The Quotes section. */
export function QuoteList({ analysis, onCopy, onLocate, announce }: QuoteListProps) {
  const [states, setState] = useCopyFeedback();
  const copy = async (key: string, quote: Quote): Promise<void> => {
    let ok = false;
    try {
      ok = await onCopy(formatQuoteForCopy(quote, analysis));
    } catch {
      ok = false;
    }
    setState(key, ok ? 'copied' : 'failed');
    announce(ok ? 'Copied' : 'Copy failed');
  };
  const quotes = analysis.quotes;
  return (
    <Section id="sn-quotes" title="Quotes" count={quotes.length} empty="No direct quotes found.">
      {quotes.map((quote, i) => {
        const key = `${i}:${quote.text}`;
        const state = states[key] ?? 'idle';
        return (
          <li class="sn-quote" key={key} data-kind={quote.kind}>
            <button type="button" class="sn-quote-locate" title="Show in the article" onClick={() => onLocate(quote.text)}>
              <q class="sn-quote-text">{quote.text}</q>
            </button>
            <div class="sn-quote-meta">
              {quote.speaker
                ? <span class="sn-speaker">{quote.speaker}</span>
                : <span class="sn-speaker sn-unattributed">Unattributed</span>}
              {quote.role && <span class="sn-role">{quote.role}</span>}
              {quote.kind === 'partial' && <span class="sn-quote-kind">partial quote</span>}
              <button
                type="button"
                class="sn-copy"
                data-state={state}
                aria-label={state === 'idle' ? `Copy quote${quote.speaker ? ` by ${quote.speaker}` : ''}` : undefined}
                onClick={() => void copy(key, quote)}
              >
                {COPY_LABELS[state]}
              </button>
            </div>
          </li>
        );
      })}
    </Section>
  );
}
