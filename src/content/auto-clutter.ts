/**
 * The script registered for every page when "Hide clutter automatically on every site" is on (and
 * only then, see src/background/auto-clutter.ts). It runs the live clutter hider and nothing else: no
 * reader, no analysis, no UI. It follows the settings live (switch off, categories, site exceptions)
 * and steps aside while Sidenote itself is open in the tab.
 */
import { activeClutterCategories, loadSettings, onSettingsChanged, type ClutterCategorySetting, type Settings } from '../shared/settings';
import { autoClutter, registerAutoClutter } from './auto-clutter-link';
import { PageClutter } from './page-clutter';

/** Categories this page should have hidden automatically under these settings. */
function wanted(settings: Settings): ClutterCategorySetting[] {
  return settings.autoClutter ? activeClutterCategories(settings, location.hostname) : [];
}

/** Starts the hider; settings arrive asynchronously, a Session may pause it at any time. */
function start(): void {
  // Top level plus idle rescans, not a subtree observer: this runs on every page for its whole life.
  const clutter = new PageClutter(null, () => undefined, 'top-level');
  let categories: ClutterCategorySetting[] = [];
  let suspended = false;
  const applyNow = (): void => clutter.apply(suspended ? [] : categories);
  const update = (settings: Settings): void => {
    const next = wanted(settings);
    if (next.join() === categories.join()) return;
    categories = next;
    applyNow();
  };
  registerAutoClutter({
    suspend: () => {
      suspended = true;
      applyNow();
    },
    resume: () => {
      suspended = false;
      applyNow();
    },
  });
  onSettingsChanged(update);
  loadSettings().then(update, () => undefined);
}

// An extension reload can inject the registration again into a frame that already runs it: run once.
if (!autoClutter()) start();
