import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { UrlState } from '../../shared/use-url-state';
import { serviceRequestsExportUrl } from './api';
import { requestFilterQuery } from './list-query';

/** Issue 13: «Заявки» as an .xlsx with the list's current search and filters. */
export function ExportRequestsButton({ state }: { state: UrlState }) {
  return (
    <Button icon={<DownloadOutlined />} href={serviceRequestsExportUrl(requestFilterQuery(state))} download>
      Экспорт в Excel
    </Button>
  );
}
