/** The kinds this page uploads (the API's EvidenceKind has more). */
type EvidenceKind = 'PHOTO' | 'SIGNATURE';

/** Why an upload failed: the connection (retry when back online) or the server's refusal (its message as is). */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly network: boolean,
  ) {
    super(message);
  }
}

interface EvidenceAnswer {
  data?: { evidence: { id: string; ref: string } };
  errors?: { message: string }[];
}

/**
 * POST /inspections/:id/evidence?kind=…: the raw bytes, the session cookie (same origin). The server
 * finds the type in the bytes and answers the same evidence again for the same bytes, so a retry is harmless.
 */
export async function uploadEvidence(
  inspectionId: string,
  kind: EvidenceKind,
  blob: Blob,
  fileName: string,
): Promise<{ id: string; ref: string }> {
  const url = `/inspections/${encodeURIComponent(inspectionId)}/evidence?kind=${kind}&fileName=${encodeURIComponent(fileName)}`;
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      body: blob,
      credentials: 'same-origin',
      headers: { 'content-type': 'application/octet-stream' },
    });
  } catch {
    throw new UploadError('网络连接失败，记录已保存在本机，联网后自动提交', true);
  }
  const answer = (await res.json().catch(() => ({}))) as EvidenceAnswer;
  if (res.ok && answer.data) return answer.data.evidence;
  throw new UploadError(answer.errors?.[0]?.message ?? `上传失败（HTTP ${res.status}）`, false);
}

/** A `data:image/png;base64,…` URL (signature_pad's output) as the bytes it holds. */
export function dataUrlBlob(dataUrl: string): Blob {
  const [head = '', body = ''] = dataUrl.split(',');
  const mime = /^data:([^;]+)/.exec(head)?.[1] ?? 'application/octet-stream';
  const bytes = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: mime });
}
