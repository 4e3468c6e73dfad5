import { Typography } from 'antd';
import { divisionNames } from '@dsr/domain/divisions';

/**
 * A target's region (its `regionCode`, 6–12 digits of GB/T 2260 and the township below) as a bureau reads it: the
 * county's and township's names where the platform knows them, the code beside them ("叶县 · 昆阳街道（410422100）").
 * A name is never guessed: a township not in the list shows its county's name and the code, an unknown county the
 * code alone.
 */
export function regionText(code: string | null | undefined): string {
  if (!code) return '—';
  const { names } = divisionNames(code);
  return names.length ? `${names.join(' · ')}（${code}）` : code;
}

/** The names alone ("叶县 · 昆阳街道"), empty when none is known: a form's hint under the code being typed. */
export function regionNames(code: string | null | undefined): string {
  return code ? divisionNames(code.trim()).names.join(' · ') : '';
}

/** The region's names, then its code in secondary type (tables, descriptions, the draw's strata). */
export function RegionName({ code }: { code: string | null | undefined }) {
  if (!code) return <>—</>;
  const { names } = divisionNames(code);
  if (!names.length) return <>{code}</>;
  return (
    <span className="region-name">
      {names.join(' · ')}{' '}
      <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
        {code}
      </Typography.Text>
    </span>
  );
}
