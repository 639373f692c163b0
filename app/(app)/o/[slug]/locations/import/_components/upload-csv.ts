import type { LocationImportReport } from '@/lib/locations/csv/import-locations';

export type UploadAnswer =
  | { ok: true; report: LocationImportReport }
  /** The route's message in the person's language; null when no answer came (the network). */
  | { ok: false; message: string | null };

/**
 * Sends the file as the request body with XMLHttpRequest, the one browser API that reports
 * upload progress. `onProgress` gets a fraction while sending, then null while the server works.
 */
export function uploadCsv(url: string, file: File, onProgress: (fraction: number | null) => void) {
  return new Promise<UploadAnswer>((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.responseType = 'json';
    request.setRequestHeader('content-type', 'text/csv');
    request.setRequestHeader('x-requested-with', 'XMLHttpRequest');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.upload.onload = () => onProgress(null);
    request.onload = () => {
      const body = request.response as (LocationImportReport & { error?: { message?: string } }) | null;
      if (request.status === 200 && body) resolve({ ok: true, report: body });
      else resolve({ ok: false, message: body?.error?.message ?? null });
    };
    request.onerror = () => resolve({ ok: false, message: null });
    request.send(file);
  });
}
