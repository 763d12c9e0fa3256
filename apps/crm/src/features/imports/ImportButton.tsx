import { UploadOutlined } from '@ant-design/icons';
import type { ImportKind } from '@domovoy/contract';
import { IMPORT_KINDS } from '@domovoy/contract';
import { Button, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useCan } from '../../shared/session';
import { canImport } from './import-status';
import { type UploadDefaults, UploadImportModal } from './UploadImportModal';

/** Without `kind` (the imports page) the form has no kind chosen: a wrong default was uploaded unnoticed. */
type Props = { kind?: ImportKind; label?: string; type?: ButtonProps['type'] };

/** «Импорт» on a list: the upload form with the list's kind chosen; the upload opens its page. */
export function ImportButton({ kind, label = 'Импорт', type }: Props) {
  const can = useCan();
  const navigate = useNavigate();
  const [defaults, setDefaults] = useState<UploadDefaults>();
  const allowed = kind
    ? canImport(kind, can)
    : (Object.keys(IMPORT_KINDS) as ImportKind[]).some((k) => canImport(k, can));
  if (!allowed) return null;
  return (
    <>
      <Button type={type} icon={<UploadOutlined />} onClick={() => setDefaults({ kind })}>
        {label}
      </Button>
      {defaults && (
        <UploadImportModal
          defaults={defaults}
          onClose={() => setDefaults(undefined)}
          onUploaded={(id) => navigate(`/imports/${id}`)}
        />
      )}
    </>
  );
}
