export const PRODUCT_NAME = '1177 för vårdpersonal';

/** The tab's title: the page's name, then the product's. */
export const pageTitle = (name?: string) => (name ? `${name} – ${PRODUCT_NAME}` : PRODUCT_NAME);
