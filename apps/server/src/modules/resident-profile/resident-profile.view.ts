import type { ResidentProfile } from '@domovoy/contract';
import type { CardRow } from './resident-profile.repository';

/** The resident's own data: never masked (R-3 is about staff), the phone from the account (T-3). */
export function mapProfile(card: CardRow, phone: string): ResidentProfile {
  return {
    type: card.type as ResidentProfile['type'],
    fullName: card.fullName,
    birthDate: card.birthDate,
    email: card.email,
    phone,
    gender: card.gender as ResidentProfile['gender'],
    photoUrl: card.photoKey ? `/api/resident/v1/me/photo?v=${card.photoVersion}` : null,
  };
}
