import {
  formatRequestNumber,
  PII_MASK,
  SERVICE_REQUEST_STATUSES,
  type SearchResult,
} from '@domovoy/contract';
import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { RECENT_KIND_LABELS, type RecentCard } from './recent-cards';

/** An entry of the dropdown and the card it opens. */
export type SearchOption = { value: string; label: ReactNode; path: string };
export type SearchGroup = { label: string; title: string; options: SearchOption[] };

function Entry({ title, detail }: { title: string; detail?: string | null }) {
  return (
    <div style={{ lineHeight: 1.35, padding: '2px 0' }}>
      <div style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{title}</div>
      {detail && (
        <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
          {detail}
        </Typography.Text>
      )}
    </div>
  );
}

const group = (label: string, options: SearchOption[]): SearchGroup[] =>
  options.length > 0 ? [{ label, title: label, options }] : [];

const CARD_PATHS = { premise: '/premises', client: '/clients', request: '/requests' } as const;

/**
 * The last cards opened. A client's name recorded while the role saw names is masked once it no
 * longer does (R-3): the list shows no more than the card would.
 */
export function recentGroups(cards: RecentCard[], seesNames: boolean): SearchGroup[] {
  return group(
    'Недавние',
    cards.map((card) => ({
      value: `recent:${card.kind}:${card.id}`,
      path: `${CARD_PATHS[card.kind]}/${card.id}`,
      label: (
        <Entry
          title={card.kind === 'client' && !seesNames ? PII_MASK : card.title}
          detail={RECENT_KIND_LABELS[card.kind]}
        />
      ),
    })),
  );
}

export function resultGroups(result: SearchResult | undefined, q: string): SearchGroup[] {
  if (!result) return [];
  const groups = [
    ...group(
      'Помещения',
      (result.premises ?? []).map((p) => ({
        value: `premise:${p.id}`,
        path: `/premises/${p.id}`,
        label: <Entry title={p.fullAddress} detail={`${p.typeLabel} · ${p.objectName}`} />,
      })),
    ),
    ...group(
      'Клиенты',
      (result.clients ?? []).map((c) => ({
        value: `client:${c.id}`,
        path: `/clients/${c.id}`,
        label: <Entry title={c.fullName} detail={c.phone} />,
      })),
    ),
    ...group(
      'Лицевые счета',
      (result.accounts ?? []).map((a) => ({
        value: `account:${a.id}`,
        path: `/premises/${a.premiseId}?tab=accounts`,
        label: (
          <Entry
            title={`Л/с ${a.number}${a.els ? ` · ЕЛС ${a.els}` : ''}`}
            detail={`${a.premiseAddress} · ${a.objectName}`}
          />
        ),
      })),
    ),
    ...group(
      'Заявки',
      (result.requests ?? []).map((r) => ({
        value: `request:${r.id}`,
        path: `/requests/${r.id}`,
        label: (
          <Entry
            title={`${formatRequestNumber(r.number)} · ${r.typeName}: ${r.subject}`}
            detail={[SERVICE_REQUEST_STATUSES[r.status].label, r.premiseAddress].filter(Boolean).join(' · ')}
          />
        ),
      })),
    ),
  ];
  // «№ 52» can only be a request: its group comes first rather than below five flats numbered 52.
  return /^\s*[№#]/.test(q)
    ? [...groups.filter((g) => g.label === 'Заявки'), ...groups.filter((g) => g.label !== 'Заявки')]
    : groups;
}

/**
 * What the list says besides its entries. Kept out of the options: a disabled entry would take
 * the place of the first result that Enter opens.
 */
export function resultNotes(result: SearchResult | undefined, loading: boolean, found: boolean) {
  return {
    status: loading && !found ? 'Ищем…' : result && !found ? 'Ничего не найдено' : null,
    // R-3: say why no client came up rather than let «nothing» stand for «nobody».
    hidden: result?.clientsHidden ? 'Клиенты по ФИО и телефону не ищутся: вашей роли они не видны' : null,
  };
}
