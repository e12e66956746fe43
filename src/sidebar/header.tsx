/**
 * Sidebar header: the app name, the Reader / Original page switch, a button that hides the sidebar
 * (the reader stays) and the close button (Sidenote closes, the page comes back).
 */
import type { Translate, ViewMode } from './types';

interface HeaderProps {
  mode: ViewMode;
  t: Translate;
  onModeChange(mode: ViewMode): void;
  onHide(): void;
  onClose(): void;
}

/** The sidebar's sticky header. */
export function Header({ mode, t, onModeChange, onHide, onClose }: HeaderProps) {
  return (
    <header class="sn-header">
      <h1 class="sn-app-name" tabIndex={-1}>Sidenote</h1>
      <div class="sn-modes" role="group" aria-label={t('viewGroup')}>
        <button type="button" class="sn-mode-reader" aria-pressed={mode === 'reader'} onClick={() => onModeChange('reader')}>
          {t('modeReader')}
        </button>
        <button type="button" class="sn-mode-original" aria-pressed={mode === 'original'} onClick={() => onModeChange('original')}>
          {t('modeOriginal')}
        </button>
      </div>
      <button type="button" class="sn-sidebar-hide sn-icon" aria-label={t('hideSidebar')} title={t('hideSidebar')} onClick={onHide}>
        <span aria-hidden="true">⇥</span>
      </button>
      <button type="button" class="sn-close sn-icon" aria-label={t('closeSidenote')} title={t('closeSidenote')} onClick={() => onClose()}>
        <span aria-hidden="true">×</span>
      </button>
    </header>
  );
}
