import type { ImportResult } from "@boordtabel/api";

/** The largest file the server takes (POST /api/v1/import answers 413 above it). */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

/** An answer of the server that is not a result: its translated message. */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** Sends the file as multipart/form-data with the session cookie: a dry run checks every row
 *  and writes nothing; `dryRun: false` commits all rows or none. */
export async function uploadImport(
  file: File,
  options: { plan: string; dryRun: boolean; language: string; failed: string },
): Promise<ImportResult> {
  const form = new FormData();
  form.append("plan", options.plan);
  form.append("dryRun", String(options.dryRun));
  form.append("file", file, file.name);
  let response: Response;
  try {
    response = await fetch("/api/v1/import", {
      method: "POST",
      body: form,
      credentials: "same-origin",
      headers: { "accept-language": options.language },
    });
  } catch {
    throw new UploadError(options.failed, 0);
  }
  const body = (await response.json().catch(() => null)) as
    (ImportResult & { error?: undefined }) | { error?: { message?: string } } | null;
  if (!response.ok || !body || body.error)
    throw new UploadError(body?.error?.message ?? options.failed, response.status);
  return body as ImportResult;
}
