import { List } from 'antd-mobile';
import { ErrorBlock } from '../../shared/ErrorBlock';
import { PersonAvatar } from './PersonAvatar';
import { sharedPremisesText } from './person-rules';
import type { PeopleAllItem } from './types';

type Props = {
  people: readonly PeopleAllItem[];
  /** The empty list's invitation, which depends on what the resident may add. */
  empty: string;
  onOpen(person: PeopleAllItem): void;
};

/** APP-6 «Все»: everyone sharing a premise with the resident and their guests, by name. */
export function PeopleAllList({ people, empty, onOpen }: Props) {
  if (people.length === 0) return <ErrorBlock status="empty" title="Пока никого нет" description={empty} />;
  return (
    <section aria-label="Все люди">
      <List>
        {people.map((person) => (
          <List.Item
            key={person.clientId}
            prefix={<PersonAvatar name={person.name} photoUrl={person.photoUrl} />}
            description={
              person.sharedPremises > 0
                ? `${sharedPremisesText(person.sharedPremises)}${person.guest ? ', гость' : ''}`
                : 'Гость'
            }
            onClick={() => onOpen(person)}
            arrowIcon
          >
            {person.name}
          </List.Item>
        ))}
      </List>
    </section>
  );
}
