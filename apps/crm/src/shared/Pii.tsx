import { PERMISSIONS, PII_MASK } from '@domovoy/contract';
import { Tooltip } from 'antd';

type Kind = 'name' | 'contacts';

/** Why a value is asterisks (R-3, issue 17): the permission the role lacks, as the role editor names it. */
export function hiddenReason(kind: Kind): string {
  const permission = PERMISSIONS[kind === 'name' ? 'clients.pii.name' : 'clients.pii.contacts'].label;
  return `${kind === 'name' ? 'ФИО скрыто' : 'Контакты скрыты'}: у вашей роли нет права «${permission}»`;
}

/** A personal value as the server sent it; asterisks say on hover why they are there. */
export function Pii({ value, kind }: { value: string | null | undefined; kind: Kind }) {
  if (value !== PII_MASK) return <>{value ?? '—'}</>;
  return (
    <Tooltip title={hiddenReason(kind)}>
      <span>{PII_MASK}</span>
    </Tooltip>
  );
}
