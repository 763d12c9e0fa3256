// L-2, L-3: the roles a client has in a premise and what each may do. `can` is the one place
// these rights live; the CRM, the resident app and the owners' meetings all ask it.

export const LINK_ROLES = {
  owner: { label: 'Собственник', dependsOn: [] },
  representative: { label: 'Представитель', dependsOn: ['owner'] },
  resident: { label: 'Житель / член семьи', dependsOn: ['owner', 'unconfirmed_owner'] },
  tenant: { label: 'Арендатор', dependsOn: ['owner', 'unconfirmed_owner'] },
  unconfirmed_owner: { label: 'Неподтверждённый собственник', dependsOn: ['owner'] },
} as const satisfies Record<string, { label: string; dependsOn: readonly string[] }>;

export type LinkRole = keyof typeof LINK_ROLES;
export const LINK_ROLE_NAMES = Object.keys(LINK_ROLES) as LinkRole[];

/** L-4: where a link came from (`PremiseLink.addedBy.kind`), as the CRM's cards name it. */
export const LINK_SOURCES = {
  staff: 'CRM',
  resident: 'Приложение',
  import: 'Импорт',
} as const;
export type LinkSource = keyof typeof LINK_SOURCES;

export const LINK_ACTIONS = {
  use_app: 'Пользоваться приложением: заявки, оплата, показания, пропуска',
  vote_oss: 'Голосовать на общем собрании собственников',
  vote_oss_by_proxy: 'Участвовать в ОСС по доверенности',
  grant_access: 'Давать доступ к помещению другим людям',
  add_residents_and_tenants: 'Добавлять жителей и арендаторов',
} as const;

export type LinkAction = keyof typeof LINK_ACTIONS;

const RIGHTS: Record<LinkRole, readonly LinkAction[]> = {
  // Owner: everything.
  owner: ['use_app', 'vote_oss', 'grant_access', 'add_residents_and_tenants'],
  // Representative: everything but granting access; at ОСС by proxy.
  representative: ['use_app', 'vote_oss_by_proxy'],
  // Resident / family member and tenant: everything but ОСС and granting access.
  resident: ['use_app'],
  tenant: ['use_app'],
  // Unconfirmed owner: adds residents and tenants, everything but ОСС, until confirmed.
  unconfirmed_owner: ['use_app', 'add_residents_and_tenants'],
};

export function can(role: LinkRole, action: LinkAction): boolean {
  return RIGHTS[role].includes(action);
}

/** Roles whose link names the owner it depends on. An unconfirmed owner may have none yet. */
export function ownerRequired(role: LinkRole): boolean {
  return role === 'representative' || role === 'resident' || role === 'tenant';
}

/** Whether a link of `role` may depend on a link of `ownerRole` (L-2). */
export function mayDependOn(role: LinkRole, ownerRole: LinkRole): boolean {
  return (LINK_ROLES[role].dependsOn as readonly LinkRole[]).includes(ownerRole);
}

/** Roles whose shares count towards the premise's whole (at most 1). */
export const SHARE_ROLES: readonly LinkRole[] = ['owner', 'unconfirmed_owner'];
