import { describe, expect, it } from 'vitest';
import { APP_VERSION_PATTERN, compareAppVersions, parseAppVersion } from './monitor';

describe('app versions (M-3)', () => {
  it('compare part by part as numbers', () => {
    expect(compareAppVersions('4.10', '4.7')).toBeGreaterThan(0);
    expect(compareAppVersions('4.7', '4.7.0')).toBe(0);
    expect(compareAppVersions('4.6.9', '4.7')).toBeLessThan(0);
    expect(compareAppVersions('10.0', '9.99.99')).toBeGreaterThan(0);
    expect(compareAppVersions('5.0.1-beta', '5.0.1')).toBe(0);
  });

  it('read the leading numbers of what a device reports; nothing from a name', () => {
    expect(parseAppVersion('4.8.2')).toEqual([4, 8, 2]);
    expect(parseAppVersion('4')).toEqual([4, 0, 0]);
    expect(parseAppVersion('beta')).toBeUndefined();
    expect(compareAppVersions('beta', '0.0.1')).toBeLessThan(0);
  });

  it('take a minimum typed as two or three numbers', () => {
    expect(['4.7', '4.7.1', '0.1.0'].every((v) => APP_VERSION_PATTERN.test(v))).toBe(true);
    expect(['4', '4.7.1.2', '4,7', 'v4.7', '4.7 '].some((v) => APP_VERSION_PATTERN.test(v))).toBe(false);
  });
});
