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

describe('SMS and job runner configuration (issue 11)', () => {
  it('keeps SMS in the outbox unless told otherwise', () => {
    expect(loadConfig({}, '/').sms).toEqual({ provider: 'outbox' });
    expect(loadConfig({}, '/').jobs).toEqual({ pollMs: 1000, retryBaseMs: 5000 });
  });

  it('sends through SMS.ru with its api_id', () => {
    const config = loadConfig(
      {
        SMS_PROVIDER: 'smsru',
        SMSRU_API_ID: 'ABC-123',
        SMSRU_FROM: 'Domovoy',
        SMSRU_URL: 'http://127.0.0.1:9999/sms/send',
        SMSRU_TIMEOUT_MS: '2000',
        JOB_POLL_MS: '250',
        JOB_RETRY_BASE_MS: '100',
      },
      '/',
    );
    expect(config.sms).toEqual({
      provider: 'smsru',
      apiId: 'ABC-123',
      from: 'Domovoy',
      url: 'http://127.0.0.1:9999/sms/send',
      timeoutMs: 2000,
    });
    expect(config.jobs).toEqual({ pollMs: 250, retryBaseMs: 100 });
    expect(loadConfig({ SMS_PROVIDER: 'smsru', SMSRU_API_ID: 'x' }, '/').sms).toMatchObject({
      url: 'https://sms.ru/sms/send',
      from: undefined,
      timeoutMs: 10_000,
    });
  });

  it('names every bad SMS variable', () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env, '/');
      } catch (error) {
        return (error as ConfigError).problems.join('\n');
      }
      return '';
    };
    expect(problems({ SMS_PROVIDER: 'pigeon' })).toContain('SMS_PROVIDER=pigeon');
    const smsru = problems({ SMS_PROVIDER: 'smsru', SMSRU_URL: 'nowhere', SMSRU_TIMEOUT_MS: '0' });
    for (const name of ['SMSRU_API_ID', 'SMSRU_URL', 'SMSRU_TIMEOUT_MS']) expect(smsru).toContain(name);
    expect(problems({ JOB_POLL_MS: '0' })).toContain('JOB_POLL_MS');
  });

  it('takes a SECRET_KEY of 32 characters or more, and none by default', () => {
    expect(loadConfig({}, '/').secretKey).toBeUndefined();
    const key = 'k'.repeat(32);
    expect(loadConfig({ SECRET_KEY: key }, '/').secretKey).toBe(key);
    expect(() => loadConfig({ SECRET_KEY: 'short' }, '/')).toThrow(/SECRET_KEY/);
  });
});
