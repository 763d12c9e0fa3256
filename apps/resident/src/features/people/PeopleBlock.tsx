import { Button, List } from 'antd-mobile';
import { TeamOutline } from 'antd-mobile-icons';
import type { ResidentMe, ResidentPremise } from '../../shared/resident-types';
import { usePeopleAll, usePremisePeople } from './api';
import './people.css';

type Props = {
  me: ResidentMe;
  premise: ResidentPremise | undefined;
  /** «Гость» is offered: the events product is on. */
  guests: boolean;
  onOpen(path: string): void;
};

/** APP-6 (3): no premises — the block is about guests only, and everything leads to their list. */
function GuestsBlock({ guests, onOpen }: Pick<Props, 'guests' | 'onOpen'>) {
  const all = usePeopleAll();
  const count = all.data?.people.length ?? 0;
  if (!guests && count === 0) return null;
  const open = () => onOpen('/people/all');
  return (
    <List header={<BlockHeader onAll={open} />}>
      <List.Item
        prefix={<TeamOutline aria-hidden />}
        extra={all.data ? count : null}
        description={
          <span className="people-motivation">
            {count > 0
              ? 'Ваши гости для участия в мероприятиях'
              : 'Добавьте гостей для участия в мероприятиях'}
          </span>
        }
        onClick={open}
        arrowIcon
      >
        Гости
      </List.Item>
    </List>
  );
}

function motivation(canAdd: boolean, guests: boolean): string | null {
  if (canAdd && guests)
    return 'Добавьте гостей для участия в мероприятиях или людей для управления помещением';
  if (canAdd)
    return 'Добавьте близких, арендаторов или представителей — они тоже смогут пользоваться помещением в приложении';
  if (guests) return 'Добавьте гостей для участия в мероприятиях';
  return null;
}

function BlockHeader({ onAll }: { onAll(): void }) {
  return (
    <div className="people-block-header">
      <span>Люди</span>
      <Button fill="none" size="small" color="primary" onClick={onAll} aria-label="Все люди">
        Все
      </Button>
    </div>
  );
}

/**
 * APP-1 (7), APP-6: «Люди» in the profile — how many people the selected premise has (→ its
 * «Люди») and «Все» (→ everyone and the guests), with a line that invites to add someone: (1)
 * people to manage the premise, (2) with events also guests, (3) with no premises only guests.
 */
export function PeopleBlock({ me, premise, guests, onOpen }: Props) {
  const people = usePremisePeople(premise?.id);
  if (me.premises.length === 0 || !premise) return <GuestsBlock guests={guests} onOpen={onOpen} />;
  const count = people.data?.groups.reduce((total, group) => total + group.people.length, 0);
  const text = people.data ? motivation(people.data.canAdd, people.data.canAddGuests) : null;
  return (
    <List header={<BlockHeader onAll={() => onOpen('/people/all')} />}>
      <List.Item
        prefix={<TeamOutline aria-hidden />}
        extra={count ?? null}
        description={text && <span className="people-motivation">{text}</span>}
        onClick={() => onOpen(`/people?premise=${premise.id}`)}
        arrowIcon
      >
        Люди помещения
      </List.Item>
    </List>
  );
}
