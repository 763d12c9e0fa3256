import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { CreateRequestModal } from '../features/service-requests/CreateRequestModal';
import { ExportRequestsButton } from '../features/service-requests/ExportRequestsButton';
import { ServiceRequestsList } from '../features/service-requests/ServiceRequestsList';
import { useCan } from '../shared/session';
import { useUrlState } from '../shared/use-url-state';

export function ServiceRequestsRoute() {
  const state = useUrlState();
  const can = useCan();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          Заявки
        </Typography.Title>
        <Flex gap={8}>
          <ExportRequestsButton state={state} />
          {can('requests.create') ? (
            <Button type="primary" onClick={() => setCreating(true)}>
              Создать заявку
            </Button>
          ) : null}
        </Flex>
      </Flex>
      <Card>
        <ServiceRequestsList state={state} />
      </Card>
      <CreateRequestModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
