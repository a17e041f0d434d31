// launch(device) throws: the launch step fails with the message, the run goes on.
export async function launch(device) {
  throw new Error("the keychain is locked");
}
