/**
 * A Copy button that says "Copied" (or "Copy failed") for a moment and announces it through the app's
 * live region, so the confirmation is both visible and heard.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from './types';

/** How long "Copied" / "Copy failed" stays on the button before it reads as before. */
const COPY_FEEDBACK_MS = 2000;

type CopyState = 'idle' | 'copied' | 'failed';

interface CopyButtonProps {
  class: string;
  label: string;
  /** Accessible name while idle (e.g. "Copy quote by Jeff Sessions"). */
  ariaLabel?: string;
  text(): string;
  onCopy(text: string): Promise<boolean>;
  announce(message: string): void;
  t: Translate;
}

/** Copy button with visible and announced feedback. */
export function CopyButton(props: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = async (): Promise<void> => {
    let ok = false;
    try {
      ok = await props.onCopy(props.text());
    } catch {
      ok = false;
    }
    clearTimeout(timer.current);
    setState(ok ? 'copied' : 'failed');
    props.announce(props.t(ok ? 'copied' : 'copyFailed'));
    timer.current = setTimeout(() => setState('idle'), COPY_FEEDBACK_MS);
  };
  const label = state === 'idle' ? props.label : props.t(state === 'copied' ? 'copied' : 'copyFailed');
  return (
    <button
      type="button"
      class={props.class}
      data-state={state}
      aria-label={state === 'idle' ? props.ariaLabel : undefined}
      onClick={() => void copy()}
    >
      {label}
    </button>
  );
}
