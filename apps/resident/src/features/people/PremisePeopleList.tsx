import { List } from 'antd-mobile';
import { formatDate, roleLabel } from '../../shared/labels';
import { PersonAvatar } from './PersonAvatar';
import type { PremisePeople, PremisePerson } from './types';
import './people.css';

type Props = {
  people: PremisePeople;
  /** A person's card; the resident themself opens «Мои данные». */
  onOpen(person: PremisePerson): void;
};

/**
 * APP-6 «Люди» of a premise: one list per role in the catalogue's order (the server's), each
 * person with photo or initials; the resident is «Вы»; a tenant shows the rent date.
 */
export function PremisePeopleList({ people, onOpen }: Props) {
  return (
    <section aria-label="Люди помещения">
      {people.groups.map((group) => (
        <List key={group.role} header={roleLabel(group.role)} className="people-group">
          {group.people.map((person) => (
            <List.Item
              key={person.clientId}
              prefix={<PersonAvatar name={person.name} photoUrl={person.photoUrl} />}
              extra={person.me ? <span className="people-you">Вы</span> : null}
              description={
                person.rentDate ? `Дата арендной платы: ${formatDate(person.rentDate)}` : undefined
              }
              onClick={() => onOpen(person)}
              arrowIcon
            >
              {person.name}
            </List.Item>
          ))}
        </List>
      ))}
    </section>
  );
}
