import { PERMISSIONS, type Permission } from '@domovoy/contract';
import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useCan } from '../shared/session';
import { homeSection } from './sections';

/**
 * A section opened by its address that the role may not use (issue 17): one clear refusal that
 * names the right it lacks, instead of a screen whose every button is refused.
 */
export function ForbiddenResult({ section, permission }: { section: string; permission: Permission }) {
  const home = homeSection(useCan());
  return (
    <Result
      status="403"
      title="Недостаточно прав"
      subTitle={`Раздел «${section}» не открыт вашей роли: нужно право «${PERMISSIONS[permission].label}». Его может выдать администратор.`}
      extra={
        home && (
          <Link to={home.key}>
            <Button type="primary">Перейти в раздел «{home.label}»</Button>
          </Link>
        )
      }
    />
  );
}

/** A role with no section at all: nothing to open until an administrator grants one. */
export function NoSectionsResult() {
  return (
    <Result
      status="403"
      title="Недостаточно прав"
      subTitle="Вашей роли не открыт ни один раздел. Права может выдать администратор."
    />
  );
}
