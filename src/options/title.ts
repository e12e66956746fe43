/**
 * The options page's <title> and lang in the UI language. Extension HTML gets no __MSG_…__
 * substitution (only the manifest and CSS do), so the static English ones are replaced as it loads.
 */
import { t, uiLocale } from '../shared/i18n';

document.title = t('optionsTitle');
document.documentElement.lang = uiLocale();
