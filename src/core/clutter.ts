import type { ClutterCategory } from './types';

export interface DetectedClutter {
  element: Element;
  category: ClutterCategory;
  text: string;
}

export const ALL_CLUTTER_CATEGORIES: readonly ClutterCategory[] = ['open-in-app', 'app-banner', 'push-prompt', 'newsletter'];

/** Finds app-install and notification clutter under root. Never returns html, body or an article container. */
export function detectClutter(root: Document | Element, categories: readonly ClutterCategory[]): DetectedClutter[] {
  void root;
  void categories;
  return [];
}
