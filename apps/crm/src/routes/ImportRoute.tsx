import { Alert, Breadcrumb, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useImport } from '../features/imports/api';
import { ImportDetails } from '../features/imports/ImportDetails';
import { type UploadDefaults, UploadImportModal } from '../features/imports/UploadImportModal';
import { errorText } from '../shared/errors';

export function ImportRoute() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const job = useImport(id);
  const [again, setAgain] = useState<UploadDefaults>();

  if (job.error) return <Alert type="error" showIcon title={errorText(job.error)} />;
  if (!job.data) return <Skeleton active />;
  const j = job.data;
  // «Загрузить снова» starts from this file's choices (an XML file names its own).
  const defaults: UploadDefaults = {
    kind: j.kind,
    legalEntityId: j.legalEntityId ?? undefined,
    objectId: j.objectId ?? undefined,
  };
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to="/imports">Импорт</Link> }, { title: j.fileName }]}
      />
      <Typography.Title level={3} style={{ marginTop: 0, wordBreak: 'break-word' }}>
        {j.fileName}
      </Typography.Title>
      <ImportDetails job={j} onUploadAgain={() => setAgain(defaults)} />
      {again && (
        <UploadImportModal
          defaults={again}
          onClose={() => setAgain(undefined)}
          onUploaded={(next) => {
            setAgain(undefined);
            navigate(`/imports/${next}`);
          }}
        />
      )}
    </>
  );
}
