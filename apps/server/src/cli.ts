// `npm run domovoy -- <command>`: operations on the database outside the HTTP API.
import path from 'node:path';
import { Command } from 'commander';
import { ConfigError, loadConfig } from './config';
import { type Database, openDatabase } from './db/database';
import { ensureDemo } from './demo/ensure-demo';
import { DEMO_ORGANIZATION } from './demo/seed-demo';
import { staffPasswordReset } from './modules/auth/reset-password';
import { organizationsService } from './modules/organizations/organizations.service';
import { generatePassword } from './platform/passwords';
import { localFileStorage } from './platform/storage';

async function withDatabase(work: (database: Database) => Promise<void>) {
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    await database.migrate();
    await work(database);
  } finally {
    await database.close();
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const program = new Command('domovoy')
  .description('Domovoy administration. Uses DATABASE_URL (PostgreSQL) or the embedded database in DATA_DIR.')
  .showHelpAfterError();

program
  .command('migrate')
  .description('Apply the database migrations that have not run yet')
  .action(() => withDatabase(async () => console.log('Migrations applied.')));

program
  .command('create-organisation')
  .description('Create an organisation (УО) with its built-in administrator role')
  .requiredOption('--name <name>', 'organisation name, e.g. "УК Северная"')
  .option(
    '--slug <slug>',
    'its name in the resident app\'s address, e.g. "severnaya" (generated when omitted)',
  )
  .action((options: { name: string; slug?: string }) =>
    withDatabase(async ({ db }) => {
      const organization = await organizationsService({ db }).create(options.name, options.slug);
      console.log(
        `Organisation created: ${organization.name}\nid: ${organization.id}\nslug: ${organization.slug}`,
      );
    }),
  );

program
  .command('create-admin')
  .description('Create a staff member with the administrator role in an organisation')
  .requiredOption('--organisation <id-or-name>', 'organisation id or exact name')
  .requiredOption('--login <login>', 'login (unique across the deployment)')
  .option('--password <password>', 'password (8+ characters); generated and printed when omitted')
  .option('--full-name <name>', 'full name shown in the CRM', 'Администратор')
  .action((options: { organisation: string; login: string; password?: string; fullName: string }) =>
    withDatabase(async ({ db }) => {
      const organizations = organizationsService({ db });
      const organization = UUID.test(options.organisation)
        ? await organizations.find(options.organisation)
        : await organizations.findByName(options.organisation);
      if (!organization) throw new Error(`No organisation "${options.organisation}"`);
      const password = options.password ?? generatePassword();
      if (password.length < 8) throw new Error('The password must be at least 8 characters long');
      await organizations.createAdmin({
        organizationId: organization.id,
        login: options.login,
        password,
        fullName: options.fullName,
      });
      console.log(
        `Administrator created in ${organization.name}: ${options.login} / ${options.password ? '(the password you gave)' : password}`,
      );
    }),
  );

program
  .command('set-password')
  .description("Set a staff member's password and end their sessions")
  .requiredOption('--login <login>', 'staff login')
  .option('--password <password>', 'new password (8+ characters); generated and printed when omitted')
  .action((options: { login: string; password?: string }) =>
    withDatabase(async ({ db }) => {
      const password = options.password ?? generatePassword();
      if (password.length < 8) throw new Error('The password must be at least 8 characters long');
      await staffPasswordReset(db, options.login, password);
      console.log(
        `Password set for ${options.login}: ${options.password ? '(the password you gave)' : password}`,
      );
    }),
  );

program
  .command('seed-demo')
  .description(
    `Create the demo organisation «${DEMO_ORGANIZATION}» with ~1,100 premises (skipped if it exists)`,
  )
  .option('--admin-password <password>', 'password of the demo admin (default: ADMIN_PASSWORD or generated)')
  .action((options: { adminPassword?: string }) =>
    withDatabase(async (database) => {
      const config = {
        ...loadConfig(),
        demo: true as const,
        adminPassword: options.adminPassword ?? loadConfig().adminPassword,
      };
      const outcome = await ensureDemo(
        database,
        config,
        localFileStorage(path.join(config.dataDir, 'files')),
      );
      if (!outcome.created)
        console.log(`The organisation «${DEMO_ORGANIZATION}» already exists; nothing done.`);
      else
        console.log(
          `Demo created: ${outcome.premiseCount} premises. Log in as ${outcome.login} / ${outcome.passwordFromEnv ? '(your password)' : outcome.password}`,
        );
    }),
  );

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `Error: ${(error as Error).message}`);
  process.exit(1);
});
