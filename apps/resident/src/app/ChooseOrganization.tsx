import { Button, Form, Input } from 'antd-mobile';
import { isOrganizationSlug } from '../shared/organization';

/**
 * `/app/` on a device that has never opened an organisation's app: the resident follows their
 * УО's link (`/app/<код>/`) or types the code from it.
 */
export function ChooseOrganization() {
  const open = ({ slug }: { slug: string }) => window.location.assign(`/app/${slug.trim()}/`);
  return (
    <main className="page page-centered">
      <h1 className="title">Домовой</h1>
      <p className="hint">
        Откройте приложение по ссылке вашей управляющей компании или введите её код из этой ссылки.
      </p>
      <Form
        layout="vertical"
        onFinish={open}
        footer={
          <Button block type="submit" color="primary" size="large">
            Открыть
          </Button>
        }
      >
        <Form.Item
          name="slug"
          label="Код управляющей компании"
          rules={[
            {
              validator: async (_, value: string | undefined) => {
                if (!isOrganizationSlug((value ?? '').trim())) throw new Error('Латинские буквы и цифры');
              },
            },
          ]}
        >
          <Input placeholder="например, demo" autoCapitalize="none" autoCorrect="off" />
        </Form.Item>
      </Form>
    </main>
  );
}
