// A throwaway WordPress for the plugin's tests, from Debian's packages: MariaDB
// (started if it is not running), a fresh database, and an Apache of our own on
// 127.0.0.1 at a free port, with its own config, pid file and logs, so it
// touches no Apache or site already on the machine.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';

// php-codesniffer lints the plugin's PHP (wordpress/phpcs.xml).
const packages = [
  'wordpress',
  'mariadb-server',
  'php',
  'php-mysql',
  'apache2',
  'libapache2-mod-php',
  'php-codesniffer',
];
const present = () =>
  [
    '/usr/share/wordpress/wp-load.php',
    '/usr/sbin/mariadbd',
    '/usr/bin/php',
    '/usr/sbin/apache2',
    '/usr/bin/phpcs',
  ].every(existsSync) &&
  spawnSync('php', ['-r', 'exit(function_exists("mysqli_connect") ? 0 : 1);']).status === 0 &&
  existsSync('/etc/apache2/mods-available/php8.2.load');

/** Installs the Debian packages when any is missing, as scripts/browsers.mjs does for browsers. */
export function ensureWordPressPackages() {
  if (present()) return;
  const canApt = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt)
    throw new Error(`The WordPress tests need the Debian/Ubuntu packages: apt-get install -y ${packages.join(' ')}`);
  console.log(`Installing with apt-get: ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  if (!present())
    throw new Error('apt-get finished but WordPress, MariaDB, PHP with mysqli or Apache is still missing');
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const mysql = (sql) => execFileSync('mysql', ['-e', sql], { stdio: ['ignore', 'pipe', 'inherit'] });
const mariadbUp = () => spawnSync('mysqladmin', ['ping', '--silent']).status === 0;

/** Starts MariaDB unless it runs already; says whether it started it. */
async function startMariaDb() {
  if (mariadbUp()) return false;
  execFileSync('service', ['mariadb', 'start'], { stdio: 'ignore' });
  for (let i = 0; i < 100 && !mariadbUp(); i++) await new Promise((r) => setTimeout(r, 100));
  if (!mariadbUp()) throw new Error('MariaDB did not start (service mariadb start)');
  return true;
}

// Distinct keys: WordPress ignores duplicated ones, and then the command line and Apache disagree on logins.
const salts = ['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'].flatMap((kind) => [`${kind}_KEY`, `${kind}_SALT`]);

/** Debian's wp-config.php reads /etc/wordpress/config-<WORDPRESS_CONFIG>.php. */
export const configName = 'mms-guidance-test';
const database = 'mms_guidance_test';

/**
 * Starts everything and returns { url, port, stop }. The site is empty: the
 * caller installs it (setup.php). Apache's files live in workDir.
 */
export async function startWordPress(workDir) {
  const startedMariaDb = await startMariaDb();
  mysql(
    `DROP DATABASE IF EXISTS ${database}; CREATE DATABASE ${database} CHARACTER SET utf8mb4; ` +
      `CREATE USER IF NOT EXISTS 'mmswp'@'localhost' IDENTIFIED BY 'mmswp'; ` +
      `GRANT ALL ON ${database}.* TO 'mmswp'@'localhost';`,
  );
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  mkdirSync('/etc/wordpress', { recursive: true });
  writeFileSync(
    `/etc/wordpress/config-${configName}.php`,
    `<?php
define('DB_NAME', '${database}');
define('DB_USER', 'mmswp');
define('DB_PASSWORD', 'mmswp');
define('DB_HOST', 'localhost');
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('WP_CONTENT_DIR', '/var/lib/wordpress/wp-content');
${salts.map((name) => `define('${name}', '${randomBytes(24).toString('hex')}');`).join('\n')}
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
`,
  );

  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const conf = join(workDir, 'apache.conf');
  writeFileSync(
    conf,
    `ServerRoot /etc/apache2
PidFile ${workDir}/apache.pid
DefaultRuntimeDir ${workDir}
Mutex file:${workDir} default
User www-data
Group www-data
ErrorLog ${workDir}/error.log
LogLevel warn
IncludeOptional mods-enabled/*.load
IncludeOptional mods-enabled/*.conf
Listen 127.0.0.1:${port}
ServerName 127.0.0.1
<VirtualHost 127.0.0.1:${port}>
  DocumentRoot /usr/share/wordpress
  Alias /wp-content /var/lib/wordpress/wp-content
  SetEnv WORDPRESS_CONFIG ${configName}
  # The tests stage the plugin again with another version: PHP must read the files anew at once.
  php_admin_value opcache.revalidate_freq 0
  <Directory /usr/share/wordpress>
    Options FollowSymLinks
    AllowOverride All
    Require all granted
  </Directory>
  <Directory /var/lib/wordpress/wp-content>
    Options FollowSymLinks
    Require all granted
  </Directory>
</VirtualHost>
`,
  );
  // mod_php needs the prefork MPM; Debian enables it with libapache2-mod-php, this makes sure.
  for (const mod of ['mpm_event', 'mpm_worker']) spawnSync('a2dismod', ['-q', mod], { stdio: 'ignore' });
  for (const mod of ['mpm_prefork', 'php8.2']) spawnSync('a2enmod', ['-q', mod], { stdio: 'ignore' });
  execFileSync('apache2', ['-f', conf, '-k', 'start'], {
    stdio: 'inherit',
    env: { ...process.env, APACHE_RUN_DIR: workDir, APACHE_LOG_DIR: workDir, APACHE_LOCK_DIR: workDir },
  });
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`${url}/wp-includes/images/blank.gif`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  /** Stops our Apache, and MariaDB if this run started it. */
  const stop = () => {
    const pidFile = join(workDir, 'apache.pid');
    try {
      if (existsSync(pidFile)) process.kill(Number(readFileSync(pidFile, 'utf8').trim()), 'SIGTERM');
    } catch {
      // Already gone.
    }
    if (startedMariaDb) spawnSync('service', ['mariadb', 'stop'], { stdio: 'ignore' });
  };
  return { url, port, stop };
}
