import { errorText } from './api-client';
import { ErrorBlock } from './ErrorBlock';

/** A request that failed with nothing to show instead (offline with nothing kept yet, say). */
export function LoadFailed({ error }: { error: unknown }) {
  return <ErrorBlock status="disconnected" title="Не удалось загрузить" description={errorText(error)} />;
}
