import { type Static, Type } from 'typebox';
import { PERMISSION_NAMES } from '../permissions';
import { Id, Timestamp } from './common';

export const PermissionSchema = Type.Enum(PERMISSION_NAMES);

export const LoginBody = Type.Object({
  login: Type.String({ minLength: 1, maxLength: 100 }),
  password: Type.String({ minLength: 1, maxLength: 200 }),
});

export const Me = Type.Object({
  staff: Type.Object({ id: Id, login: Type.String(), fullName: Type.String() }),
  organization: Type.Object({ id: Id, name: Type.String() }),
  role: Type.Object({ id: Id, name: Type.String(), system: Type.Boolean() }),
  permissions: Type.Array(PermissionSchema),
});

export const LoginResult = Type.Object({
  token: Type.String({ description: 'Токен сессии для заголовка Authorization: Bearer' }),
  expiresAt: Timestamp,
  me: Me,
});

export const ChangePasswordBody = Type.Object({
  currentPassword: Type.String({ minLength: 1, maxLength: 200 }),
  newPassword: Type.String({ minLength: 8, maxLength: 200 }),
});

export type Me = Static<typeof Me>;
export type LoginResult = Static<typeof LoginResult>;
