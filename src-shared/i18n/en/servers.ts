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
  'servers.open.menu': 'Open a company on a server…',
  'servers.open.title': 'Open a company on a server (PostgreSQL)',
  'servers.open.explain':
    "When several PCs work on one company, it lives on a PostgreSQL server. The password is kept in this computer's secure key store, never written to a file in clear.",
  'servers.open.host': 'Server',
  'servers.open.port': 'Port',
  'servers.open.database': 'Database',
  'servers.open.user': 'User',
  'servers.open.password': 'Password',
  'servers.open.passwordKept': 'The saved password is used; type a new one to change it.',
  'servers.open.sslmode': 'TLS (sslmode)',
  'servers.open.sslmode.disable': 'Off (trusted local network only)',
  'servers.open.sslmode.require': 'Encrypted (require)',
  'servers.open.sslmode.verify-full': 'Encrypted, certificate verified (verify-full)',
  'servers.open.submit': 'Connect and open',
  'servers.open.opened': 'Opened the company on the server: {server}',
  'servers.open.cannotConnect': 'Could not connect to the server: {reason}',
  'servers.validation.host': 'Type the server name or IP address (e.g. db.office.lan).',
  'servers.validation.port': 'The port is a number from 1 to 65535.',
  'servers.validation.name': 'Use letters, digits, underscore, dot and hyphen only (63 characters at most).',
};
