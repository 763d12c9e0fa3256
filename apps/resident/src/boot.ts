// The first script of the page (index.html), a few hundred bytes: on a signed-in device it sends
// GET /me and asks for the profile's code at once, beside the app's entry, instead of after the
// entry has come and run — on a phone network a round trip and more of the first screen
// (bench/resident-first-load.ts). A new device (no session) loads nothing more here.
import { sendEarlyMe } from './shared/early-me';
import { lastOrganization, organizationInPath } from './shared/organization';
import { sessionToken } from './shared/session';

const inPath = organizationInPath(location.pathname);
const organization = inPath ?? lastOrganization();
const token = organization ? sessionToken(organization) : null;
if (organization && token) {
  sendEarlyMe(organization, token);
  // `/app/`, `/app/<organisation>/` and its `profile` open the profile; other screens load their own.
  const screen = inPath ? location.pathname.split('/').slice(3).join('/') : '';
  if (screen === '' || screen === 'profile') void import('./routes/ProfileRoute').catch(() => undefined);
}
