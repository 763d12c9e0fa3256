import { DownloadOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useObjects } from '../../shared/lookups';
import { useCan } from '../../shared/session';
import { readingsExportUrl } from './api';

/** Issue 13: a month's readings as an .xlsx for the accounting system, of one object or all. */
export function ReadingsExportButton() {
  const can = useCan();
  const objects = useObjects();
  const [open, setOpen] = useState(false);
  const [month, setMonth] = useState(dayjs());
  const [objectId, setObjectId] = useState<string | undefined>();
  if (!can('export.meter_readings')) return null;
  return (
    <>
      <Button icon={<DownloadOutlined />} onClick={() => setOpen(true)}>
        Показания счётчиков
      </Button>
      <Modal
        open={open}
        title="Выгрузка показаний счётчиков"
        onCancel={() => setOpen(false)}
        footer={[
          <Button key="cancel" onClick={() => setOpen(false)}>
            Отмена
          </Button>,
          <Button
            key="download"
            type="primary"
            icon={<DownloadOutlined />}
            href={readingsExportUrl(month.format('YYYY-MM'), objectId)}
            download
            onClick={() => setOpen(false)}
          >
            Выгрузить
          </Button>,
        ]}
      >
        <Form layout="vertical">
          <Form.Item label="Месяц">
            <DatePicker
              picker="month"
              format="MM.YYYY"
              value={month}
              allowClear={false}
              onChange={(d) => d && setMonth(d)}
            />
          </Form.Item>
          <Form.Item label="Объект">
            <Select
              allowClear
              placeholder="Все объекты"
              value={objectId}
              onChange={setObjectId}
              options={objects.data?.map((o) => ({ value: o.id, label: o.name }))}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
