import { ActionSheet, type ActionSheetProps, Dialog, List, Toast } from 'antd-mobile';
import { useState } from 'react';
import { errorText } from '../../shared/api-client';
import { ErrorBlock } from '../../shared/ErrorBlock';
import { formatDate, roleLabel } from '../../shared/labels';
import { useMe } from '../../shared/me';
import { useRevokeLink } from './api';
import { LinkEditSheet } from './LinkEditSheet';
import type { PersonCard, PersonOtherPremise, PersonPremise } from './types';

/** A tenant's rent date and the role under the address. */
function LinkDescription({ link }: { link: PersonPremise | PersonOtherPremise }) {
  return (
    <>
      <div className="premise-address">{link.address}</div>
      {link.role === 'tenant' && link.rentDate && <div>Дата арендной платы: {formatDate(link.rentDate)}</div>}
      <div>{roleLabel(link.role)}</div>
    </>
  );
}

/** The premises shared in other organisations (T-3), a list per organisation in the server's order. */
function byOrganization(premises: readonly PersonOtherPremise[]) {
  const groups: { organization: PersonOtherPremise['organization']; premises: PersonOtherPremise[] }[] = [];
  for (const premise of premises) {
    const group = groups.find((g) => g.organization.id === premise.organization.id);
    if (group) group.premises.push(premise);
    else groups.push({ organization: premise.organization, premises: [premise] });
  }
  return groups;
}

/**
 * APP-7 «Доступ к помещениям»: only the premises the person shares with the resident (a guest's
 * list is empty) — here and in the resident's other organisations where the person has a card
 * too (T-3, under their brands, shown only: they are changed in that organisation's app); a
 * tenant's rent date under the address. A link the resident added here can get another role or
 * rent date, or be closed (L-4: not one added by staff or another owner).
 */
export function PersonPremisesView({ person }: { person: PersonCard }) {
  const revoke = useRevokeLink(person.clientId);
  const me = useMe();
  const [actionsFor, setActionsFor] = useState<PersonPremise | null>(null);
  const [editing, setEditing] = useState<PersonPremise | null>(null);

  const close = async (link: PersonPremise) => {
    const sure = await Dialog.confirm({
      title: 'Закрыть доступ?',
      content: `${person.name} больше не увидит помещение ${link.objectName}, ${link.address}.`,
      confirmText: 'Закрыть доступ',
      cancelText: 'Отмена',
    });
    if (!sure) return;
    try {
      await revoke.mutateAsync(link.premiseId);
      Toast.show({ content: 'Доступ закрыт', icon: 'success' });
    } catch (error) {
      Toast.show({ content: errorText(error), icon: 'fail' });
    }
  };

  const actions: ActionSheetProps['actions'] = actionsFor
    ? [
        {
          key: 'edit',
          text: actionsFor.role === 'tenant' ? 'Изменить роль или дату арендной платы' : 'Изменить роль',
        },
        { key: 'close', text: 'Закрыть доступ', danger: true },
      ]
    : [];

  if (person.premises.length === 0 && person.otherPremises.length === 0)
    return (
      <ErrorBlock
        status="empty"
        title="Общих помещений нет"
        description={person.guest ? 'Гость не получает доступ к помещениям' : ''}
      />
    );
  return (
    <section aria-label="Доступ к помещениям">
      {person.premises.length > 0 && (
        // With premises of other organisations below, this one's under its brand's name too.
        <List header={person.otherPremises.length > 0 ? me.data?.organization.brand.name : undefined}>
          {person.premises.map((link) => (
            <List.Item
              key={link.premiseId}
              className="person-premise"
              description={<LinkDescription link={link} />}
              onClick={link.addedByMe ? () => setActionsFor(link) : undefined}
              arrowIcon={link.addedByMe ? undefined : false}
            >
              {link.objectName}
            </List.Item>
          ))}
        </List>
      )}
      {byOrganization(person.otherPremises).map(({ organization, premises }) => (
        <List key={organization.id} header={organization.name} aria-label={organization.name}>
          {premises.map((link) => (
            <List.Item
              key={link.premiseId}
              className="person-premise"
              description={<LinkDescription link={link} />}
              arrowIcon={false}
            >
              {link.objectName}
            </List.Item>
          ))}
          <List.Item arrowIcon={false}>
            <span className="hint">
              Изменить доступ можно, переключившись на «{organization.name}» в «Мои помещения»
            </span>
          </List.Item>
        </List>
      ))}
      <ActionSheet
        visible={actionsFor !== null}
        actions={actions}
        cancelText="Отмена"
        onClose={() => setActionsFor(null)}
        onAction={(action) => {
          const link = actionsFor;
          setActionsFor(null);
          if (!link) return;
          if (action.key === 'edit') setEditing(link);
          else void close(link);
        }}
      />
      <LinkEditSheet clientId={person.clientId} link={editing} onClose={() => setEditing(null)} />
    </section>
  );
}
