import type { LocationImportReport } from '@/lib/locations/csv/import-locations';

export type UploadAnswer =
  | { ok: true; report: LocationImportReport }
  | { ok: false; messageKey: string; params?: Record<string, string | number> };

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
      const body = request.response as
        (LocationImportReport & { messageKey?: string; params?: Record<string, string | number> }) | null;
      if (request.status === 200 && body) resolve({ ok: true, report: body });
      else
        resolve({
          ok: false,
          messageKey: body?.messageKey ?? 'locationImport.requestFailed',
          params: body?.params,
        });
    };
    request.onerror = () => resolve({ ok: false, messageKey: 'locationImport.requestFailed' });
    request.send(file);
  });
}
