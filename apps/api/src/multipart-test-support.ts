// Test helper: a multipart/form-data body as a browser's FormData would send it.

/** The bytes and content type of a form with a file and text fields, for `app.inject`. */
export async function multipartBody(
  file: { name: string; content: Buffer | string } | null,
  fields: Record<string, string> = {},
): Promise<{ payload: Buffer; contentType: string }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file) form.append("file", new Blob([file.content]), file.name);
  const request = new Request("http://localhost/", { method: "POST", body: form });
  return { payload: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get("content-type")! };
}
