import { useState } from 'react';
import { useClient } from 'urql';
import { DashboardExportDocument } from './documents';

/** Downloads the dashboard's workbook through the API's short-lived signed link (same filters as the URL). */
export function useExport() {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async (filter: Record<string, string | number | undefined>) => {
    setBusy(true);
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(filter)) if (v !== undefined) q.set(k, String(v));
    const answer = await client.query(
      DashboardExportDocument,
      { path: `/export/statistics.xlsx?${q.toString()}` },
      { requestPolicy: 'network-only' },
    );
    setBusy(false);
    if (answer.error || !answer.data) {
      setError(answer.error?.graphQLErrors[0]?.message ?? '未能取得下载链接');
      return;
    }
    setError(null);
    Object.assign(document.createElement('a'), { href: answer.data.downloadUrl.url, download: '' }).click();
  };
  return { download, busy, error };
}
