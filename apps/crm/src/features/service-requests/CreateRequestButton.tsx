import { Button } from 'antd';
import { useState } from 'react';
import { useCan } from '../../shared/session';
import { CreateRequestModal } from './CreateRequestModal';

type Prefill = { premiseId?: string; premiseLabel?: string; clientId?: string; clientLabel?: string };

/** ACT-4: «Создать заявку» on a premise or client card, the card's premise or client prefilled. */
export function CreateRequestButton({ prefill }: { prefill: Prefill }) {
  const can = useCan();
  const [open, setOpen] = useState(false);
  if (!can('requests.create') || !can('requests.view')) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)} style={{ marginBottom: 16 }}>
        Создать заявку
      </Button>
      <CreateRequestModal open={open} onClose={() => setOpen(false)} prefill={prefill} />
    </>
  );
}
