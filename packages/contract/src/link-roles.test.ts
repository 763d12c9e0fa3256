import { describe, expect, it } from 'vitest';
import {
  can,
  LINK_ACTIONS,
  LINK_ROLE_NAMES,
  type LinkAction,
  type LinkRole,
  mayDependOn,
  ownerRequired,
} from './link-roles';

// L-3, as a table: role → the actions it may take.
const EXPECTED: Record<LinkRole, LinkAction[]> = {
  owner: ['use_app', 'vote_oss', 'grant_access', 'add_residents_and_tenants'],
  representative: ['use_app', 'vote_oss_by_proxy'],
  resident: ['use_app'],
  tenant: ['use_app'],
  unconfirmed_owner: ['use_app', 'add_residents_and_tenants'],
};

describe('L-3: rights of a role in a premise', () => {
  for (const role of LINK_ROLE_NAMES) {
    for (const action of Object.keys(LINK_ACTIONS) as LinkAction[]) {
      const allowed = EXPECTED[role].includes(action);
      it(`${role} ${allowed ? 'may' : 'may not'} ${action}`, () => {
        expect(can(role, action)).toBe(allowed);
      });
    }
  }

  it('only an owner grants access and votes at ОСС directly', () => {
    expect(LINK_ROLE_NAMES.filter((r) => can(r, 'grant_access'))).toEqual(['owner']);
    expect(LINK_ROLE_NAMES.filter((r) => can(r, 'vote_oss'))).toEqual(['owner']);
  });
});

describe('L-2: who depends on whom', () => {
  it('requires an owner for representatives, residents and tenants, not for owners', () => {
    expect(LINK_ROLE_NAMES.filter(ownerRequired)).toEqual(['representative', 'resident', 'tenant']);
  });

  it('lets residents and tenants depend on an owner or an unconfirmed owner; a representative only on an owner', () => {
    expect(mayDependOn('resident', 'unconfirmed_owner')).toBe(true);
    expect(mayDependOn('tenant', 'owner')).toBe(true);
    expect(mayDependOn('representative', 'owner')).toBe(true);
    expect(mayDependOn('representative', 'unconfirmed_owner')).toBe(false);
    expect(mayDependOn('resident', 'tenant')).toBe(false);
    expect(mayDependOn('owner', 'owner')).toBe(false);
  });
});
