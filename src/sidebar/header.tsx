/** Sidebar header: the app name, the Reader / Original page switch and the close button. */
import type { ViewMode } from './types';

interface HeaderProps {
  mode: ViewMode;
  onModeChange(mode: ViewMode): void;
  onClose(): void;
}

/** The sidebar's sticky header. */
export function Header({ mode, onModeChange, onClose }: HeaderProps) {
  return (
    <header class="sn-header">
      <p class="sn-app-name">Sidenote</p>
      <div class="sn-modes" role="group" aria-label="View">
        <button type="button" class="sn-mode-reader" aria-pressed={mode === 'reader'} onClick={() => onModeChange('reader')}>
          Reader
        </button>
        <button type="button" class="sn-mode-original" aria-pressed={mode === 'original'} onClick={() => onModeChange('original')}>
          Original page
        </button>
      </div>
      <button type="button" class="sn-close" aria-label="Close Sidenote" title="Close Sidenote" onClick={() => onClose()}>
        ×
      </button>
    </header>
  );
}
