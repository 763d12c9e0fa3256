import { Button, List, Popup } from 'antd-mobile';
import { AddOutline } from 'antd-mobile-icons';
import { useState } from 'react';
import { usePeopleChoices } from './api';
import { PersonAvatar } from './PersonAvatar';
import './people.css';

/** The round «+» kept at the bottom of a people screen. */
export function AddPeopleFab({
  label,
  onClick,
  loading,
}: {
  label: string;
  onClick(): void;
  loading?: boolean;
}) {
  return (
    <div className="people-add">
      <Button
        className="people-add-button"
        shape="rounded"
        color="primary"
        aria-label={label}
        onClick={onClick}
        loading={loading}
      >
        <AddOutline />
      </Button>
    </div>
  );
}

type Props = {
  /** People already there (of the premise), not offered again. */
  exclude?: ReadonlySet<string>;
  onNew(): void;
  onChoose(clientId: string): void;
};

/**
 * APP-8: the «+» at the bottom of «Люди» and «Все». It opens the sheet to pick one of the people
 * the resident added before, or «Добавить нового человека»; with nobody to pick, the form at once.
 */
export function AddPeopleButton({ exclude, onNew, onChoose }: Props) {
  const choices = usePeopleChoices();
  const [open, setOpen] = useState(false);
  const people = (choices.data?.people ?? []).filter((person) => !exclude?.has(person.clientId));

  const start = async () => {
    const loaded = choices.data ?? (await choices.refetch()).data;
    const any = (loaded?.people ?? []).some((person) => !exclude?.has(person.clientId));
    if (any) setOpen(true);
    else onNew();
  };

  return (
    <>
      <AddPeopleFab label="Добавить человека" onClick={start} loading={choices.isFetching && !choices.data} />
      <Popup
        visible={open}
        onMaskClick={() => setOpen(false)}
        onClose={() => setOpen(false)}
        showCloseButton
        bodyStyle={{ borderTopLeftRadius: 12, borderTopRightRadius: 12 }}
      >
        <section className="people-sheet" aria-label="Кого добавить">
          <h2 className="people-sheet-title">Кого добавить</h2>
          <List header="Добавленные вами">
            {people.map((person) => (
              <List.Item
                key={person.clientId}
                prefix={<PersonAvatar name={person.name} photoUrl={person.photoUrl} />}
                description={person.guest ? 'Гость' : undefined}
                onClick={() => {
                  setOpen(false);
                  onChoose(person.clientId);
                }}
                arrowIcon
              >
                {person.name}
              </List.Item>
            ))}
          </List>
          <div className="actions">
            <Button
              block
              color="primary"
              onClick={() => {
                setOpen(false);
                onNew();
              }}
            >
              Добавить нового человека
            </Button>
          </div>
        </section>
      </Popup>
    </>
  );
}
