/**
 * Quotes section: a speaker filter, the "group by speaker" view, the copy format and "Copy all", then
 * each quote (filtered by the search box and the speaker filter) in article order or under its speaker.
 */
import type { Analysis, Quote } from '../core/types';
import { COPY_FORMATS, type CopyFormat, type ReaderPrefs } from '../shared/reader-prefs';
import { CopyButton } from './copy-button';
import { groupBySpeaker, quoteMatches, speakerMatches, UNATTRIBUTED } from './filter';
import { formatQuoteForCopy, formatQuotesForCopy } from './format';
import { QuoteItem } from './quote-item';
import { Section } from './section';
import type { Translate } from './types';

interface QuoteListProps {
  analysis: Analysis;
  t: Translate;
  locale?: string;
  prefs: ReaderPrefs;
  onPrefs(patch: Partial<ReaderPrefs>): void;
  query: string;
  speaker: string;
  onSpeaker(speaker: string): void;
  /** Quote texts missing from the reader body (only passed in reader mode). */
  missing: ReadonlySet<string>;
  onCopy(text: string): Promise<boolean>;
  onLocate(text: string): void;
  onPreview(text: string | null): void;
  onShowOriginal(text: string): void;
  /** Speaks a short status through the app's polite live region. */
  announce(message: string): void;
}

/** Speaker names in order of first appearance, for the filter. */
function speakerOptions(quotes: readonly Quote[]): { names: string[]; unattributed: boolean } {
  const names = [...new Set(quotes.map((q) => q.speaker?.trim() ? q.speaker : null).filter((s): s is string => !!s))];
  return { names, unattributed: quotes.some((q) => !q.speaker?.trim()) };
}

/** The filter, grouping and copy-format controls above the list. */
function QuoteTools(p: QuoteListProps & { visible: Quote[] }) {
  const { t, prefs } = p;
  const { names, unattributed } = speakerOptions(p.analysis.quotes);
  const opts = { format: prefs.copyFormat, t, locale: p.locale };
  return (
    <div class="sn-tools" role="group" aria-label={t('quoteTools')}>
      <label class="sn-field">
        <span>{t('speakerFilter')}</span>
        <select class="sn-speaker-filter" value={p.speaker} onChange={(e) => p.onSpeaker((e.currentTarget as HTMLSelectElement).value)}>
          <option value="">{t('allSpeakers')}</option>
          {names.map((n) => <option key={n} value={n}>{n}</option>)}
          {unattributed && <option value={UNATTRIBUTED}>{t('unattributed')}</option>}
        </select>
      </label>
      <button type="button" class="sn-group-toggle sn-chip" aria-pressed={prefs.groupBySpeaker} onClick={() => p.onPrefs({ groupBySpeaker: !prefs.groupBySpeaker })}>
        {t('groupBySpeaker')}
      </button>
      <label class="sn-field">
        <span>{t('copyFormat')}</span>
        <select class="sn-copy-format" value={prefs.copyFormat} onChange={(e) => p.onPrefs({ copyFormat: (e.currentTarget as HTMLSelectElement).value as CopyFormat })}>
          {COPY_FORMATS.map((f) => <option key={f} value={f}>{t(`copyFormat_${f}`)}</option>)}
        </select>
      </label>
      <CopyButton
        class="sn-copy-all sn-chip"
        label={t('copyAll')}
        ariaLabel={t('copyAllLabel', String(p.visible.length))}
        text={() => formatQuotesForCopy(p.visible, p.analysis, opts)}
        onCopy={p.onCopy}
        announce={p.announce}
        t={t}
      />
    </div>
  );
}

/** The Quotes section. */
export function QuoteList(p: QuoteListProps) {
  const { analysis, t, prefs } = p;
  const quotes = analysis.quotes;
  const keep = (q: Quote): boolean => quoteMatches(q, p.query) && speakerMatches(q, p.speaker);
  const visible = quotes.filter(keep);
  const opts = { format: prefs.copyFormat, t, locale: p.locale };
  const item = (quote: Quote, i: number, hideSpeaker = false) => (
    <QuoteItem
      key={`${i}:${quote.text}`}
      quote={quote}
      t={t}
      hideSpeaker={hideSpeaker}
      missing={p.missing.has(quote.text)}
      copyText={() => formatQuoteForCopy(quote, analysis, opts)}
      onCopy={p.onCopy}
      onLocate={p.onLocate}
      onPreview={p.onPreview}
      onShowOriginal={p.onShowOriginal}
      announce={p.announce}
    />
  );
  const grouped = prefs.groupBySpeaker && visible.length > 0 ? (
    <ul class="sn-groups">
      {groupBySpeaker(quotes, keep).map((g) => (
        <li class="sn-group" key={g.speaker ?? ''}>
          <h3 class="sn-group-head">
            <span class="sn-group-speaker">{g.speaker ?? t('unattributed')}</span>
            {g.role && <span class="sn-role">{g.role}</span>}
            <span class="sn-count">{g.indices.length}</span>
          </h3>
          <ul class="sn-list">{g.indices.map((i) => item(quotes[i]!, i, true))}</ul>
        </li>
      ))}
    </ul>
  ) : undefined;
  return (
    <Section
      id="sn-quotes"
      title={t('quotesHeading')}
      count={quotes.length}
      shown={visible.length}
      empty={t('noQuotes')}
      t={t}
      tools={<QuoteTools {...p} visible={visible} />}
      body={grouped}
    >
      {quotes.map((q, i) => (keep(q) ? item(q, i) : null))}
    </Section>
  );
}
