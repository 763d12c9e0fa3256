import { SendOutlined } from '@ant-design/icons';
import type { MailingAudience } from '@domovoy/contract';
import { Button } from 'antd';
import { type CSSProperties, useState } from 'react';
import { useCan } from '../../shared/session';
import { MailingModal } from './MailingModal';

/** M-1: «Рассылка» to the clients a list shows with its filters, or to one client (its card). */
export function MailingButton({
  audience,
  audienceText,
  style,
}: {
  audience: MailingAudience;
  audienceText: string;
  style?: CSSProperties;
}) {
  const can = useCan();
  const [open, setOpen] = useState(false);
  if (!can('mailings.create')) return null;
  return (
    <>
      <Button icon={<SendOutlined />} onClick={() => setOpen(true)} style={style}>
        Рассылка
      </Button>
      <MailingModal
        open={open}
        onClose={() => setOpen(false)}
        audience={audience}
        audienceText={audienceText}
      />
    </>
  );
}
