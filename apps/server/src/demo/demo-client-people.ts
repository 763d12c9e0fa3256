// The client cards of «УК Демо» (issue 3, item 10): people and companies with unique mobile
// phones, some e-mails, birth dates and documents; sources mixed; ~30% have logged in to the app,
// ~1% are blocked, ~10% carry two or three external ids from different systems, a few have tags.
import { randomUUID } from 'node:crypto';
import type { ClientSource } from '@domovoy/contract';
import type { ClientInput } from '../modules/clients/client-values';
import {
  companyName,
  dateBetween,
  emailOf,
  type Gender,
  innOf,
  mobilePhones,
  personName,
} from './demo-people';

export type PlannedExternalId = { source: string; externalId: string; note: string | null };
export type PlannedClient = {
  id: string;
  input: ClientInput;
  source: ClientSource;
  /** The family's surname in the men's form, and the gender: relatives agree with them. */
  surname: string;
  gender: Gender;
  createdDaysAgo: number;
  /** Days ago of the first login and of the last visit to the app; null: never logged in. */
  login: { first: number; last: number } | null;
  tags: string[];
  externalIds: PlannedExternalId[];
};
export type DemoPeople = ReturnType<typeof demoPeople>;
type PersonOptions = { surname?: string; gender?: Gender; born?: [number, number]; source?: ClientSource };

export const EXTERNAL_SOURCES = ['1С:Бухгалтерия', 'Доминанта', 'Строительство'] as const;
export const CLIENT_TAGS = ['Должник', 'Ключевой клиент', 'Старший по дому', 'Не звонить'] as const;

export function demoPeople(random: () => number) {
  const clients: PlannedClient[] = [];
  const nextPhone = mobilePhones(random);
  const issued = new Map<string, number>();
  let companies = 0;
  const chance = (p: number) => random() < p;
  const digits = (n: number) => String(Math.floor(random() * 10 ** n)).padStart(n, '0');

  function source(): ClientSource {
    const r = random();
    if (r < 0.55) return 'import';
    if (r < 0.77) return 'manual';
    return r < 0.92 ? 'self_registered' : 'registration_request';
  }

  function externalId(system: string): PlannedExternalId {
    const n = (issued.get(system) ?? 0) + 1;
    issued.set(system, n);
    if (system === '1С:Бухгалтерия')
      return { source: system, externalId: `00-${String(n).padStart(6, '0')}`, note: null };
    if (system === 'Доминанта')
      return { source: system, externalId: String(480_000 + n * 7), note: 'Код абонента' };
    return {
      source: system,
      externalId: `СТР-${2019 + (n % 6)}-${String(n).padStart(4, '0')}`,
      note: 'Покупатель по ДДУ',
    };
  }

  function externalIds(from: ClientSource): PlannedExternalId[] {
    const ids = from === 'import' ? [externalId('1С:Бухгалтерия')] : [];
    if (!chance(0.1)) return ids;
    const wanted = chance(0.4) ? 3 : 2;
    for (const system of EXTERNAL_SOURCES) {
      if (ids.length < wanted && !ids.some((id) => id.source === system)) ids.push(externalId(system));
    }
    return ids;
  }

  function tagsOf(): string[] {
    const r = random();
    if (r < 0.02) return ['Должник'];
    if (r < 0.027) return ['Ключевой клиент'];
    if (r < 0.031) return ['Старший по дому'];
    return r < 0.036 ? ['Не звонить', 'Должник'] : [];
  }

  function add(input: ClientInput, surname: string, gender: Gender, from = source()): PlannedClient {
    const createdDaysAgo =
      from === 'import' ? 400 + Math.floor(random() * 700) : 3 + Math.floor(random() * 900);
    const app = from === 'self_registered' || from === 'registration_request' || chance(0.1);
    // Who registered in the app logged in that day (a request: the day before its approval).
    const first =
      from === 'self_registered' || from === 'registration_request'
        ? createdDaysAgo + (from === 'registration_request' ? 1 : 0)
        : Math.floor(random() * createdDaysAgo);
    const blocked = chance(0.01);
    const client: PlannedClient = {
      id: randomUUID(),
      input: {
        ...input,
        phone: nextPhone(),
        status: blocked ? 'blocked' : 'active',
        note: blocked ? 'Заблокирован по заявлению собственника помещения' : null,
        tester: clients.length % 800 === 5,
      },
      source: from,
      surname,
      gender,
      createdDaysAgo,
      login: app ? { first, last: Math.floor(first * random() ** 3) } : null,
      tags: tagsOf(),
      externalIds: externalIds(from),
    };
    clients.push(client);
    return client;
  }

  /** A person; `born` gives the years of birth (adults by default). */
  function person(options: PersonOptions): PlannedClient {
    const gender = options.gender ?? (chance(0.5) ? 'male' : 'female');
    const name = personName(random, gender, options.surname);
    const input: ClientInput = {
      type: 'individual',
      fullName: name.fullName,
      gender,
      email: chance(0.35) ? emailOf(random, name.fullName) : null,
      birthDate: chance(0.75) ? dateBetween(random, ...(options.born ?? [1945, 1997])) : null,
      passport: chance(0.15) ? `45${digits(2)} ${digits(6)}` : null,
      inn: chance(0.08) ? innOf(random, 'individual') : null,
    };
    return add(input, name.surname, gender, options.source);
  }

  /** An owner or tenant of commercial premises: an organisation, an ИП or a person. */
  function company(kind: 'legal' | 'entrepreneur' | 'individual'): PlannedClient {
    if (kind === 'individual') return person({});
    const from = chance(0.6) ? 'import' : 'manual';
    if (kind === 'entrepreneur') {
      const gender = chance(0.6) ? 'male' : 'female';
      const name = personName(random, gender);
      const input: ClientInput = {
        type: 'entrepreneur',
        taxForm: chance(0.5) ? 'usn' : 'psn',
        fullName: name.fullName,
        gender,
        inn: innOf(random, 'individual'),
        email: emailOf(random, name.fullName),
      };
      return add(input, name.surname, gender, from);
    }
    const n = companies++;
    const input: ClientInput = {
      type: 'legal',
      taxForm: chance(0.5) ? 'osno' : 'usn',
      fullName: companyName(n),
      inn: innOf(random, 'legal'),
      email: `office${n + 1}@${chance(0.5) ? 'yandex.ru' : 'mail.ru'}`,
      regAddress: `г. Москва, ул. Тверская, д. ${n + 3}, офис ${100 + n}`,
      regPostcode: '125009',
    };
    return add(input, '', 'male', from);
  }

  return { clients, person, company, phone: nextPhone };
}
