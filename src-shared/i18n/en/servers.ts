import type { Texts } from '../texts';
import type { servers as tr } from '../tr/servers';

export const servers: Texts<typeof tr> = {
  'servers.unavailable':
    "The company's database server cannot be reached. The server or the network may be down; nothing was half-saved. Vade reconnects when the server is back: try again.",
  'servers.copy.targetNotEmpty':
    'The target already holds a company (table {table} has rows). Copy into an empty database or file.',
  'servers.copy.sameCompany': 'A company cannot be copied onto itself.',
  'servers.copy.sourceMissing': 'The company file to copy was not found: {file}',
  'servers.copy.checkFailed': 'The copy did not match its source; nothing was written: {differences}',
};
