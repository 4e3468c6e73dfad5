/** One row's problem as the import route reports it (services/api/src/common/sheets/sheet-types.ts). */
export interface SheetIssue {
  row: number | null;
  column: string | null;
  code: string;
  message: string;
}

/** The JSON answer of POST /import/<list> (common/import-answer.ts, import-sheets/import-route.ts). */
export interface ImportAnswer {
  mode: 'validate' | 'commit';
  rows: number;
  written: boolean;
  inserted: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  errors: SheetIssue[];
  errorsNote?: string;
  warningCount: number;
  warnings: SheetIssue[];
  /** The kept error sheet, read with the session cookie (the signed URL lapses in minutes). */
  errorSheetPath?: string | null;
  /** A commit over the job threshold: answered 202, followed with job(id). */
  jobId?: string;
  message?: string;
}

export type ImportList = 'targets' | 'inspectors';
export type Duplicates = 'refuse' | 'update';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Sends the file as the request body (the route reads the raw body), signed in by the session
 * cookie. Answers the import's report, or throws with the server's Chinese message.
 */
export async function uploadSheet(list: ImportList, file: File, mode: 'validate' | 'commit', duplicates: Duplicates) {
  const csv = /\.csv$/i.test(file.name);
  const query = new URLSearchParams({ mode, duplicates, ...(csv ? { format: 'csv' } : {}) });
  let res: Response;
  try {
    res = await fetch(`/import/${list}?${query.toString()}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': csv ? 'text/csv' : XLSX },
      body: file,
    });
  } catch {
    throw new Error('网络连接失败，请检查网络后重试');
  }
  const body = (await res.json().catch(() => ({}))) as {
    data?: ImportAnswer;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  if (res.status === 401) {
    const { toSignIn } = await import('../common/client');
    toSignIn();
  }
  if (body.data) return body.data;
  const e = body.errors?.[0];
  throw new Error(e ? `${e.message}（${e.extensions?.code ?? res.status}）` : `上传失败（HTTP ${res.status}）`);
}
