import { DotLoading, ErrorBlock } from 'antd-mobile';
import { errorText } from './api-client';

export function Loading() {
  return (
    <div className="center" aria-busy="true">
      <DotLoading color="primary" />
    </div>
  );
}

/** A request that failed with nothing to show instead (offline with nothing kept yet, say). */
export function LoadFailed({ error }: { error: unknown }) {
  return <ErrorBlock status="disconnected" title="Не удалось загрузить" description={errorText(error)} />;
}
