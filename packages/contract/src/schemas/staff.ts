import { type Static, Type } from 'typebox';
import { PERMISSION_GROUPS } from '../permissions';
import { PermissionSchema } from './auth';
import { Id, Nullable, PageQuery, Text, Timestamp } from './common';

export const Role = Type.Object({
  id: Id,
  name: Type.String(),
  permissions: Type.Array(PermissionSchema),
  system: Type.Boolean({ description: 'Встроенная роль администратора: не изменяется' }),
  staffCount: Type.Integer(),
});

export const RoleBody = Type.Object({
  name: Text(100, 1),
  permissions: Type.Array(PermissionSchema, { uniqueItems: true }),
});

export const RolePatch = Type.Partial(RoleBody);

/** One entry of the permission catalogue, for the role editor. */
export const PermissionInfo = Type.Object({
  name: PermissionSchema,
  label: Type.String(),
  group: Type.Enum(Object.keys(PERMISSION_GROUPS) as (keyof typeof PERMISSION_GROUPS)[]),
  groupLabel: Type.String(),
});

export const Staff = Type.Object({
  id: Id,
  login: Type.String(),
  fullName: Type.String(),
  roleId: Id,
  roleName: Type.String(),
  active: Type.Boolean(),
  lastLoginAt: Nullable(Timestamp),
  loginFailures: Nullable(
    Type.Object(
      {
        count: Type.Integer({ description: 'Неудачных попыток входа за последний час' }),
        lastAt: Timestamp,
        lastIp: Type.String({ description: 'Адрес последней неудачной попытки' }),
      },
      { description: 'Подбор пароля: много неудачных попыток входа под этим логином за последний час' },
    ),
  ),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

const Login = Type.String({
  minLength: 3,
  maxLength: 64,
  pattern: '^[A-Za-z0-9._@-]+$',
  description: 'Латинские буквы, цифры, точка, дефис, подчёркивание, @',
});
const Password = Type.String({ minLength: 8, maxLength: 200 });

export const StaffBody = Type.Object({
  login: Login,
  fullName: Text(200, 1),
  roleId: Id,
  password: Password,
  active: Type.Optional(Type.Boolean()),
});

export const StaffPatch = Type.Partial(
  Type.Object({
    login: Login,
    fullName: Text(200, 1),
    roleId: Id,
    password: Password,
    active: Type.Boolean(),
  }),
);

export const StaffQuery = Type.Object({
  search: Type.Optional(Type.String({ maxLength: 200 })),
  ...PageQuery,
});

export type Role = Static<typeof Role>;
export type Staff = Static<typeof Staff>;
export type RoleBody = Static<typeof RoleBody>;
export type StaffBody = Static<typeof StaffBody>;
export type StaffPatch = Static<typeof StaffPatch>;
export type RolePatch = Static<typeof RolePatch>;
export type StaffQuery = Static<typeof StaffQuery>;
export type PermissionInfo = Static<typeof PermissionInfo>;
