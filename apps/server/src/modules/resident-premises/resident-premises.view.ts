import {
  buildPaymentUrl,
  formatPremiseAddress,
  type LinkRole,
  type PremiseType,
  type ResidentDocument,
  type ResidentOrganizationPremises,
  type ResidentPayments,
  type ResidentPremiseCard,
} from '@domovoy/contract';
import { productsOf, residentObjectImageUrl, resolveBrand } from '../brands/brands.view';
import type {
  CardOrganizationRow,
  CardPremiseRow,
  DocumentRow,
  LinkedPremiseRow,
  PolicyRow,
  VisibleAccountRow,
} from './resident-premises.repository';

const POSTCODE = /(^|\D)(\d{6})(?!\d)/;

/**
 * APP-3: the address to copy: the postcode (when the object's address has one), the object's
 * locality (its parts the premise's own address does not repeat) and the premise.
 */
export function fullAddressOf(objectAddress: string, premiseAddress: string) {
  const postcode = POSTCODE.exec(objectAddress)?.[2] ?? null;
  const premiseParts = new Set(premiseAddress.toLowerCase().split(/,\s*/));
  const locality = objectAddress
    .split(/,\s*/)
    .map((part) => part.trim())
    .filter((part) => part && part !== postcode && !premiseParts.has(part.toLowerCase()));
  const fullAddress = [postcode, ...locality, premiseAddress].filter(Boolean).join(', ');
  return { postcode, fullAddress };
}

const addressOf = (row: LinkedPremiseRow) => formatPremiseAddress(row.type as PremiseType, row);

export function mapDocument(premiseId: string, row: DocumentRow): ResidentDocument {
  return {
    id: row.id,
    title: row.title,
    date: row.date,
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.size,
    fileUrl: `/api/resident/v1/premises/${premiseId}/documents/${row.id}`,
  };
}

export function mapPremiseCard(
  premise: LinkedPremiseRow,
  accounts: VisibleAccountRow[],
  policy: PolicyRow | undefined,
  documents: DocumentRow[],
  metersCount: number,
): ResidentPremiseCard {
  const address = addressOf(premise);
  return {
    id: premise.id,
    type: premise.type,
    objectName: premise.objectName,
    address,
    ...fullAddressOf(premise.objectAddress, address),
    totalArea: premise.totalArea,
    livingArea: premise.livingArea,
    metersCount,
    accounts: accounts.map((a) => ({
      id: a.id,
      number: a.number,
      legalEntityName: a.legalEntityName,
      balance:
        a.amount !== null && a.period !== null && a.balanceUpdatedAt !== null
          ? {
              amount: a.amount,
              period: a.period.slice(0, 7),
              computedAt: a.computedAt ? a.computedAt.toISOString() : null,
              updatedAt: a.balanceUpdatedAt.toISOString(),
            }
          : null,
    })),
    insurance: policy
      ? {
          insurer: policy.insurer,
          number: policy.number,
          validFrom: policy.validFrom,
          validTo: policy.validTo,
        }
      : null,
    documents: documents.map((d) => mapDocument(premise.id, d)),
  };
}

const kopecks = (amount: string) => Math.round(Number(amount) * 100);
const roubles = (value: number) => (value / 100).toFixed(2);

/** One organisation's part of «Оплатить все»: its premises of the account and their visible accounts. */
export type PaymentGroup = {
  organization: CardOrganizationRow;
  current: boolean;
  premises: LinkedPremiseRow[];
  accounts: VisibleAccountRow[];
};

/**
 * APP-2 «Оплатить все»: the sums due (> 0) per premise, each with its legal entity's payment page,
 * organisation after organisation (T-3), and their total.
 */
export function mapPayments(groups: PaymentGroup[]): ResidentPayments {
  let total = 0;
  const out: ResidentPayments['premises'] = [];
  for (const { organization, current, premises, accounts } of groups) {
    const billedBy = {
      id: organization.id,
      slug: organization.slug,
      name: resolveBrand(organization).name,
      current,
    };
    for (const premise of premises) {
      const due = accounts.filter(
        (a) => a.premiseId === premise.id && a.amount !== null && a.period !== null && kopecks(a.amount) > 0,
      );
      if (due.length === 0) continue;
      const sum = due.reduce((acc, a) => acc + kopecks(a.amount as string), 0);
      total += sum;
      out.push({
        premiseId: premise.id,
        organization: billedBy,
        address: addressOf(premise),
        objectName: premise.objectName,
        total: roubles(sum),
        accounts: due.map((a) => ({
          accountId: a.id,
          number: a.number,
          legalEntityName: a.legalEntityName,
          amount: a.amount as string,
          period: (a.period as string).slice(0, 7),
          paymentUrl:
            a.paymentUrlTemplate && premise.onlinePayment
              ? buildPaymentUrl(a.paymentUrlTemplate, a.number, a.amount as string)
              : null,
        })),
      });
    }
  }
  return { premises: out, total: roubles(total) };
}

/** The sum due on the accounts (> 0 each, as «Оплатить все» counts it); null when nothing is due. */
function dueOf(accounts: VisibleAccountRow[]): string | null {
  const due = accounts.filter((a) => a.amount !== null && a.period !== null && kopecks(a.amount) > 0);
  return due.length > 0 ? roubles(due.reduce((sum, a) => sum + kopecks(a.amount as string), 0)) : null;
}

/** T-3, APP-2: an organisation of the account in «Мои помещения», its premises in its brand. */
export function mapOrganizationPremises(
  organization: CardOrganizationRow,
  current: boolean,
  premises: CardPremiseRow[],
  accounts: VisibleAccountRow[],
  unread: ReadonlyMap<string, number>,
): ResidentOrganizationPremises {
  return {
    id: organization.id,
    slug: organization.slug,
    name: organization.name,
    brand: resolveBrand(organization),
    products: productsOf(organization.products),
    current,
    premises: premises.map((p) => ({
      id: p.id,
      type: p.type,
      address: formatPremiseAddress(p.type as PremiseType, p),
      objectName: p.objectName,
      role: p.role as LinkRole,
      linkedAt: p.linkedAt.toISOString(),
      brand: resolveBrand(organization, p.objectBrand),
      imageUrl: residentObjectImageUrl(organization.id, p.objectImageKey),
      due: dueOf(accounts.filter((a) => a.premiseId === p.id)),
      unreadNotifications: unread.get(p.id) ?? 0,
    })),
  };
}
