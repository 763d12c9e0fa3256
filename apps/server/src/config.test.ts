import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration from the environment', () => {
  it('has defaults a newcomer can start with', () => {
    const config = loadConfig({}, '/srv/domovoy');
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDir: '/srv/domovoy/data',
      databaseUrl: undefined,
      demo: 'auto',
      maxUploadBytes: 20 * 1024 * 1024,
      xmlFolderRoot: '/srv/domovoy/data/xml',
    });
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        DATA_DIR: '/var/lib/domovoy',
        DATABASE_URL: 'postgres://u@db/domovoy',
        ADMIN_PASSWORD: 'long-enough',
        DEMO: '1',
        MAX_UPLOAD_MB: '5',
        XML_FOLDER_ROOT: '/srv/xml/',
      },
      '/',
    );
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/var/lib/domovoy',
      databaseUrl: 'postgres://u@db/domovoy',
      adminPassword: 'long-enough',
      demo: true,
      maxUploadBytes: 5 * 1024 * 1024,
      xmlFolderRoot: '/srv/xml',
    });
  });

  it('stops with a message naming every bad variable', () => {
    const bad = {
      PORT: 'eighty',
      DATABASE_URL: 'mysql://x',
      DEMO: 'maybe',
      ADMIN_PASSWORD: 'short',
      LOG_LEVEL: 'loud',
      XML_FOLDER_ROOT: 'xml',
    };
    let error: unknown;
    try {
      loadConfig(bad);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of Object.keys(bad)) expect(problems).toContain(name);
    expect((error as ConfigError).message).toContain('PORT=eighty: expected an integer from 0 to 65535');
  });
});
