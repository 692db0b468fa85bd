/** Every route of the app, named once. */
export const paths = {
  home: { path: '/', getHref: () => '/' },
  callback: { path: '/callback', getHref: () => '/callback' },
  silentCallback: { path: '/silent-callback', getHref: () => '/silent-callback' },
  loggedOut: { path: '/utloggad', getHref: () => '/utloggad' },
  chooseCommission: {
    path: '/valj-uppdrag',
    getHref: (returnTo?: string) =>
      returnTo ? `/valj-uppdrag?${new URLSearchParams({ till: returnTo })}` : '/valj-uppdrag',
  },
  services: { path: '/tjanster', getHref: () => '/tjanster' },
} as const;
