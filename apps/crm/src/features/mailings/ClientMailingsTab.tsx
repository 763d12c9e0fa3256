import { useUrlState } from '../../shared/use-url-state';
import { MailingsList } from './MailingsList';

/** M-2 (seed ch. 17): «Рассылки» on a client card — the general list, only what went to this client. */
export function ClientMailingsTab({ clientId }: { clientId: string }) {
  const state = useUrlState();
  return <MailingsList state={state} clientId={clientId} />;
}
