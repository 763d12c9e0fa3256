import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeAccount, makeLegalEntity, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';

let t: TestApp;
let admin: Client;
let objectId: string;
let legalEntityId: string;

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  objectId = (await makeObject(admin)).id;
  legalEntityId = (await makeLegalEntity(admin)).id;
});
afterAll(() => t.close());

const accountsOf = async (premiseId: string) => (await admin.get(`/api/premises/${premiseId}/accounts`)).body;

describe('A-1: personal accounts of a premise', () => {
  it('adds an account with legal entity, number, ЕЛС, external id and the hidden flag', async () => {
    const premise = await makePremise(admin, objectId);
    const response = await admin.post(`/api/premises/${premise.id}/accounts`, {
      legalEntityId,
      number: ' 4000123 ',
      els: '75ДА533315',
      externalId: '1c-ls-4000123',
      hiddenFromResidents: true,
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      premiseId: premise.id,
      legalEntityId,
      number: '4000123',
      els: '75ДА533315',
      externalId: '1c-ls-4000123',
      hiddenFromResidents: true,
    });
    expect(response.body.legalEntityName).toMatch(/^ООО/);
    expect(await accountsOf(premise.id)).toHaveLength(1);
    expect((await admin.get(`/api/premises/${premise.id}`)).body.accountNumbers).toEqual(['4000123']);
  });

  it('repairs Latin look-alike letters in the ЕЛС and refuses a malformed one', async () => {
    const premise = await makePremise(admin, objectId);
    const latin = await makeAccount(admin, premise.id, legalEntityId, { els: '75дa 533316' });
    expect(latin.els).toBe('75ДА533316');
    for (const els of ['75DA533315', '75ДА53331', '7406070809']) {
      const response = await admin.post(`/api/premises/${premise.id}/accounts`, {
        legalEntityId,
        number: `E-${els}`,
        els,
      });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.errors).toEqual([
        expect.objectContaining({
          field: 'els',
          code: 'ELS_FORMAT',
          message: expect.stringContaining('ГИС ЖКХ'),
        }),
      ]);
    }
    expect(await accountsOf(premise.id)).toHaveLength(1);
  });

  it('keeps numbers unique per legal entity: a duplicate is refused, another legal entity may reuse it', async () => {
    const first = await makePremise(admin, objectId);
    const second = await makePremise(admin, objectId);
    await makeAccount(admin, first.id, legalEntityId, { number: 'DUP-1' });
    const duplicate = await admin.post(`/api/premises/${second.id}/accounts`, {
      legalEntityId,
      number: 'DUP-1',
    });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.code).toBe('ACCOUNT_NUMBER_TAKEN');
    expect(duplicate.body.errors[0]).toMatchObject({ field: 'number', code: 'ACCOUNT_NUMBER_TAKEN' });
    expect(await accountsOf(second.id)).toHaveLength(0);
    const otherEntity = await makeLegalEntity(admin);
    const reused = await admin.post(`/api/premises/${second.id}/accounts`, {
      legalEntityId: otherEntity.id,
      number: 'DUP-1',
    });
    expect(reused.status).toBe(201);
  });

  it('keeps an ЕЛС on one premise: another premise is refused naming it, the same premise may reuse it', async () => {
    const first = await makePremise(admin, objectId, { number: '501' });
    const second = await makePremise(admin, objectId, { number: '502' });
    await makeAccount(admin, first.id, legalEntityId, { number: 'ELS-1', els: '77АБ000501' });
    const taken = await admin.post(`/api/premises/${second.id}/accounts`, {
      legalEntityId,
      number: 'ELS-2',
      els: '77аб 000501',
    });
    expect(taken.status).toBe(400);
    expect(taken.body.code).toBe('ELS_TAKEN');
    expect(taken.body.errors[0]).toMatchObject({
      field: 'els',
      code: 'ELS_TAKEN',
      message: expect.stringMatching(/^Этот ЕЛС уже указан у счёта помещения «.*кв\. 501»$/),
    });
    expect(await accountsOf(second.id)).toHaveLength(0);

    const own = await makeAccount(admin, second.id, legalEntityId, { number: 'ELS-3' });
    const edited = await admin.patch(`/api/accounts/${own.id}`, { els: '77АБ000501' });
    expect(edited.status).toBe(400);
    expect(edited.body.code).toBe('ELS_TAKEN');
    expect((await accountsOf(second.id))[0].els).toBeNull();

    const otherEntity = await makeLegalEntity(admin);
    const samePremise = await admin.post(`/api/premises/${first.id}/accounts`, {
      legalEntityId: otherEntity.id,
      number: 'ELS-4',
      els: '77АБ000501',
    });
    expect(samePremise.status).toBe(201);
  });

  it('saves one ЕЛС sent for two premises at the same moment once: the other save is refused ELS_TAKEN', async () => {
    // Several rounds: without the lock both checks found the ЕЛС free in most of them (PostgreSQL).
    for (let round = 0; round < 5; round++) {
      const els = `77АБ00${String(round).padStart(2, '0')}99`;
      const [first, second] = [await makePremise(admin, objectId), await makePremise(admin, objectId)];
      const own = await makeAccount(admin, second.id, legalEntityId);
      const saves = await Promise.all([
        admin.post(`/api/premises/${first.id}/accounts`, { legalEntityId, number: `RACE-${round}`, els }),
        admin.patch(`/api/accounts/${own.id}`, { els }),
      ]);
      const statuses = saves.map((r) => r.status);
      expect(statuses.filter((s) => s === 200 || s === 201)).toHaveLength(1);
      const refused = saves.find((r) => r.status === 400);
      expect(refused?.body.code).toBe('ELS_TAKEN');
      const carriers = [...(await accountsOf(first.id)), ...(await accountsOf(second.id))].filter(
        (a: { els: string | null }) => a.els === els,
      );
      expect(carriers).toHaveLength(1);
    }
  });

  it('refuses a legal entity of another organisation and an empty number', async () => {
    const premise = await makePremise(admin, objectId);
    const other = await makeOrganization(t);
    const foreign = await makeLegalEntity(other.admin);
    const response = await admin.post(`/api/premises/${premise.id}/accounts`, {
      legalEntityId: foreign.id,
      number: 'F-1',
    });
    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'legalEntityId', code: 'REFERENCE_NOT_FOUND' });
    const empty = await admin.post(`/api/premises/${premise.id}/accounts`, { legalEntityId, number: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].field).toBe('number');
    expect(await accountsOf(premise.id)).toHaveLength(0);
  });

  it('answers 404 for accounts of an unknown premise', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await admin.get(`/api/premises/${unknown}/accounts`)).status).toBe(404);
    expect(
      (await admin.post(`/api/premises/${unknown}/accounts`, { legalEntityId, number: 'X' })).status,
    ).toBe(404);
  });
});

describe('A-2: editing and deleting accounts', () => {
  it('edits every field and records the change in the premise history (R-4)', async () => {
    const premise = await makePremise(admin, objectId);
    const account = await makeAccount(admin, premise.id, legalEntityId, { number: 'A2-1' });
    const otherEntity = await makeLegalEntity(admin, { name: 'ООО «Второе юрлицо»' });
    const response = await admin.patch(`/api/accounts/${account.id}`, {
      legalEntityId: otherEntity.id,
      number: 'A2-2',
      els: '12АБ345678',
      externalId: 'ext-a2',
      hiddenFromResidents: true,
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ number: 'A2-2', els: '12АБ345678', hiddenFromResidents: true });
    expect(response.body.legalEntityName).toBe('ООО «Второе юрлицо»');
    const [entry] = (await admin.get(`/api/premises/${premise.id}/history`)).body;
    expect(entry).toMatchObject({
      entityType: 'account',
      action: 'update',
      actor: { name: 'Администратор Тестовый' },
    });
    expect(entry.changes).toEqual(
      expect.arrayContaining([
        { field: 'legalEntity', old: expect.stringMatching(/^ООО/), new: 'ООО «Второе юрлицо»' },
        { field: 'number', old: 'A2-1', new: 'A2-2' },
        { field: 'hiddenFromResidents', old: false, new: true },
      ]),
    );
  });

  it('refuses an edit to a number the legal entity already has, changing nothing', async () => {
    const premise = await makePremise(admin, objectId);
    await makeAccount(admin, premise.id, legalEntityId, { number: 'TAKEN-1' });
    const account = await makeAccount(admin, premise.id, legalEntityId, { number: 'FREE-1' });
    const response = await admin.patch(`/api/accounts/${account.id}`, { number: 'TAKEN-1' });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('ACCOUNT_NUMBER_TAKEN');
    const numbers = (await accountsOf(premise.id)).map((a: { number: string }) => a.number);
    expect(numbers).toEqual(['FREE-1', 'TAKEN-1']);
  });

  it('deletes an account and writes it to the history', async () => {
    const premise = await makePremise(admin, objectId);
    const account = await makeAccount(admin, premise.id, legalEntityId, { number: 'DEL-1' });
    expect((await admin.delete(`/api/accounts/${account.id}`)).status).toBe(204);
    expect(await accountsOf(premise.id)).toHaveLength(0);
    expect((await admin.delete(`/api/accounts/${account.id}`)).status).toBe(404);
    const [entry] = (await admin.get(`/api/premises/${premise.id}/history`)).body;
    expect(entry).toMatchObject({
      entityType: 'account',
      action: 'delete',
      summary: 'Удалён лицевой счёт DEL-1',
    });
  });

  it('lets a legal entity with accounts not be deleted', async () => {
    const entity = await makeLegalEntity(admin);
    const premise = await makePremise(admin, objectId);
    await makeAccount(admin, premise.id, entity.id);
    const response = await admin.delete(`/api/legal-entities/${entity.id}`);
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('LEGAL_ENTITY_HAS_ACCOUNTS');
  });
});

describe('R-2: accounts belong to the premises permissions', () => {
  it('reads with section access; writes need «Редактирование»', async () => {
    const premise = await makePremise(admin, objectId);
    const account = await makeAccount(admin, premise.id, legalEntityId);
    const viewer = await makeStaff(t, admin, ['premises.view']);
    expect((await viewer.get(`/api/premises/${premise.id}/accounts`)).status).toBe(200);
    const refused = await viewer.post(`/api/premises/${premise.id}/accounts`, {
      legalEntityId,
      number: 'V-1',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    expect((await viewer.patch(`/api/accounts/${account.id}`, { number: 'V-2' })).status).toBe(403);
    expect((await viewer.delete(`/api/accounts/${account.id}`)).status).toBe(403);
    expect(await accountsOf(premise.id)).toHaveLength(1);
  });
});
