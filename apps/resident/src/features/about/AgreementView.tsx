import { AGREEMENT_EDITION, agreementSections } from './agreement';

/** APP-1 (12): the user agreement, in the organisation's name and its app's. */
export function AgreementView({ operator, app }: { operator: string; app: string }) {
  return (
    <article className="agreement" aria-label="Пользовательское соглашение">
      <p className="hint">{AGREEMENT_EDITION}</p>
      {agreementSections(operator, app).map((section) => (
        <section key={section.title}>
          <h2>{section.title}</h2>
          {section.paragraphs.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </section>
      ))}
    </article>
  );
}
