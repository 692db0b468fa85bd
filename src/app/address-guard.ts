import { paths } from '@/config/paths';
import { scrubAddress } from '@/lib/address-scrub';

/**
 * The address bar's guard, on every page before anything paints: the build inlines this module
 * at the top of each page's <head> (scripts/prerender.mjs), and main.tsx runs it again for the
 * dev server, which has no such script. Leaves alone where an identity provider returns with
 * its own parameters, and the launch, whose parameters main.tsx captures next.
 */
export function guardAddress(): void {
  scrubAddress({
    protocolPaths: [
      paths.launch.path,
      paths.callback.path,
      paths.silentCallback.path,
      paths.loggedOut.path,
      paths.launchSmart.path,
    ],
  });
}
