import { useEffect } from 'react';
import { pageTitle } from '@/config/product';

/**
 * The tab's title names the text (and the version, when it is not the current one). Set once
 * the text has loaded, after the layout has set the route's generic title.
 */
export function useArticleTitle(title: string | undefined, version?: number) {
  useEffect(() => {
    if (!title) return;
    const name = version ? `${title}, version ${version}` : title;
    document.title = pageTitle(name);
  }, [title, version]);
}
