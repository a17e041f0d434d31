// A provider module with a syntax error: Lapse refuses it before any scenario runs.
export async function launch(device) {
  return async () => ({ accessKeyId: "A" ;
}
