/**
 * One quote: its words as a button that locates them in the view (click or Enter; hover or focus
 * previews where they are), the speaker and role, and a Copy button. A quote Readability dropped from
 * the reader says so and offers its place on the original page instead.
 */
import type { Quote } from '../core/types';
import { CopyButton } from './copy-button';
import type { Translate } from './types';

export interface QuoteItemProps {
  quote: Quote;
  t: Translate;
  /** Leave the speaker out (the grouped view names them once above their quotes). */
  hideSpeaker?: boolean;
  /** Not in the reader body: show the note and the "original page" button. */
  missing: boolean;
  copyText(): string;
  onCopy(text: string): Promise<boolean>;
  onLocate(text: string): void;
  onPreview(text: string | null): void;
  onShowOriginal(text: string): void;
  announce(message: string): void;
}

/** A quote row. */
export function QuoteItem(p: QuoteItemProps) {
  const { quote, t } = p;
  const preview = (): void => p.onPreview(quote.text);
  const unpreview = (): void => p.onPreview(null);
  return (
    <li class="sn-quote" data-kind={quote.kind} data-missing={p.missing ? 'true' : undefined}>
      <button
        type="button"
        class="sn-quote-locate"
        title={t(p.missing ? 'notInReader' : 'showInArticle')}
        onClick={() => p.onLocate(quote.text)}
        onMouseEnter={preview}
        onMouseLeave={unpreview}
        onFocus={preview}
        onBlur={unpreview}
      >
        <q class="sn-quote-text">{quote.text}</q>
      </button>
      <div class="sn-quote-meta">
        {!p.hideSpeaker && (quote.speaker
          ? <span class="sn-speaker">{quote.speaker}</span>
          : <span class="sn-speaker sn-unattributed">{t('unattributed')}</span>)}
        {!p.hideSpeaker && quote.role && <span class="sn-role">{quote.role}</span>}
        {quote.kind === 'partial' && <span class="sn-quote-kind">{t('partialQuote')}</span>}
        <CopyButton
          class="sn-copy"
          label={t('copy')}
          ariaLabel={quote.speaker ? t('copyQuoteBy', quote.speaker) : t('copyQuote')}
          text={p.copyText}
          onCopy={p.onCopy}
          announce={p.announce}
          t={t}
        />
      </div>
      {p.missing && (
        <p class="sn-missing">
          {t('droppedFromReader')}{' '}
          <button type="button" class="sn-show-original" onClick={() => p.onShowOriginal(quote.text)}>
            {t('showOnOriginal')}
          </button>
        </p>
      )}
    </li>
  );
}
