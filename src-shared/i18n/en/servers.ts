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
  'servers.problem.wrong_password': 'The password of {user} is wrong ({host}). Check the password.',
  'servers.problem.password_required': 'The server asks for a password for {user}: type the password.',
  'servers.problem.not_allowed':
    'The server does not let {user} connect to {database} from this computer (pg_hba.conf). Ask its administrator to allow this computer, or change the SSL mode.',
  'servers.problem.unknown_host': 'No server named {host} was found. Check the server name (or IP address).',
  'servers.problem.server_down':
    '{host}:{port} refuses the connection: the server may be off, PostgreSQL not running, or the port wrong.',
  'servers.problem.timeout': '{host}:{port} did not answer (timed out). Check the network and the firewall.',
  'servers.problem.database_missing':
    'There is no database named {database} on the server. Check the name or ask the administrator to create it (createdb).',
  'servers.problem.tls_refused':
    'The server does not support encrypted (SSL/TLS) connections. Turn SSL on at the server, or choose the SSL mode “Off”.',
  'servers.problem.tls_untrusted':
    "The server's certificate could not be verified: signed by an untrusted authority (CA), or issued to another name. The server name must match the certificate; if your office's own authority signed it, choose its CA file.",
  'servers.problem.newer_schema': '{database} was written by a newer version of Vade. Update Vade to open it.',
  'servers.problem.other': 'Could not connect to the server: {detail}',
  'servers.menu.open': 'Open a company on a server…',
  'servers.menu.edit': 'Edit the server connection…',
  'servers.menu.copyToServer': 'Copy this company to a server…',
  'servers.menu.copyToFile': 'Copy this company to this computer…',
  'servers.onServer': 'On a server',
  'servers.onServerAt': 'On a server: {database} @ {host}',
  'servers.form.title': 'Open a company on a server',
  'servers.form.editTitle': 'Server connection',
  'servers.form.explain':
    'A company kept on a PostgreSQL server can be used by several office computers at once. The connection is saved on this computer.',
  'servers.form.url': 'Connection address (optional)',
  'servers.form.urlHelp': 'Paste the postgres://… address your administrator gave you: the fields are filled in.',
  'servers.form.urlInvalid': 'This is not a postgres://user@server:5432/database address.',
  'servers.form.host': 'Server',
  'servers.form.port': 'Port',
  'servers.form.database': 'Database',
  'servers.form.user': 'User',
  'servers.form.password': 'Password',
  'servers.form.passwordSaved': 'saved',
  'servers.form.passwordKept': 'The password is saved; type a new one to change it.',
  'servers.form.sslmode': 'SSL (encrypted connection)',
  'servers.form.sslmode.disable': 'Off',
  'servers.form.sslmode.prefer': 'Use when available',
  'servers.form.sslmode.require': 'Required',
  'servers.form.sslmode.verify-full': 'Required, certificate fully verified',
  'servers.form.storage.os-keychain':
    "The password is stored encrypted with the operating system's keychain, never in the settings file.",
  'servers.form.storage.key-file':
    'The OS keychain is not available in browser mode: the password is encrypted with a key file in the data folder. Anyone who can read the data folder can decrypt it.',
  'servers.form.name': 'Name on this computer',
  'servers.form.namePlaceholder': "Empty: the company's own name",
  'servers.form.test': 'Test the connection',
  'servers.form.open': 'Open',
  'servers.form.save': 'Save',
  'servers.form.okCompany': 'Connected ({version}). The company in this database: {name}.',
  'servers.form.okUnnamed': 'Connected ({version}). The database holds a company whose name is not set yet.',
  'servers.form.okEmpty': 'Connected ({version}). The database is empty: opening it creates a new company there.',
  'servers.opened': '{name} on the server is open.',
  'servers.copy.titleToServer': 'Copy the company to a server',
  'servers.copy.titleToFile': 'Copy the company to this computer',
  'servers.copy.explainToServer':
    'The whole open company (accounts, history, change log) is copied into an empty server database; the file on this computer stays as it is. Afterwards the rows and amounts of both ends are compared.',
  'servers.copy.explainToFile':
    "The whole company on the server is copied into a new company file on this computer; the server's company stays as it is.",
  'servers.copy.newName': 'Name of the new company',
  'servers.copy.start': 'Copy',
  'servers.copy.progress': '{table}: rows copied {done} / {total}',
  'servers.copy.done': 'Copied. Rows: {rows}, time: {ms} ms. Row counts and amounts are the same at both ends.',
  'servers.copy.checkTitle': 'Comparison',
  'servers.copy.colTable': 'Table',
  'servers.copy.colRows': 'Rows',
  'servers.copy.colMoney': 'Amount',
  'servers.copy.openCopy': 'Open the copy',
  'servers.copy.localSuffix': 'on this computer',
  'servers.copy.close': 'Close',
  'servers.problem.tls_required':
    'The server accepts {user} only over an encrypted (SSL/TLS) connection. Choose the SSL mode “Required” or “Required, certificate fully verified”.',
  'servers.problem.tls_ca_unreadable':
    'The CA certificate file could not be read: {caFile}. Check that the file is on this computer and is a PEM certificate (.crt/.pem).',
  'servers.form.caFile': 'CA certificate file (optional)',
  'servers.form.caFileHelp':
    "If your office's own authority (CA) signed the server's certificate, the full path of that authority's certificate file on this computer (.crt/.pem). Left empty, the authorities this computer trusts are used.",
  'servers.form.caFileAbsolute': 'Type the full path of the file (e.g. C:\\Vade\\office-ca.crt or /etc/ssl/office-ca.crt).',
  'servers.copy.serverName': 'Name of the server company on this computer',
  'servers.copy.serverSuffix': 'server',
  'servers.form.encrypted': 'The connection is encrypted (TLS).',
  'servers.form.plain': 'The connection is not encrypted: outside the office network, choose the SSL mode “Required”.',
  'servers.form.caFileChoose': 'Choose file…',
  'servers.form.caFileChooseBrowser': 'A browser cannot pick a file: type the full path of the file on this computer.',
  'servers.form.caFileMissing': 'File not found: {file}. Check the path or pick the file again.',
  'servers.form.caFileUnreadable':
    'The file cannot be read: {file}. It may be a folder, or this user may not be allowed to read it.',
  'servers.form.caFileNotCertificate':
    'The file cannot be read: {file} is not a PEM certificate (choose a .crt/.pem file starting with “-----BEGIN CERTIFICATE-----”).',
};
